"""Case-insensitive patterns asked of the lower-cased text: which fold, and that the
answer is the pattern's own."""

from __future__ import annotations

import re
import string
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pack_texts import PACK, PACK_TEXT

from auditor.rules.folded import _lowered, folded_program, folds
from auditor.rules.lazypattern import LazyPattern
from auditor.rules.ruleset import _folded


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bwas\s+(?:told|asked)\b",
        r"(?P<source>\d+(?:\.\d+)?\s*%)\s+(?:say|said)\b",
        r"[a-z’'-]+\s+by\b(?!\s+far)",
        r"(?<!\bnot\s)likely",
        r"[^a-z.]said",
    ],
)
def test_patterns_of_lower_case_letters_and_no_case_fold(pattern) -> None:
    assert folds(pattern, re.IGNORECASE)
    assert folded_program(pattern, re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("pattern", "lowered"),
    [
        (r"\b(?:Mr|Ms)\.?\s+[A-Z]\w+ said", r"\b(?:mr|ms)\.?\s+[a-z]\w+ said"),
        (r"\bSaid\S*\x41", r"\bsaid\S*\x41"),  # escapes as written
        (r"(?P<Source>[A-Z]+) (?P=Source)", r"(?P<Source>[a-z]+) (?P=Source)"),
    ],
)
def test_upper_case_letters_are_put_in_lower_case_first(pattern, lowered) -> None:
    assert _lowered(pattern, re.IGNORECASE) == lowered
    assert not folds(pattern, re.IGNORECASE)
    assert folded_program(r"\bSaid [A-Z]\w+", re.IGNORECASE) is not None


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bsaid", 0),  # case-sensitive already
        (r"(?-i:[A-Z])\w+ said", re.IGNORECASE),  # a case-sensitive part
        (r"(?i:said)", 0),
        (r"[!-~]", re.IGNORECASE),  # a range across both cases
        (r"[A-z]", re.IGNORECASE),  # "[a-z]" would leave out "_"
        (r"\N{LATIN CAPITAL LETTER A}", re.IGNORECASE),
        (r"\bcaf\u00e9", re.IGNORECASE),  # a letter beyond ASCII
        (r"(said)\s+\1", re.IGNORECASE),  # a back reference
        (r"(?x) said", re.IGNORECASE),  # a flag of the pattern's own
    ],
)
def test_anything_else_does_not(pattern, flags) -> None:
    assert not folds(pattern, flags)
    assert folded_program(pattern, flags) is None


def test_a_lazy_pattern_has_a_folded_search_only_where_it_folds() -> None:
    folding = LazyPattern(r"\bwas\s+told\b", re.IGNORECASE)
    assert folding.folded_exists("she was told", 0, 12) is not None
    assert folding.folded_exists("she was sold", 0, 12) is None
    assert LazyPattern(r"\bTold\b", re.IGNORECASE).folded_exists("he told", 0, 7) is not None
    assert LazyPattern(r"\b(?-i:Told)\b", re.IGNORECASE).folded_exists is None
    assert LazyPattern(r"\btold\b").folded_exists is None


_FOLDING = [
    (re.compile(*compiled._args), compiled.folded_exists)
    for compiled in {
        compiled._args: compiled
        for rule in PACK.rules
        for compiled in (rule.compiled, *rule.context)
        if compiled is not None
    }.values()
    if compiled.folded_exists is not None
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT, st.integers(0, 8), st.integers(0, 8), st.sampled_from(["", "upper", "title"]))
@example("Three in four voters said", 0, 0, "")
@example("ſome ſay it KNOWN, İt is clear", 0, 0, "")
@example("THE DEAL, FIRST REPORTED BY REUTERS, WAS SIGNED", 0, 0, "")
def test_the_folded_search_finds_a_match_where_the_pattern_does(
    text: str, start: int, cut: int, case: str
) -> None:
    """For every folding pattern and context of the built-in pack, in any part of a text of
    any case, where the rule set takes the lower-cased text."""
    text = getattr(text, case)() if case else text
    lowered = _folded(text)
    if lowered is None:
        return
    end = max(start, len(text) - cut)
    for compiled, folded_exists in _FOLDING:
        expected = compiled.search(text, start, end) is not None
        assert (folded_exists(lowered, start, end) is not None) == expected, compiled.pattern
    assert len(_FOLDING) > 100  # most of the pack's patterns fold


def test_every_character_the_lower_cased_text_keeps_answers_as_re_ignoring_case() -> None:
    """Over all of Unicode, for each character ``_folded`` lets through: an ASCII letter, a
    class of them and its negation match it ignoring case exactly where they match its
    lower case as written."""
    kept = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if _folded(c) is not None)
    to_letters = {c for c in kept if c.lower() in string.ascii_lowercase}
    assert set(re.findall("[a-z]", kept, re.IGNORECASE)) == to_letters
    assert len(re.findall("[^a-z]", kept, re.IGNORECASE)) == len(kept) - len(to_letters)
    for letter in string.ascii_lowercase:
        found = set(re.findall(letter, kept, re.IGNORECASE))
        assert found == {c for c in to_letters if c.lower() == letter}, letter
