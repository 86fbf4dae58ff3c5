"""Where a match of a left context can start, read from the parsed pattern.

A rule's ``before`` and ``not_before`` conditions are searched in the 80 characters
before a match, as ``(?:pattern)\\s*$``: a match must run to the end of that text.
``re`` still tries it from the text's first character on, at every place its first
character fits, though most contexts are a few words long. :func:`left_start` reads
from the pattern how late a match can start, and the search starts there: ``re``'s
``search(string, pos)`` lets lookbehinds, ``^`` and ``\\b`` see the whole string, so
the answer is the same.

Two bounds, each from what the pattern's items can consume:

- **words**: when its items can take spaces in at most ``n - 1`` runs (``\\s+``
  is one run, ``(?:\\w+\\s+){1,3}`` three, ``[^.]*`` any number), a match that runs to
  the end covers at most ``n`` of the text's whitespace-separated words, so it starts
  no earlier than the ``n``-th word from the end;
- **stops**: when no item can take one of some punctuation characters (``.``, ``;``,
  ``"``, ...), a match lies after the last of them in the text.

A pattern this module does not understand gets no bound (the search starts at 0).
"""

from __future__ import annotations

import math
import re
from functools import partial

try:  # Python 3.11+
    from re import _compiler as compiler
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_compile as compiler  # type: ignore[no-redef]
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

from auditor.rules.firstchar import REPEATS, SPACE_CODES

_SPACES = tuple(map(chr, SPACE_CODES))
_STOPS = '.,;:!?"()[]\u201c\u201d\u2014\u2013'  # the punctuation a stop bound looks for
_MOST_WORDS = 9  # a words bound of more than this is not used (the stops one may be)
_ENDS = {(sre.AT, sre.AT_END), (sre.AT, sre.AT_END_STRING)}
_ATOMS = {sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY}


class _Unknown(Exception):
    """An item whose characters are not worked out here."""


def left_start(pattern: str, flags: int = 0) -> partial | None:
    """A function of a string giving the first place where a match of ``pattern`` can
    start in it (the pattern ends with ``$``), or None: no bound is known."""
    try:
        tree = parser.parse(pattern, flags)
        flags = tree.state.flags
        items = list(tree.data)
        if flags & re.MULTILINE or not items or items[-1] not in _ENDS:
            return None  # a match need not run to the end
        runs = _runs(items, flags)
        if runs < _MOST_WORDS:
            return partial(words_start, int(runs) + 1)
        taken: set[str] = set()
        _taken(items, flags, taken)
    except (_Unknown, re.error, RecursionError):
        return None
    stops = "".join(c for c in _STOPS if c not in taken)
    if not stops:
        return None
    return partial(stops_start, re.compile(f".*[{re.escape(stops)}]", re.DOTALL).match)


def words_start(words: int, string: str) -> int:
    """Where the ``words``-th whitespace-separated word from the end of ``string`` starts,
    or a little before (0 when it has no more words)."""
    parts = string.rsplit(None, words)
    return len(parts[0]) if len(parts) > words else 0


def stops_start(last_stop, string: str) -> int:
    """Just after the last character in ``string`` that ``last_stop`` (a match of
    ``.*[...]``) looks for; 0 when it has none."""
    found = last_stop(string)
    return 0 if found is None else found.end()


def _runs(items, flags: int) -> float:
    """How many runs of whitespace a match of the sequence ``items`` can hold at most."""
    total: float = 0
    for op, av in items:
        if op in _ATOMS:
            total += any(map(_atom(op, av, flags), _SPACES))
        elif op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # zero-width: it consumes nothing
        elif op is sre.SUBPATTERN:
            total += _runs(av[3].data, (flags | av[1]) & ~av[2])
        elif op is sre.BRANCH:
            total += max(_runs(branch.data, flags) for branch in av[1])
        elif op in REPEATS:
            _low, high, inner = av
            if len(inner.data) == 1 and _spaces_only(*inner.data[0]):
                total += 1  # \s+, \s*: one run however long
            else:
                runs = _runs(inner.data, flags)
                if runs:
                    total += math.inf if high == sre.MAXREPEAT else runs * high
        else:
            raise _Unknown  # a back reference, a conditional group, ...
    return total


def _taken(items, flags: int, taken: set[str]) -> None:
    """Add the characters of :data:`_STOPS` that the sequence ``items`` can consume."""
    for op, av in items:
        if op in _ATOMS:
            taken.update(filter(_atom(op, av, flags), _STOPS))
        elif op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue
        elif op is sre.SUBPATTERN:
            _taken(av[3].data, (flags | av[1]) & ~av[2], taken)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _taken(branch.data, flags, taken)
        elif op in REPEATS:
            _taken(av[2].data, flags, taken)
        else:
            raise _Unknown


def _atom(op, av, flags: int):
    """A test of whether the one-character item ``(op, av)`` consumes a character of
    :data:`_SPACES` or :data:`_STOPS` (none of which has a case)."""
    if op is sre.LITERAL and not flags & re.LOCALE:
        # a literal takes such a character only if it is that character: re compares a
        # lower-cased character with a letter's lower case, a letter
        return chr(av).__eq__
    key = (op, tuple(av) if op is sre.IN else av, flags)
    test = _TESTS.get(key)
    if test is None:
        tree = parser.SubPattern(parser.State(), [(op, av)])
        test = _TESTS[key] = compiler.compile(tree, flags).fullmatch
    return test


_TESTS: dict[tuple, object] = {}  # items compiled on their own: [\w'’-] is in most contexts


def _spaces_only(op, av) -> bool:
    """Whether the one-character item takes only whitespace (``\\s``, a space)."""
    if op is sre.IN:
        return all(
            (item_op is sre.CATEGORY and item_av is sre.CATEGORY_SPACE)
            or (item_op is sre.LITERAL and chr(item_av).isspace())
            for item_op, item_av in av
        )
    return op is sre.LITERAL and chr(av).isspace()
