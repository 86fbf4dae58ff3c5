"""Strings one of which every match of a pattern contains, read from the parsed pattern.

A pattern tried over a whole article (no near words to narrow it) costs a full
attempt at nearly every word. When each of its matches must contain one of a few
literal strings ("-ridden", "-hungry", ...) that open with the same character of
no case, ``re`` looks for them as quickly as ``str.find``: :func:`literal_gate`
compiles them, with the pattern's flags, into a search that turns down most
articles for about 1% of the pattern's own. The strings are read from the
pattern, so a rule file states nothing new.

The strings may let through texts the pattern does not match (that only costs
speed), never the other way: whatever this module does not understand ends a run
of literals, and a pattern it cannot read gets no strings at all. A
case-insensitive pattern's strings are lower-case ASCII; the gate ignores case as
the pattern does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import product

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as parser
except ImportError:  # Python 3.10
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse as parser  # type: ignore[no-redef]

from auditor.rules.firstchar import REPEATS, ZERO_WIDTH

_MOST = 64  # strings a run of literals may grow to before it is cut
_WORTH = (3, 16)  # a set is checked only if its shortest string has 3 characters, and <= 16
# strings a window gate may hold: looking for more in each window (str.find) costs about what
# the pattern's own search does (measured on a benchmark pass, docs/speed.md)
WINDOW_MOST = 2
# strings a span rule's gate may hold when no set of WINDOW_MOST will do: each is one ``in``
# test of a sentence, a fraction of the pattern's search (docs/speed.md, speed52)
SPAN_MOST = 8

Strings = frozenset[str]
Score = Callable[[Strings], tuple]


def literal_gate(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """A search for the strings every match of ``pattern`` holds, if it is a quick one."""
    strings = required_literals(pattern, flags)
    if not strings:
        return None
    gate = re.compile("|".join(map(re.escape, strings)), flags)
    first = {s[0] for s in strings}
    char = first.pop()
    if first or (gate.flags & re.IGNORECASE and char.lower() != char.upper()):
        return None  # no first character of no case: re would try every position
    return gate


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Strings one of which every match of ``pattern`` holds; () when none are worth it."""
    try:
        tree = parser.parse(pattern, flags)
        ignore_case = bool(tree.state.flags & re.IGNORECASE)
        _exact, best = _sequence(tree.data, ignore_case, _score)
    except (re.error, RecursionError):
        return ()
    shortest, most = _WORTH
    if best is None or min(map(len, best)) < shortest:
        return ()
    kept = sorted(s for s in best if not any(t in s for t in best if t != s))
    return tuple(kept) if len(kept) <= most else ()


def window_strings(
    pattern: str,
    flags: int,
    near: tuple[str, ...],
    few_first: bool = False,
    most: int = WINDOW_MOST,
) -> tuple[bool, tuple[str, ...]]:
    """Strings one of which every match of a pattern tried near ``near`` words holds, none of
    them part of a near word (each window holds one of those), and whether the pattern
    ignores case (its strings are then lower-case ASCII); (False, ()) when there are none
    worth looking for (more than ``most``).

    A window without one of them holds no match (auditor/rules/ruleset.py). ``few_first``
    prefers a set of at most ``most`` strings to a set of longer ones (a span rule's "?"
    before its forty verbs).
    """

    def score(strings: Strings) -> tuple[bool, bool, int, int]:  # sets without near words first
        few = few_first and len(strings) <= most
        return (not any(s.lower() in w for s in strings for w in near), few, *_score(strings))

    try:
        tree = parser.parse(pattern, flags)
        ignore_case = bool(tree.state.flags & re.IGNORECASE)
        _exact, best = _sequence(tree.data, ignore_case, score)
    except (re.error, RecursionError):
        return False, ()
    if best is None or not score(best)[0]:
        return False, ()
    kept = sorted(s for s in best if not any(t in s for t in best if t != s))
    return (ignore_case, tuple(kept)) if len(kept) <= most else (False, ())


def _sequence(items, ignore_case: bool, score: Score) -> tuple[Strings | None, Strings | None]:
    """The strings a sequence matches (None if not a few), and the best set it must hold."""
    run: Strings = frozenset({""})  # the strings of the literals read so far, in a row
    found: list[Strings] = []
    whole = True  # whether ``run`` is all the sequence matches
    for op, av in items:
        if op in ZERO_WIDTH:
            continue  # takes no character: the literals either side stay in a row
        if op in REPEATS:
            exact, best, more = _repeat(av, ignore_case, score)
        else:
            (exact, best), more = _item(op, av, ignore_case, score), False
        if best is not None:
            found.append(best)
        if exact is None:
            _keep(run, found)
            run, whole = frozenset({""}), False
            continue
        if len(run) * len(exact) > _MOST:
            _keep(run, found)
            run, whole = exact, False
        else:
            run = frozenset(a + b for a, b in product(run, exact))
        if more:  # more copies may follow: what comes next follows the last copy
            _keep(run, found)
            run, whole = exact, False
    _keep(run, found)
    return (run if whole else None), (max(found, key=score) if found else None)


def _repeat(av, ignore_case: bool, score: Score) -> tuple[Strings | None, Strings | None, bool]:
    """A repeat's strings of one copy (or none), a set it must hold, and whether more
    copies than one may follow."""
    low, high, inner = av
    exact, best = _sequence(inner.data, ignore_case, score)
    if exact is None or (low == 0 and high != 1):
        return None, (best if low else None), False
    if low == 0:
        return exact | {""}, None, False
    return exact, None, high != 1


def _item(op, av, ignore_case: bool, score: Score) -> tuple[Strings | None, Strings | None]:
    """The strings one item matches (None if not a few), and a set it must hold (or None)."""
    if op is sre.LITERAL:
        char = _char(av, ignore_case)
        return (None, None) if char is None else (frozenset({char}), None)
    if op is sre.IN:
        chars = [_char(v, ignore_case) if o is sre.LITERAL else None for o, v in av]
        if None in chars or len(chars) > 8:
            return None, None
        return frozenset(chars), None  # type: ignore[arg-type]
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = av
        if add_flags or del_flags:
            return None, None  # flags of its own: not worked out here
        return _sequence(inner.data, ignore_case, score)
    if op is sre.BRANCH:
        ways = [_sequence(branch.data, ignore_case, score) for branch in av[1]]
        exact = None
        if all(e is not None for e, _b in ways):
            exact = frozenset().union(*(e for e, _b in ways))
        bests = [_best(e, b, score) for e, b in ways]
        best = None if None in bests else frozenset().union(*bests)
        return exact, best
    return None, None  # any character, a class, a back reference, ...


def _best(exact: Strings | None, best: Strings | None, score: Score) -> Strings | None:
    options = [s for s in (exact, best) if s is not None]
    return max(options, key=score) if options else None


def _keep(run: Strings, found: list[Strings]) -> None:
    if run != {""}:
        found.append(run)


def _score(strings: Strings) -> tuple[int, int]:
    """Longer shortest strings first, then fewer strings."""
    return min(map(len, strings)), -len(strings)


def _char(code: int, ignore_case: bool) -> str | None:
    char = chr(code)
    if not ignore_case:
        return char
    return char.lower() if char.isascii() else None
