"""Helpers shared by the attribution tests: label one invented sentence, read its source."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from sentence_helpers import one

from auditor.models import Label, Strength


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


def sourced_test(rows: Sequence[tuple[str, str, Strength]]) -> Callable[..., None]:
    """A test module's table test: each invented sentence is SOURCED to its source, graded."""

    @pytest.mark.parametrize(("text", "source", "strength"), rows)
    def test_sourced_with_its_source_and_strength(
        text: str, source: str, strength: Strength
    ) -> None:
        assert_source(text, source, strength)

    return test_sourced_with_its_source_and_strength


def not_sourced_test(texts: Sequence[str]) -> Callable[..., None]:
    """A test module's table test: no invented sentence of ``texts`` is SOURCED."""

    @pytest.mark.parametrize("text", texts)
    def test_no_source_is_read(text: str) -> None:
        assert one(text).label is not Label.SOURCED, text

    return test_no_source_is_read
