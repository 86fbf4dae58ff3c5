"""``near_lead``: a text pattern whose every match has a lead word among the few tokens
before its near word is searched only in windows holding such a near word, and finds what
it finds searched in them all."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from pack_texts import PACK, PACK_TEXT

from auditor.errors import UsageError
from auditor.quotes import find_quotes
from auditor.rules.loader import load_lexicons, load_rules
from auditor.rules.model import KINDS
from auditor.rules.ruleset import RuleSet, _led, _windows
from auditor.tokens import TokenTable

_KINDS = frozenset(KINDS)
_LED = [r for r in PACK.rules if r.near_lead]
_WITH_LEAD = RuleSet(_LED, PACK.lexicons)
_WITHOUT = RuleSet(
    [replace(r, near_lead=frozenset(), near_lead_back=0) for r in _LED], PACK.lexicons
)


def _found(ruleset: RuleSet, text: str) -> list[tuple[str, int, int]]:
    masked = find_quotes(text).masked()  # as the engine scans it
    return [(m.rule.id, m.start, m.end) for m in ruleset.scan(masked, TokenTable(masked), _KINDS)]


def test_the_pack_has_led_rules() -> None:
    assert _LED


@pytest.mark.parametrize("rule", _LED, ids=lambda r: r.id)
def test_every_match_holds_a_near_word_led_by_a_lead_word(rule) -> None:
    for fire in rule.fire:
        text = find_quotes(fire).masked()
        table = TokenTable(text)
        matches = list(rule.compiled.finditer(text))
        assert matches, text
        for m in matches:
            assert any(
                m.start() <= table.starts[k] < m.end()
                and low in rule.near
                and rule.near_lead.intersection(table.lowers[max(0, k - rule.near_lead_back) : k])
                for k, low in enumerate(table.lowers)
            ), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("The board met, and she also again said the sale was a shameful mistake.")
@example("The mayor said the pier, which the board claimed was safe, and they warned it was not.")
@example('"It was wrong," the mayor said, and  "she later said that the plan was a scam.')
def test_led_windows_find_what_all_windows_find(text: str) -> None:
    assert _found(_WITH_LEAD, text) == _found(_WITHOUT, text)


@pytest.mark.parametrize("rule", _LED, ids=lambda r: r.id)
def test_led_windows_find_the_examples_matches(rule) -> None:
    for text in rule.fire + rule.quiet:
        assert _found(_WITH_LEAD, text) == _found(_WITHOUT, text)


def test_a_window_is_kept_only_around_a_led_near_word() -> None:
    text = "The mayor said the pier was safe. " * 4 + "Then she said it was not."
    table = TokenTable(text)
    said = [k for k, low in enumerate(table.lowers) if low == "said"]
    windows = _windows(said, table, len(text))
    kept = _led(windows, said, table, frozenset({"she"}), 2)
    assert kept == [w for w in windows if w[0] <= table.starts[said[-1]] <= w[1]]
    assert _led(windows, said[:1], table, frozenset({"she"}), 2) == []


_RULE = (
    '[[rule]]\nid = "x.s"\nkind = "framing"\ncategory = "c"\nmessage = "m"\nwhy = "w"\n'
    'confidence = 0.5\nfire = ["he zap it"]\nquiet = ["b"]\n'
)


@pytest.mark.parametrize(
    "keys",
    [
        'pattern = "zap"\nnear = ["zap"]\nnear_lead = ["he"]\n',  # no count
        'pattern = "zap"\nnear = ["zap"]\nnear_lead_back = 1\n',  # no words
        'pattern = "zap"\nnear = ["zap"]\nnear_lead = ["he"]\nnear_lead_back = 0\n',
        'pattern = "zap"\nnear = ["zap"]\nnear_lead = ["he she"]\nnear_lead_back = 1\n',
        'pattern = "zap"\nnear_lead = ["he"]\nnear_lead_back = 1\n',  # no near words
        'pattern = "zap"\nnear = ["zap"]\nnear_lead = ["he"]\nnear_lead_back = 1\n'
        'scope = "sentence"\n',
    ],
)
def test_near_lead_is_words_with_a_count_for_text_patterns_with_near_words(tmp_path, keys) -> None:
    (tmp_path / "rules.toml").write_text('provenance = "test"\n' + _RULE + keys, "utf-8")
    with pytest.raises(UsageError, match="near_lead"):
        load_rules(tmp_path, load_lexicons([tmp_path]), "test")


def test_near_lead_is_read(tmp_path) -> None:
    keys = 'pattern = "zap"\nnear = ["zap"]\nnear_lead = ["He", "she"]\nnear_lead_back = 2\n'
    (tmp_path / "rules.toml").write_text('provenance = "test"\n' + _RULE + keys, "utf-8")
    (rule,) = load_rules(tmp_path, load_lexicons([tmp_path]), "test")
    assert (rule.near_lead, rule.near_lead_back) == (frozenset({"he", "she"}), 2)
