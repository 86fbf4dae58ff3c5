"""Word lists: one entry per line, variants of one entry separated by commas.

```
# Provenance: where the list came from (a header of '#' lines is required)
say, says, said, saying
according to
```
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from auditor.tokens import phrase_key


@dataclass(frozen=True)
class Lexicon:
    name: str
    provenance: str
    entries: tuple[tuple[str, ...], ...]  # each entry: its variants

    @property
    def phrases(self) -> tuple[str, ...]:
        return tuple(p for entry in self.entries for p in entry)

    @cached_property
    def keys(self) -> frozenset[tuple[str, ...]]:
        """The phrases' lookup keys (worked out once: the reader asks for them often)."""
        return frozenset(phrase_key(p) for p in self.phrases)

    def regex(self) -> str:
        """A non-capturing alternation of the phrases, longest first."""
        phrases = sorted(set(self.phrases), key=len, reverse=True)
        return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + ")"

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self.keys


def parse_lexicon(name: str, text: str) -> Lexicon:
    """Parse lexicon ``text``; raise ValueError when it has no provenance header."""
    header: list[str] = []
    entries: list[tuple[str, ...]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            if not entries:
                header.append(stripped.lstrip("# ").rstrip())
            continue
        stripped = stripped.split(" #", 1)[0].strip()
        if stripped:
            entries.append(tuple(v.strip() for v in stripped.split(",") if v.strip()))
    provenance = "\n".join(h for h in header if h)
    if "provenance" not in provenance.lower():
        raise ValueError(f"lexicon {name!r} has no '# Provenance:' header")
    return Lexicon(name, provenance, tuple(entries))
