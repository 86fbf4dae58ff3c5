"""A case-insensitive pattern asked of the lower-cased text, case-sensitively.

``re`` matches a case-insensitive pattern by lower-casing each character it tests,
and skips the positions a match cannot start at by its quick loop in C only for a
class it can test as written (auditor/rules/firstchar.py): most of the pack's
patterns ignore case, so most get no such loop and cost an attempt at each place
their first letter fits. In the text lower-cased, the same pattern without the flag
has the same matches at the same places when every letter it names is lower case
and none of it is case-sensitive: then it gets the loop. The rule set asks it only
whether a window holds a match (``RuleSet.scan``); the matches themselves are read
from the text as written.

Where the lower-cased text is taken (``ruleset._folded``): only a text whose
lower-casing keeps every character in its place and gives a character ``re`` takes
for an ASCII letter in the other case only where it does so for the letter itself
(no dotless or dotted "i", no long "s"). A pattern's ASCII letters are put in lower
case first (the same pattern, as it ignores case); :func:`folds` then accepts it only of
ASCII letters in lower case, characters of no case, classes of those and of ``\\d``,
``\\w``, ``\\s``, and no inline flags (a case-sensitive part) or back references.
tests/test_folded.py compares the answers with the pattern's own on text of every case.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

from auditor.rules.firstchar import REPEATS, Program, finder_program, first_char_program

_AS_WRITTEN = {sre.ANY, sre.AT, sre.CATEGORY}  # items whose answer lower-casing keeps
_NESTING = {sre.SUBPATTERN, sre.BRANCH, sre.ASSERT, sre.ASSERT_NOT, *REPEATS}
# what lower-casing a pattern leaves as written: an escape ("\\S" is not "\\s"), a group's
# name and a reference to one
_AS_WRITTEN_PARTS = re.compile(r"(\\.|\(\?P[<=][^>)]*[>)])", re.DOTALL)


def folded_program(pattern: str, flags: int) -> Program | None:
    """A program whose search of the lower-cased text finds a match where ``pattern``
    (case-insensitive) finds one in the text, though not the same match: the pattern's
    quick finder (:func:`~auditor.rules.firstchar.finder_program`) without the flag, or
    the pattern itself; None where it does not :func:`fold <folds>`."""
    lowered = _lowered(pattern, flags)
    if lowered is None or not folds(lowered, flags):
        return None
    cased = flags & ~re.IGNORECASE
    found = finder_program(lowered, cased)
    if found is not None and not found[1]:  # a finder that leaves no alternative out
        return found[0]
    return first_char_program(lowered, cased)


def folds(pattern: str, flags: int) -> bool:
    """Whether the case-insensitive ``pattern`` matches what its case-sensitive self matches
    in the lower-cased text (see the module's docstring)."""
    if not flags & re.IGNORECASE or flags & (re.LOCALE | re.ASCII):
        return False
    try:
        tree = parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return False
    return tree.state.flags == flags | re.UNICODE and _items_fold(tree.data)


def _lowered(pattern: str, flags: int) -> str | None:
    """``pattern`` with its ASCII letters in lower case, the same pattern where it ignores case
    (escapes and group names as written); None where that is not sure: a range from an
    upper-case letter to another character ("[A-z]" holds "_"), a named character."""
    try:
        tree = parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None
    if not tree.state.flags & re.IGNORECASE or "\\N" in pattern or not _ranges_keep(tree.data):
        return None
    kept = _AS_WRITTEN_PARTS.split(pattern)  # escapes and group names at odd places
    return "".join(part if k % 2 else part.lower() for k, part in enumerate(kept))


def _ranges_keep(items) -> bool:
    """Whether every range in ``items`` lies within "A"-"Z" or holds none of them."""
    for op, av in items:
        if op is sre.IN:
            if any(o is sre.RANGE and not _range_keeps(*v) for o, v in av):
                return False
        elif not all(map(_ranges_keep, _inside(op, av))):
            return False
    return True


def _range_keeps(low: int, high: int) -> bool:
    return high < ord("A") or low > ord("Z") or ord("A") <= low <= high <= ord("Z")


def _items_fold(items) -> bool:
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            if not _lower(av):
                return False
        elif op is sre.IN:
            if not all(_member_folds(o, v) for o, v in av):
                return False
        elif op is sre.SUBPATTERN and (av[1] or av[2]):
            return False  # flags of its own
        elif op in _NESTING:
            if not all(map(_items_fold, _inside(op, av))):
                return False
        elif op not in _AS_WRITTEN:
            return False  # a back reference, an atomic group, ...: not worked out here
    return True


def _inside(op, av) -> list:
    """The lists of items inside an item (none for one that holds no pattern)."""
    if op is sre.SUBPATTERN:
        return [av[3].data]
    if op is sre.BRANCH:
        return [branch.data for branch in av[1]]
    if op in REPEATS:
        return [av[2].data]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1].data]
    return []


def _member_folds(op, av) -> bool:
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        return _lower(av)
    if op is sre.RANGE:
        low, high = av
        return high < 128 and _lower(low) and _lower(high) and _range_keeps(low, high)
    return op in (sre.CATEGORY, sre.NEGATE)


def _lower(code: int) -> bool:
    """An ASCII character that is not an upper-case letter, or one of no case."""
    char = chr(code)
    if char.isascii():
        return not char.isupper()
    return char.lower() == char == char.upper()
