"""Helpers shared by the framing tests: table tests over invented sentences."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from sentence_helpers import fired, one

from auditor.models import Label


def editorial_test(rows: Sequence[tuple[str, str]]) -> Callable[..., None]:
    """A test module's table test: each invented sentence is EDITORIAL, with its rule fired."""

    @pytest.mark.parametrize(("text", "rule"), rows)
    def test_writer_framing_is_editorial(text: str, rule: str) -> None:
        sentence = one(text)
        assert sentence.label is Label.EDITORIAL, (text, fired(sentence))
        assert rule in fired(sentence)

    return test_writer_framing_is_editorial


def not_editorial_test(texts: Sequence[str]) -> Callable[..., None]:
    """A test module's table test: no invented sentence of ``texts`` is EDITORIAL."""

    @pytest.mark.parametrize("text", texts)
    def test_neutral_wording_is_not_editorial(text: str) -> None:
        sentence = one(text)
        assert sentence.label is not Label.EDITORIAL, (text, fired(sentence))

    return test_neutral_wording_is_not_editorial
