"""Where a left context's search starts: how late a match can start, and that starting
there never changes whether it matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.rules.lazypattern import LazyPattern
from auditor.rules.leftstart import left_start, stops_start, words_start
from auditor.rules.loader import context_ok


def _bound(pattern: str, flags: int = 0) -> tuple[str, object] | None:
    found = left_start(f"(?:{pattern})\\s*$", flags)
    if found is None:
        return None
    if found.func is words_start:
        return "words", found.args[0]
    assert found.func is stops_start
    return "stops", found.args[0].__self__.pattern


@pytest.mark.parametrize(
    ("pattern", "bound"),
    [
        (r"\b(?:the|an?)\s+", ("words", 3)),  # \s+ and the wrapper's \s*: two runs
        (r"\bif\s+(?:[\w'-]+\s+){1,3}", ("words", 6)),
        (r"\bwho\s+(?:still\s+)?", ("words", 4)),
        (r"(?:^|[,;]\s*)(?:will|can)\s+", ("words", 4)),
        (r"\bwhether\b[^.;:!?]*", ("stops", r".*[\.;:!\?]")),  # any run of words, no stop
        (r"\bas\s+.*", None),  # any character, any number of runs
        (r"(a)\s+\1", None),  # a back reference is not read
    ],
)
def test_what_a_left_context_is_bounded_by(pattern: str, bound: tuple | None) -> None:
    assert _bound(pattern, re.IGNORECASE) == bound


def test_a_context_that_need_not_run_to_the_end_has_no_bound() -> None:
    assert left_start(r"\bthe\s+") is None
    assert left_start(r"\bthe\s+$", re.MULTILINE) is None  # $ at every line's end


def test_a_words_bound_is_the_start_of_the_word_that_many_from_the_end() -> None:
    assert words_start(2, "one two  three four ") == len("one two")
    assert words_start(3, "two words") == 0
    stops = left_start(r"(?:\bwhether\b[^.;:!?]*)\s*$").func  # type: ignore[union-attr]
    assert stops is stops_start


def test_a_stops_bound_is_just_after_the_last_stop() -> None:
    start = left_start(r"(?:\bwhether\b[^.;:!?]*)\s*$")
    assert start is not None
    assert start("Ask. Then; whether it") == len("Ask. Then;")
    assert start("whether it") == 0


_LEFT = sorted(
    {compiled._args for rule in PACK.rules for compiled in rule.context[:2] if compiled is not None}
)
_COMPILED = [re.compile(*args) for args in _LEFT]
_STARTS = [left_start(*args) for args in _LEFT]


def test_most_left_contexts_of_the_pack_are_bounded() -> None:
    assert sum(start is not None for start in _STARTS) > 0.9 * len(_LEFT)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("It is unclear whether officials might")
@example("the  \n")
@example("Of those who still")
@example("If the two sides\n")
def test_a_search_from_the_bound_finds_a_match_where_one_from_the_start_does(
    text: str,
) -> None:
    """For every left context of the built-in pack."""
    for compiled, start in zip(_COMPILED, _STARTS, strict=True):
        if start is None:
            continue
        got = compiled.search(text, start(text)) is not None
        assert got == (compiled.search(text) is not None), compiled.pattern


def test_the_bound_is_kept_with_the_pattern() -> None:
    import pickle

    pattern = LazyPattern(r"(?:\bthe\s+)\s*$", re.IGNORECASE)
    assert pattern.left_start("x y z and the ") == len("x y")  # three words from the end
    kept = pickle.loads(pickle.dumps(pattern))
    assert kept.left_start is not None and kept.left_start("x y z and the ") == len("x y")


@pytest.mark.parametrize(
    ("before", "fires"),
    [
        ("It was, he said, the", False),  # "the" before the match: not_before holds
        ("It was, he said, the" + " " * 70, False),  # a masked quotation between
        ("It was the. Then", True),
    ],
)
def test_a_context_answers_as_its_pattern_does(before: str, fires: bool) -> None:
    rule = PACK.by_id["cue.position"]  # not_before: an article or a possessive
    text = f"{before} position"
    start = len(before) + 1
    assert context_ok(rule, text, start, len(text)) is fires
