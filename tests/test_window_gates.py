"""Window gates (literals.window_strings, RuleSet.scan): a text pattern tried around its near
words skips a window that holds none of the strings its every match holds besides them; the
matches are the same as without the gate."""

from __future__ import annotations

import re
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.rules.literals import WINDOW_MOST, window_strings
from auditor.rules.model import Rule
from auditor.rules.ruleset import RuleSet, _folded
from auditor.tokens import TokenTable

_GATED = [r for r in PACK.rules if r.window_gate[1]]


def test_the_strings_are_not_the_near_words() -> None:
    pattern = r"\b(?:stance|view)\s+(?:is\s+)?that\b"
    assert window_strings(pattern, re.I, ("stance", "view")) == (True, ("that",))
    # a set that holds a near word, or part of one, passes every window: none
    assert window_strings(r"\bsaid\s+[a-z]+\b", re.I, ("said",)) == (False, ())
    assert window_strings(r"\bsaid\s+(?:it|so)\b", re.I, ("said",)) == (True, ("it", "so"))
    assert window_strings(r"\bwill\s+do\b", 0, ("will",))[1] == ("do",)
    assert window_strings(r"\btook\s+(?:ook|aim)\b", 0, ("took",)) == (False, ())


def test_no_gate_for_many_strings_or_none() -> None:
    many = "|".join(f"w{k}x" for k in range(WINDOW_MOST + 1))
    assert window_strings(rf"\bsaid\s+(?:{many})\b", 0, ("said",)) == (False, ())
    assert window_strings(r"\bsaid\s+(?i:that)\b", 0, ("said",)) == (False, ())


def test_the_pack_has_gated_rules_and_each_match_holds_a_string() -> None:
    assert len(_GATED) >= 10
    for rule in _GATED:
        ignore_case, strings = rule.window_gate
        assert all(not any(s.lower() in w for w in rule.near) for s in strings), rule.id
        for sample in rule.fire + rule.quiet:
            for match in rule.compiled.finditer(sample):
                held = match.group(0).lower() if ignore_case else match.group(0)
                assert any(s in held for s in strings), (rule.id, sample)


def test_folded_text_keeps_each_character_in_place() -> None:
    assert _folded("The Mayor SAID") == "the mayor said"
    for odd in ("İstanbul", "ıt", "ſaid"):  # re matches these to "i", "i", "s"
        assert _folded(f"He said {odd}.") is None


def _ungated(rules: tuple[Rule, ...]) -> RuleSet:
    return RuleSet([replace(r, window_gate=(False, ())) for r in rules], PACK.lexicons)


_PLAIN = _ungated(tuple(r for r in PACK.rules if r.scope == "text" and r.pattern and r.near))
_GATED_SET = RuleSet(
    [r for r in PACK.rules if r.scope == "text" and r.pattern and r.near], PACK.lexicons
)
_KINDS = frozenset({"cue", "vague", "framing", "structure", "sense"})


def _found(ruleset: RuleSet, text: str) -> list[tuple]:
    matches = ruleset.scan(text, TokenTable(text), _KINDS)
    return [(m.rule.id, m.start, m.end, m.source_start) for m in matches]


def test_the_gated_scan_finds_what_the_plain_one_does_on_the_pack_examples() -> None:
    texts = [s for r in _GATED for s in r.fire + r.quiet]
    joined = " ".join(texts)
    assert _found(_GATED_SET, joined) == _found(_PLAIN, joined)
    for text in texts:
        assert _found(_GATED_SET, text) == _found(_PLAIN, text)
        # a window without the strings: a near word alone finds nothing of a gated rule
    assert not any(
        m.rule.window_gate[1]
        for m in _GATED_SET.scan("that view", TokenTable("that view"), _KINDS)
        if m.rule.id == "cue.stance-noun"
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
def test_the_gated_scan_finds_what_the_plain_one_does(text: str) -> None:
    assert _found(_GATED_SET, text) == _found(_PLAIN, text)
