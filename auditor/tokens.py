"""Word tokens with character offsets, shared by every rule kind.

Dotted acronyms ("U.S.", "N.Y.") and words joined by hyphens or apostrophes
("al-Mayadeen", "don't", "Lavrov's") are one token; every other non-space
character is a token of its own. Quotations blanked by
:meth:`auditor.quotes.QuoteMap.mask` leave a :data:`QUOTE` token in their place.

An article is tokenised once into a :class:`TokenTable`, a few lists built by C
loops; :class:`Token` objects are made only for the sentences that are read
word by word.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, chain, starmap
from operator import add, sub

QUOTE = "\ufffc"  # stands for a masked direct quotation

# Python 3.11+ has possessive repeats; nothing after a repeat here can make re give
# characters back, so they may be used, which spares re its backtracking records.
_KEEP = "+" if sys.version_info >= (3, 11) else ""
_LETTER = r"[^\W\d_]"


def _token_pattern(keep: str) -> str:
    """What a token is, its repeats made possessive by ``keep``: a dotted acronym, a word
    joined by hyphens or apostrophes, or any other non-space character. Dots join only
    lower-case or digit continuations ("3.5", "example.com"), so a missing space after a
    full stop ("said.Trump") still separates two words; a comma joins a group of three
    digits to a number ("1,000 voters"). Each continuation opens with its character, which
    re tests before trying the rest."""
    return (
        rf"{_LETTER}\.(?:{_LETTER}\.)+{keep}"
        rf"|\w+{keep}(?:[-'’]\w+{keep}|\.(?=[a-z0-9])\w+{keep}|,(?<=\d,)\d{{3}}(?!\d))*{keep}"
        r"|[^\w\s]"
    )


_TOKEN = re.compile(_token_pattern(""))
# For the table: a gap, then a run of tokens one space apart: words each followed by a
# space, then any token. A word before a space is a whole token (nothing joins across a
# space), so one match takes a run of them: re's cost is mostly per match (a search, a
# stack, a string), and a run holds four tokens on average (half the table's re time).
# The repeats are possessive, which spares re its backtracking records, but for the run's
# words: a run followed by more space gives its last word back to the closing token.
_GAP_AND_RUN = re.compile(rf"(\s*{_KEEP})((?:\w+{_KEEP}[ ])*(?:{_token_pattern(_KEEP)}))")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$", re.I)
POSSESSIVE_LAST = frozenset("sS'’")  # what a possessive ending ends with (a word not
# ending in one is its own base: callers ask this before Token.base)


# slots, not a ``NamedTuple``: CPython 3.11 specialises loads of slots but not of a named
# tuple's fields, which the reader loads hundreds of thousands of times an audit; equal and
# hashed by its fields, as the named tuple was (not frozen: a frozen class builds slower)
@dataclass(slots=True, unsafe_hash=True)
class Token:
    """A token and what every rule asks of it, computed once."""

    text: str
    start: int
    end: int
    lower: str  # lower-cased, curly apostrophes made straight: "don’t" -> "don't"
    is_word: bool  # starts with a letter or digit
    is_capitalised: bool

    @property
    def is_possessive(self) -> bool:
        text = self.text
        # the ending's two characters only: a token holds no newline for "$" to stop before
        return (
            len(text) > 2
            and text[-1] in POSSESSIVE_LAST
            and _POSSESSIVE.match(text, len(text) - 2) is not None
        )

    @property
    def base(self) -> str:
        """The word without a possessive ending: "Lavrov's" -> "Lavrov"."""
        text = self.text  # (asked of many tokens: the field read once)
        if text[-1:] not in POSSESSIVE_LAST:
            return text  # most words
        if text.endswith(("'s", "’s")):
            return text[:-2]
        if text.endswith(("s'", "s’")):
            return text[:-1]
        return text


class TokenTable:
    """The tokens of a text as columns: their texts, offsets and lower-cased forms."""

    __slots__ = ("ends", "lowers", "starts", "words")

    def __init__(self, text: str) -> None:
        # Every non-space character is in a token, so the text is gap and run, gap and run,
        # ...; a run's tokens are one space apart, so running sums of each token's gap and
        # length give every token's end.
        runs = _GAP_AND_RUN.findall(text)
        groups = [run.split(" ") for _, run in runs]
        words = list(chain.from_iterable(groups))
        lengths = list(map(len, words))
        gaps = [1] * len(words)
        firsts = accumulate(map(len, groups), initial=0)  # (one past the last run too)
        for k, (gap, _) in zip(firsts, runs, strict=False):
            gaps[k] = len(gap)  # a run's first token: after its gap
        ends = list(accumulate(map(add, gaps, lengths)))
        self.words: list[str] = words
        self.starts: list[int] = list(map(sub, ends, lengths))
        self.ends: list[int] = ends
        self.lowers: list[str] = _lowers(text, words, ends)

    def __len__(self) -> int:
        return len(self.words)

    def tokens(self, lo: int = 0, hi: int | None = None) -> list[Token]:
        """Token objects for the tokens ``lo`` to ``hi`` (exclusive)."""
        words = self.words[lo:hi]
        firsts = [word[0] for word in words]
        columns = zip(
            words,
            self.starts[lo:hi],
            self.ends[lo:hi],
            self.lowers[lo:hi],
            map(str.isalnum, firsts),
            map(str.isupper, firsts),
            strict=True,
        )
        return list(starmap(Token, columns))


def _lower_form(text: str) -> str:
    """A token's (or a text's) lower-cased form, curly apostrophes made straight."""
    return text.lower().replace("’", "'")


def _lowers(text: str, words: list[str], ends: list[int]) -> list[str]:
    """The :func:`_lower_form` of each of ``words`` (the tokens of ``text``, ending at
    ``ends``): every word lower-cased by one C loop, then the few holding a curly apostrophe
    straightened, found from where the apostrophes are in the text (a token holds every
    non-space character). Half the time of lower-casing the words joined and splitting
    them again, which makes each word's string twice (docs/speed.md, speed38)."""
    lowers = list(map(str.lower, words))
    at = text.find("’")
    while at >= 0:
        k = bisect_right(ends, at)  # the token holding the apostrophe
        lowers[k] = lowers[k].replace("’", "'")
        at = text.find("’", ends[k])
    return lowers


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``."""
    return TokenTable(text).tokens()


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The lookup key of a lexicon phrase: its lower-cased tokens, as a :class:`TokenTable`
    has them (the pack's 20,000 phrases are keyed as it loads: no table for each)."""
    return tuple(map(_lower_form, _TOKEN.findall(phrase)))
