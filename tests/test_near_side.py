"""``near_side``: a text pattern tried only before (or after) its near words finds what
it finds tried on both sides; ``near_back``: one tried from a few tokens before them finds
what it finds tried from 100 characters before."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pack_texts import PACK, PACK_TEXT

from auditor.errors import UsageError
from auditor.quotes import find_quotes
from auditor.rules.loader import load_lexicons, load_rules
from auditor.rules.model import KINDS
from auditor.rules.ruleset import _NEAR, _NEAR_TOKENS, RuleSet, _windows
from auditor.tokens import TokenTable

_SIDED = [r for r in PACK.rules if r.near_side]
_KINDS = frozenset(KINDS)


def _found(ruleset: RuleSet, text: str) -> list[tuple[str, int, int]]:
    found = ruleset.scan(text, TokenTable(text), _KINDS)
    return [(m.rule.id, m.start, m.end) for m in found]


_ONE_SIDE = RuleSet(_SIDED, PACK.lexicons)
_BOTH_SIDES = RuleSet([replace(r, near_side="") for r in _SIDED], PACK.lexicons)
_BACKED = [r for r in PACK.rules if r.near_back is not None]
_FROM_BACK = RuleSet(_BACKED, PACK.lexicons)
_FROM_AFAR = RuleSet([replace(r, near_back=None) for r in _BACKED], PACK.lexicons)


def test_the_pack_has_rules_tried_on_one_side() -> None:
    assert {r.near_side for r in _SIDED} == {"before", "after"}


@pytest.mark.parametrize("rule", _SIDED, ids=lambda r: r.id)
def test_every_match_ends_or_starts_with_a_near_word(rule) -> None:
    for text in rule.fire:
        table = TokenTable(text)
        near = [k for k, low in enumerate(table.lowers) if low in rule.near]
        edges = {table.ends[k] for k in near} if rule.near_side == "before" else set()
        edges |= {table.starts[k] for k in near} if rule.near_side == "after" else set()
        matches = list(rule.compiled.finditer(text))
        assert matches, text
        for m in matches:
            assert (m.end() if rule.near_side == "before" else m.start()) in edges, text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("About 47% say the city should hire more teachers, and it is clear why.")
@example("The memo, first reported on Monday by the Gazette. " * 3)
def test_one_side_finds_what_both_sides_find(text: str) -> None:
    assert _found(_ONE_SIDE, text) == _found(_BOTH_SIDES, text)


@pytest.mark.parametrize("rule", _SIDED, ids=lambda r: r.id)
def test_one_side_finds_the_examples_matches(rule) -> None:
    for text in rule.fire + rule.quiet:
        assert _found(_ONE_SIDE, text) == _found(_BOTH_SIDES, text)


def test_the_pack_has_rules_tried_from_a_few_tokens_back() -> None:
    assert _BACKED


@pytest.mark.parametrize("rule", _BACKED, ids=lambda r: r.id)
def test_every_match_holds_a_near_word_a_few_tokens_in(rule) -> None:
    for fire in rule.fire:
        text = find_quotes(fire).masked()  # as the engine scans it: '"...," writes Ortiz'
        table = TokenTable(text)
        near = [k for k, low in enumerate(table.lowers) if low in rule.near]
        matches = list(rule.compiled.finditer(text))
        assert matches, text
        for m in matches:
            assert any(
                m.start() <= table.starts[k] < m.end()
                and table.starts[max(0, k - rule.near_back)] <= m.start()
                for k in near
            ), text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT)
@example("The plan, it is said, is not a tax at all but a fee; it is believed to be fair. " * 3)
@example("Critics say the law is anything but simple, and it is not going to happen.")
def test_from_a_few_tokens_back_finds_what_from_afar_finds(text: str) -> None:
    assert _found(_FROM_BACK, text) == _found(_FROM_AFAR, text)


@pytest.mark.parametrize("rule", _BACKED, ids=lambda r: r.id)
def test_from_a_few_tokens_back_finds_the_examples_matches(rule) -> None:
    for text in rule.fire + rule.quiet:
        assert _found(_FROM_BACK, text) == _found(_FROM_AFAR, text)


def test_a_window_from_a_few_tokens_back_opens_there() -> None:
    text = "x " * 60 + "it is widely believed to be so"
    table = TokenTable(text)
    k = table.lowers.index("believed")
    assert _windows([k], table, len(text), "", 2) == [(table.starts[k - 2], len(text))]
    assert _windows([k], table, len(text))[0][0] == table.starts[k] - _NEAR


_RULE = (
    '[[rule]]\nid = "x.s"\nkind = "framing"\ncategory = "c"\nmessage = "m"\nwhy = "w"\n'
    'confidence = 0.5\nfire = ["zap it"]\nquiet = ["b"]\n'
)


@pytest.mark.parametrize(
    "keys",
    [
        'pattern = "zap"\nnear = ["zap"]\nnear_side = "left"\n',  # not a side
        'pattern = "zap"\nnear_side = "before"\n',  # no near words
        'pattern = "zap"\nnear = ["zap"]\nnear_side = "after"\nscope = "sentence"\n',
    ],
)
def test_near_side_is_before_or_after_for_text_patterns_with_near_words(tmp_path, keys) -> None:
    (tmp_path / "rules.toml").write_text('provenance = "test"\n' + _RULE + keys, "utf-8")
    with pytest.raises(UsageError, match="near_side"):
        load_rules(tmp_path, load_lexicons([tmp_path]), "test")


@pytest.mark.parametrize(
    "keys",
    [
        'pattern = "zap"\nnear = ["zap"]\nnear_back = -1\n',  # not at least 0
        'pattern = "zap"\nnear = ["zap"]\nnear_back = 1.5\n',  # not whole
        'pattern = "zap"\nnear_back = 1\n',  # no near words
        'pattern = "zap"\nnear = ["zap"]\nnear_back = 1\nnear_side = "after"\n',
        'pattern = "zap"\nnear = ["zap"]\nnear_back = 1\nscope = "sentence"\n',
    ],
)
def test_near_back_is_a_count_for_text_patterns_with_near_words(tmp_path, keys) -> None:
    (tmp_path / "rules.toml").write_text('provenance = "test"\n' + _RULE + keys, "utf-8")
    with pytest.raises(UsageError, match="near_back"):
        load_rules(tmp_path, load_lexicons([tmp_path]), "test")


@pytest.mark.parametrize("near", ['["so called"]', '["zap", ""]', '["zap\\tzip"]'])
def test_a_near_word_is_one_token(tmp_path, near) -> None:
    keys = f'pattern = "zap"\nnear = {near}\n'
    (tmp_path / "rules.toml").write_text('provenance = "test"\n' + _RULE + keys, "utf-8")
    with pytest.raises(UsageError, match="one token each"):
        load_rules(tmp_path, load_lexicons([tmp_path]), "test")


def test_near_back_is_read(tmp_path) -> None:
    keys = 'pattern = "zap"\nnear = ["zap"]\nnear_back = 2\n'
    (tmp_path / "rules.toml").write_text('provenance = "test"\n' + _RULE + keys, "utf-8")
    (rule,) = load_rules(tmp_path, load_lexicons([tmp_path]), "test")
    assert rule.near_back == 2


def _windows_one_by_one(
    found: list[int], table: TokenTable, length: int, side: str, tokens_back: int | None = None
):
    """The merged windows, each token's worked out alone (as _windows did before)."""
    windows: list[tuple[int, int]] = []
    for k in found:
        back = table.starts[max(0, k - _NEAR_TOKENS)]
        lo = table.starts[k] if side == "after" else max(0, min(back, table.starts[k] - _NEAR))
        if tokens_back is not None and side != "after":
            lo = table.starts[max(0, k - tokens_back)]
        hi = table.ends[k] if side == "before" else min(length, table.starts[k] + _NEAR)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", "said", "x" * 40, " ", " " * 90, " " * 210, "."]), max_size=30),
    st.randoms(use_true_random=False),
)
def test_windows_are_those_of_each_token_merged(pieces: list[str], rnd) -> None:
    text = "".join(pieces)
    table = TokenTable(text)
    found = sorted(rnd.sample(range(len(table)), rnd.randint(0, len(table))))
    for side in ("", "before", "after"):
        expected = _windows_one_by_one(found, table, len(text), side)
        assert _windows(found, table, len(text), side) == expected
    for side in ("", "before"):
        for back in (0, 1, 3):
            expected = _windows_one_by_one(found, table, len(text), side, back)
            assert _windows(found, table, len(text), side, back) == expected
