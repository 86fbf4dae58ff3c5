"""A pattern compiled the first time it is used.

Compiling the built-in pack's patterns took about half of building an engine, and a
short article uses a fraction of them (most rules are tried only near their words).
The built-in pack is checked by the tests, every pattern compiled and run on its
examples, so its patterns wait until an article needs them; a user's pack is
compiled as it loads, so that a bad pattern is named then.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from auditor.rules.firstchar import quick_finder, with_first_char

# what the engine asks of a pattern: after the first use, plain attributes of the instance
_USED = ("search", "finditer", "match", "groupindex", "flags", "pattern")


class LazyPattern:
    """Stands for ``with_first_char(pattern, flags)``, which it makes when first asked.

    ``exists(string, pos, endpos)`` asks only whether :meth:`search` would find a match:
    it gives a match object or None as that does, but not the same match. It searches with
    :func:`~auditor.rules.firstchar.quick_finder` where there is one (most places hold no
    match, and it passes over them quicker), and compiles only that until a match is
    wanted.
    """

    __slots__ = ("_args", "_compiled", *_USED, "exists")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._args = (pattern, flags)

    def __getattr__(self, name: str):
        """Called only for what the instance lacks: before the first use, or a rare method."""
        if name.startswith("_"):
            raise AttributeError(name)
        if name == "exists":
            self.exists = self._exists()
            return self.exists
        try:
            compiled = self._compiled
        except AttributeError:
            compiled = self._compiled = with_first_char(*self._args)
            for used in _USED:
                setattr(self, used, getattr(compiled, used))
        return getattr(compiled, name)

    def _exists(self) -> Callable:
        found = quick_finder(*self._args)
        if found is None:
            return self.search
        finder, anchored = found
        if not anchored:
            return finder.search
        search, match = finder.search, self.match

        def exists(string: str, pos: int = 0, endpos: int = sys.maxsize):
            """The finder, and at the start of the string the pattern itself, for its
            alternatives anchored there."""
            return search(string, pos, endpos) or (match(string, 0, endpos) if pos == 0 else None)

        return exists

    def __reduce__(self):
        """Pickled as what it stands for, compiled or not (auditor/rules/packcache.py)."""
        return LazyPattern, self._args

    def __repr__(self) -> str:
        return f"LazyPattern({self._args[0]!r}, {self._args[1]})"
