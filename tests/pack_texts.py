"""Texts for property tests of the built-in pack's patterns: the words of its own
examples, marks and odd characters (case folds, a replacement mark) in any order."""

from __future__ import annotations

from hypothesis import strategies as st

from auditor.rules import load_ruleset

PACK = load_ruleset()
_WORDS = sorted(
    {word for rule in PACK.rules for ex in rule.fire + rule.quiet for word in ex.split()}
)
PACK_TEXT = st.lists(
    st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(list(" ,.;:!?\"'’“”()-—%\n\ufffcİıſKK0123456789")),
        st.text(max_size=3),
    ),
    max_size=30,
).map(" ".join)
