"""A quick test on the first character of a pattern's matches, made from the pattern.

``re`` tries a pattern at every position of the text it searches. A pattern that
opens with a word boundary, or is case-insensitive, gives it nothing to skip
positions with, so every position costs a full attempt. :func:`with_first_char`
puts a lookahead for the characters a match can start with in front of the
pattern, which turns down most positions at once and never changes a match.

The set of first characters is read from the parsed pattern. It may hold more
characters than a match can start with (that only costs speed) but never fewer:
whatever this module does not understand, it leaves the pattern alone.

The same holds inside a pattern: ``re`` tries the alternatives of a group one by
one, and turns one down at once when the character does not fit its first item
only when that item is a literal or a class it tests as written. A
case-insensitive letter is neither (``re`` lower-cases the character and enters
the alternative), so ``was|were|told|...`` costs an attempt per alternative at
every place. :func:`compile_pattern` compiles a pattern with the first letter of
each case-insensitive alternative made a case-sensitive class of every case
``re`` matches it in (``w`` as ``(?-i:[wW])``): the same matches. It also groups
the alternatives that open with the same character under it, as a trie
(``said|told|says`` as ``s(?:aid|ays)|told``): ``re`` reads the head of every
alternative each time it tries an alternation, and long ones made the scan's
working set larger than the processor's cache; and a run of alternatives that open
with a word boundary under one (``\\bA|\\bB`` as ``\\b(?:A|B)``).
"""

from __future__ import annotations

import _sre
import re
import unicodedata
from array import array
from collections.abc import Callable
from typing import NamedTuple

try:  # Python 3.11+
    from re import _compiler as compiler
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_compile as compiler  # type: ignore[no-redef]
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_WORD: r"\w",
}
ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
BEGINNINGS = {sre.AT_BEGINNING, sre.AT_BEGINNING_STRING}
# What else re's case-insensitive (Unicode) matching takes for an ASCII letter besides its
# two cases ("K", the Kelvin sign, for "k"); tests/test_firstchar.py checks every character.
_MORE_CASES = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_START = r"\A"  # in a lookahead: the start of the string, where "^" (not multiline) matches
_MOST_RANGE = 64  # a range of more characters than this is left case-insensitive
# Inline flags that let a group match more than the same class would outside it.
_WIDENING = re.IGNORECASE | re.UNICODE | re.LOCALE


class Unknown(Exception):
    """The pattern holds something whose characters at one end are not worked out here."""


def with_first_char(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, behind a lookahead for its first characters when one helps."""
    return first_char_program(pattern, flags).compile()


def first_char_program(pattern: str, flags: int = 0) -> Program:
    """:func:`with_first_char`'s pattern as a :class:`Program`."""
    first = first_chars(pattern, flags)
    if first is not None:
        try:
            return program(f"(?={first})(?:{pattern})", flags)
        except re.error:  # e.g. global inline flags, which must open the pattern
            pass
    return program(pattern, flags)


def quick_finder(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], bool] | None:
    """A pattern with a match wherever ``pattern`` has one, for asking only whether it has,
    and whether ``pattern`` has alternatives anchored at the start of the string, which it
    leaves out (ask those with a match at the start); None where there is none worth having.

    ``re`` skips the positions a match cannot start at by a quick loop in C only when the
    pattern opens with a class it can test without lower-casing: not a lookahead, which
    costs a full attempt at every position. So this pattern takes the first character
    from the first-character class, then looks back over it for ``pattern`` starting
    there (a lookbehind one character wide, holding a lookahead). Its match is that one
    character, not ``pattern``'s match.
    """
    found = finder_program(pattern, flags)
    return None if found is None else (found[0].compile(), found[1])


def finder_program(pattern: str, flags: int = 0) -> tuple[Program, bool] | None:
    """:func:`quick_finder`'s pattern as a :class:`Program`, and whether it leaves out
    alternatives anchored at the start; None where there is none worth having."""
    found = _first_class(pattern, flags)
    if found is None or flags & re.LOCALE:
        return None
    first, anchored = found
    if flags & re.IGNORECASE and first[0] == "[":
        return None  # a class re lower-cases each character for
    try:
        return program(rf"{first}(?<=(?=(?:{pattern}))[\s\S])", flags), anchored
    except re.error:  # e.g. global inline flags, which must open the pattern
        return None


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled (as ``re.compile``, not cached), the alternatives opening with
    the same character grouped (:func:`_grouped_branches`), and each case-insensitive
    alternative opening with a letter opening instead with the class of its cases."""
    return program(pattern, flags).compile()


class Program(NamedTuple):
    """A pattern as ``re`` compiles it, before the last step: what makes the compiled
    pattern again without parsing and compiling (the pack's patterns: 33 us against
    3.2 ms each). A built rule set keeps these on disk (auditor/rules/packcache.py)."""

    pattern: str
    flags: int
    code: array  # re's instructions (_CODE, as _sre takes them)
    groups: int
    groupindex: dict[str, int]
    indexgroup: tuple[str | None, ...]

    def compile(self) -> re.Pattern[str]:
        return _sre.compile(
            self.pattern,
            self.flags,
            self.code.tolist(),
            self.groups,
            self.groupindex,
            self.indexgroup,
        )


# the array type of re's instructions: unsigned, as wide as _sre's
_CODE = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)


def program(pattern: str, flags: int = 0, *, cased: bool = True) -> Program:
    """:func:`compile_pattern`'s pattern as a :class:`Program` (``cased=False``: as
    ``re.compile`` has it): the steps of ``re.compile`` (sre_compile.compile), with the
    tree changed between them."""
    flags = int(flags)  # re's steps test a RegexFlag's bits through Python code (enum)
    tree = parser.parse(pattern, flags)
    if cased:
        _possessive_repeats(tree, tree.state.flags)
        _shared_boundaries(tree, tree.state.flags)
        _grouped_branches(tree, tree.state.flags)
        _cased_branches(tree, tree.state.flags)
        _small_classes(tree, tree.state.flags)
    state = tree.state
    groups: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        groups[index] = name
    code = array(_CODE, compiler._code(tree, flags))
    return Program(
        pattern, flags | state.flags, code, state.groups - 1, state.groupdict, tuple(groups)
    )


_POSSESSIVE = getattr(sre, "POSSESSIVE_REPEAT", None)  # Python 3.11+
_SPACE, _OTHER, _END = "space", "other", "end"  # what a pattern's rest opens with
_SPACE_CLASS = [(sre.CATEGORY, sre.CATEGORY_SPACE)]
# every character \s takes (none above U+3000): a range holding none of them is no space
SPACE_CODES = tuple(c for c in range(0x3100) if chr(c).isspace())


def _possessive_repeats(tree, flags: int, after: object = _END) -> None:
    r"""Make each greedy repeat of one character in ``tree`` possessive where what comes
    after it opens with a character it cannot take: ``[\w'’-]+\s+`` as ``[\w'’-]++\s++``,
    ``(?:\w+\s+){0,3}that`` as ``(?:\w++\s++){0,3}that``, ``\s*$`` as ``\s*+$`` (Python
    3.11+; on 3.10 nothing changes). ``after`` is what follows ``tree`` (:func:`_follows`).

    When ``re`` fails after such a repeat it gives back its characters one at a time and
    tries what follows at each, which cannot take any of them (each is one the repeat
    took): a possessive repeat gives none back. The matches are the same, in the same
    order: a match takes the repeat's whole run (up to its most), as the possessive repeat
    does. Only spaces against characters that are none are told apart here (``\s``,
    ``\w``, ``\d``, literals, ranges and ``[^\s...]``), which case-insensitive matching
    does not change; the end of the pattern (or of a lookaround), alone or after ``$``,
    needs no character, so a repeat before it gives back nothing that helps.
    """
    if _POSSESSIVE is None or flags & re.LOCALE:
        return
    items = tree.data
    for k, (op, av) in enumerate(items):
        rest = _follows(items[k + 1 :], after)
        if op is sre.MAX_REPEAT and len(av[2].data) == 1:
            kind = _space_kind(*av[2].data[0])
            if kind is not None and rest in (_END, _OTHER if kind else _SPACE):
                items[k] = (_POSSESSIVE, av)
        if op in REPEATS:  # after its body: the body again, or what follows the repeat
            first = _follows(av[2].data, None)
            inner = rest if av[1] == 1 else (first if first == rest else None)
            _possessive_repeats(av[2], flags, inner)
        elif op is sre.SUBPATTERN:
            _possessive_repeats(av[3], (flags | av[1]) & ~av[2], rest)
        elif op is sre.BRANCH:
            for branch in av[1]:
                _possessive_repeats(branch, flags, rest)
        else:  # a lookaround ends its own pattern; the others are not read
            for subpattern, inner_flags in _nested(op, av, flags):
                if op is sre.ASSERT or op is sre.ASSERT_NOT:
                    _possessive_repeats(subpattern, inner_flags, _END)


def _follows(items, after: object) -> object:
    """What the sequence ``items``, then what ``after`` stands for, opens with:
    :data:`_SPACE` (a space first), :data:`_OTHER` (a character that is none),
    :data:`_END` (nothing: the end of the pattern or of a lookaround, maybe after ``$``),
    or None (not known here, or more than one of these)."""
    if not items:
        return after
    (op, av), rest = items[0], items[1:]
    if op in REPEATS:
        low, _high, body = av
        first = _follows(body.data, None)
        if low >= 1:
            return first
        return first if first is not None and first == _follows(rest, after) else None
    if op is sre.SUBPATTERN:
        return _follows(av[3].data, _follows(rest, after))
    if op is sre.BRANCH:
        then = _follows(rest, after)
        kinds = {_follows(branch.data, then) for branch in av[1]}
        return kinds.pop() if len(kinds) == 1 else None
    if op is sre.AT and av in (sre.AT_END, sre.AT_END_STRING):
        return _END if _follows(rest, after) is _END else None
    kind = _space_kind(op, av)
    return None if kind is None else _SPACE if kind else _OTHER


def _space_kind(op, av) -> bool | None:
    """Whether the one-character item ``(op, av)`` takes only spaces (True), only other
    characters (False), or both or what is not worked out here (None)."""
    if op is sre.LITERAL:
        return chr(av).isspace()
    if op is not sre.IN:
        return None
    if av == _SPACE_CLASS or all(o is sre.LITERAL and chr(a).isspace() for o, a in av):
        return True
    if av and av[0] == (sre.NEGATE, None):
        return False if (sre.CATEGORY, sre.CATEGORY_SPACE) in av[1:] else None
    for o, a in av:
        if o is sre.LITERAL:
            if chr(a).isspace():
                return None
        elif o is sre.RANGE:
            if any(a[0] <= c <= a[1] for c in SPACE_CODES):
                return None
        elif o is not sre.CATEGORY or a not in (sre.CATEGORY_WORD, sre.CATEGORY_DIGIT):
            return None
    return False


def _shared_boundaries(tree, flags: int) -> None:
    """Make each run of alternatives in ``tree`` that open with a word boundary one
    alternative, the boundary followed by the alternation of their rests: ``\\bA|\\bB|C``
    as ``\\b(?:A|B)|C``.

    ``re`` tries the alternatives of a run one by one and tests the boundary in each, so a
    place inside a word costs a test for every alternative of the run; factored, one. The
    matches are the same, in the same order: a boundary takes no character and holds or not
    at a place whatever follows it, under the same flags (those of the alternation).
    speed17 measured this slower over a pass's searches; the pack has grown since, and its
    long left contexts gain (speculation.modal's not_before: 6.6 -> 4.0 ms a pass).
    """
    _rewrite_alternations(tree, flags, _share_boundary)


def _share_boundary(branches: list, flags: int) -> None:
    """:func:`_shared_boundaries` for the alternatives of one alternation, in place."""
    shared: list = []
    run: list = []  # alternatives in a row that open with a word boundary

    def end_run() -> None:
        if len(run) > 1:
            rests = [parser.SubPattern(branch.state, list(branch.data[1:])) for branch in run]
            alternation = (sre.BRANCH, (None, rests))
            shared.append(parser.SubPattern(run[0].state, [run[0].data[0], alternation]))
        else:
            shared.extend(run)
        run.clear()

    for branch in branches:
        if branch.data and branch.data[0] == (sre.AT, sre.AT_BOUNDARY):
            run.append(branch)
        else:
            end_run()
            shared.append(branch)
    end_run()
    branches[:] = shared


def _grouped_branches(tree, flags: int) -> None:
    """Make the alternatives in ``tree`` that open with the same character one alternative,
    that character followed by the alternation of their rests: ``said|told|says`` as
    ``s(?:aid|ays)|told``, and so on down (a trie).

    ``re`` reads the head of every alternative of an alternation each time it tries it
    (the first character decides most at once): an alternation of hundreds of words is a
    walk over all of their code, some kilobytes, at every place it is tried, and the
    scan's cache misses. Grouped, it reads the heads of one alternative per character and
    then one group's.

    The matches are the same: only a run of alternatives that each open with a literal
    character is regrouped, and at any place the alternatives of a run that can match are
    those of one group (a case-insensitive pattern groups an ASCII letter's cases
    together; a character beyond ASCII ends a run there), tried in the same order.
    """
    _rewrite_alternations(tree, flags, _group_alternatives)


def _group_alternatives(branches: list, flags: int) -> None:
    """:func:`_grouped_branches` for the alternatives of one alternation, in place."""
    grouped: list = []
    run: dict[object, list] = {}  # a run of alternatives opening with a literal, by its key

    def end_run() -> None:
        for group in run.values():
            grouped.append(group[0] if len(group) == 1 else _factored(group))
        run.clear()

    for branch in branches:
        key = _head_key(branch, flags)
        if key is None:
            end_run()
            grouped.append(branch)
        else:
            run.setdefault(key, []).append(branch)
    end_run()
    branches[:] = grouped


def _head_key(branch, flags: int) -> object:
    """What the first character of ``branch`` is grouped by, or None: it does not open
    with a literal whose matches are known apart from other literals' here."""
    if not branch.data or branch.data[0][0] is not sre.LITERAL or flags & re.LOCALE:
        return None
    code = branch.data[0][1]
    if not flags & re.IGNORECASE:
        return code
    char = chr(code)
    return char.lower() if char.isascii() else None


def _factored(group: list):
    """One alternative for the alternatives ``group``, which open with the same literal (in
    a case-insensitive pattern, in either case): it, then the alternation of their rests."""
    first = group[0]
    rests = [parser.SubPattern(first.state, list(branch.data[1:])) for branch in group]
    return parser.SubPattern(first.state, [first.data[0], (sre.BRANCH, (None, rests))])


def _cased_branches(tree, flags: int) -> None:
    """Give each alternative in ``tree`` that opens with a case-insensitive ASCII letter a
    case-sensitive class of it instead (not "i", "k", "s": :func:`_cased_literal`)."""
    _rewrite_alternations(tree, flags, _case_heads)


def _case_heads(branches: list, flags: int) -> None:
    for branch in branches:
        if branch.data and branch.data[0][0] is sre.LITERAL:
            cased = _cased_literal(branch.data[0][1], flags, branch.state)
            if cased is not None:
                branch.data[0] = cased


def _small_classes(tree, flags: int) -> None:
    """Write each class in ``tree`` that ``re`` would compile to a table of every
    character (its "big charset": 256 bytes of block numbers, then a bitmap of 32 bytes a
    block) as a bitmap of its first 256 characters, then its others one by one.

    ``[\\w.'’-]`` is a big charset of 90 words for its one character beyond 255, where
    the other form is 16: a pattern that holds a few reads a few more cache lines at each
    try. The class takes the same characters: only classes without a character that has
    cases under ``re.IGNORECASE`` are rewritten (``re`` adds none of their cases then), and
    only when their characters beyond 255 make at most two runs, which ``re`` writes as
    literals or ranges (more would make a big charset again).
    """
    for k, (op, av) in enumerate(tree.data):
        if op is sre.IN:
            small = _small_class(av, flags)
            if small is not None:
                tree.data[k] = (sre.IN, small)
        for subpattern, inner_flags in _nested(op, av, flags):
            _small_classes(subpattern, inner_flags)


def _small_class(items: list, flags: int) -> list | None:
    """:func:`_small_classes` for one class's items; None where it is kept as it is."""
    if flags & re.LOCALE:
        return None
    chars: list[int] = []
    rest = []
    for op, av in items:
        if op is sre.LITERAL:
            chars.append(av)
        elif op is sre.RANGE and av[1] - av[0] <= _MOST_RANGE:
            chars.extend(range(av[0], av[1] + 1))
        elif op is sre.CATEGORY or op is sre.NEGATE:
            rest.append((op, av))
        else:
            return None
    if flags & re.IGNORECASE and any(map(_sre.unicode_iscased, chars)):
        return None
    low = [c for c in chars if c < 256]
    high = sorted({c for c in chars if c >= 256})
    if not high or high[-1] > 0xFFFF or _runs(high) > 2 or _runs(sorted({*chars})) <= 2:
        return None  # no big charset, or one re would still make
    charmap = bytearray(256)
    for c in low:
        charmap[c] = 1
    negate = [item for item in rest if item[0] is sre.NEGATE]
    categories = [item for item in rest if item[0] is not sre.NEGATE]
    bitmap = (sre.CHARSET, compiler._mk_bitmap(charmap))
    # re tests the items in turn and keeps the big characters' literals first: the
    # categories (``\w``, which most characters tried are) before the bitmap
    return [*negate, *((sre.LITERAL, c) for c in high), *categories, bitmap]


def _runs(chars: list[int]) -> int:
    """How many runs of consecutive characters the sorted ``chars`` make."""
    return sum(1 for k, c in enumerate(chars) if k == 0 or chars[k - 1] != c - 1)


def _rewrite_alternations(tree, flags: int, rewrite: Callable[[list, int], None]) -> None:
    """Call ``rewrite`` on the alternatives of each alternation in ``tree`` (a list it may
    change in place), an outer alternation before those inside its alternatives, with the
    flags in force there."""
    for op, av in tree.data:
        if op is sre.BRANCH:
            rewrite(av[1], flags)
        for subpattern, inner_flags in _nested(op, av, flags):
            _rewrite_alternations(subpattern, inner_flags, rewrite)


def _nested(op, av, flags: int) -> list[tuple[parser.SubPattern, int]]:
    """The subpatterns inside the item ``(op, av)`` of a parsed pattern, each with the flags
    in force there (``flags`` outside it)."""
    if op is sre.BRANCH:
        return [(branch, flags) for branch in av[1]]
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, subpattern = av
        return [(subpattern, (flags | add_flags) & ~del_flags)]
    if op in REPEATS:
        return [(av[2], flags)]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [(av[1], flags)]
    if op is sre.GROUPREF_EXISTS:
        return [(branch, flags) for branch in av[1:] if branch is not None]
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return [(av, flags)]
    return []


def _cased_literal(code: int, flags: int, state):
    """A case-insensitive ASCII letter as a case-sensitive class of its cases, or None.

    None also for "i", "k" and "s" (without the ASCII flag): a class of their cases beyond
    ASCII compiles to a table of 90 words where the letter is 2, which ``re`` reads at each
    try (about 3 cache lines where the letter's head is 1), and an alternation of hundreds
    of words holds it at every level of its trie. Compiled as written, such an alternative
    is entered rather than turned down at its head: fewer instructions and 5% fewer
    last-level cache misses over a pass (speed43 in docs/speed.md).
    """
    char = chr(code)
    if not flags & re.IGNORECASE or flags & re.LOCALE or not (char.isascii() and char.isalpha()):
        return None
    low = char.lower()
    if low in _MORE_CASES and not flags & re.ASCII:
        return None
    cases = low + low.upper()
    letters = parser.SubPattern(state, [(sre.IN, [(sre.LITERAL, ord(c)) for c in cases])])
    return sre.SUBPATTERN, (None, 0, sre.SRE_FLAG_IGNORECASE, letters)


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class every match of ``pattern`` starts with, or the start of the
    string for alternatives anchored there; None if none is worth it.

    None also when a match can be empty, when the pattern is anchored at the start
    (``re`` tries those once anyway), or when it may start with any word character.
    """
    found = _first_class(pattern, flags)
    if found is None:
        return None
    first, anchored = found
    return f"{first}|{_START}" if anchored else first


def _first_class(pattern: str, flags: int) -> tuple[str, bool] | None:
    """:func:`first_chars`: the class of the characters a match can start with, other than
    at the start of the string, and whether a match can start there without one of them."""
    if pattern.startswith(("^", "\\A")) and "|" not in pattern:
        return None  # anchored, as far as a glance can tell: not worth parsing (with a "|",
        # it may be one alternative of several, the others unanchored: "^Name:|\\bopt out")
    try:
        tree = parser.parse(pattern, flags)
        flags = tree.state.flags  # with the pattern's own global flags
        items = tree.data
        if items and items[0][0] is sre.AT and items[0][1] in BEGINNINGS:
            return None
        found: list[str] = []
        if _collect(items, flags, found):
            return None  # a match can be empty, or start with anything the rest allows
    except (Unknown, re.error, RecursionError):
        return None
    anchored = _START in found
    found = [item for item in found if item != _START]
    if not found or _CATEGORIES[sre.CATEGORY_WORD] in found:
        return None  # all anchored (tried once), or nearly every position passes
    if flags & re.IGNORECASE and not flags & re.LOCALE:
        cased = both_cases(found)
        if cased is not None:  # tested without lower-casing each character
            return f"(?-i:[{''.join(dict.fromkeys(cased))}])", anchored
    return f"[{''.join(dict.fromkeys(found))}]", anchored


def both_cases(found: list[str]) -> list[str] | None:
    """The class items ``found`` of a case-insensitive pattern, each letter in every case
    ``re`` matches it in, for a case-sensitive class: ``re`` tests a case-insensitive class
    by lower-casing the character first, a call at every position it tries. None when an
    item holds a character whose cases are not known here (a letter beyond ASCII)."""
    cased = []
    for item in found:
        if item in _CATEGORIES.values():
            cased.append(item)  # \d, \s: the same in any case
            continue
        codes = [int(code[2:], 16) for code in item.split("-")]  # "\U...", "\U...-\U..."
        if codes[-1] - codes[0] > _MOST_RANGE:
            return None
        for char in map(chr, range(codes[0], codes[-1] + 1)):
            if char.isascii() and char.isalpha():
                low = char.lower()
                cased += map(escape_char, map(ord, low + low.upper() + _MORE_CASES.get(low, "")))
            elif char.isascii() or unicodedata.category(char)[0] in "PZ":
                cased.append(escape_char(ord(char)))  # punctuation and spaces have no case
            else:
                return None
    return cased


def _collect(items, flags: int, found: list[str]) -> bool:
    """Add the first characters of the sequence ``items``; whether it can match empty.

    A sequence anchored at the start of the string ("^Related" beside "[VIDEO]$") can
    match only there: it adds :data:`_START` instead of its characters, so that the other
    positions are tried only for the other alternatives.
    """
    for op, av in items:
        if op is sre.AT and (
            av is sre.AT_BEGINNING_STRING or (av is sre.AT_BEGINNING and not flags & re.MULTILINE)
        ):
            found.append(_START)
            return False
        if op in ZERO_WIDTH:
            continue  # assertions take no character: the next item gives the first one
        if (
            op is sre.SUBPATTERN
            and av[1] & ~flags & _WIDENING == re.IGNORECASE
            and not flags & re.LOCALE
        ):
            if not _case_insensitive_group(av, flags, found):
                return False
        elif not item_chars(op, av, flags, found, _collect):
            return False
    return True


def _case_insensitive_group(group, flags: int, found: list[str]) -> bool:
    """:func:`_collect` of a ``(?i:...)`` group in a case-sensitive pattern
    (``(?i:\\bwhether)``): its first characters in every case ``re`` matches them in,
    as a case-sensitive class takes them (:func:`both_cases`); whether it can match empty.
    :class:`Unknown` where a case is not known here (a letter beyond ASCII)."""
    inner: list[str] = []
    empty = _collect(list(group[3].data), flags | re.IGNORECASE | (group[1] & re.MULTILINE), inner)
    cased = both_cases([item for item in inner if item != _START])
    if cased is None:
        raise Unknown
    found.extend(cased)
    if _START in inner:
        found.append(_START)
    return empty


def item_chars(op, av, flags: int, found: list[str], walk) -> bool:
    """Add the characters one item can take at the side ``walk`` reads a sequence from;
    whether it can match nothing (and the next item's count too)."""
    if op is sre.LITERAL:
        found.append(escape_char(av))
        return False
    if op is sre.IN:
        found.extend(class_item(item_op, item_av) for item_op, item_av in av)
        return False
    if op is sre.SUBPATTERN:
        if widens(av, flags):
            raise Unknown  # a class made under the outer flags would be too narrow
        # a group's own multiline flag makes its "^" a line's start (see _collect)
        return walk(list(av[3].data), flags | (av[1] & re.MULTILINE), found)
    if op is sre.BRANCH:
        empty = [walk(list(branch.data), flags, found) for branch in av[1]]
        return any(empty)
    if op in REPEATS:
        low, _high, inner = av
        return walk(list(inner.data), flags, found) or low == 0
    raise Unknown  # any character, a negated literal or class, a back reference, ...


def widens(group, flags: int) -> bool:
    """Whether a group's inline flags let it match more than the same class outside it."""
    return bool(group[1] & ~flags & _WIDENING)


def class_item(op, av) -> str:
    if op is sre.LITERAL:
        return escape_char(av)
    if op is sre.RANGE:
        return f"{escape_char(av[0])}-{escape_char(av[1])}"
    if op is sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise Unknown  # a negated class or category: nearly any character


def escape_char(code: int) -> str:
    return f"\\U{code:08x}"
