"""Helpers shared by the attribution tests: label one invented sentence, read its source."""

from __future__ import annotations

from auditor.api import audit_sentences
from auditor.models import Label, Sentence, Strength


def one(text: str) -> Sentence:
    return audit_sentences([text]).sentences[0]


def source_of(text: str) -> str:
    sentence = one(text)
    assert sentence.label is Label.SOURCED, text
    assert sentence.attribution is not None
    return sentence.attribution.source.text


def assert_source(text: str, source: str, strength: str | Strength) -> None:
    """Label one invented sentence: SOURCED, to ``source``, graded ``strength``."""
    sentence = one(text)
    assert sentence.label is Label.SOURCED, text
    assert sentence.attribution is not None
    assert sentence.attribution.source.text == source
    assert sentence.attribution.source.strength is Strength(strength)
