"""Every rule of the built-in pack fires on its examples and stays quiet on its counter-examples."""

from __future__ import annotations

from collections import Counter

import pytest

from auditor.api import engine_for
from auditor.errors import UsageError
from auditor.rules import load_ruleset
from auditor.rules.check import fired_rules
from auditor.rules.loader import load_lexicons, load_rules

RULES = load_ruleset().rules
CASES = [(r.id, ex, True) for r in RULES for ex in r.fire] + [
    (r.id, ex, False) for r in RULES for ex in r.quiet
]


@pytest.mark.parametrize(("rule_id", "example", "fires"), CASES)
def test_rule_example(rule_id: str, example: str, fires: bool) -> None:
    assert (rule_id in fired_rules(engine_for(), example)) is fires


def test_every_rule_has_both_kinds_of_example() -> None:
    assert RULES
    for rule in RULES:
        assert rule.fire and rule.quiet, rule.id


def test_every_lexicon_has_provenance() -> None:
    for name, lexicon in load_ruleset().lexicons.items():
        assert "Provenance" in lexicon.provenance, name


def test_no_lexicon_lists_a_phrase_twice() -> None:
    for name, lexicon in load_ruleset().lexicons.items():
        phrases = lexicon.phrases
        assert len(set(phrases)) == len(phrases), (name, Counter(phrases).most_common(1))


def _pack(tmp_path, body: str):
    (tmp_path / "rules.toml").write_text('provenance = "test"\n' + body, encoding="utf-8")
    return load_rules(tmp_path, load_lexicons([tmp_path]), "test")


def test_a_rule_without_examples_is_rejected(tmp_path) -> None:
    with pytest.raises(UsageError, match="examples"):
        _pack(
            tmp_path,
            '[[rule]]\nid = "x.y"\nkind = "framing"\ncategory = "c"\nmessage = "m"\n'
            'why = "w"\nconfidence = 0.5\nterms = ["zap"]\nfire = ["zap"]\n',
        )


def test_a_rule_file_without_provenance_is_rejected(tmp_path) -> None:
    (tmp_path / "rules.toml").write_text("[[rule]]\n", encoding="utf-8")
    with pytest.raises(UsageError, match="provenance"):
        load_rules(tmp_path, {}, "test")


def test_a_bad_pattern_names_the_rule(tmp_path) -> None:
    with pytest.raises(UsageError, match=r"x\.bad.*regular expression"):
        _pack(
            tmp_path,
            '[[rule]]\nid = "x.bad"\nkind = "framing"\ncategory = "c"\nmessage = "m"\n'
            'why = "w"\nconfidence = 0.5\npattern = "(unclosed"\nfire = ["a"]\nquiet = ["b"]\n',
        )


def test_a_span_is_matched_with_the_rules_its_words_call_for() -> None:
    """Rules without near words always; others when one of their words is in the span."""
    from auditor.rules.ruleset import _SpanRules

    rules = [r for r in RULES if r.pattern and r.scope == "sentence"]
    index = _SpanRules(rules, {})
    always = [r for r in rules if not r.near]
    assert always and len(always) < len(rules)

    def chosen_for(words: frozenset[str] | None) -> tuple:
        return tuple(rule for rule, _ in index.searches(words))

    assert chosen_for(frozenset()) == tuple(always)
    assert chosen_for(None) == tuple(rules)
    for rule in rules:
        for word in rule.near:
            chosen = chosen_for(frozenset({word, "unrelated"}))
            assert rule in chosen
            assert [r for r in rules if r in chosen] == list(chosen)  # pack order
            assert all(not r.near or word in r.near for r in chosen)


def test_only_rules_with_context_conditions_carry_them(tmp_path) -> None:
    rule = '[[rule]]\nid = "x.{0}"\nkind = "framing"\ncategory = "c"\nmessage = "m"\n'
    rule += 'why = "w"\nconfidence = 0.5\nterms = ["zap"]\nfire = ["zap"]\nquiet = ["b"]\n'
    body = rule.format("plain") + rule.format("guarded") + 'after = "x"\n'
    plain, guarded = _pack(tmp_path, body)
    assert plain.context == ()
    assert [c is not None for c in guarded.context] == [False, False, True, False]


def test_min_count_is_for_structure_rules_only(tmp_path) -> None:
    with pytest.raises(UsageError, match="min_count"):
        _pack(
            tmp_path,
            '[[rule]]\nid = "x.q"\nkind = "framing"\ncategory = "c"\nmessage = "m"\n'
            'why = "w"\nconfidence = 0.5\nterms = ["zap"]\nmin_count = 2\n'
            'fire = ["zap"]\nquiet = ["b"]\n',
        )


def test_quote_loaded_is_for_quote_rules_only(tmp_path) -> None:
    with pytest.raises(UsageError, match="quote_loaded"):
        _pack(
            tmp_path,
            '[[rule]]\nid = "x.q"\nkind = "framing"\ncategory = "c"\nmessage = "m"\n'
            'why = "w"\nconfidence = 0.5\nterms = ["zap"]\nquote_loaded = true\n'
            'fire = ["zap"]\nquiet = ["b"]\n',
        )


def test_fitted_weights_replace_a_framing_rules_own() -> None:
    hand = {r.id: r.weight for r in load_ruleset().rules}
    fitted = {r.id: r.weight for r in load_ruleset((), (), (("evaluative.strong", 0.25),)).rules}
    assert hand["evaluative.strong"] != 0.25 and fitted["evaluative.strong"] == 0.25
    assert {k: v for k, v in fitted.items() if k != "evaluative.strong"} == {
        k: v for k, v in hand.items() if k != "evaluative.strong"
    }


def test_a_weight_for_an_unknown_rule_is_an_error() -> None:
    with pytest.raises(UsageError, match=r"unknown framing rules: no\.such-rule"):
        load_ruleset((), (), (("no.such-rule", 1.0),))


def test_built_in_patterns_compile_when_first_used_and_match_as_compiled() -> None:
    import re

    from auditor.rules.firstchar import with_first_char
    from auditor.rules.lazypattern import LazyPattern

    lazy = LazyPattern(r"\bsaid\b", re.I)
    assert not hasattr(lazy, "_compiled")
    assert lazy.search("He SAID so").span() == (3, 7)
    compiled = lazy._compiled
    assert lazy.pattern == with_first_char(r"\bsaid\b", re.I).pattern
    assert [m.span() for m in lazy.finditer("said, said")] == [(0, 4), (6, 10)]
    assert lazy.fullmatch("said") and lazy._compiled is compiled  # compiled once
    assert any(isinstance(r.compiled, LazyPattern) for r in RULES)


def _sentence_rule(tmp_path, kind: str, pattern: str):
    """A rule set of one sentence-scope pattern rule, and every kind to scan for."""
    from auditor.rules.model import KINDS
    from auditor.rules.ruleset import RuleSet

    body = (
        f'[[rule]]\nid = "x.one"\nkind = "{kind}"\ncategory = "c"\nmessage = "m"\n'
        f'why = "w"\nconfidence = 0.5\nscope = "sentence"\npattern = \'{pattern}\'\n'
        'fire = ["a"]\nquiet = ["b"]\n'
    )
    return RuleSet(_pack(tmp_path, body), {}), frozenset(KINDS)


def test_a_match_of_spaces_only_is_no_evidence(tmp_path) -> None:
    ruleset, kinds = _sentence_rule(tmp_path, "structure", r"\s{3}(?:x\s)?")
    text = "x" + " " * 9 + "y" + "a   x " + "z"
    assert ruleset.scan_span(text, 1, 10, kinds, "sentence", frozenset()) == []  # a blank span
    found = ruleset.scan_span(text, 11, 17, kinds, "sentence", frozenset())
    assert [(m.start, m.end) for m in found] == [(12, 17)]  # the spaces with a word are kept


def test_a_span_opening_with_a_masked_quotation_keeps_its_offsets(tmp_path) -> None:
    ruleset, kinds = _sentence_rule(tmp_path, "cue", r"^\s*said\s+(?P<source>[A-Z]\w+)")
    text = "x." + " " * 40 + "said Ruiz."
    [match] = ruleset.scan_span(text, 2, len(text), kinds, "sentence", frozenset())
    assert (match.start, match.text) == (2 + 39, " " + "said Ruiz")
    assert text[match.source_start : match.source_end] == "Ruiz"
