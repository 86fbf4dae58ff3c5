"""Where a read sentence starts: the quick tests of its first token against the plain walks.

``ReadSentence`` calls its time-line and dateline walks only when the first word is digits
or in capitals; the plain way walks every sentence through both. Both must agree.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from auditor.attribution.grammar import DASHES, DATELINE
from auditor.attribution.sentence import ReadSentence
from auditor.tokens import QUOTE, tokenize


def _plain_start(tokens) -> int:
    """The first word, after a live blog's time line, then after a dateline, walked for
    every sentence."""
    k = next((m for m, t in enumerate(tokens) if t.is_word), 0)
    if (
        k + 2 < len(tokens)
        and tokens[k].text.isdigit()
        and tokens[k + 1].text == ":"
        and tokens[k + 2].text.isdigit()
    ):
        m = k + 3
        if m < len(tokens) and tokens[m].lower in {"a.m.", "p.m.", "a.m", "p.m", "am", "pm"}:
            m += 1
        if m < len(tokens) and tokens[m].text in {":", "."}:
            m += 1
        if m < len(tokens) and tokens[m].is_word and tokens[m].start - tokens[m - 1].end >= 2:
            k = m
    if tokens and len(tokens[k].text) > 1 and tokens[k].text.isupper():
        for m in range(k + 1, min(len(tokens) - 1, k + DATELINE)):
            if tokens[m].is_word and tokens[m].text[0].islower():
                break
            if tokens[m].text in DASHES:
                return next((n for n in range(m + 1, len(tokens)) if tokens[n].is_word), k)
    return k


_WORDS = st.sampled_from(
    ["3", "25", ":", "p.m.", "PM", ".", "\n\n", " ", "LIRANA", "UN", "A", ",", "-", "—", "(",
     "Reuters", ")", "said", "the", "Ana", QUOTE, '"', "12"]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=14).map(" ".join))
@example("3:25 p.m.\n\nThe ferry left.")
@example("LIRANA, March 12 (Reuters) - The ferry left.")
@example("")
@example(f"{QUOTE} 10:30 am")
def test_the_start_is_the_plain_walks(text: str) -> None:
    tokens = tokenize(text)
    assert ReadSentence(tokens).first_word == _plain_start(tokens)
