"""Left contexts turned down by what their matches end with or hold (rules/leftgate.py):
what is read from a pattern, and that the answer is always the pattern's own."""

from __future__ import annotations

import pickle
import re
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pack_texts import PACK, PACK_TEXT

import auditor.rules.ruleset as ruleset_module
from auditor.rules.lazypattern import LazyPattern
from auditor.rules.leftgate import _CASELESS, left_gate, might_match
from auditor.rules.loader import _context, context_ok
from auditor.rules.ruleset import _folded
from auditor.tokens import TokenTable


def _gate(pattern: str, flags: int = re.IGNORECASE):
    return left_gate(_context("not_before", pattern), flags)


def _endings(pattern: str) -> set[str]:
    gate = _gate(pattern)
    assert gate is not None
    return {ending for found in gate[0].values() for ending in found}


def test_a_context_ending_with_a_few_words_gets_them_as_endings() -> None:
    assert _endings(r"\b(?:the|an?|its)\s+") == {"the", "a", "an", "its"}
    assert _endings(r"(?-i:might|May)\s+(?:(?:well|also)\s+)?") == {
        "might",
        "may",
        "well",
        "also",
    }
    assert _endings(r"\w(?:['’]s|s['’])") == {"'s", "’s", "s'", "s’"}
    assert _endings(r"\bper\s+cent") == {"cent"}
    assert _gate(r"\b(?:the|an?)\s+")[1] == ()  # no strings needed


def test_a_context_whose_end_says_nothing_gets_the_strings_its_matches_hold() -> None:
    assert _gate(r"\bwhether\b[^.;]*") == ({}, ("whether",))
    assert _gate(r"\bthe\s+|\b(?:if|unless)\s+(?:\w+\s+){1,3}") == (
        {"e": ("the",)},
        ("if", "unless"),
    )
    assert _gate(r"\bcaf\u00e9") == ({}, ("caf",))  # a letter beyond ASCII ends the string


@pytest.mark.parametrize(
    "pattern",
    [
        r"[^.;]*",  # any text
        r"\w+\s+",
        r"the|[^.]*",  # one alternative says nothing
        r"(?:a|b|c|d|e)\w*",  # more strings than are worth looking for
        r"(?:\s*)",  # spaces only
    ],
)
def test_a_context_that_says_too_little_gets_no_gate(pattern) -> None:
    assert _gate(pattern) is None


def test_a_pattern_that_need_not_run_to_the_end_gets_no_gate() -> None:
    assert left_gate(r"\bthe\s+") is None
    assert left_gate(r"(?m)\bthe\s+$") is None


def test_might_match_reads_the_endings_before_the_last_character_and_the_strings() -> None:
    gate = _gate(r"\b(?:the|an?)\s+|\bwhether\b[^.;]*")
    assert gate is not None
    text = "they asked whether the "
    assert might_match(gate, text, 0, len(text.rstrip()), len(text))
    text = "she said it "
    assert not might_match(gate, text, 0, len(text.rstrip()), len(text))
    text = "    "
    assert not might_match(gate, text, 0, 0, len(text))


def test_the_caseless_characters_match_only_themselves_ignoring_case() -> None:
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    for char in _CASELESS:
        assert char.lower() == char == char.upper()
        assert re.findall(re.escape(char), everything, re.IGNORECASE) == [char]


def test_a_lazy_pattern_keeps_its_gate_when_pickled() -> None:
    compiled = LazyPattern(_context("not_before", r"\b(?:the|an?)\s+"), re.IGNORECASE)
    gate = compiled.left_gate
    assert gate is not None
    assert pickle.loads(pickle.dumps(compiled)).left_gate == gate


_LEFT = [rule for rule in PACK.rules if any(rule.context[:2])]


def test_most_left_contexts_of_the_pack_get_a_gate() -> None:
    contexts = [c for rule in _LEFT for c in rule.context[:2] if c is not None]
    assert sum(c.left_gate is not None for c in contexts) > len(contexts) // 2


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT, st.integers(0, 400), st.sampled_from(["", "upper", "title"]))
@example("It may well say so", 7, "")
@example("What it MAY ALSO say", 12, "upper")
@example("ſome ſay the report", 14, "")
@example("the sector’s report", 13, "")
def test_a_gated_context_answers_as_its_pattern(text: str, cut: int, case: str) -> None:
    """For every rule of the built-in pack with a left context, at any place of a text of
    any case: the context check with the gates gives the answer of the one without."""
    text = getattr(text, case)() if case else text
    folded = _folded(text)
    start = min(cut, len(text))
    last = len(text[:start].rstrip())
    for rule in _LEFT:
        expected = context_ok(rule, text, start, start)
        assert context_ok(rule, text, start, start, folded, last) == expected, rule.id


@pytest.mark.parametrize("case", ["", "upper", "title"])
def test_the_term_scan_finds_the_same_matches_with_and_without_the_gates(
    case: str, monkeypatch
) -> None:
    """Over every rule example of the built-in pack: the same term matches."""
    texts = [getattr(ex, case)() if case else ex for r in PACK.rules for ex in r.fire + r.quiet]
    kinds = frozenset({"cue", "vague", "framing", "structure", "sense"})

    def scan_all() -> list:
        return [
            [(m.rule.id, m.start, m.end) for m in PACK._scan_terms(t, TokenTable(t), kinds)]
            for t in texts
        ]

    gated = scan_all()
    monkeypatch.setattr(
        ruleset_module,
        "context_ok",
        lambda rule, text, start, end, _folded, _last: context_ok(rule, text, start, end),
    )
    assert scan_all() == gated
