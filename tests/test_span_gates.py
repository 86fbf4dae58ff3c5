"""Span gates (loader._span_gate, ruleset._gated): a sentence or paragraph rule called by a
near word is not searched in a span without one of the strings its every match holds
besides the near word (a comma, "?", "than"; for a pattern that ignores case, looked for in
the span lower-cased); what it finds is the same as without the gate."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.rules.literals import SPAN_MOST, window_strings
from auditor.rules.loader import _span_gate
from auditor.rules.ruleset import _gated

_SPAN_GATED = [r for r in PACK.rules if r.scope != "text" and r.window_gate[1]]


def test_a_span_rule_prefers_a_few_strings_to_long_ones() -> None:
    pattern = r"^(?:will|would)\s+\w+\s+(?:say|tell|argue|answer)\b[^?]*\?$"
    near = ("will", "would")
    assert window_strings(pattern, re.I, near) == (False, ())  # four verbs: too many
    assert window_strings(pattern, re.I, near, few_first=True) == (True, ("?",))


def test_a_gate_with_letters_is_looked_for_lower_cased_where_the_pattern_ignores_case() -> None:
    question = r"^(?:will|would)\s+\w+\s+(?:say|tell|argue|answer)\b[^?]*\?$"
    assert _span_gate(question, re.I, ("will", "would")) == (False, ("?",))
    assert _span_gate(r"\bsaid\s+So\b", 0, ("said",)) == (False, ("So",))
    assert _span_gate(r"\bfact\s+is\s+that\b", re.I, ("fact",)) == (True, ("that",))
    assert _span_gate(r"\bsaid\s+[a-z]+\b", re.I, ("said",)) == (False, ())


def test_a_span_gate_takes_up_to_eight_strings_when_no_two_will_do() -> None:
    four = r"\bsaid\s+(?:a\s+lot|volumes|it\s+all|so\s+much)\b"
    assert _span_gate(four, re.I, ("said",)) == (True, ("all", "lot", "much", "volumes"))
    nine = "|".join(f"w{k}x" for k in range(SPAN_MOST + 1))
    assert _span_gate(rf"\bsaid\s+(?:{nine})\b", re.I, ("said",)) == (False, ())
    # two strings of one character are preferred to four words
    assert _span_gate(r"\bsaid\s+(?:yes|no|maybe|never)\s*[,;]", re.I, ("said",)) == (
        False,
        (",", ";"),
    )


def test_a_gated_search_skips_a_span_without_its_strings() -> None:
    calls = []

    def search(span: str):
        calls.append(span)
        return span

    assert _gated(search, (False, ())) is search
    one, two = _gated(search, (False, ("?",))), _gated(search, (False, (",", ":")))
    assert one("Who will say it.") is None and one("Who will say it?") == "Who will say it?"
    assert two("No mark here.") is None and two("Note: this") == "Note: this"
    three = _gated(search, (False, ("So", "Thus", "Hence")))
    assert three("so it goes") is None and three("Thus it goes") == "Thus it goes"
    assert calls == ["Who will say it?", "Note: this", "Thus it goes"]


def test_a_folded_gate_finds_its_strings_in_any_case_and_searches_what_does_not_fold() -> None:
    calls = []

    def search(span: str):
        calls.append(span)
        return span

    gated = _gated(search, (True, ("than", "about")))
    assert gated("It says more of us.") is None
    assert gated("It says MORE ABOUT us THAN them.") is not None
    assert gated("It says more About us.") is not None
    # re matches "ſ" to "s", "ı" and "İ" to "i": such a span is searched, whatever it holds
    for odd in ("It ſays more.", "Bıg news.", "İt says more."):
        assert gated(odd) == odd
    assert calls == [
        "It says MORE ABOUT us THAN them.",
        "It says more About us.",
        "It ſays more.",
        "Bıg news.",
        "İt says more.",
    ]


def test_the_pack_has_gated_span_rules_and_each_match_holds_a_string() -> None:
    ids = {r.id for r in _SPAN_GATED}
    assert len(ids) >= 60
    assert {"cue.to-experiencer", "sense.question-future-speech"} <= ids
    folded = {r.id for r in _SPAN_GATED if r.window_gate[0]}
    assert {"sense.says-more-than", "structure.author-bio", "sense.says-a-lot"} <= folded
    for rule in _SPAN_GATED:
        fold, strings = rule.window_gate
        for sample in rule.fire + rule.quiet:
            for span in (sample, *sample.splitlines()):
                match = rule.compiled.search(span)
                if match is not None:
                    held = span.lower() if fold else span
                    assert any(s in held for s in strings), (rule.id, span)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("Will the mayor say it again")
@example("To many readers the plan is fine")
@example("That photo SAYS A LOT.")
@example("Kim Soto is a senior REPORTER for the Ledger.")
@example("The result says more ABOUT the board than the ſtaff.")
def test_a_gated_span_search_finds_what_the_plain_one_does(span: str) -> None:
    for rule in _SPAN_GATED:
        plain = rule.compiled.exists(span)
        gated = _gated(rule.compiled.exists, rule.window_gate)(span)
        assert (gated is None) == (plain is None), rule.id
