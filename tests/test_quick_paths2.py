"""Quick paths of the engine's labelling and the discourse layer (docs/speed.md, speed40)
give what the plain computations gave.

Each is checked against the plain computation it stands in for: a copy of the code it
replaced, or the same module with the quick path switched off, on texts written for these
tests and on hypothesis texts made of their pieces.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import product

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import auditor.discourse as discourse
from auditor.api import audit_sentences, engine_for
from auditor.attribution import ReadSentence
from auditor.classify import verdict
from auditor.framing import framing_evidence, scare_quotes
from auditor.models import Evidence, EvidenceKind, Flag, Label, Sentence
from auditor.opinion import in_opinion
from auditor.quotes import find_quotes
from auditor.rules import Match, Rule
from auditor.settings import Settings
from auditor.tokens import TokenTable


def _plain_verdict(attributed, framed, vague, loaded_verb, not_a_claim):
    """The precedence table of classify.py, as `decide` computed it before the table."""
    label = Label.SOURCED if attributed else Label.EDITORIAL if framed else Label.UNSOURCED
    flags = []
    if vague:
        flags.append(Flag.VAGUE_ATTRIBUTION)
    if attributed and framed:
        flags.append(Flag.FRAMING_IN_SOURCED)
    if loaded_verb:
        flags.append(Flag.LOADED_ATTRIBUTION_VERB)
    if not_a_claim:
        flags.append(Flag.NOT_A_CLAIM)
    return label, tuple(flags)


@pytest.mark.parametrize("case", list(product((False, True), repeat=5)))
def test_the_verdict_table_is_the_precedence_table(case: tuple[bool, ...]) -> None:
    assert verdict(*case) == _plain_verdict(*case)


def _rule(name: str, weight: float) -> Rule:
    return Rule(
        id=f"framing.{name}",
        kind="framing",
        category="loaded",
        message=f"{name} cue",
        why="written for this test",
        confidence=0.8,
        fire=(),
        quiet=(),
        weight=weight,
    )


def _plain_framing_evidence(matches: list[Match]) -> list[Evidence]:
    """framing_evidence before one match had a path of its own: weighed and sorted (of two as
    heavy from one place, the longer first: frame-fresh27)."""
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (-m.rule.weight, m.start, -m.end)):
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    return [
        Evidence(
            EvidenceKind.FRAMING, m.rule.id, m.start, m.end, m.text, m.rule.message, m.rule.weight
        )
        for m in kept
    ]


@given(
    st.lists(
        st.tuples(st.integers(0, 40), st.integers(1, 6), st.sampled_from([0.0, 0.5, 1.0, 1.5])),
        min_size=1,
        max_size=4,
    )
)
def test_framing_evidence_as_weighed(found: list[tuple[int, int, float]]) -> None:
    matches = [
        Match(_rule(f"w{k}", weight), start, start + width, "x" * width)
        for k, (start, width, weight) in enumerate(found)
    ]
    assert framing_evidence(matches) == _plain_framing_evidence(matches)


_MARKS = "\"'“”‘’«»‹›„"


def _plain_scare_quotes(text, quotes, rules, sentence, loaded):
    """scare_quotes before a quotation longer than every rule allows was skipped first."""
    from auditor.framing import _VOTES, _bare, _is_speech, _is_title
    from auditor.rules.loader import context_ok

    start, end = sentence
    length = max(1, end - start)
    found = []
    for quote in quotes:
        lo, hi = quote.content
        words = text[lo:hi].split()
        if not words or (quote.end - quote.start) / length > 0.6:
            continue
        if not any(c.isalpha() for c in text[lo:hi]) or _is_title(words) or _is_speech(words):
            continue
        if len(words) == 1 and _bare(words[0]).lower() in _VOTES:
            continue
        holds_cue = None
        for rule in rules:
            if len(words) > (rule.quote_max_words or 0):
                continue
            if rule.quote_loaded:
                if holds_cue is None:
                    holds_cue = loaded(text[lo:hi])
                if not holds_cue:
                    continue
            if context_ok(rule, text, quote.start, quote.end):
                found.append(Match(rule, quote.start, quote.end, text[quote.start : quote.end]))
    return found


_QUOTED_WORDS = ["reform", "fair", "shameful", "plan", "so", "we", "Harbor", "the", "disgraceful"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(st.sampled_from(_QUOTED_WORDS), min_size=1, max_size=7), max_size=3),
    st.sampled_from(["The board called its levy", "Critics of the ferry plan", "The mayor's"]),
)
def test_scare_quotes_as_before(quoted: list[list[str]], opening: str) -> None:
    engine = engine_for()
    text = opening + "".join(f" “{' '.join(words)}” and" for words in quoted) + " more."
    quotes = list(find_quotes(text, [len(text)]))
    rules = engine.ruleset.quote_rules
    args = (text, quotes, rules, (0, len(text)), engine._has_framing)
    assert scare_quotes(*args) == _plain_scare_quotes(*args)


def _plain_in_opinion(sentences, settings_):
    """in_opinion before it counted in one walk."""
    opinion = settings_.opinion
    claims = [s for s in sentences if s.is_claim]
    own = [s for s in claims if s.label is not Label.SOURCED]
    others = len(own) - 1
    if others < opinion.min_claims:
        return sentences
    framed = sum(s.label is Label.EDITORIAL for s in own)
    cited = len(claims) - len(own)
    floor = opinion.floor * settings_.threshold
    weak = [
        s
        for s in own
        if s.label is Label.UNSOURCED and s.framing_score and s.framing_score >= floor
    ]
    if not weak or framed < opinion.mark(cited / len(claims)) * others:
        return sentences
    message = (
        f"weak cues counted: {framed} of the article's {others} other unattributed claims"
        f" are framing, and {cited} of its {len(claims)} claims are attributed (an opinion piece)"
    )
    relabelled = list(sentences)
    for s in weak:
        context = Evidence(EvidenceKind.CONTEXT, "context.opinion", s.start, s.start, "", message)
        evidence = tuple(sorted((*s.evidence, context), key=lambda e: (e.start, e.end)))
        relabelled[s.index] = replace(s, label=Label.EDITORIAL, evidence=evidence)
    return tuple(relabelled)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(list(Label)),
            st.booleans(),
            st.sampled_from([0, 0.0, 0.2, 0.4, 0.5, 0.8, 1.0, 2.0]),
        ),
        max_size=14,
    )
)
def test_in_opinion_as_before(found: list[tuple[Label, bool, float]]) -> None:
    sentences = tuple(
        Sentence(
            k,
            10 * k,
            10 * k + 9,
            0,
            "x" * 9,
            label,
            None,
            (Flag.NOT_A_CLAIM,) if aside else (),
            score,
            0.0,
            (),
        )
        for k, (label, aside, score) in enumerate(found)
    )
    assert in_opinion(sentences, Settings()) == _plain_in_opinion(sentences, Settings())


# the pieces of the articles below: names, pronouns, quotations in and out of sentences,
# tags, colons, semicolons and cut sentences, the constructions the discourse passes read
_PIECES = [
    "Mayor Ana Ruiz spoke for an hour.",
    "Tom Hale, the harbour master, was blunt.",
    "The harbour board met on Tuesday.",
    "She said the levy was fair.",
    "He said: “We will not pay.",
    "Nobody wants it,” he said.",
    "“It is over,” she added.",
    "“Is it over?”",
    "Hale asked at the meeting.",
    "The council said in a statement:",
    "Residents may park on the pier.",
    "“This plan is dead. Nobody will pay for it.”",
    "Though the agency has said it will help, it has also cut staff.",
    "They said the ferry would run.",
    "Sen. Ana Ruiz (D-Ill.)",
    "said on Tuesday that the vote was off.",
    ", who chairs the board.",
    "Leaders denounce the test; Ruiz vows a reply.",
    "The company said profits rose.",
    "Critics called it “a disgrace” and walked out.",
    "RUIZ: We are ready.",
    "HALE: Are you?",
    "According to her posts, she had decided to leave.",
    "A reporter asked Ruiz how she felt.",
    "She replied: “Fine.”",
    "Ana Ruiz arrived late, and she said the deal was off.",
    "The harbour board met, and it said the levy would rise.",
    "“No,” he said.",
]


def _sentences_of(picked: list[int], breaks: list[bool]) -> list[str]:
    return [_PIECES[k] + ("\n\n" if cut else "") for k, cut in zip(picked, breaks, strict=False)]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(0, len(_PIECES) - 1), min_size=1, max_size=9),
    st.lists(st.booleans(), min_size=9, max_size=9),
)
def test_the_discourse_quick_paths_decide_as_the_plain_walks(
    picked: list[int], breaks: list[bool]
) -> None:
    sentences = _sentences_of(picked, breaks)
    quick = audit_sentences(sentences).to_dict()
    # every pass walks every sentence, and a pronoun's own sentence's subject is always read
    saved = {
        name: getattr(discourse, name) for name in ("_QUOTING", "_CONTINUING", "_CUED", "_WORD")
    }
    try:
        for name in ("_QUOTING", "_CONTINUING", "_CUED"):
            setattr(discourse, name, lambda fact: True)
        discourse._WORD = re.compile("")  # matches anywhere: the subject is read
        plain = audit_sentences(sentences).to_dict()
    finally:
        for name, value in saved.items():
            setattr(discourse, name, value)
    assert quick == plain


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from([*_PIECES, "“", "”", ",", "(", "-", "  "]), min_size=1, max_size=4))
def test_a_sentence_subject_holds_a_word_of_its_sentence(parts: list[str]) -> None:
    """What `_salient` relies on to leave a pronoun's own sentence's subject unread when no
    word stands before the pronoun: a subject is a span of its sentence with a word in it."""
    text = " ".join(parts)
    table = TokenTable(text)
    n = len(table.starts)
    sentence = ReadSentence(table.tokens(0, n), table.starts[0:n], table.lowers[0:n])
    subject = engine_for().reader.clause_subject(sentence)
    if subject is not None:
        assert 0 <= subject.start < subject.end <= len(text)
        assert re.search(r"\w", text[subject.start : subject.end])
