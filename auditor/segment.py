"""Sentences and paragraphs of article text, as character spans.

Any line break ends a paragraph, and a sentence never crosses one. Inside a
paragraph, nltk's Punkt algorithm finds the sentence ends, with parameters the
project owns (``auditor/data/punkt/``), and two small rules then undo splits Punkt
gets wrong: a piece that starts with a lower-case word, or with punctuation that
cannot open a sentence, continues the sentence before it ("Yahoo! in", '"Why?"
she asked'); and a bare list marker ("1.", "b)") stays with its item.

The spans cover every non-whitespace character of the text exactly once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["SentenceSpan", "split_paragraphs", "split_sentences"]


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    """One sentence: ``text[start:end]``, in paragraph number ``paragraph``."""

    start: int  # character offset into the text, inclusive
    end: int  # exclusive; text[start:end] is the sentence, stripped of surrounding whitespace
    paragraph: int  # 0-based index among the non-blank paragraphs


# A paragraph: a run of characters that str.splitlines() does not break at.
_PARAGRAPH = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
# Characters Punkt may end a sentence at; a paragraph without any is one sentence.
_SENTENCE_END = re.compile(r"[.?!…]")
# A spaced ellipsis (". . ."), which Punkt reads as dots ending words.
_SPACED_ELLIPSIS = re.compile(r"\.(?:[ \u00a0]\.){2,}")
# The first word of a piece, after any whitespace.
_FIRST_WORD = re.compile(r"\s*(\S+)")
# Punctuation that cannot start a sentence.
_CONTINUATION_MARKS = frozenset(",;:%)]}…")
# A list marker on its own: "1.", "1.)", "2)", "(a)", "b.", "iv.", "• 9.".
_LIST_MARKER = re.compile(
    r"(?:[•‣⁃▪◦●*\-–—]\s*)?[(\[]?(?:\d{1,3}|[^\W\d_]|[ivx]{1,4}|[IVX]{1,4})[.)\]]{1,2}"
)


@cache
def _tokenizer() -> PunktSentenceTokenizer:
    from auditor._punkt import tokenizer

    return tokenizer()


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank paragraph (line) of ``text``, stripped."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def split_sentences(text: str) -> list[SentenceSpan]:
    """The sentences of ``text``, in order, as stripped spans that never cross paragraphs."""
    spans = []
    for index, (start, end) in enumerate(split_paragraphs(text)):
        paragraph = text[start:end]
        bounds = [0, *_cuts(paragraph), len(paragraph)]
        for left, right in zip(bounds, bounds[1:]):
            piece = paragraph[left:right]
            stripped = piece.strip()
            if stripped:
                first = start + left + len(piece) - len(piece.lstrip())
                spans.append(SentenceSpan(first, first + len(stripped), index))
    return spans


def _cuts(paragraph: str) -> list[int]:
    """Offsets in ``paragraph`` where a sentence starts, the first one excepted."""
    if not _SENTENCE_END.search(paragraph):
        return []
    for_punkt = _SPACED_ELLIPSIS.sub(lambda m: "." * len(m.group()), paragraph)
    cuts: list[int] = []
    last = 0
    for start, _ in _tokenizer().span_tokenize(for_punkt):
        if last < start < len(paragraph) and not _continues(paragraph, last, start):
            cuts.append(start)
            last = start
    return cuts


def _continues(paragraph: str, last: int, start: int) -> bool:
    """Whether the piece at ``start`` belongs to the sentence begun at ``last``."""
    if _LIST_MARKER.fullmatch(paragraph[last:start].rstrip()):
        return True
    match = _FIRST_WORD.match(paragraph, start)
    if match is None:
        return True
    word = match.group(1)
    if word[0] in _CONTINUATION_MARKS:
        return True
    return word[0].islower() and not any(char.isupper() for char in word)
