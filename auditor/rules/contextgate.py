"""What a match of a context condition must start or end with, or hold, read from the
parsed pattern.

A rule's ``before`` and ``not_before`` conditions are searched in the 80 characters
before a match, as ``(?:pattern)\\s*$``: a match must run to the end of that text,
but ``re`` tries it at every place its first character fits, and most tries fail.
``after`` and ``not_after`` are matched at the start of the 80 characters after it, as
``^\\s*(?:pattern)``. Most contexts end (left) or start (right) with one of a few words
(``\\b(?:the|an?|its)\\s+``, ``might\\s+(?:also\\s+)?``, ``\\s*(?:away|aside)\\b``), or
need one of a few words somewhere (``whether``). :func:`left_gate` and
:func:`right_gate` read both from the pattern, one alternative of it at a time:

- **edges**: strings one of which the text, its spaces at the match's side taken off,
  ends with (left) or starts with (right) when an alternative matches, read from that
  side to the first item that is not one of a few strings;
- **strings**: for an alternative whose edge says nothing (``[^.;:!?]*$``), strings one
  of which every match of it holds (:func:`auditor.rules.literals.held_strings`).

A text holding none of them holds no match, and :func:`left_might_match` and
:func:`right_might_match` say so without ``re``. Both are read in lower case and asked
of the text lower-cased, taken only where lower-casing keeps every character in its
place and leaves no character ``re`` takes for an ASCII letter in another case (no
dotless or dotted "i", no long "s": ``ruleset._folded``'s rule); they hold only ASCII
and a few marks that match only themselves (:data:`_CASELESS`), so a letter of the
pattern, case-sensitive or not, matches only where its lower case is in that text.
A gate may let through a text the pattern does not match (that costs a search), never
the other way: whatever this module does not understand gives no gate.
"""

from __future__ import annotations

import re
from itertools import product

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

from auditor.rules.firstchar import BEGINNINGS, REPEATS, ZERO_WIDTH
from auditor.rules.literals import held_strings

_ENDS = {(sre.AT, sre.AT_END), (sre.AT, sre.AT_END_STRING)}
_BEGINNINGS = {(sre.AT, at) for at in BEGINNINGS}
_MOST = 64  # edges an alternative may have before it gets no gate
_FEW = 4  # strings an alternative whose end says nothing may need, at most
_DEPTH = 12  # groups nested deeper than this are not read
# characters other than ASCII that a gate may hold: punctuation that re, ignoring case,
# matches only to itself, and that lower-casing keeps (tests/test_leftgate.py)
_CASELESS = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\ufffc")

# the edges by their character at the match's side, and the strings
Gate = tuple[dict[str, tuple[str, ...]], tuple[str, ...]]


class _Unknown(Exception):
    """Something whose strings are not worked out here."""


def left_gate(pattern: str, flags: int = 0) -> Gate | None:
    """The endings and strings of a left context ``pattern`` (``...$``; see the module's
    docstring), or None when some alternative gives neither."""
    return _gate(pattern, flags, forward=False)


def right_gate(pattern: str, flags: int = 0) -> Gate | None:
    """The beginnings and strings of a right context ``pattern`` (``^...``), or None."""
    return _gate(pattern, flags, forward=True)


def left_might_match(gate: Gate, folded: str, lo: int, last: int, end: int) -> bool:
    """Whether ``folded[lo:end]`` (the text before a match, lower-cased) may hold a match of
    the left context whose gate is ``gate``, its last character other than a space ending
    at ``last``: False only when it cannot."""
    edges, strings = gate
    if last > lo:  # the text holds more than spaces
        found = edges.get(folded[last - 1])
        if found is not None and folded.endswith(found, lo, last):
            return True
    return any(folded.find(s, lo, end) >= 0 for s in strings)


def right_might_match(gate: Gate, folded: str, start: int, first: int, end: int) -> bool:
    """Whether ``folded[start:end]`` (the text after a match) may hold a match of the right
    context whose gate is ``gate``, its first character other than a space at ``first``."""
    edges, strings = gate
    if first < end and first < len(folded):
        found = edges.get(folded[first])
        if found is not None and folded.startswith(found, first, end):
            return True
    return any(folded.find(s, start, end) >= 0 for s in strings)


def _gate(pattern: str, flags: int, forward: bool) -> Gate | None:
    try:
        tree = parser.parse(pattern, flags)
        if tree.state.flags & (re.LOCALE | re.MULTILINE):
            return None  # ^ and $ at every line
        items = list(tree.data)
        if not items or (items[0] not in _BEGINNINGS if forward else items[-1] not in _ENDS):
            return None  # a match need not run from the start, or to the end
        edges: set[str] = set()
        strings: set[str] = set()
        for alternative in _alternatives(items):
            found = _edges(alternative, 0, forward)
            if found is not None:
                edges |= found
                continue
            held = held_strings(alternative)
            if not held or len(held) > _FEW or not all(map(_plain, held)):
                return None  # looking for more strings in each text costs what re does
            strings |= held
    except (_Unknown, re.error, RecursionError):
        return None
    by_side: dict[str, list[str]] = {}
    for edge in sorted(edges):
        by_side.setdefault(edge[0] if forward else edge[-1], []).append(edge)
    return {c: tuple(found) for c, found in by_side.items()}, tuple(sorted(strings))


def _alternatives(items: list) -> list[list]:
    """The pattern's alternatives, each with what precedes and follows them: those of
    ``\\b(?:a|b)\\s*$`` are ``\\ba\\s*$`` and ``\\bb\\s*$`` (the parser drops a plain group,
    and takes out an assertion the alternatives open with), those of ``^\\s*(?:a|b)``
    ``^\\s*a`` and ``^\\s*b``."""
    k = 0
    while k < len(items) and (items[k][0] in ZERO_WIDTH or _spaces_only(*items[k])):
        k += 1
    if k < len(items) and items[k][0] is sre.BRANCH:
        head, rest = items[:k], items[k + 1 :]
        return [[*head, *branch.data, *rest] for branch in items[k][1][1]]
    return [items]


def _edges(items: list, depth: int, forward: bool) -> set[str] | None:
    """Strings (lower case) one of which every match of the sequence ``items``, its spaces
    at one side taken off, ends with (``forward``: starts with); None when not known, or a
    match may be spaces only."""
    if depth > _DEPTH:
        raise _Unknown
    run = {""}  # the edges read so far, from that side in
    order = range(len(items)) if forward else range(len(items) - 1, -1, -1)
    for k in order:
        op, av = items[k]
        if op in ZERO_WIDTH:
            continue  # takes no character
        if run == {""} and _spaces_only(op, av):
            continue  # spaces at the edge, which are taken off
        exact = _exact(op, av)
        if exact is not None:
            if run == {""} and any((s[:1] if forward else s[-1:]).isspace() for s in exact):
                return None  # an edge that spaces might be taken off
            pairs = product(run, exact) if forward else product(exact, run)
            longer = {a + b for a, b in pairs}
            if len(longer) > _MOST:
                break
            run = longer
            continue
        if run != {""}:
            break  # the edges of the items read so far
        rest = items[k + 1 :] if forward else items[:k]
        return _edges_of(op, av, rest, depth, forward)  # the edge item that takes a character
    if "" in run:
        return None  # a match may have its edge in what comes next: not read here
    return run


def _edges_of(op, av, rest: list, depth: int, forward: bool) -> set[str] | None:
    """:func:`_edges` of the item ``(op, av)``, which is not one of a few strings, with
    ``rest`` after it (``forward``) or before it."""

    def joined(inner) -> list:
        return [*inner, *rest] if forward else [*rest, *inner]

    ways: list[set[str] | None]
    if op is sre.SUBPATTERN:
        ways = [_edges(joined(av[3].data), depth + 1, forward)]
    elif op is sre.BRANCH:
        ways = [_edges(joined(branch.data), depth + 1, forward) for branch in av[1]]
    elif op in REPEATS:
        low, high, inner = av
        if high == 1:  # one copy, or none
            ways = [_edges(joined(inner.data), depth + 1, forward)]
        else:  # the edge copy's own edge (a copy may follow another, not ``rest``)
            ways = [_edges(list(inner.data), depth + 1, forward)]
        if low == 0:
            ways.append(_edges(rest, depth + 1, forward))
    else:
        return None  # a class, any character, a back reference, ...
    if None in ways:
        return None
    found = set().union(*ways)  # type: ignore[arg-type]
    return found if len(found) <= _MOST else None


def _exact(op, av) -> set[str] | None:
    """The strings (lower case) the item matches, when it is one of a few plain strings."""
    if op is sre.LITERAL:
        char = chr(av)
        return {char.lower()} if _plain(char) else None
    if op is sre.IN:
        if len(av) > 8 or any(item_op is not sre.LITERAL for item_op, _ in av):
            return None
        chars = {chr(code).lower() for _, code in av}
        return chars if all(map(_plain, chars)) else None
    if op is sre.SUBPATTERN:
        strings = {""}
        for item in av[3].data:
            if item[0] in ZERO_WIDTH:
                continue  # takes no character: the strings either side stay in a row
            exact = _exact(*item)
            if exact is None or len(strings) * len(exact) > _MOST:
                return None
            strings = {a + b for a, b in product(strings, exact)}
        return strings
    if op is sre.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            exact = _exact(sre.SUBPATTERN, (None, 0, 0, branch))
            if exact is None:
                return None
            found |= exact
        return found if len(found) <= _MOST else None
    if op in REPEATS:
        low, high, inner = av
        if high == 1:
            exact = _exact(sre.SUBPATTERN, (None, 0, 0, inner))
            if exact is not None and low == 0:
                exact.add("")
            return exact
    return None


def _spaces_only(op, av) -> bool:
    """Whether the item takes only spaces (``\\s*``, ``\\s+``, `` ``)."""
    if op in REPEATS:
        inner = list(av[2].data)
        return len(inner) == 1 and _spaces_only(*inner[0])
    if op is sre.IN:
        return all(
            (item_op is sre.CATEGORY and item_av is sre.CATEGORY_SPACE)
            or (item_op is sre.LITERAL and chr(item_av).isspace())
            for item_op, item_av in av
        )
    return op is sre.LITERAL and chr(av).isspace()


def _plain(string: str) -> bool:
    """Whether ``string`` holds only characters that the text lower-cased holds where re
    matches them (ASCII, and :data:`_CASELESS`)."""
    return string.isascii() or all(c.isascii() or c in _CASELESS for c in string)
