"""Word tokens with character offsets, shared by every rule kind.

Dotted acronyms ("U.S.", "N.Y.") and words joined by hyphens or apostrophes
("al-Mayadeen", "don't", "Lavrov's") are one token; every other non-space
character is a token of its own. Quotations blanked by
:meth:`auditor.quotes.QuoteMap.mask` leave a :data:`QUOTE` token in their place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

QUOTE = "\ufffc"  # stands for a masked direct quotation

# Dots join only lower-case or digit continuations ("3.5", "example.com"), so a missing
# space after a full stop ("said.Trump") still separates two words.
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[-'’]\w+|\.(?=[a-z0-9])\w+)*|[^\w\s]")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$", re.I)


class Token(NamedTuple):
    """A token and what every rule asks of it, computed once."""

    text: str
    start: int
    end: int
    lower: str  # lower-cased, curly apostrophes made straight: "don’t" -> "don't"
    is_word: bool  # starts with a letter or digit
    is_capitalised: bool

    @property
    def is_possessive(self) -> bool:
        return len(self.text) > 2 and bool(_POSSESSIVE.search(self.text))

    @property
    def base(self) -> str:
        """The word without a possessive ending: "Lavrov's" -> "Lavrov"."""
        if self.text.endswith(("'s", "’s")):
            return self.text[:-2]
        if self.text.endswith(("s'", "s’")):
            return self.text[:-1]
        return self.text


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens of ``text``; offsets are shifted by ``offset``."""
    tokens = []
    append = tokens.append
    for match in _TOKEN.finditer(text):
        word = match.group()
        start, end = match.span()
        first = word[0]
        lower = word.lower()
        if "’" in lower:
            lower = lower.replace("’", "'")
        append(Token(word, start + offset, end + offset, lower, first.isalnum(), first.isupper()))
    return tokens


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a lexicon phrase: its lower-cased tokens."""
    return tuple(t.lower for t in tokenize(phrase))
