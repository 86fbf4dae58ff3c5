"""The quotation finder: marks of every kind, balanced or not, and news-style paragraphs."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.quotes import find_quotes
from auditor.tokens import QUOTE


def quoted(text: str, ends: list[int] | None = None) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text, ends)]


MARKS = [
    ('He said "we will win" and left.', ['"we will win"']),
    ("He said “we will win” and left.", ["“we will win”"]),
    ("He said «we will win» and left.", ["«we will win»"]),
    ("He said ‘we will win’ and left.", ["‘we will win’"]),
    ("He said 'we will win' and left.", ["'we will win'"]),
    ("He said ''we will win'' and left.", ["''we will win''"]),
    ("He said „we will win“ and left.", ["„we will win“"]),
    ("The mayor's office didn't say.", []),
    ("The players' union won.", []),
    ("“It isn’t over,” she said.", ["“It isn’t over,”"]),
    ("He called it \"a 'tactical' retreat\" twice.", ["\"a 'tactical' retreat\""]),
    (
        "He wrote: “We wore “Save the Pier” shirts all day.” Then he left.",
        ["“We wore “Save the Pier” shirts all day.”"],
    ),
    (
        'She said: "It is not about “law and order” any more." Then she left.',
        ['"It is not about “law and order” any more."'],
    ),
    (  # an opening mark typed where a closing one belongs closes, in the look-ahead too
        "He wrote: “We wore “Save the Pier“ shirts all day.” Then he left.",
        ["“We wore “Save the Pier“ shirts all day.”"],
    ),
    (  # a straight close typed without its space still closes; one after a closed quote opens
        '"The pier is safe,"Ana Ruiz said. She added,"It will stay open."',
        ['"The pier is safe,"', '"It will stay open."'],
    ),
]


@pytest.mark.parametrize(("text", "spans"), MARKS)
def test_marks(text: str, spans: list[str]) -> None:
    assert quoted(text) == spans


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph() -> None:
    text = 'She said "we will win.\nThe vote is on Friday.'
    (quote,) = find_quotes(text)
    assert not quote.closed
    assert text[quote.start : quote.end] == '"we will win.'


def test_unclosed_quotation_stops_after_the_next_sentence() -> None:
    text = 'She said: "We will win. We always do. The vote is on Friday.'
    ends = [text.index("win.") + 4, text.index("do.") + 3, len(text)]
    (quote,) = find_quotes(text, ends)
    assert text[quote.start : quote.end] == '"We will win. We always do.'


def test_a_new_quotation_before_a_close_is_not_nested_without_two_closes() -> None:
    # the news convention: an unclosed quotation, then the next one
    assert quoted("He said “we will win. She said “we will not.” Then they left.") == [
        "“we will win. She said ",
        "“we will not.”",
    ]


def test_a_quotation_cut_off_by_the_sentence_limit_does_not_nest_a_later_one() -> None:
    text = '"We lost. We ran. We hid. Then “It is over,” she said, and “gone.”'
    ends = [text.index(w) + len(w) for w in ("lost.", "ran.", "hid.")] + [len(text)]
    assert quoted(text, ends) == ['"We lost. We ran.', "“It is over,”", "“gone.”"]


def test_an_unclosed_quotation_runs_to_the_next_one_opening_a_sentence() -> None:
    # the news convention for a long quotation, with its paragraph breaks lost
    text = "“We lost. We ran. We hid. “We will win,” she said. The end."
    ends = [text.index(w) + len(w) for w in ("lost.", "ran.", "hid.", "said.")] + [len(text)]
    quotes = list(find_quotes(text, ends))
    assert [text[q.start : q.end] for q in quotes] == [
        "“We lost. We ran. We hid. ",
        "“We will win,”",
    ]
    assert quotes[0].group == quotes[1].group


def test_an_unclosed_quotation_before_a_quotation_inside_a_sentence_keeps_its_limit() -> None:
    text = "“We lost. We ran. We hid. Later she said “we will win.”"
    ends = [text.index(w) + len(w) for w in ("lost.", "ran.", "hid.")] + [len(text)]
    assert quoted(text, ends)[0] == "“We lost. We ran."


def test_curly_marks_inside_a_straight_quotation_are_a_quotation_within_it() -> None:
    text = 'She said: "We are not “fair” at all. We lose. We win. "We go on," she said.'
    ends = [text.index(w) + len(w) for w in ("all.", "lose.", "win.", "said.")]
    assert quoted(text, ends) == ['"We are not “fair” at all. We lose. We win. ', '"We go on,"']


def test_a_curly_quotation_after_a_straight_one_is_not_nested_without_a_curly_close() -> None:
    text = '"We lost," she said. “We won” he said. "Again.'
    assert quoted(text)[:2] == ['"We lost,"', "“We won”"]


def test_a_closing_mark_between_blanks_opens_a_quotation() -> None:
    text = "Photo: A. Lee.\n\n” We want buses. We want trains.” — Eva Lind"
    assert quoted(text) == ["” We want buses. We want trains.”"]


def test_a_closing_mark_after_a_line_break_closes_the_open_quotation() -> None:
    """A page's break before the closing mark: the words after it are the writer's."""
    text = "She said the pier “should have been sold.\n” Instead, the town kept it."
    assert quoted(text) == ["“should have been sold.\n”"]


def test_a_closing_mark_after_a_colon_opens_nothing() -> None:
    assert quoted("She wrote on Monday:”. We want buses.") == []


def test_stray_closing_mark_after_the_first_paragraph_is_not_a_quotation() -> None:
    assert quoted("The talks ended.\n\nThe vote came.” Then they left.") == []


def test_a_text_that_opens_inside_a_quotation_has_its_tail_quoted() -> None:
    """A sentence cut from an article ends a quotation opened before it."""
    assert quoted("If it rains, I fear the worst for the pier.” The mayor left.") == [
        "If it rains, I fear the worst for the pier.”"
    ]
    assert quoted("the law,” he said.") == ["the law,”"]
    assert quoted("It is over. Yes, yes.’” Then they left.") == ["It is over. Yes, yes.’”"]


def test_a_tail_is_no_longer_than_an_unclosed_quotation_may_run() -> None:
    """With sentence ends known, the closing mark must be in the first two sentences."""
    text = "The vote came. The talks ended. They left.” Then the bell rang."
    ends = [14, 31, 43, 63]
    assert quoted(text, ends) == []
    assert quoted(text, [14, 43, 63]) == ["The vote came. The talks ended. They left.”"]


def test_a_tail_closes_quoted_words_not_a_colon() -> None:
    assert quoted("She wrote on Monday:” We want buses.") == []


def test_news_style_paragraphs_share_a_group() -> None:
    text = (
        '"We lost the north.\n\n"We lost the south.\n\n"We will win it back," he said.\n\nThe end.'
    )
    quotes = list(find_quotes(text))
    assert len(quotes) == 3
    assert len({q.group for q in quotes}) == 1
    assert [q.closed for q in quotes] == [False, False, True]


def test_separate_quotations_have_separate_groups() -> None:
    text = '"One," she said.\n\nThe talks ended.\n\n"Two," he said.'
    quotes = list(find_quotes(text))
    assert len({q.group for q in quotes}) == 2


def test_mark_between_spaces_opens_the_next_quotation() -> None:
    text = "''It works,'' he said. '' It pays for itself.''"
    spans = quoted(text)
    assert spans == ["''It works,''", "'' It pays for itself.''"]


def test_masking_keeps_offsets() -> None:
    text = 'He said "we will win" and left.'
    masked = find_quotes(text).masked()
    assert len(masked) == len(text)
    assert masked[8] == QUOTE
    assert masked.endswith(" and left.")


ALPHABET = st.sampled_from([*"ab .,\n", '"', "'", "“", "”", "‘", "’", "«", "»", "„", "''"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_spans_are_inside_ordered_and_disjoint(text: str) -> None:
    quotes = list(find_quotes(text))
    previous_end = 0
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert quote.start >= previous_end
        previous_end = quote.end
        low, high = quote.content
        assert quote.start <= low <= high <= quote.end


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_masking_blanks_each_quotation_to_one_token(text: str) -> None:
    quotes = find_quotes(text)
    expected = list(text)
    for quote in quotes:
        expected[quote.start : quote.end] = QUOTE + " " * (quote.end - quote.start - 1)
    assert quotes.masked() == "".join(expected)


@settings(max_examples=200, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join), st.lists(st.integers(0, 60), max_size=5))
def test_sentence_ends_never_break_the_finder(text: str, ends: list[int]) -> None:
    spans = find_quotes(text, sorted(e for e in ends if e <= len(text)))
    assert len(spans.masked()) == len(text)
