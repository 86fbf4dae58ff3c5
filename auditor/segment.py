"""Sentences and paragraphs of article text, as character spans.

Any line break ends a paragraph, and a sentence never crosses one. Inside a
paragraph, nltk's Punkt algorithm finds the sentence ends (see ``auditor._punkt``
and the word lists in ``auditor/data/punkt/``). Small rules around it:

- a paragraph in title case without final punctuation is a headline: one sentence;
- spaced and bracketed ellipses (". . .", "[...]") are shown to Punkt as plain dots;
- a list written on one line ("1. x 2. y", "• x • y") splits before each item;
- a piece starting with a lower-case word, or with punctuation that cannot open a
  sentence, continues the sentence before it ("Yahoo! in", '"Why?" she asked',
  '"..." - Name'); a camel-case word ("iPhone") or a list marker still starts one;
- a bare list marker ("1.", "b)") or a piece without letters or digits ("...")
  joins the piece after it.

The spans cover every non-whitespace character of the text exactly once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["SentenceSpan", "split_paragraphs", "split_sentences"]


@dataclass(slots=True)  # not frozen, to be quick to make (docs/speed.md)
class SentenceSpan:
    """One sentence: ``text[start:end]``, in paragraph number ``paragraph``."""

    start: int  # character offset into the text, inclusive
    end: int  # exclusive; text[start:end] is the sentence, stripped of surrounding whitespace
    paragraph: int  # 0-based index among the non-blank paragraphs


# A paragraph: a run of characters that str.splitlines() does not break at.
_PARAGRAPH = re.compile(r"[^\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]+")
# Characters Punkt may end a sentence at; quotation marks that may follow them.
_SENTENCE_END = re.compile(r"[.?!…]")
_SENTENCE_ENDS = ".?!…"
_CLOSING_QUOTES = "\"'”’»"
# The first letter of each word.
_WORD_INITIAL = re.compile(r"(?<!\S)[^\W\d_]")
# Ellipses Punkt would misread, rewritten for it to dots of the same length: spaced
# (". . .", which Punkt reads as full stops) and bracketed ("[...]", "(…)").
_ELLIPSIS = re.compile(r"(?<!\S)\.(?:[ \u00a0]\.){2,}|[\[(](?:\.{3,}|…)[\])]")
# What text holding such an ellipsis must hold: a quick test before the pattern is run.
_ELLIPSIS_MARKS = (". .", ".\u00a0.", "[.", "[…", "(.", "(…")
# A letter or digit (str.isalnum: re's \w less the underscore).
_WORD_CHARACTER = re.compile(r"[^\W_]")
# The first word of a piece, after any whitespace.
_FIRST_WORD = re.compile(r"\s*(\S+)")
# Punctuation that cannot start a sentence; a dash starts an attribution ("- Name").
_CONTINUATION_MARKS = frozenset(",;:%)]}…-–—")
# A list marker on its own: "1.", "1.)", "2)", "(a)", "b.", "iv.", "• 9.".
_LIST_MARKER = re.compile(
    r"(?:[•‣⁃▪◦●*\-–—]\s*)?[(\[]?(?:\d{1,3}|[^\W\d_]|[ivx]{1,4}|[IVX]{1,4})[.)\]]{1,2}"
)
# Lists written on one line: "1. a 2. b", "a) x b) y", "• x • y".
_BULLETS = "•‣⁃▪◦●"
_NUMBERED_ITEM = re.compile(r"(?<!\S)(\d{1,3}|[a-z])(\.\)|[.)])(?=\s)")


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
        for left, right in pairwise(bounds):
            piece = paragraph[left:right]
            stripped = piece.strip()
            if stripped:
                first = start + left + len(piece) - len(piece.lstrip())
                spans.append(SentenceSpan(first, first + len(stripped), index))
    return spans


def _cuts(paragraph: str) -> list[int]:
    """Offsets in ``paragraph`` where a sentence starts, the first one excepted."""
    starts = _item_starts(paragraph)
    body = paragraph.rstrip(_CLOSING_QUOTES)
    # Punkt is needed only if a sentence end comes before the last character.
    if _SENTENCE_END.search(body.rstrip(_SENTENCE_ENDS)) and not _is_headline(body):
        for_punkt = paragraph
        if any(mark in paragraph for mark in _ELLIPSIS_MARKS):
            for_punkt = _ELLIPSIS.sub(_dots, paragraph)
        starts += _tokenizer().sentence_starts(for_punkt)
        starts.sort()
    cuts: list[int] = []
    last = previous = 0
    words = False  # whether the piece since the last cut has a letter or digit yet
    for start in starts:
        if not previous < start < len(paragraph):
            continue
        words = words or _WORD_CHARACTER.search(paragraph, previous, start) is not None
        previous = start
        if words and not _is_marker(paragraph, last, start) and not _continues(paragraph, start):
            cuts.append(start)
            last = start
            words = False
    if cuts and not _WORD_CHARACTER.search(paragraph, last):
        cuts.pop()
    return cuts


def _is_headline(body: str) -> bool:
    """Title case without final punctuation ("Why the U.S. Is Losing"): one sentence."""
    if not body[-1:].isalnum():
        return False
    initials = _WORD_INITIAL.findall(body)
    return sum(initial.isupper() for initial in initials) >= 0.6 * len(initials)


def _dots(ellipsis: re.Match[str]) -> str:
    """An ellipsis as plain dots; a spaced one of four dots keeps its full stop apart."""
    length = len(ellipsis.group())
    if length >= 7 and ellipsis.group()[1] != ".":
        return "." * (length - 2) + " ."
    return "." * length


def _item_starts(paragraph: str) -> list[int]:
    """Where the items after the first start, if ``paragraph`` is a list on one line."""
    head = paragraph[0]
    if head in _BULLETS:
        starts = []
        index = paragraph.find(head, 1)
        while index != -1:
            if paragraph[index - 1].isspace():
                starts.append(index)
            index = paragraph.find(head, index + 1)
        return starts
    first = _NUMBERED_ITEM.match(paragraph)
    if first is None:
        return []
    label, mark = first.groups()
    starts = []
    for item in _NUMBERED_ITEM.finditer(paragraph, first.end()):
        if item.group(2) == mark and item.group(1) == _successor(label):
            starts.append(item.start())
            label = item.group(1)
    return starts


def _successor(label: str) -> str:
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


def _is_marker(paragraph: str, start: int, end: int) -> bool:
    """Whether ``paragraph[start:end]`` is a list marker and nothing else."""
    return end - start <= 16 and _LIST_MARKER.fullmatch(paragraph[start:end].rstrip()) is not None


def _continues(paragraph: str, start: int) -> bool:
    """Whether the piece at ``start`` continues the sentence before it."""
    first = _FIRST_WORD.match(paragraph, start)
    assert first is not None  # paragraphs are stripped: a word follows every start
    word = first.group(1)
    if word[0] in _CONTINUATION_MARKS:
        return True
    return (
        word[0].islower()
        and not any(char.isupper() for char in word)
        and not _LIST_MARKER.fullmatch(word)
    )
