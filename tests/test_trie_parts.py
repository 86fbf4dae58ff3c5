"""The trie's nodes without words under them are shared by content (docs/speed.md, speed44):
held here to a trie whose nodes are each their own, before and after the pack cache's
pickling, and the scans of the rule set and its parts to those of that trie."""

from __future__ import annotations

import pickle

from hypothesis import given, settings
from hypothesis import strategies as st
from pack_texts import PACK, PACK_TEXT

from auditor.rules import ruleset
from auditor.rules.ruleset import _CASED, _END, _MARKS, _PATTERNS, RuleSet
from auditor.tokens import TokenTable, phrase_key

_KINDS = frozenset(r.kind for r in PACK.rules)
_FIRST_WORDS = sorted({phrase_key(t)[0] for r in PACK.rules for t in r.terms if phrase_key(t)})
_PHRASES = sorted({t for r in PACK.rules for t in r.terms})
# pack text with phrases and their first words, in any case
_TEXT = st.lists(
    st.one_of(PACK_TEXT, st.sampled_from(_FIRST_WORDS), st.sampled_from(_PHRASES)),
    max_size=10,
).flatmap(
    lambda parts: st.sampled_from([str.lower, str.upper, str.title, str]).map(
        lambda case: case(" ".join(parts))
    )
)


_KEYS = [
    (kind, frozenset(r.category for r in PACK.rules if r.kind == kind))
    for kind in ("framing", "sense")
]
_SETS = [PACK, *(PACK.part(*key) for key in _KEYS)]


def _unshared() -> list[RuleSet]:
    """The rule set and its parts built again with each node its own (no _shared)."""
    shared = ruleset._shared
    ruleset._shared = lambda node, made: None
    try:
        whole = RuleSet(PACK.rules, PACK.lexicons)
        return [whole, *(whole.part(*key) for key in _KEYS)]
    finally:
        ruleset._shared = shared


_PLAIN = _unshared()


def _found(rules: RuleSet, text: str) -> list[tuple]:
    found = rules.scan(text, TokenTable(text), _KINDS)
    return [(m.rule.id, m.start, m.end, m.text, m.source_start, m.source_end) for m in found]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_shared_nodes_find_what_nodes_of_their_own_find(text: str) -> None:
    for rules, plain in zip(_SETS, _PLAIN, strict=True):
        assert _found(rules, text) == _found(plain, text)


def _leaves(node: dict) -> list[dict]:
    """The nodes under ``node`` without words under them, as often as they are reached."""
    found = []
    for word, child in node.items():
        if word in _MARKS or not isinstance(child, dict):
            continue
        words = [key for key in child if key not in _MARKS]
        found += _leaves(child) if words else [child]
    return found


def _content(node: dict) -> tuple:
    ends = node.get(_END)
    return (None if ends is None else [r.id for r in ends], node.get(_CASED), node.get(_PATTERNS))


def test_nodes_without_words_under_them_are_one_object_for_each_content() -> None:
    copy = pickle.loads(pickle.dumps(PACK, protocol=pickle.HIGHEST_PROTOCOL))  # packcache's
    for trie in (PACK._trie, copy._trie, *(part._trie for part in copy._parts.values())):
        leaves = _leaves(trie)
        by_content = {repr(_content(node)): id(node) for node in leaves}
        assert len({id(node) for node in leaves}) == len(by_content) < len(leaves) // 3
        assert all(by_content[repr(_content(node))] == id(node) for node in leaves)
