"""Direct quotations in an article: where they are and which ones belong together.

Handles curly and straight marks, guillemets, doubled apostrophes (''like
this''), apostrophes inside words, unbalanced marks, and the news convention
for long quotations: every paragraph of the quote opens with a mark and only
the last one closes, also when the paragraph breaks were lost (pre-split
sentences). Paragraphs of one quotation share a ``group`` id. A text that opens
inside a quotation (a sentence or an excerpt cut from an article: ``... next
year.” The ...``) has the words before its first, closing mark as a quotation.

Only the marks are read (each found with ``str.find``), so the cost grows
with the number of quotation marks, not with the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice

from auditor.tokens import QUOTE

_MARK_CHARACTERS = "\"“”„‟«»‘’‚‹›'"
# a mark, or two apostrophes as one (''like this''), for the look ahead in one paragraph
_MARK = re.compile(r"[\"“”„‟«»‘’‚‹›'](?:(?<=')')?")

_DOUBLE_OPEN = frozenset("“„‟«")
_DOUBLE_CLOSE = frozenset("”»")
_SINGLE_OPEN = frozenset("‘‚‹")
_SINGLE_CLOSE = frozenset("’›")
_AMBIGUOUS_DOUBLE = frozenset({'"', "''"})
_DOUBLE = _DOUBLE_OPEN | _DOUBLE_CLOSE | _AMBIGUOUS_DOUBLE

_OPEN_BEFORE = frozenset(" \t\n([{—–-/:;,\u00a0") | _DOUBLE_OPEN | _SINGLE_OPEN | {'"', "'"}
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}—–-/…\u00a0") | _DOUBLE_CLOSE | _SINGLE_CLOSE | {'"', "'"}
_CLOSE_TYPED_AFTER = frozenset(",.!?")  # an open quotation's straight mark after these closes it
_WORDS_END = frozenset(".,!?…—-") | _SINGLE_CLOSE | {"'"}  # may end quoted words, with letters
_UNCLOSED_SENTENCES = 2  # sentences an unclosed quotation may run over
_SINGLE_QUOTE_REACH = 400  # a single-mark quotation longer than this is taken as apostrophes


@dataclass(slots=True)  # not frozen, to be quick to make (docs/speed.md)
class Quote:
    """A quoted span, marks included; ``closed`` is False when the text never closes it."""

    start: int
    end: int
    group: int
    closed: bool = True
    double: bool = True
    mark_width: int = 1  # 2 for a doubled apostrophe ('')

    @property
    def content(self) -> tuple[int, int]:
        """Offsets of the quoted words, without the marks."""
        low = min(self.end, self.start + self.mark_width)
        return low, max(low, self.end - (self.mark_width if self.closed else 0))


class QuoteMap:
    """Quotations of a text with fast lookups by offset."""

    def __init__(self, text: str, quotes: list[Quote]) -> None:
        self.text = text
        self.quotes = quotes
        self._starts = [q.start for q in quotes]

    def __iter__(self):
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    def within(self, start: int, end: int) -> list[Quote]:
        """Quotations overlapping ``[start, end)``."""
        i = max(0, bisect_right(self._starts, start) - 1)
        found = []
        for quote in islice(self.quotes, i, None):  # not a copy of the rest of the list
            if quote.start >= end:
                break
            if quote.end > start:
                found.append(quote)
        return found

    def within_each(self, spans: list[tuple[int, int]]) -> list[list[Quote]]:
        """What :meth:`within` gives for each span, the spans in order of their starts (an
        article's sentences): where the last quotation opening at or before a span's start
        is, is carried from span to span, not looked up for each; a span that no quotation
        reaches into (most sentences) is told by two comparisons."""
        quotes, starts = self.quotes, self._starts
        if not quotes:
            return [[] for _ in spans]
        count = len(quotes)
        each: list[list[Quote]] = []
        i = 0  # bisect_right(starts, start) for the span's start
        last = 0
        for start, end in spans:
            if start < last:  # out of order: looked up
                i = bisect_right(starts, start)
            else:
                while i < count and starts[i] <= start:
                    i += 1
            last = start
            if (i == count or starts[i] >= end) and (i == 0 or quotes[i - 1].end <= start):
                each.append([])  # no quotation opens inside, none before runs into it
                continue
            found = []
            for k in range(max(0, i - 1), count):
                quote = quotes[k]
                if quote.start >= end:
                    break
                if quote.end > start:
                    found.append(quote)
            each.append(found)
        return each

    def quoted_chars(self, start: int, end: int, overlapping: list[Quote] | None = None) -> int:
        """How many characters of ``[start, end)`` lie inside quotations (marks included).

        ``overlapping``: what :meth:`within` gives for the span, when the caller has it.
        """
        if overlapping is None:
            overlapping = self.within(start, end)
        return sum(min(end, q.end) - max(start, q.start) for q in overlapping)

    def is_quoted(self, pos: int) -> bool:
        return any(q.start <= pos < q.end for q in self.within(pos, pos + 1))

    def masked(self) -> str:
        """The text with every quotation blanked to one QUOTE token, offsets kept."""
        parts: list[str] = []
        done = 0
        for quote in self.quotes:  # in order, and apart: the scanner never nests them
            parts += (self.text[done : quote.start], QUOTE, " " * (quote.end - quote.start - 1))
            done = quote.end
        parts.append(self.text[done:])
        return "".join(parts)


def _marks(text: str) -> list[int]:
    """Where the quotation marks of ``text`` are, in order. Each mark is looked for with
    ``str.find``, three times quicker than ``re``'s scan for the class of them over a text
    with characters outside Latin-1 (curly quotes); an article has a few dozen. Line breaks,
    which end paragraphs, are looked for only while a quotation is open
    (``_Scanner._paragraph_ends``)."""
    found = []
    for mark in _MARK_CHARACTERS:
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    found.sort()
    return found


def find_quotes(text: str, sentence_ends: list[int] | None = None) -> QuoteMap:
    """Find the direct quotations of ``text``.

    With ``sentence_ends`` (sorted offsets where sentences end), a quotation that
    never closes stops at the end of the sentence after the one it opens in,
    instead of running to the end of its paragraph.
    """
    return QuoteMap(text, _Scanner(text, sentence_ends or []).scan())


class _Scanner:
    def __init__(self, text: str, sentence_ends: list[int]) -> None:
        self.text = text
        self.sentence_ends = sentence_ends
        self.quotes: list[Quote] = []
        self.group = 0
        self.double_open: int | None = None  # offset of the open double mark
        self.width = 1  # its width: 2 for a doubled apostrophe
        self.single_open: int | None = None  # offset of an open top-level single mark
        self.continues = False  # the open double quote continues from the previous paragraph
        self.nested = 0  # quotations open inside the open double one ('“a “b” c”')
        self.first_double = True  # no double mark read yet

    def scan(self) -> list[Quote]:
        text = self.text
        done = 0  # the paragraph ends before this offset are read
        for pos in _marks(text):
            if pos < done:
                continue  # the second apostrophe of two read as one mark
            end = pos + 1
            if text[pos] == "'" and text.startswith("'", end):
                end += 1  # ''like this''
            if self.double_open is not None or self.single_open is not None:
                self._paragraph_ends(done, pos)
            done = end
            mark = text[pos:end]
            if mark in _DOUBLE:
                self._double(mark, pos, end)
            else:
                self._single(mark, pos)
        self._paragraph_ends(done, len(text))
        self._paragraph_end(len(self.text))
        self.quotes.sort(key=lambda q: q.start)
        return self.quotes

    def _paragraph_ends(self, start: int, end: int) -> None:
        """The paragraph ends between two marks, read while a quotation is open. With none
        open a paragraph end changes nothing, so the scan is not stopped at the article's
        thousands of line breaks (most of its marks) to be told so."""
        at = self.text.find("\n", start, end)
        while at >= 0 and (self.double_open is not None or self.single_open is not None):
            self._paragraph_end(at)
            at = self.text.find("\n", at + 1, end)

    # -- context -----------------------------------------------------------
    def _can_open(self, pos: int, end: int) -> bool:
        before = self.text[pos - 1] if pos else " "
        after = self.text[end] if end < len(self.text) else " "
        return before in _OPEN_BEFORE and not after.isspace()

    def _can_close(self, pos: int, end: int) -> bool:
        before = self.text[pos - 1] if pos else " "
        after = self.text[end] if end < len(self.text) else " "
        return not before.isspace() and not after.isalnum()

    # -- marks -------------------------------------------------------------
    def _opens(self, mark: str, pos: int, end: int) -> bool:
        """Whether a double mark opens a quotation here (else it closes the open one)."""
        can_open, can_close = self._can_open(pos, end), self._can_close(pos, end)
        if mark in _DOUBLE_OPEN:
            return can_open or not can_close
        if self.double_open is None:
            if mark in _DOUBLE_CLOSE:  # "Photo.\n\n” We": a closing mark typed to open
                return not can_close
            return can_open or not can_close  # a mark between spaces opens: "he said. '' We"
        if self.text[pos - 1] in _CLOSE_TYPED_AFTER:
            return False  # a close typed without its space: '... different people,"Ana Ruiz said'
        return can_open and not can_close

    def _double(self, mark: str, pos: int, end: int) -> None:
        opens = self._opens(mark, pos, end)
        first, self.first_double = self.first_double, False
        if self.double_open is None:
            if opens:
                self._open_double(pos, end - pos)
            elif first and mark in _DOUBLE_CLOSE:
                self._tail(pos, end)
        elif not opens:
            if self.nested:
                self.nested -= 1  # the close of a quotation within the quotation
            else:
                self._close_double(end, closed=True)
        elif (
            mark in _DOUBLE_OPEN
            and self._cap(self.double_open, pos) == pos  # the open one still runs here
            and (self._closes_twice(end) or self._curly_within_straight(end))
        ):
            self.nested += 1
        else:
            # A new quotation opens before the last one closed: end the old one here;
            # the new one continues it (the same speaker, as in a long news quote). When
            # it opens a sentence, it opens a paragraph of that quote whose break was lost,
            # and the old one runs up to it, past the sentence limit.
            self._close_double(pos, closed=False, uncapped=self._starts_sentence(pos))
            self.continues = True
            self._open_double(pos, end - pos)

    def _tail(self, pos: int, end: int) -> None:
        """The text opens inside a quotation (an excerpt, a sentence taken from an article):
        its first double mark closes one, in its first paragraph and no later than its
        second sentence (as far as a quotation that never closes may run). What stands
        before the mark is the quotation's tail, someone else's words."""
        start = len(self.text) - len(self.text.lstrip())
        in_sentence = bisect_right(self.sentence_ends, pos)
        if (
            start < pos
            and (self.text[pos - 1].isalnum() or self.text[pos - 1] in _WORDS_END)
            and in_sentence < _UNCLOSED_SENTENCES
            and "\n" not in self.text[start:pos]
        ):
            self.group += 1  # single quotations before the mark are within it, as in any
            self.quotes = [Quote(start, end, self.group, True, True, mark_width=0)]
            self.single_open = None

    def _closes_twice(self, end: int) -> bool:
        """Whether an opening mark inside an open quotation is a quotation within it: the
        paragraph closes two quotations after it before opening another. A straight mark
        never nests: it is as likely the next quotation of a text that forgot a close."""
        for closes, match in enumerate(self._doubles_ahead(end), 1):
            if self._opens(match.group(), match.start(), match.end()):
                return False
            if closes == 2:
                return True
        return False

    def _curly_within_straight(self, end: int) -> bool:
        """Whether a curly opening mark inside a quotation opened with a straight one is a
        quotation within it: the next double mark is a curly close ('"Not “fair” at all.')."""
        assert self.double_open is not None
        if self.text[self.double_open] not in "\"'":
            return False
        first = next(self._doubles_ahead(end), None)
        return first is not None and first.group() in _DOUBLE_CLOSE

    def _doubles_ahead(self, end: int) -> Iterator[re.Match[str]]:
        """The double marks from ``end`` to the end of its paragraph."""
        stop = self.text.find("\n", end)
        found = _MARK.finditer(self.text, end, len(self.text) if stop < 0 else stop)
        return (match for match in found if match.group() in _DOUBLE)

    def _open_double(self, pos: int, width: int) -> None:
        self.single_open = None
        self.nested = 0
        self.double_open = pos
        self.width = width
        if not self.continues:
            self.group += 1

    def _close_double(self, end: int, *, closed: bool, uncapped: bool = False) -> None:
        assert self.double_open is not None
        if not closed and not uncapped:
            end = self._cap(self.double_open, end)
        if end > self.double_open:
            self.quotes.append(Quote(self.double_open, end, self.group, closed, True, self.width))
        self.double_open = None
        self.continues = False

    def _starts_sentence(self, pos: int) -> bool:
        """Whether ``pos`` opens a sentence (only blanks after the end of one before it)."""
        i = bisect_right(self.sentence_ends, pos) - 1
        return i >= 0 and not self.text[self.sentence_ends[i] : pos].strip()

    def _cap(self, start: int, end: int) -> int:
        """Where an unclosed quotation opened at ``start`` stops, at the latest ``end``."""
        i = bisect_right(self.sentence_ends, start) + _UNCLOSED_SENTENCES - 1
        return min(end, self.sentence_ends[i]) if i < len(self.sentence_ends) else end

    def _single(self, mark: str, pos: int) -> None:
        if self.double_open is not None:
            return  # nested quotation: part of the enclosing one
        end = pos + 1
        if self.single_open is None:
            if (mark in _SINGLE_OPEN or mark == "'") and self._can_open(pos, end):
                self.single_open = pos
            return
        if pos - self.single_open > _SINGLE_QUOTE_REACH:
            self.single_open = pos if self._can_open(pos, end) else None
            return
        if (mark in _SINGLE_CLOSE or mark == "'") and self._can_close(pos, end):
            self.group += 1
            self.quotes.append(Quote(self.single_open, end, self.group, True, double=False))
            self.single_open = None

    def _paragraph_end(self, pos: int) -> None:
        self.single_open = None
        if self.double_open is None or self._next_paragraph_closes_quote(pos):
            return
        if self._next_paragraph_opens_quote(pos):
            self.quotes.append(Quote(self.double_open, pos, self.group, False, True, self.width))
            self.double_open = None
            self.continues = True
        else:
            self._close_double(pos, closed=False)

    def _next_paragraph_closes_quote(self, pos: int) -> bool:
        """Whether the next paragraph opens with a mark that closes the open quotation: a
        closing mark that cannot open one ('... the Rose.\n” Instead, ...', a break a page
        put before the mark)."""
        rest = self.text[pos : pos + 40].lstrip()
        return rest[:1] in _DOUBLE_CLOSE and (len(rest) < 2 or not rest[1].isalnum())

    def _next_paragraph_opens_quote(self, pos: int) -> bool:
        rest = self.text[pos : pos + 200].lstrip()
        return bool(rest) and (rest[0] in _DOUBLE_OPEN or rest[0] == '"' or rest.startswith("''"))
