"""nltk's Punkt sentence tokenizer with the project's own parameters and patterns.

Imported lazily by :mod:`auditor.segment`, since importing it imports nltk. The
parameters come from the word lists in ``auditor/data/punkt/``; nothing is trained
and no nltk data is loaded.

The regular expressions are our own, so that quotation marks (straight and curly)
and apostrophes inside words are treated alike whatever the nltk version, and they
are compiled with the standard ``re`` module: nltk 3.10 routes its own patterns
through a timeout-guarded wrapper that makes the tokenizer about four times slower.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cached_property
from importlib.resources import files

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

# Punkt's orthographic-context flags (nltk.tokenize.punkt._ORTHO_*): "seen capitalised
# at a sentence start" and "seen in lower case inside a sentence".
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_LC = 1 << 5

# Punkt's type for every numeric token.
_NUMBER = "##number##"

# Opening marks: tokens of their own, skipped when looking at the word after a period.
_OPENING = "\"'“‘«(["

# Punctuation that cannot be inside a word. An apostrophe is, before a letter
# ("Jr.'s", "don’t"); elsewhere it is a quotation mark.
_NON_WORD = r"""(?:[)";}\]*:@({\[“”‘«»?!…]|['’](?![^\W\d_]))"""
_MULTI_CHAR = r"(?:-{2,}|\.{2,}|(?:\.\s){2,}\.)"
_WORD_START = r"""[^(\"`{\[:;&#*@)}\]\-,“‘«]"""

# A run of single letters each followed by a period: U.S., e.g., a.m., J.R.R.
_DOTTED = re.compile(r"(?:[^\W\d_]\.){2,}")

# A word that Punkt breaks after, before a full stop, unless it is an abbreviation: two
# or more letters and nothing else (no initial, number, dotted run or punctuation).
_PLAIN_WORD = re.compile(r"[^\W\d_]{2,}")


class _LanguageVars(PunktLanguageVars):
    """English settings: curly quotes, the ellipsis character, our own patterns."""

    sent_end_chars = (".", "?", "!", "…")
    re_boundary_realignment = re.compile(r"""["'’”»)\]}]+?(?:\s+|(?=--)|$)""")

    def __init__(self) -> None:
        self._re_word_tokenizer = re.compile(
            rf"""{_MULTI_CHAR}
            | (?={_WORD_START})\S+?(?=\s|$|{_NON_WORD}|{_MULTI_CHAR}
                                    |,(?=$|\s|{_NON_WORD}|{_MULTI_CHAR}))
            | \S""",
            re.VERBOSE,
        )
        self._re_period_context = re.compile(
            rf"[.?!…](?=(?P<after_tok>{_NON_WORD}|\s+(?P<next_tok>\S+)))"
        )

    def word_tokenize(self, s: str) -> list[str]:
        return self._re_word_tokenizer.findall(s)

    def period_context_re(self) -> re.Pattern[str]:
        return self._re_period_context


class _Token(PunktToken):
    __slots__ = ()
    _RE_ELLIPSIS = re.compile(r"\.\.+$")
    _RE_NUMERIC = re.compile(r"^-?[.,]?\d[\d,.-]*\.?$")
    _RE_INITIAL = re.compile(r"[^\W\d]\.$")
    _RE_ALPHA = re.compile(r"[^\W\d]+$")


class _Tokenizer(PunktSentenceTokenizer):
    """Punkt with four changes to its decisions:

    - a dotted letter run (U.S., a.m.) is an abbreviation even when not listed;
    - "…" is an ellipsis, like "...";
    - a lone initial ("A.") starts no sentence, so "J. A. Smith" stays whole;
    - the word after a period is looked up past opening quotes and brackets.
    """

    def _first_pass_annotation(self, aug_tok: PunktToken) -> None:
        super()._first_pass_annotation(aug_tok)
        if aug_tok.tok == "…":
            aug_tok.sentbreak = False
            aug_tok.ellipsis = True
            aug_tok.period_final = True
        elif aug_tok.sentbreak and _DOTTED.fullmatch(aug_tok.tok):
            aug_tok.sentbreak = False
            aug_tok.abbr = True

    def _annotate_second_pass(self, tokens: Iterable[PunktToken]) -> Iterator[PunktToken]:
        tokens = list(tokens)
        following: list[PunktToken | None] = []
        word = None
        for aug_tok in reversed(tokens):
            following.append(word)
            if aug_tok.tok not in _OPENING:
                word = aug_tok
        for aug_tok, after in zip(tokens, reversed(following), strict=True):
            self._second_pass_annotation(aug_tok, after)
            yield aug_tok

    def sentence_starts(self, text: str) -> list[int]:
        """Where the sentences of ``text`` start: the starts of nltk's ``span_tokenize``,
        worked out in one loop instead of its chain of generators and slices."""
        breaks, ends = [0], []  # the spans before realignment
        for match, context in self._match_potential_end_contexts(text):
            if self._surely_breaks(match, context) or self.text_contains_sentbreak(context):
                ends.append(match.end())
                breaks.append(match.start("next_tok") if match.group("next_tok") else match.end())
        ends.append(len(text.rstrip()))
        realign = self._lang_vars.re_boundary_realignment
        starts, shift = [], 0
        for k, end in enumerate(ends):
            start = breaks[k] + shift
            shift = 0
            if k + 1 < len(ends):
                closing = realign.match(text, breaks[k + 1], ends[k + 1])  # '") Next.'
                if closing is not None:
                    starts.append(start)  # the span takes the closing marks: kept even if empty
                    shift = closing.end() - breaks[k + 1]
                    continue
            if start < end:
                starts.append(start)
        return starts

    def _surely_breaks(self, match: re.Match[str], context: str) -> bool:
        """Whether Punkt's annotation would break ``context`` whatever its next word is.

        Most candidate ends are a question or exclamation mark, or a plain word and a
        full stop. Punkt makes the mark a break of its own; the word a break unless it
        is an abbreviation or comes before a number as one ("No. 5"). The context always
        holds a token after the end, so such a break counts. Anything else is left to
        Punkt: this saves building and annotating its tokens for the common cases.
        """
        end = match.group()
        if end in "?!":
            return True
        if end != ".":
            return False
        word = context[: len(context) - len(match.group("after_tok")) - 1]
        if not _PLAIN_WORD.fullmatch(word):
            return False
        typ = word.lower()
        return typ not in self._params.abbrev_types and typ not in self._before_numbers

    @cached_property
    def _before_numbers(self) -> frozenset[str]:
        """The words that are abbreviations before a number (Punkt's collocations)."""
        return frozenset(first for first, _ in self._params.collocations)

    def _ortho_heuristic(self, aug_tok: PunktToken) -> bool | str:
        if aug_tok.is_initial:
            return False
        return super()._ortho_heuristic(aug_tok)


def word_list(name: str) -> list[str]:
    """Entries of ``auditor/data/punkt/<name>``: one a line, ``#`` starts a comment."""
    text = (files("auditor") / "data" / "punkt" / name).read_text(encoding="utf-8")
    return [entry for line in text.splitlines() if (entry := line.split("#", 1)[0].strip())]


def _type(abbreviation: str) -> str:
    """Punkt's type for an abbreviation: lower case, final period removed."""
    return abbreviation.lower().removesuffix(".")


def parameters() -> PunktParameters:
    """Punkt parameters built from the project's word lists."""
    params = PunktParameters()
    params.abbrev_types = {_type(entry) for entry in word_list("abbreviations.txt")}
    params.collocations = {(_type(entry), _NUMBER) for entry in word_list("before_numbers.txt")}
    for word in word_list("sentence_starters.txt"):
        params.add_ortho_context(word.lower(), _ORTHO_BEG_UC | _ORTHO_MID_LC)
    return params


def tokenizer() -> PunktSentenceTokenizer:
    """A new Punkt tokenizer with the project's parameters."""
    return _Tokenizer(parameters(), lang_vars=_LanguageVars(), token_cls=_Token)
