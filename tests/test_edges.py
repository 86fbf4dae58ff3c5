"""The characters a span must start and end with for an anchored pattern: what is read,
and that a span the classes turn down never holds a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.rules.edges import span_edges


def _passes(classes, char: str) -> bool:
    return all(c.match(char) for c in classes)


def test_an_anchored_pattern_gives_both_ends() -> None:
    firsts, lasts = span_edges(r"^\s*\d{1,3}[.)]?\s*$")
    assert all(_passes(firsts, c) for c in " 7") and not _passes(firsts, "a")
    assert all(_passes(lasts, c) for c in "7.) \n") and not _passes(lasts, "a")


def test_dollar_may_end_before_a_last_newline_and_backslash_z_not() -> None:
    assert _passes(span_edges(r"^a$")[1], "\n")
    assert not _passes(span_edges(r"\Aa\Z")[1], "\n")


def test_a_lookahead_to_the_end_gives_the_last_characters() -> None:
    firsts, lasts = span_edges(r"^(?=[A-Z][^.]{0,20}[a-z]\s*$)(?:\S+\s+){0,3}\S+$")
    assert len(lasts) == 1 and _passes(lasts, "b") and not _passes(lasts, ".")
    assert _passes(firsts, "T") and not _passes(firsts, "t")


def test_case_is_ignored_as_the_pattern_does() -> None:
    firsts, _lasts = span_edges(r"^(?:www\.|https?://)", re.I)
    assert all(_passes(firsts, c) for c in "wWhH") and not _passes(firsts, "x")


@pytest.mark.parametrize(
    "pattern",
    [
        r"said",  # not anchored
        r"^a|b",  # one way is not anchored
        r"(?m)^a$",  # every line
        r"^.b.$",  # any character at both ends
        r"^\s*$",  # may match nothing
        r"^(?i:a)b",  # case-insensitive inside a case-sensitive pattern
    ],
)
def test_no_class_where_it_cannot_be_sure(pattern) -> None:
    assert span_edges(pattern) == ((), ())


def test_rules_with_near_words_get_no_classes() -> None:
    assert any(r.edges != ((), ()) for r in PACK.rules)
    assert all(r.edges == ((), ()) for r in PACK.rules if r.near or r.scope == "text")


_EDGED = [r for r in PACK.rules if r.edges != ((), ())]


@pytest.mark.parametrize("rule", _EDGED, ids=lambda r: r.id)
def test_a_span_a_rule_matches_passes_its_classes(rule) -> None:
    for example_ in rule.fire + rule.quiet:
        for span in (example_, *example_.splitlines()):
            if rule.compiled.search(span):
                assert _passes(rule.edges[0], span[0]), span
                assert _passes(rule.edges[1], span[-1]), span


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("  7.\n")
@example("Tax breaks for shipyards ")
@example("ſome ſay it KNOWN, İt is clear")
def test_the_classes_never_turn_down_a_span_of_the_pack(span: str) -> None:
    """A rule a span's end characters rule out finds nothing in it."""
    for index in PACK._span_patterns.values():
        kept = {rule.id for rule, _search in index.searches(None, 0, span[:1] + span[-1:])}
        for rule in index.rules:
            if rule.id not in kept:
                assert rule.compiled.search(span) is None, rule.id
