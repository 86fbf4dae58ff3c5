"""What a span must start and end with for a pattern anchored to its ends.

A sentence or paragraph rule is matched against the span alone, so a pattern that
opens with ``^`` (or ``\\A``) matches only from the span's first character, and one
that closes with ``$`` (or ``\\Z``) only up to its last. ``re`` fails such a pattern
quickly at most spans but may still step through much of it first: a heading
pattern reads up to 60 characters before it finds the full stop that rules it out,
an imperative one tries forty words in turn. :func:`span_edges` reads from the
parsed pattern what a matched span can start and end with:

- its first :data:`HEAD` characters, as a pattern of every way the pattern can take
  them (a run of classes each; ``action.imperative`` turns down "The" and "He ");
- a class of its first character (which also reads a lookahead there);
- classes of its last character (a lookahead of the whole pattern that runs to the
  end gives one too).

The rule set then skips a span by its first characters and its last one without
trying the pattern. What is read may let through spans the pattern does not match
(that only costs speed), never the other way: whatever this module does not
understand gives nothing for that end, or lets any character through there.
"""

from __future__ import annotations

import re

from auditor.rules.firstchar import (
    BEGINNINGS,
    REPEATS,
    ZERO_WIDTH,
    Unknown,
    class_item,
    escape_char,
    item_chars,
    widens,
)

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

_ENDS = {sre.AT_END, sre.AT_END_STRING}
_ONE_CHARACTER = {sre.LITERAL, sre.IN, sre.ANY, sre.NOT_LITERAL}
HEAD = 3  # how many of a span's first characters are read
_MOST_PATHS = 512  # runs of classes over them a pattern may have

Classes = tuple[re.Pattern[str], ...]
Edges = tuple["re.Pattern[str] | None", Classes, Classes]
NO_EDGES: Edges = (None, (), ())


def span_edges(pattern: str, flags: int = 0) -> Edges:
    """What a span the pattern matches starts and ends with.

    A pattern matched (``match``) against the span's first :data:`HEAD` characters, or
    None; classes of one character its first character must match, and classes its
    last one must match (a character must match all; () when nothing is known).
    """
    try:
        tree = parser.parse(pattern, flags)
    except (re.error, RecursionError):
        return None, (), ()
    flags = tree.state.flags
    if flags & re.MULTILINE:
        return None, (), ()  # ^ and $ match at every line
    items = list(tree.data)
    lasts = [_last(items, flags)]
    for op, av in items:  # a lookahead of the whole pattern that runs to the end
        if op is sre.ASSERT and av[0] == 1:
            lasts.append(_last(list(av[1].data), flags))
    return _head(items, flags), _classes([_first(items, flags)], flags), _classes(lasts, flags)


def _classes(found: list[list[str] | None], flags: int) -> Classes:
    return tuple(
        re.compile(f"[{''.join(dict.fromkeys(chars))}]", flags)
        for chars in found
        if chars is not None
    )


def _head(items: list, flags: int) -> re.Pattern[str] | None:
    """For a pattern anchored at the start, a pattern of what a span's first HEAD
    characters can be: each way the pattern can take them, as a run of classes."""
    ways = _after_anchor(items, flags)
    if ways is None:
        return None
    paths = _Paths(flags)
    try:
        for way in ways:
            paths.done.update(paths.walk(way, {()}))  # the match may end there
    except (Unknown, RecursionError):
        return None
    if () in paths.done:
        return None  # a way that says nothing of the first character
    last: dict[tuple[str, ...], list[str]] = {}  # the runs that differ in their last class
    runs = []
    for path in sorted(paths.done):
        if len(path) == HEAD and path[-1].startswith("["):
            last.setdefault(path[:-1], []).append(path[-1][1:-1])
        else:
            runs.append("".join(path))
    runs += ["".join(start) + f"[{''.join(ends)}]" for start, ends in last.items()]
    return re.compile("|".join(runs), flags | re.DOTALL)  # one pattern: a short one to compile


def _after_anchor(items: list, flags: int, depth: int = 0) -> list[list] | None:
    """The sequences that follow the start anchor, one for each way; None if a way is not
    anchored (or there are too many ways)."""
    if not items or depth > 8:
        return None
    op, av = items[0]
    if op is sre.AT and av in BEGINNINGS:
        return [items[1:]]
    if op is sre.SUBPATTERN and not widens(av, flags):
        return _after_anchor([*av[3].data, *items[1:]], flags, depth + 1)
    if op is sre.BRANCH:
        ways = [_after_anchor([*b.data, *items[1:]], flags, depth + 1) for b in av[1]]
        if None in ways or sum(map(len, ways)) > 64:  # type: ignore[arg-type]
            return None
        return [way for found in ways for way in found]  # type: ignore[union-attr]
    return None


class _Paths:
    """The runs of classes a match can take over a span's first HEAD characters, read by
    walking the pattern with the runs read so far."""

    def __init__(self, flags: int) -> None:
        self.flags = flags
        self.done: set[tuple[str, ...]] = set()  # HEAD long, or ended, or free after

    def walk(self, items: list, at: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        """The runs shorter than HEAD that ``items`` may leave, started with ``at``."""
        for op, av in items:
            if not at:
                break
            if len(at) + len(self.done) > _MOST_PATHS:
                raise Unknown  # too many ways to be worth it
            if op is sre.AT:
                if av in _ENDS:  # the span ends here, or before a last newline ($)
                    end = r"\n?\Z" if av is sre.AT_END else r"\Z"
                    self.done.update((*path, end) for path in at)
                    at = set()
            elif op is sre.ASSERT or op is sre.ASSERT_NOT:
                continue
            elif op in _ONE_CHARACTER:
                try:
                    chars = f"[{''.join(dict.fromkeys(_one_character(op, av)))}]"
                except Unknown:
                    chars = "."  # any character
                longer = {(*path, chars) for path in at}
                self.done.update(path for path in longer if len(path) == HEAD)
                at = {path for path in longer if len(path) < HEAD}
            elif op is sre.SUBPATTERN and not widens(av, self.flags):
                at = self.walk(list(av[3].data), at)
            elif op is sre.BRANCH:
                at = set().union(*(self.walk(list(b.data), set(at)) for b in av[1]))
            elif op in REPEATS:
                low, high, inner = av
                reached = set(at) if low == 0 else set()
                for copies in range(1, HEAD + 2):  # no run left shorter than HEAD by then
                    at = self.walk(list(inner.data), at)
                    if low <= copies <= high or low > copies == HEAD + 1:
                        reached |= at
                at = reached
            else:  # a back reference, an atomic group, ...: anything may follow
                self.done.update(at)
                at = set()
        return at


def _one_character(op, av) -> list[str]:
    if op is sre.LITERAL:
        return [escape_char(av)]
    if op is sre.IN:
        return [class_item(item_op, item_av) for item_op, item_av in av]
    raise Unknown  # any character, a negated literal


def _first(items: list, flags: int) -> list[str] | None:
    """First characters of a sequence anchored at the start; None if not known."""
    try:
        if not items:
            return None
        op, av = items[0]
        if op is sre.AT and av in BEGINNINGS:
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
        if not item_chars(op, av, flags, found, _forward):
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
        if not item_chars(op, av, flags, found, _backward):
            return False
    return True
