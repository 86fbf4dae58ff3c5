"""What a match of a left context must hold, read from the parsed pattern.

A rule's ``before`` and ``not_before`` conditions are searched in the 80 characters
before a match, as ``(?:pattern)\\s*$``: a match must run to the end of that text,
but ``re`` tries it at every place its first character fits, and most tries fail.
Most left contexts either end with one of a few words (``\\b(?:the|an?|its)\\s+``,
``might\\s+(?:also\\s+)?``), or need one of a few words somewhere (``whether``,
``percent``). :func:`left_gate` reads both from the pattern, one alternative of it
at a time:

- **endings**: strings one of which the text, its last spaces taken off, ends with
  when an alternative matches (read from its end back to the first item that is not
  one of a few strings);
- **strings**: for an alternative whose end says nothing (``[^.;:!?]*$``), strings
  one of which every match of it holds (:mod:`auditor.rules.literals`).

A text holding none of them holds no match, and :func:`might_match` says so without
``re``. Both are read in lower case (ASCII only) and asked of the text lower-cased,
taken only where lower-casing keeps every character in its place and leaves no
character ``re`` takes for an ASCII letter in another case (no dotless or dotted
"i", no long "s": ``ruleset._folded``'s rule): a case-sensitive letter matches only
where its lower case is found there, a case-insensitive ASCII letter only there too.
The gate may let through a text the pattern does not match (that costs a search),
never the other way: whatever this module does not understand gives no gate.
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

from auditor.rules.firstchar import REPEATS, ZERO_WIDTH
from auditor.rules.literals import held_strings

_ENDS = {(sre.AT, sre.AT_END), (sre.AT, sre.AT_END_STRING)}
_MOST = 64  # endings or strings an alternative may have before it gets no gate
_FEW = 4  # strings an alternative whose end says nothing may need, at most
_DEPTH = 12  # groups nested deeper than this are not read
# characters other than ASCII that a gate may hold: punctuation that re, ignoring case,
# matches only to itself, and that lower-casing keeps (tests/test_leftgate.py)
_CASELESS = frozenset("\u2018\u2019\u201c\u201d\u2013\u2014\ufffc")

# the endings by their last character, and the strings
Gate = tuple[dict[str, tuple[str, ...]], tuple[str, ...]]


class _Unknown(Exception):
    """Something whose strings are not worked out here."""


def left_gate(pattern: str, flags: int = 0) -> Gate | None:
    """The endings (by their last character) and strings of a left context ``pattern``
    (see the module's docstring), or None when some alternative gives neither."""
    try:
        tree = parser.parse(pattern, flags)
        if tree.state.flags & (re.LOCALE | re.MULTILINE):
            return None  # ^ and $ at every line
        items = list(tree.data)
        if not items or items[-1] not in _ENDS:
            return None  # a match need not run to the end
        endings: set[str] = set()
        strings: set[str] = set()
        for alternative in _alternatives(items):
            found = _endings(alternative, 0)
            if found is not None:
                endings |= found
                continue
            held = held_strings(alternative)
            if not held or len(held) > _FEW or not all(map(_plain, held)):
                return None  # looking for more strings in each text costs what re does
            strings |= held
    except (_Unknown, re.error, RecursionError):
        return None
    by_last: dict[str, list[str]] = {}
    for ending in sorted(endings):
        by_last.setdefault(ending[-1], []).append(ending)
    return {c: tuple(found) for c, found in by_last.items()}, tuple(sorted(strings))


def might_match(gate: Gate, folded: str, lo: int, last: int, end: int) -> bool:
    """Whether ``folded[lo:end]`` (the text before a match, lower-cased) may hold a match of
    the context whose :func:`left_gate` is ``gate``, its last character other than a space
    ending at ``last``: False only when it cannot."""
    endings, strings = gate
    if last > lo:  # the text holds more than spaces
        found = endings.get(folded[last - 1])
        if found is not None and folded.endswith(found, lo, last):
            return True
    return any(folded.find(s, lo, end) >= 0 for s in strings)


def _alternatives(items: list) -> list[list]:
    """The pattern's alternatives, each with what precedes and follows them: those of
    ``\\b(?:a|b)\\s*$`` are ``\\ba\\s*$`` and ``\\bb\\s*$`` (the parser drops a plain group,
    and takes out an assertion the alternatives open with)."""
    k = 0
    while k < len(items) and items[k][0] in ZERO_WIDTH:
        k += 1
    if k < len(items) and items[k][0] is sre.BRANCH:
        head, rest = items[:k], items[k + 1 :]
        return [[*head, *branch.data, *rest] for branch in items[k][1][1]]
    return [items]


def _endings(items: list, depth: int) -> set[str] | None:
    """Strings (lower case) one of which every match of the sequence ``items``, its last
    spaces taken off, ends with; None when not known, or a match may be spaces only."""
    if depth > _DEPTH:
        raise _Unknown
    run = {""}  # the endings read so far, from the end back
    for k in range(len(items) - 1, -1, -1):
        op, av = items[k]
        if op in ZERO_WIDTH:
            continue  # takes no character
        if run == {""} and _spaces_only(op, av):
            continue  # spaces at the end, which are taken off
        exact = _exact(op, av)
        if exact is not None:
            if run == {""} and any(s[-1:].isspace() for s in exact):
                return None  # an ending that spaces might be taken off
            longer = {a + b for a, b in product(exact, run)}
            if len(longer) > _MOST:
                break
            run = longer
            continue
        if run != {""}:
            break  # the endings of the items after this one
        return _endings_of(op, av, items[:k], depth)  # the last item that takes a character
    if "" in run:
        return None  # a match may end with what comes before: not read here
    return run


def _endings_of(op, av, before: list, depth: int) -> set[str] | None:
    """:func:`_endings` of ``before`` followed by the item ``(op, av)``, which is not one of
    a few strings."""
    ways: list[set[str] | None]
    if op is sre.SUBPATTERN:
        ways = [_endings([*before, *av[3].data], depth + 1)]
    elif op is sre.BRANCH:
        ways = [_endings([*before, *branch.data], depth + 1) for branch in av[1]]
    elif op in REPEATS:
        low, high, inner = av
        if high == 1:  # one copy, or none
            ways = [_endings([*before, *inner.data], depth + 1)]
        else:  # the last copy's own ending (a copy may follow another, not ``before``)
            ways = [_endings(list(inner.data), depth + 1)]
        if low == 0:
            ways.append(_endings(before, depth + 1))
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
