"""The token table: the same tokens as a plain regular-expression walk, by columns."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from auditor.tokens import _TOKEN, Token, TokenTable, phrase_key, tokenize


def walked(text: str) -> list[Token]:
    """The reference: one Token per match, built field by field."""
    found = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        lower = word.lower().replace("’", "'")
        found.append(
            Token(word, match.start(), match.end(), lower, word[0].isalnum(), word[0].isupper())
        )
    return found


@given(st.text(max_size=300))
@example("")
@example("   ")
@example("a\x00b c")  # the separator used for lower-casing, inside the text
@example("İstanbul ΟΔΟΣ don’t U.S. al-Mayadeen 3.5 said.Trump")
def test_table_gives_the_tokens_of_a_plain_walk(text: str) -> None:
    table = TokenTable(text)
    assert tokenize(text) == walked(text)
    assert len(table.words) == len(table.starts) == len(table.ends) == len(table.lowers)


# words, curly apostrophes alone, doubled and inside words, and odd case folds: the lower
# forms are straightened where the apostrophes are (tokens._lowers)
_APOSTROPHES = st.lists(
    st.sampled_from(
        ["’", "’’", "'", " ", "  ", "\n", "a", "B", "don’t", "’s", "İ", "ΟΔΟΣ", "-", "."]
    ),
    max_size=40,
).map("".join)


@given(_APOSTROPHES)
@example("’")
@example("don’t’s ’’ ’a’ İ’Σ")
def test_the_lower_forms_are_those_of_a_plain_walk(text: str) -> None:
    assert TokenTable(text).lowers == [t.lower for t in walked(text)]


@given(st.text(max_size=80))
@example("İstanbul ΟΔΟΣ don’t U.S. Mr.Smith al-Mayadeen 3.5")
def test_a_phrase_key_is_the_table_lower_forms(phrase: str) -> None:
    assert phrase_key(phrase) == tuple(TokenTable(phrase).lowers)


@pytest.mark.parametrize(("lo", "hi"), [(0, 2), (1, 3), (3, 3), (2, None)])
def test_tokens_of_a_range_are_that_slice(lo: int, hi: int | None) -> None:
    text = "Officials said the U.S. plan “failed”."
    assert TokenTable(text).tokens(lo, hi) == tokenize(text)[lo:hi]


def test_curly_apostrophes_are_straight_in_the_lower_form() -> None:
    table = TokenTable("Lavrov’s aide didn’t say")
    assert table.lowers == ["lavrov's", "aide", "didn't", "say"]
    assert table.words[0] == "Lavrov’s"


def test_a_number_with_thousands_separators_is_one_token() -> None:
    text = "A survey of 1,000 voters and 12,345,678 dollars in Paris,000."
    words = [t.text for t in tokenize(text)]
    assert words[3] == "1,000" and words[6] == "12,345,678"
    assert words[9:12] == ["Paris", ",", "000"]  # a comma after a word stays a token
    assert [t.text for t in tokenize("3,45 or 1,0000")] == ["3", ",", "45", "or", "1", ",", "0000"]


# news-like text: words one space apart (the table takes such runs a match at a time),
# broken by other gaps, quotes, dashes, apostrophes, dots, commas and non-ASCII letters
_PIECES = ["said", "U", "S", "a", "Ruiz", "İstanbul", "ΟΔΟΣ", "ß", "é", "_", "1", "000", "3",
           " ", " ", " ", "  ", "\n", "\t", "\u00a0", ".", ",", "’", "'", "-", "—", "“", "”",
           "(", ")", ":", "\ufffc"]  # fmt: skip
_NEWSLIKE = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@given(_NEWSLIKE)
@example("the officials said ")
@example("the officials said  \n")
@example("a b c’s U.S. d,000 e. f.g 1,000 h ")
def test_runs_of_words_give_the_tokens_of_a_plain_walk(text: str) -> None:
    table = TokenTable(text)
    walk = walked(text)
    assert table.words == [t.text for t in walk]
    assert table.starts == [t.start for t in walk]
    assert table.ends == [t.end for t in walk]
    assert table.lowers == [t.lower for t in walk]
