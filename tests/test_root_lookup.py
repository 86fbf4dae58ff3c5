"""The trie's root answers, with one look-up a token, both the phrases the token starts and
the text patterns it is near (docs/speed.md, speed41): held here to the plain answers, the
phrases of the rules' terms and the near words of the text patterns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pack_texts import PACK, PACK_TEXT

from auditor.rules.ruleset import _HASHED, RuleSet, _near_tokens
from auditor.tokens import TokenTable, phrase_key

_QUOTED = PACK.part("framing", frozenset(r.category for r in PACK.rules if r.kind == "framing"))
_SETS = (PACK, _QUOTED, PACK.part("sense", frozenset(r.category for r in PACK.rules)))
_NEAR_WORDS = sorted({w for r in PACK.rules for w in r.near})
_FIRST_WORDS = sorted({phrase_key(t)[0] for r in PACK.rules for t in r.terms if phrase_key(t)})
# pack text with near words and phrases' first words, in any case
_TEXT = st.lists(
    st.one_of(PACK_TEXT, st.sampled_from(_NEAR_WORDS), st.sampled_from(_FIRST_WORDS)),
    max_size=8,
).flatmap(
    lambda parts: st.sampled_from([str.lower, str.upper, str.title, str]).map(
        lambda case: case(" ".join(parts))
    )
)


def _plain_near(rules: RuleSet, lowers: list[str]) -> dict[int, list[int]]:
    patterns = rules._text_patterns
    found = {k: [i for i, w in enumerate(lowers) if w in p.near] for k, p in enumerate(patterns)}
    return {k: at for k, at in found.items() if at}


def _plain_words(rules: RuleSet) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the rules' phrases, and the near words of their text patterns."""
    firsts = {phrase_key(t)[0] for r in rules.rules for t in r.terms if phrase_key(t)}
    return frozenset(firsts), frozenset(w for p in rules._text_patterns for w in p.near)


_PLAIN = [_plain_words(rules) for rules in _SETS]


def _plain_found(k: int, lowers: list[str]) -> list[int]:
    """The tokens that start a phrase of the rules' terms or are a text pattern's near word."""
    firsts, near = _PLAIN[k]
    return [i for i, w in enumerate(lowers) if w in firsts or w in near]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_root_finds_the_near_tokens_of_each_text_pattern(text: str) -> None:
    lowers = TokenTable(text).lowers
    for rules in _SETS:
        near = _near_tokens(*rules._roots(lowers))
        assert {k: sorted(at) for k, at in near.items()} == _plain_near(rules, lowers)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_root_finds_the_tokens_that_start_a_phrase_or_are_near_words(text: str) -> None:
    lowers = TokenTable(text).lowers
    for k, rules in enumerate(_SETS):
        at, nodes = rules._roots(lowers)
        assert at == _plain_found(k, lowers)
        assert all(nodes)


def test_the_root_keeps_its_keys_hashes_and_no_token_meets_that_key() -> None:
    for rules in _SETS:
        assert [k for k in rules._trie if not isinstance(k, str)] == [_HASHED]


def test_every_near_word_of_a_text_pattern_is_in_the_root() -> None:
    for rules in _SETS:
        for k, pattern in enumerate(rules._text_patterns):
            for word in pattern.near:
                at, _ = rules._roots([word])
                assert at == [0]
                assert k in _near_tokens(*rules._roots([word]))
