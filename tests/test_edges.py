"""The characters a span must start and end with for an anchored pattern: what is read,
and that a span the classes turn down never holds a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.rules.edges import HEAD, NO_EDGES, span_edges


def _passes(classes, char: str) -> bool:
    return all(c.match(char) for c in classes)


def test_an_anchored_pattern_gives_both_ends() -> None:
    _head, firsts, lasts = span_edges(r"^\s*\d{1,3}[.)]?\s*$")
    assert all(_passes(firsts, c) for c in " 7") and not _passes(firsts, "a")
    assert all(_passes(lasts, c) for c in "7.) \n") and not _passes(lasts, "a")


def test_the_head_holds_each_way_a_span_can_start() -> None:
    head = span_edges(r"^[\s(]*(?:Please|Stop|Do\s+not)\b")[0]
    assert head is not None
    assert all(head.match(s) for s in ("Ple", "Sto", "  P", "(St", "Do ", "Do\t"))
    assert not any(head.match(s) for s in ("The", "Pla", "Dog", "S"))


def test_the_head_of_a_short_pattern_ends_with_the_span() -> None:
    head = span_edges(r"^\(?[a-z][.)]?$")[0]
    assert head is not None
    assert all(head.match(s) for s in ("a", "a.", "(a)", "b\n", "(b"))
    assert not any(head.match(s) for s in ("ab", "a.b", "Th"))


def test_dollar_may_end_before_a_last_newline_and_backslash_z_not() -> None:
    assert _passes(span_edges(r"^a$")[2], "\n")
    assert not _passes(span_edges(r"\Aa\Z")[2], "\n")


def test_a_lookahead_to_the_end_gives_the_last_characters() -> None:
    _head, firsts, lasts = span_edges(r"^(?=[A-Z][^.]{0,20}[a-z]\s*$)(?:\S+\s+){0,3}\S+$")
    assert len(lasts) == 1 and _passes(lasts, "b") and not _passes(lasts, ".")
    assert _passes(firsts, "T") and not _passes(firsts, "t")


def test_case_is_ignored_as_the_pattern_does() -> None:
    head, firsts, _lasts = span_edges(r"^(?:www\.|https?://)", re.I)
    assert all(_passes(firsts, c) for c in "wWhH") and not _passes(firsts, "x")
    assert head is not None and head.match("WWW") and head.match("Htt") and not head.match("wx")


@pytest.mark.parametrize(
    "pattern",
    [
        r"said",  # not anchored
        r"^a|b",  # one way is not anchored
        r"(?m)^a$",  # every line
        r"^(?i:a)b",  # case-insensitive inside a case-sensitive pattern
    ],
)
def test_nothing_where_it_cannot_be_sure(pattern) -> None:
    assert span_edges(pattern) == NO_EDGES


def test_text_rules_get_no_classes() -> None:
    assert any(r.edges != NO_EDGES for r in PACK.rules)
    assert all(r.edges == NO_EDGES for r in PACK.rules if r.scope == "text")


def test_span_rules_with_near_words_get_classes_too() -> None:
    """A near word calls a rule for a span; its ends can still turn the span down ("a" is
    a near word of the Q&A prefix, which holds nothing but "A:" or "Q.")."""
    assert any(r.edges != NO_EDGES for r in PACK.rules if r.near)
    index = PACK._span_patterns["sentence"]
    words = frozenset({"a", "q"})
    asked = {r.id for r, _search in index.searches(words, 0, "")}
    assert "structure.qa-prefix" in asked
    span = "It was a long night."
    kept = {r.id for r, _search in index.searches(words, 0, span[:HEAD] + span[-1:])}
    assert "structure.qa-prefix" not in kept
    span = "Q:"
    kept = {r.id for r, _search in index.searches(words, 0, span[:HEAD] + span[-1:])}
    assert "structure.qa-prefix" in kept


_EDGED = [r for r in PACK.rules if r.edges != NO_EDGES]


@pytest.mark.parametrize("rule", _EDGED, ids=lambda r: r.id)
def test_a_span_a_rule_matches_passes_its_classes(rule) -> None:
    for example_ in rule.fire + rule.quiet:
        for span in (example_, *example_.splitlines()):
            if rule.compiled.search(span):
                head, firsts, lasts = rule.edges
                assert head is None or head.match(span[:HEAD]), span
                assert _passes(firsts, span[0]) and _passes(lasts, span[-1]), span


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("  7.\n")
@example("(a)")
@example("Stop. ")
@example("Tax breaks for shipyards ")
@example("ſome ſay it KNOWN, İt is clear")
def test_the_classes_never_turn_down_a_span_of_the_pack(span: str) -> None:
    """A rule a span's end characters rule out finds nothing in it."""
    for index in PACK._span_patterns.values():
        kept = {rule.id for rule, _search in index.searches(None, 0, span[:HEAD] + span[-1:])}
        for rule in index.rules:
            if rule.id not in kept:
                assert rule.compiled.search(span) is None, rule.id
