"""The rule objects read in the scan's loops keep their attributes in slots (docs/speed.md,
speed29), and keep them through the pack cache's pickling.

CPython 3.11 keeps up to 30 of an instance's attributes with its class; a rule has more, and
an unpickled instance's attributes land in a plain dict. Either way the loads of them and the
calls on ``self`` specialise in slower forms or not at all. Nothing here changes what a
rule set answers: a new attribute only has to be named in ``__slots__`` (it fails to set
otherwise, loudly, instead of running slower unnoticed).
"""

from __future__ import annotations

import pickle

import pytest

from auditor.api import engine_for
from auditor.rules.model import Match, Rule
from auditor.rules.ruleset import RuleSet, _SpanRules
from auditor.tokens import TokenTable

# invented: a poll share, a passive with its agent, a sentence rule's colon, a framing word
TEXT = (
    "About 47% of renters say the toll is too high. The plan was first reported by the "
    "Gazette on Monday.\n\nCritics: the scheme is a disaster, officials admitted."
)


@pytest.fixture(scope="module")
def ruleset() -> RuleSet:
    return engine_for().ruleset


def _all_scans(rules: RuleSet) -> list[tuple[str, int, int, str, int | None, int | None]]:
    kinds = frozenset(r.kind for r in rules.rules)
    found = rules.scan(TEXT, TokenTable(TEXT), kinds)
    for scope in ("sentence", "paragraph"):
        found += rules.scan_span(TEXT, 0, len(TEXT), kinds, scope)
    return [(m.rule.id, m.start, m.end, m.text, m.source_start, m.source_end) for m in found]


def test_rules_and_rule_sets_have_no_instance_dict(ruleset: RuleSet) -> None:
    """Every attribute of a rule, a rule set, its parts and its span indexes is a slot."""
    objects = [*ruleset.rules, ruleset, *ruleset._span_patterns.values()]
    objects += [part for part in ruleset._parts.values()]
    for obj in objects:
        assert not hasattr(obj, "__dict__"), type(obj).__name__
    assert not hasattr(Match(ruleset.rules[0], 0, 1, "x"), "__dict__")


@pytest.mark.parametrize("cls", [Rule, RuleSet, _SpanRules, Match])
def test_hot_classes_declare_slots(cls: type) -> None:
    assert "__slots__" in vars(cls)
    assert "__dict__" not in vars(cls)


def test_a_pickled_rule_set_scans_as_the_original(ruleset: RuleSet) -> None:
    """The pack cache's round trip (auditor/rules/packcache.py) keeps every slot, and the
    span indexes come back without what spans asked for."""
    before = _all_scans(ruleset)
    assert before  # the text calls for some rules
    copy = pickle.loads(pickle.dumps(ruleset, protocol=pickle.HIGHEST_PROTOCOL))
    assert not hasattr(copy, "__dict__")
    for name in RuleSet.__slots__:
        assert hasattr(copy, name), name
    for index in copy._span_patterns.values():
        assert index._asked == {} and index._searches == {}
    assert [r.id for r in copy.rules] == [r.id for r in ruleset.rules]
    assert copy.rules[0] == ruleset.rules[0]
    assert _all_scans(copy) == before
