"""Strings a pattern's matches must hold: what is read, and that a text without them
never holds a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.rules.literals import literal_gate, required_literals


@pytest.mark.parametrize(
    ("pattern", "flags", "strings"),
    [
        (r"\b[a-z]+-(?<!\bone-)(?:ridden|mongers?)\b", re.I, ("-monger", "-ridden")),
        (r"critici[sz]ed\s+by", 0, ("criticised", "criticized")),
        (r"(?:said|told)\s+(?:the\s+)?(?:AP|Reuters)", 0, ("said", "told")),
        (r"\d+ per(?:cent| cent)", 0, (" per cent", " percent")),
        (r"(?:ab){2,}cde", 0, ("abcde",)),  # what follows a repeat follows its last copy
        (r"Http://\S+", re.I, ("http://",)),  # lower-case when the pattern ignores case
    ],
)
def test_the_strings_every_match_holds(pattern, flags, strings) -> None:
    assert required_literals(pattern, flags) == strings


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+ a",  # too short
        r"[a-z]+ed",
        r"(?:said|\w+ed)",  # one way holds no string
        r"(?:do)?ne",  # the optional part may be missing: "ne" is too short
        r"(?i:said)",  # inline flags of its own
        r"[^a]bc",
    ],
)
def test_no_strings_where_they_are_short_or_unsure(pattern) -> None:
    assert required_literals(pattern) == ()


def test_a_gate_only_when_re_can_skip_to_its_strings() -> None:
    gate = literal_gate(r"\b[a-z]+-(?:ridden|hungry)\b", re.I)
    assert gate is not None and gate.flags & re.I
    assert gate.search("A POWER-HUNGRY man") and not gate.search("a hungry man")
    assert literal_gate(r"\b(?:believe|think)s?\b", re.I) is None  # a cased first letter
    assert literal_gate(r"(?:https?://|www\.)\S+", re.I) is None  # two first characters
    assert literal_gate(r"Reuters|Retold") is not None  # case-sensitive: "Re" is a prefix


def test_the_pack_gates_its_unanchored_patterns_tried_everywhere() -> None:
    gated = [rule for rule in PACK.rules if rule.gate is not None]
    assert gated and all(not rule.near for rule in gated)
    assert "evaluative.compound" in {rule.id for rule in gated}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("The scandal-RIDDEN agency, a power-hungry council")
@example("a SCANDAL-RİDDEN agency and a ſcandal-ridden one")
def test_a_text_the_gate_turns_down_holds_no_match(text: str) -> None:
    """Over every pattern of the pack that gets strings, and the pack's own examples."""
    for rule in PACK.rules:
        if rule.compiled is None or rule.gate is None:
            continue
        for sample in (text, *rule.fire, *rule.quiet):
            if rule.gate.search(sample) is None:
                assert rule.compiled.search(sample) is None, (rule.id, sample)


def test_every_pack_pattern_with_strings_finds_them_in_its_own_fire_examples() -> None:
    for rule in PACK.rules:
        if not rule.pattern or rule.compiled is None:
            continue
        strings = required_literals(rule.compiled.pattern, rule.compiled.flags)
        for sample in rule.fire:
            for match in rule.compiled.finditer(sample):
                held = match.group(0).lower() if rule.compiled.flags & re.I else match.group(0)
                assert any(s in held for s in strings) or not strings, (rule.id, sample)
