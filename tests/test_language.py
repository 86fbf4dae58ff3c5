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


def _reference_guess(text: str) -> str | None:
    """guess_language as written plainly: letters counted in the text as it is."""
    from collections import Counter

    from auditor.language import (
        _MIN_WORDS,
        _NON_LATIN,
        _SAMPLE,
        _SCRIPTS,
        _WORDS,
        _function_words,
    )

    sample = text[:_SAMPLE]
    letters = sum(map(len, _WORDS.findall(sample)))
    if not letters:
        return None
    if len(_NON_LATIN.findall(sample)) > 0.3 * letters:
        for pattern, code in _SCRIPTS:
            if len(pattern.findall(sample)) > 0.3 * letters:
                return code
    words = Counter(_WORDS.findall(sample.lower()))
    total = sum(words.values())
    if total < _MIN_WORDS:
        return None
    counts = {code: sum(words[w] for w in vocab) for code, vocab in _function_words().items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 0.05 * total else None


_MIXED = [text for text, _ in CASES] + [
    CASES[0][0].upper(),
    "İstanbul'da",
    "ΣΟΦΟΣ",
    "ﬁnal ß",
    "Ǆ ǅ",
    "K Å",
]


@given(st.lists(st.one_of(st.sampled_from(_MIXED), st.text(max_size=40)), min_size=1, max_size=12))
def test_the_guess_is_the_plain_rule_s(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert guess_language(text) == _reference_guess(text)
