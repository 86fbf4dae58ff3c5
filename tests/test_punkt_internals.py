"""nltk internals that auditor/_punkt.py relies on: if an nltk release moves them, fail loudly.

pyproject.toml pins nltk to the minor versions these were checked on; before widening
the pin, run this module against the new release.
"""

from __future__ import annotations

import inspect

import pytest
from nltk.tokenize import punkt

# Methods _Tokenizer overrides or calls, with the parameters it passes.
_METHODS = {
    "_first_pass_annotation": ["self", "aug_tok"],
    "_annotate_second_pass": ["self", "tokens"],
    "_second_pass_annotation": ["self", "aug_tok1", "aug_tok2"],
    "_match_potential_end_contexts": ["self", "text"],
    "_ortho_heuristic": ["self", "aug_tok"],
    "text_contains_sentbreak": ["self", "text"],
}


@pytest.mark.parametrize("name", sorted(_METHODS))
def test_punkt_methods_keep_their_names_and_parameters(name):
    method = getattr(punkt.PunktSentenceTokenizer, name, None)
    assert method is not None, f"nltk moved PunktSentenceTokenizer.{name}: see auditor/_punkt.py"
    assert list(inspect.signature(method).parameters) == _METHODS[name], (
        f"nltk changed the parameters of PunktSentenceTokenizer.{name}: see auditor/_punkt.py"
    )


def test_punkt_ortho_flags_and_number_type_are_the_ones_copied():
    assert punkt._ORTHO_BEG_UC == 1 << 1
    assert punkt._ORTHO_MID_LC == 1 << 5
    assert punkt.PunktToken("42").type == "##number##"


def test_punkt_language_vars_and_token_attributes_used():
    lang = punkt.PunktLanguageVars()
    for attribute in ("sent_end_chars", "re_boundary_realignment", "_re_word_tokenizer"):
        assert hasattr(punkt.PunktLanguageVars, attribute) or hasattr(lang, attribute), attribute
    token = punkt.PunktToken("A.")
    for attribute in ("sentbreak", "ellipsis", "period_final", "abbr", "is_initial", "tok"):
        assert hasattr(token, attribute), f"nltk moved PunktToken.{attribute}"
    for attribute in ("_RE_ELLIPSIS", "_RE_NUMERIC", "_RE_INITIAL", "_RE_ALPHA"):
        assert hasattr(punkt.PunktToken, attribute), f"nltk moved PunktToken.{attribute}"
    params = punkt.PunktParameters()
    for attribute in ("abbrev_types", "collocations", "add_ortho_context"):
        assert hasattr(params, attribute), f"nltk moved PunktParameters.{attribute}"
    tokenizer = punkt.PunktSentenceTokenizer(params)
    assert hasattr(tokenizer, "_params") and hasattr(tokenizer, "_lang_vars")


def test_match_potential_end_contexts_yields_match_and_context():
    tokenizer = punkt.PunktSentenceTokenizer()
    (match, context), *_ = tokenizer._match_potential_end_contexts("It rained. Then it stopped.")
    assert match.group() == "." and "after_tok" in match.re.groupindex
    assert "next_tok" in match.re.groupindex and context == "rained. Then"
