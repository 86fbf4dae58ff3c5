"""Span gates (loader._span_gate, ruleset._gated): a sentence or paragraph rule called by a
near word is not searched in a span without one of the strings its every match holds
besides the near word (a comma, "?"); what it finds is the same as without the gate."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.rules.literals import window_strings
from auditor.rules.loader import _span_gate
from auditor.rules.ruleset import _gated

_SPAN_GATED = [r for r in PACK.rules if r.scope != "text" and r.window_gate[1]]


def test_a_span_rule_prefers_a_few_strings_to_long_ones() -> None:
    pattern = r"^(?:will|would)\s+\w+\s+(?:say|tell|argue|answer)\b[^?]*\?$"
    near = ("will", "would")
    assert window_strings(pattern, re.I, near) == (False, ())  # four verbs: too many
    assert window_strings(pattern, re.I, near, few_first=True) == (True, ("?",))


def test_a_gate_with_letters_is_kept_only_for_a_pattern_that_minds_case() -> None:
    assert _span_gate((True, ("?",))) == (False, ("?",))
    assert _span_gate((False, ("By",))) == (False, ("By",))
    assert _span_gate((True, ("by",))) == (False, ())  # re would fold "BY", "ſ": no gate
    assert _span_gate((False, ())) == (False, ())


def test_a_gated_search_skips_a_span_without_its_strings() -> None:
    calls = []

    def search(span: str):
        calls.append(span)
        return span

    assert _gated(search, ()) is search
    one, two = _gated(search, ("?",)), _gated(search, (",", ":"))
    assert one("Who will say it.") is None and one("Who will say it?") == "Who will say it?"
    assert two("No mark here.") is None and two("Note: this") == "Note: this"
    assert calls == ["Who will say it?", "Note: this"]


def test_the_pack_has_gated_span_rules_and_each_match_holds_a_string() -> None:
    ids = {r.id for r in _SPAN_GATED}
    assert len(ids) >= 20
    assert {"cue.to-experiencer", "sense.question-future-speech"} <= ids
    for rule in _SPAN_GATED:
        for sample in rule.fire + rule.quiet:
            for span in (sample, *sample.splitlines()):
                match = rule.compiled.search(span)
                if match is not None:
                    assert any(s in span for s in rule.window_gate[1]), (rule.id, span)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("Will the mayor say it again")
@example("To many readers the plan is fine")
def test_a_gated_span_search_finds_what_the_plain_one_does(span: str) -> None:
    for rule in _SPAN_GATED:
        plain = rule.compiled.exists(span)
        gated = _gated(rule.compiled.exists, rule.window_gate[1])(span)
        assert (gated is None) == (plain is None), rule.id
