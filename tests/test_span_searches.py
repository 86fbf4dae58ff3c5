"""Which span rules a span is matched with (``_SpanRules.searches``), against the plain
definition: the rules without near words and those with one of the span's words, less those
the text cannot match (``RuleSet.missing``) and those the span's end characters rule out.
Its answers come from caches (by arguments, by bits, by end characters): asked again, or
after other spans, it answers the same (docs/speed.md, speed45)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pack_texts import PACK, PACK_TEXT

from auditor.rules.edges import HEAD

_WORDS = sorted(PACK.span_near_words)


def _plain(index, words: frozenset[str], missing: int, span: str) -> list[str]:
    ends = span[:HEAD] + span[-1:]
    wanted = []
    for rule in index.rules:
        if rule.near and words.isdisjoint(rule.near):
            continue
        if missing & PACK._gate_bits.get(rule.id, 0):
            continue
        if span:
            head, firsts, lasts = rule.edges
            first, last = ends[:-1], ends[-1]
            if head is not None and head.match(first) is None:
                continue
            if not all(c.match(first) for c in firsts) or not all(c.match(last) for c in lasts):
                continue
        wanted.append(rule.id)
    return wanted


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.frozensets(st.sampled_from(_WORDS), max_size=4),
            st.integers(min_value=0, max_value=(1 << len(PACK._gated)) - 1),
            PACK_TEXT,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_a_span_is_matched_with_the_rules_the_plain_definition_gives(asked) -> None:
    for index in PACK._span_patterns.values():
        for _ in range(2):  # asked again: what it kept from the first time answers the same
            for words, missing, span in asked:
                ends = span[:HEAD] + span[-1:]
                got = [rule.id for rule, _search in index.searches(words, missing, ends)]
                assert got == _plain(index, words, missing, span)
