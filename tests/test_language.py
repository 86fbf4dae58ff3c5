"""Telling English from the languages fact-checkers save by mistake."""

from __future__ import annotations

import pytest

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
