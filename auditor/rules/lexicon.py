"""Word lists: one entry per line, variants of one entry separated by commas.

```
# Provenance: where the list came from (a header of '#' lines is required)
say, says, said, saying
according to
```

A header line ``# Inflect: noun`` (``verb``, ``adjective``) asks for the regular forms
of the one-form lines (:mod:`auditor.rules.inflect`); the loader adds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from auditor.rules.inflect import POS, phrase_forms
from auditor.tokens import phrase_key

_INFLECT = re.compile(r"^inflect:\s*(\S+)", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    name: str
    provenance: str
    entries: tuple[tuple[str, ...], ...]  # each entry: its variants
    inflect: str = ""  # the part of speech whose forms one-form lines get, or none

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

    def inflected(self, exceptions: dict[str, tuple[str, ...]], stop: frozenset[str]) -> Lexicon:
        """This lexicon with the forms of its one-form lines added (itself if it asks none)."""
        if not self.inflect:
            return self
        entries = tuple(
            (e[0], *phrase_forms(e[0], self.inflect, exceptions, stop)) if len(e) == 1 else e
            for e in self.entries
        )
        return Lexicon(self.name, self.provenance, entries, self.inflect)

    def __contains__(self, phrase: str) -> bool:
        return phrase_key(phrase) in self.keys


def parse_lexicon(name: str, text: str) -> Lexicon:
    """Parse lexicon ``text``; raise ValueError when it has no provenance header."""
    header: list[str] = []
    inflect = ""
    entries: list[tuple[str, ...]] = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            if not entries:
                line = stripped.lstrip("# ").rstrip()
                asked = _INFLECT.match(line)
                if asked is None:
                    header.append(line)
                elif asked.group(1).lower() in POS:
                    inflect = asked.group(1).lower()
                else:
                    raise ValueError(f"lexicon {name!r}: 'Inflect:' takes one of {POS}")
            continue
        stripped = stripped.split(" #", 1)[0].strip()
        if stripped:
            entries.append(tuple(v.strip() for v in stripped.split(",") if v.strip()))
    provenance = "\n".join(h for h in header if h)
    if "provenance" not in provenance.lower():
        raise ValueError(f"lexicon {name!r} has no '# Provenance:' header")
    return Lexicon(name, provenance, tuple(entries), inflect)
