"""The quotation scanner's quick walk over the marks against the plain one it replaced.

The scanner finds its marks with ``str.find`` and reads the line breaks between two marks
only while a quotation is open (``_Scanner.scan``); the plain walk reads every mark and
every line break found by one regular expression, in order. Both must give the same
quotations on any text.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.quotes import _DOUBLE, QuoteMap, _marks, _Scanner, find_quotes

# the old pattern: every mark, or two apostrophes as one, and every line break
_EVERY_MARK = re.compile(r"[\"“”„‟«»‘’‚‹›'\n](?:(?<=')')?")


class _PlainScanner(_Scanner):
    def scan(self):
        for match in _EVERY_MARK.finditer(self.text):
            mark, pos = match.group(), match.start()
            if mark == "\n":
                self._paragraph_end(pos)
            elif mark in _DOUBLE:
                self._double(mark, pos, match.end())
            else:
                self._single(mark, pos)
        self._paragraph_end(len(self.text))
        self.quotes.sort(key=lambda q: q.start)
        return self.quotes


def _plain(text: str, ends: list[int]) -> QuoteMap:
    return QuoteMap(text, _PlainScanner(text, ends).scan())


def _fields(quotes: QuoteMap) -> list[tuple]:
    return [(q.start, q.end, q.group, q.closed, q.double, q.mark_width) for q in quotes]


# quotation marks, line breaks and the characters around them that the scanner tests
_PIECES = st.sampled_from(
    ['"', "“", "”", "„", "‟", "«", "»", "‘", "’", "‚", "‹", "›", "'", "''", "\n", "\n\n", " ",
     "  ", ".", ",", "!", "?", "-", "—", "(", ")", ":", "a", "We", "said", "it’s", "don't", "9"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=400)
@given(_TEXTS, st.lists(st.integers(0, 200), max_size=6))
@example("“A long quote.\n\n“It goes on,” he said.", [15])
@example("He said: ''we will'' and ' then\n' more '''", [])
@example("'a\n\nb' and “c\n\n\n” d", [3, 9])
def test_the_scan_finds_what_the_plain_walk_finds(text: str, ends: list[int]) -> None:
    ends = sorted(e for e in ends if e <= len(text))
    assert _fields(find_quotes(text, ends)) == _fields(_plain(text, ends))


@given(st.text(max_size=200))
def test_the_scan_finds_what_the_plain_walk_finds_in_any_text(text: str) -> None:
    assert _fields(find_quotes(text)) == _fields(_plain(text, []))


@given(_TEXTS)
def test_the_marks_are_where_the_class_finds_them(text: str) -> None:
    plain = [m.start() for m in re.finditer(r"[\"“”„‟«»‘’‚‹›']", text)]
    assert _marks(text) == plain
