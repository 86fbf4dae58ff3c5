"""A pattern compiled the first time it is used.

Compiling the built-in pack's patterns took about half of building an engine, and a
short article uses a fraction of them (most rules are tried only near their words).
The built-in pack is checked by the tests, every pattern compiled and run on its
examples, so its patterns wait until an article needs them; a user's pack is
compiled as it loads, so that a bad pattern is named then.

A rule set kept on disk (auditor/rules/packcache.py) keeps each pattern that a run
compiled as ``re`` compiled it (:class:`~auditor.rules.firstchar.Program`), so that a
later process does not parse and compile it again: compiling took nearly all of a
short audit's first label (62 programs, 0.1-0.2 s) and 1-2 s of each worker of a batch.
Compiling them all as the rule set is first kept would cost that run 2-3 s instead of
0.4, and a test run each time it builds a pack with other settings.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from auditor.rules.firstchar import Program, finder_program, first_char_program
from auditor.rules.folded import folded_program
from auditor.rules.leftstart import left_start

# what the engine asks of a pattern: after the first use, plain attributes of the instance
_USED = ("search", "finditer", "match", "groupindex", "flags", "pattern")
_NOT_MADE = object()  # a finder not worked out yet (None: the pattern has none)


class LazyPattern:
    """Stands for ``with_first_char(pattern, flags)``, which it makes when first asked.

    ``exists(string, pos, endpos)`` asks only whether :meth:`search` would find a match:
    it gives a match object or None as that does, but not the same match. It searches with
    :func:`~auditor.rules.firstchar.quick_finder` where there is one (most places hold no
    match, and it passes over them quicker), and compiles only that until a match is
    wanted.

    ``left_start``, for a left context (which ends with ``$``), is where a match can start
    in a string at the earliest (:func:`~auditor.rules.leftstart.left_start`: a function of
    the string, or None for the start), worked out when first asked.

    ``folded_exists(string, pos, endpos)``, for a case-insensitive pattern, asks the same of
    the lower-cased text (``string``) with a case-sensitive search
    (:func:`~auditor.rules.folded.folded_program`), which ``re`` skips places in quicker; it
    is None where the pattern does not fold.

    ``program``, ``finder``, ``start`` and ``folded``, when given, are the four as made
    before (None for ``finder`` and ``folded``: there is none; for ``start``: no bound);
    :attr:`made` counts those made in this process.
    """

    __slots__ = (
        "_args", "_program", "_finder", "_start", "_folded", "_compiled", *_USED, "exists",
        "left_start", "folded_exists",
    )  # fmt: skip
    made = 0  # programs compiled from a pattern in this process (packcache keeps them)

    def __init__(
        self,
        pattern: str,
        flags: int = 0,
        program: Program | None = None,
        finder: tuple[Program, bool] | object | None = _NOT_MADE,
        start: Callable[[str], int] | object | None = _NOT_MADE,
        folded: Program | object | None = _NOT_MADE,
    ) -> None:
        self._args = (pattern, flags)
        self._program = program
        self._finder = finder
        self._start = start
        self._folded = folded
        if start is not _NOT_MADE:
            self.left_start = start

    def __getattr__(self, name: str):
        """Called only for what the instance lacks: before the first use, or a rare method."""
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "exists":
            self.exists = self._exists()
            return self.exists
        if name == "left_start":
            self._start = self.left_start = left_start(*self._args)
            LazyPattern.made += 1
            return self._start
        if name == "folded_exists":
            if self._folded is _NOT_MADE:
                self._folded = folded_program(*self._args)
                LazyPattern.made += 1
            found = self._folded
            self.folded_exists = None if found is None else found.compile().search
            return self.folded_exists
        try:
            compiled = self._compiled
        except AttributeError:
            if self._program is None:
                self._program = first_char_program(*self._args)
                LazyPattern.made += 1
            compiled = self._compiled = self._program.compile()
            for used in _USED:
                setattr(self, used, getattr(compiled, used))
        return getattr(compiled, name)

    def _exists(self) -> Callable:
        if self._finder is _NOT_MADE:
            self._finder = finder_program(*self._args)
            LazyPattern.made += 1
        found = self._finder
        if found is None:
            return self.search
        program, anchored = found
        finder = program.compile()
        if not anchored:
            return finder.search
        search, match = finder.search, self.match

        def exists(string: str, pos: int = 0, endpos: int = sys.maxsize):
            """The finder, and at the start of the string the pattern itself, for its
            alternatives anchored there."""
            return search(string, pos, endpos) or (match(string, 0, endpos) if pos == 0 else None)

        return exists

    def __reduce__(self):
        """Pickled as what it stands for, with what was made of it so far
        (auditor/rules/packcache.py)."""
        made = {
            name: value
            for name, value in (
                ("finder", self._finder),
                ("start", self._start),
                ("folded", self._folded),
            )
            if value is not _NOT_MADE
        }
        return _restored, (*self._args, self._program, made)

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r}, {self._args[1]})"


def _restored(pattern: str, flags: int, program: Program | None, made: dict) -> LazyPattern:
    """A pickled :class:`LazyPattern` (:meth:`LazyPattern.__reduce__`)."""
    return LazyPattern(pattern, flags, program, **made)
