"""Regular inflections of lexicon entries (auditor/rules/inflect.py) and the lexicons that ask."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.rules import load_ruleset
from auditor.rules.inflect import phrase_forms, word_forms
from auditor.rules.lexicon import parse_lexicon
from auditor.rules.loader import load_lexicons


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("travesty", ("travesties",)),
        ("hoax", ("hoaxes",)),
        ("mess", ("messes",)),
        ("circus", ("circuses",)),
        ("ploy", ("ploys",)),
        ("gimmick", ("gimmicks",)),
        ("shambles", ()),  # already plural
        ("evils", ()),
        ("cover-up", ()),  # written out by hand
    ],
)
def test_noun_plurals(word: str, forms: tuple[str, ...]) -> None:
    assert word_forms(word, "noun") == forms


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("slam", ("slams", "slammed", "slamming")),
        ("berate", ("berates", "berated", "berating")),
        ("bully", ("bullies", "bullied", "bullying")),
        ("smash", ("smashes", "smashed", "smashing")),
        ("betray", ("betrays", "betrayed", "betraying")),
        ("blast", ("blasts", "blasted", "blasting")),
        ("flee", ("flees", "fleed", "fleeing")),  # regular only: irregulars are data
        ("vie", ("vies", "vied", "vying")),
    ],
)
def test_verb_forms(word: str, forms: tuple[str, ...]) -> None:
    assert word_forms(word, "verb") == forms


def test_adjectives_of_one_syllable_compare() -> None:
    assert word_forms("big", "adjective") == ("bigger", "biggest")
    assert word_forms("rude", "adjective") == ("ruder", "rudest")
    assert word_forms("shameful", "adjective") == ()


def test_phrases_inflect_their_head() -> None:
    assert phrase_forms("show trial", "noun") == ("show trials",)
    assert phrase_forms("lash out", "verb") == ("lashes out", "lashed out", "lashing out")
    assert phrase_forms("slap in the face", "noun") == ()  # an idiom: by hand
    assert phrase_forms("very rude", "adjective") == ()


def test_exceptions_replace_and_stop_words_drop_forms() -> None:
    assert phrase_forms("straw man", "noun", {"man": ("men",)}) == ("straw men",)
    assert phrase_forms("panic", "verb", {"panic": ("panicked",)}) == ("panicked",)
    assert phrase_forms("swamp", "noun", stop={"swamps"}) == ()


def test_an_unknown_part_of_speech_is_an_error() -> None:
    with pytest.raises(ValueError, match="part of speech"):
        word_forms("slam", "adverb")
    with pytest.raises(ValueError, match="Inflect"):
        parse_lexicon("x", "# Provenance: test\n# Inflect: adverb\nslam\n")


@given(st.from_regex(r"[a-z]{2,12}", fullmatch=True), st.sampled_from(("noun", "verb")))
def test_forms_are_new_lower_case_words_sharing_the_stem(word: str, pos: str) -> None:
    for form in word_forms(word, pos):
        assert form != word and form.isalpha() and form.islower()
        assert form[: len(word) - 2] == word[: len(word) - 2]  # at most the last two change


def _lexicons(tmp_path, **files: str):
    folder = tmp_path / "lexicons"
    folder.mkdir()
    for name, text in files.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return load_lexicons([tmp_path])


def test_one_form_lines_of_an_inflected_lexicon_get_their_forms(tmp_path) -> None:
    lexicons = _lexicons(
        tmp_path,
        nouns="# Provenance: test\n# Inflect: noun\nfolly\nfiasco, fiascos, fiascoes\nswamp\n"
        "straw man\nhoax\n",
        other="# Provenance: test\nfollies\n",
        **{
            "inflection-stop": "# Provenance: test\nswamps\n",
            "inflection-exceptions": "# Provenance: test\nman, men\n",
        },
    )
    nouns = lexicons["nouns"]
    # a line written out by hand stays as written; a form another list holds is its
    assert nouns.phrases == (
        *("folly", "fiasco", "fiascos", "fiascoes", "swamp", "straw man", "straw men"),
        *("hoax", "hoaxes"),
    )
    assert "Inflect" not in nouns.provenance


def test_a_lexicon_without_the_header_is_not_inflected(tmp_path) -> None:
    lexicons = _lexicons(tmp_path, plain="# Provenance: test\nfolly\n")
    assert lexicons["plain"].phrases == ("folly",)


def test_built_in_inflected_lexicons_match_their_forms() -> None:
    lexicons = load_ruleset().lexicons
    assert "travesties" in lexicons["framing-emotive-nouns"]
    assert "cancers" not in lexicons["framing-emotive-nouns"]  # inflection-stop
    # "trashes" is written in the verb list, so the noun list does not make it again
    assert "trashes" not in lexicons["framing-emotive-nouns"]
