"""Telling English from the languages fact-checkers save by mistake."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.language import guess_language, is_english

CASES = [
    ("The ministry said on Tuesday that talks with the unions would resume next week, and the "
     "union leaders welcomed the decision as a first step.", "en"),
    ("Le ministère a annoncé mardi que les négociations avec les syndicats reprendraient la "
     "semaine prochaine, et les représentants ont salué cette décision.", "fr"),
    ("Das Ministerium hat am Dienstag angekündigt, dass die Gespräche mit den Gewerkschaften in "
     "der nächsten Woche fortgesetzt werden, und die Vertreter begrüßten die Entscheidung.", "de"),
    ("El ministerio anunció el martes que las negociaciones con los sindicatos se reanudarán la "
     "próxima semana, y los representantes de los trabajadores celebraron la decisión.", "es"),
    ("Министерство объявило во вторник, что переговоры с профсоюзами возобновятся.", "ru"),
    ("أعلنت الوزارة يوم الثلاثاء أن المفاوضات مع النقابات ستستأنف الأسبوع المقبل", "ar"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code"), CASES)
def test_guesses_the_language(text: str, code: str) -> None:
    assert guess_language(text) == code


@pytest.mark.parametrize("text", ["", "   ", "12 34 56", "Short text."])
def test_too_little_text_is_not_judged(text: str) -> None:
    assert guess_language(text) is None
    assert is_english(guess_language(text))


def test_only_english_and_unknown_count_as_english() -> None:
    assert is_english("en") and is_english(None)
    assert not is_english("fr")


def test_lower_casing_keeps_the_number_of_letters() -> None:
    """guess_language counts the letters of the lower-cased text: as many as the text's."""
    import re
    import sys

    letter = re.compile(r"[^\W\d_]")
    changed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if not 0xD800 <= code <= 0xDFFF
        and len(letter.findall(chr(code).lower())) != len(letter.findall(chr(code)))
    ]
    assert changed == []


def test_a_name_in_another_script_leaves_an_english_text_english() -> None:
    text = CASES[0][0].replace("The ministry", "Maria Ivanova's ministry (Мария Иванова)")
    assert guess_language(text) == "en"


def test_an_all_capitals_text_is_judged_by_its_words() -> None:
    assert guess_language(CASES[0][0].upper()) == "en"


_MIXED = [text for text, _ in CASES] + ["İstanbul'da", "ΣΟΦΟΣ", "ﬁnal ß", "Ǆ ǅ", "K Å"]


@given(st.lists(st.one_of(st.sampled_from(_MIXED), st.text(max_size=40)), min_size=1, max_size=12))
def test_a_text_and_its_lower_case_hold_as_many_letters(pieces: list[str]) -> None:
    """What guess_language's count rests on, for whole texts (final sigma included)."""
    from auditor.language import _WORDS

    text = " ".join(pieces)
    assert sum(map(len, _WORDS.findall(text.lower()))) == sum(map(len, _WORDS.findall(text)))
