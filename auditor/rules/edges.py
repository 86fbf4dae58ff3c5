"""The characters a span must start and end with for a pattern anchored to its ends.

A sentence or paragraph rule is matched against the span alone, so a pattern that
opens with ``^`` (or ``\\A``) matches only at the span's first character, and one
that closes with ``$`` (or ``\\Z``) only up to its last. ``re`` fails such a pattern
quickly at most starts but may still step through the whole span first: a heading
pattern reads up to 60 characters before it finds the full stop that rules it out.
:func:`span_edges` reads from the parsed pattern a class of characters a matched
span can start with and classes it can end with (a positive lookahead that runs to
the end gives one too), so the rule set can skip a span by its two end characters
without trying the pattern.

The classes may hold more characters than a match can start or end with (that
only costs speed) but never fewer: whatever this module does not understand gives
no class for that end.
"""

from __future__ import annotations

import re

from auditor.rules.firstchar import ZERO_WIDTH, Unknown, class_item, escape_char, widens

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_BEGINNINGS = {sre.AT_BEGINNING, sre.AT_BEGINNING_STRING}
_ENDS = {sre.AT_END, sre.AT_END_STRING}

Classes = tuple[re.Pattern[str], ...]


def span_edges(pattern: str, flags: int = 0) -> tuple[Classes, Classes]:
    """Classes the first character of a matched span is in, and classes its last one is in.

    Each is a tuple of one-character patterns, all of which the character must match;
    () says nothing of that end (the pattern is not anchored there, or not read here).
    """
    try:
        tree = parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return (), ()
    flags = tree.state.flags
    if flags & re.MULTILINE:
        return (), ()  # ^ and $ match at every line
    items = list(tree.data)
    firsts = _classes([_first(items, flags)], flags)
    lasts = [_last(items, flags)]
    for op, av in items:  # a lookahead of the whole pattern that runs to the end
        if op is sre.ASSERT and av[0] == 1:
            lasts.append(_last(list(av[1].data), flags))
    return firsts, _classes(lasts, flags)


def _classes(found: list[list[str] | None], flags: int) -> Classes:
    return tuple(
        re.compile(f"[{''.join(dict.fromkeys(chars))}]", flags & ~re.VERBOSE)
        for chars in found
        if chars is not None
    )


def _first(items: list, flags: int) -> list[str] | None:
    """First characters of a sequence anchored at the start; None if not known."""
    try:
        if not items:
            return None
        op, av = items[0]
        if op is sre.AT and av in _BEGINNINGS:
            found: list[str] = []
            return None if _forward(items[1:], flags, found) else found
        if op is sre.SUBPATTERN:
            if widens(av, flags):
                return None
            return _first([*av[3].data, *items[1:]], flags)
        if op is sre.BRANCH:
            ways = [_first([*branch.data, *items[1:]], flags) for branch in av[1]]
            if None in ways:
                return None
            return [c for way in ways for c in way]  # type: ignore[union-attr]
    except (Unknown, RecursionError):
        pass
    return None


def _forward(items: list, flags: int, found: list[str]) -> bool:
    """Add the first characters of ``items``; whether they can match nothing."""
    for op, av in items:
        if op is sre.ASSERT and av[0] == 1:  # a lookahead: the next character is one of its
            ahead: list[str] = []
            try:
                if not _forward(list(av[1].data), flags, ahead):
                    found.extend(ahead)
                    return False
            except Unknown:
                pass
            continue
        if op in ZERO_WIDTH:
            continue
        if not _item(op, av, flags, found, _forward):
            return False
    return True


def _last(items: list, flags: int) -> list[str] | None:
    """Last characters of a sequence anchored at the end; None if not known."""
    try:
        if not items:
            return None
        op, av = items[-1]
        if op is sre.AT and av in _ENDS:
            found = ["\n"] if av is sre.AT_END else []  # $ also matches before a last newline
            return None if _backward(items[:-1], flags, found) else found
        if op is sre.SUBPATTERN:
            if widens(av, flags):
                return None
            return _last([*items[:-1], *av[3].data], flags)
        if op is sre.BRANCH:
            ways = [_last([*items[:-1], *branch.data], flags) for branch in av[1]]
            if None in ways:
                return None
            return [c for way in ways for c in way]  # type: ignore[union-attr]
    except (Unknown, RecursionError):
        pass
    return None


def _backward(items: list, flags: int, found: list[str]) -> bool:
    """Add the last characters of ``items``; whether they can match nothing."""
    for op, av in reversed(items):
        if op in ZERO_WIDTH:
            continue
        if not _item(op, av, flags, found, _backward):
            return False
    return True


def _item(op, av, flags: int, found: list[str], walk) -> bool:
    """Add the characters one item can take at the side ``walk`` reads from; whether it
    can match nothing (and the next item's count too)."""
    if op is sre.LITERAL:
        found.append(escape_char(av))
        return False
    if op is sre.IN:
        found.extend(class_item(item_op, item_av) for item_op, item_av in av)
        return False
    if op is sre.SUBPATTERN:
        if widens(av, flags):
            raise Unknown
        return walk(list(av[3].data), flags, found)
    if op is sre.BRANCH:
        empty = [walk(list(branch.data), flags, found) for branch in av[1]]
        return any(empty)
    if op in _REPEATS:
        low, _high, inner = av
        return walk(list(inner.data), flags, found) or low == 0
    raise Unknown  # any character, a negated literal or class, a back reference, ...
