"""Weak cues in an opinion piece: the article around a sentence decides how they read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.api import audit_sentences
from auditor.formatters.describe import why_lines
from auditor.models import EvidenceKind, Label
from auditor.settings import Opinion, Settings

# an invented column: five of its seven other unattributed claims frame at the threshold
# (the first sentence, "squandered", only as an opinion piece)
COLUMN = [
    "The harbour board has squandered a decade on its own vanity.",
    "Its members are cowards who hide behind consultants.",
    "The pier plan is a disgrace to the town.",
    "Nobody believes the board's shameful promises any more.",
    "Frankly, the whole affair is an embarrassment.",
    "The board meets on Tuesdays in the old customs house.",
    "Its silence on the ferry is deafening and cowardly.",
]
WEAK = "The levy is a massive sum for a town of this size."
IDIOM = "The chairman kicked the can down the road at the spring meeting."
# an invented report: the same weak sentences among neutral facts
REPORT = [
    "The harbour board met on Tuesday in the old customs house.",
    "It approved a levy of 40 pounds a household.",
    "The levy will pay for repairs to the north pier.",
    "Work is due to start in May and end in October.",
    "The ferry will run from the south slip while the pier is closed.",
    "The board has nine members, elected every four years.",
    "Its next meeting is on 12 June.",
]


def label_of(sentences: list[str], text: str, settings: Settings | None = None):
    report = audit_sentences(sentences, settings=settings)
    return next(s for s in report.sentences if s.text == text)


@pytest.mark.parametrize("weak", [WEAK, IDIOM])
def test_a_weak_cue_in_a_column_is_framing(weak: str) -> None:
    s = label_of([*COLUMN, weak], weak)
    assert 0 < s.framing_score < Settings().threshold
    assert s.label is Label.EDITORIAL
    (context,) = s.evidence_of(EvidenceKind.CONTEXT)
    assert context.rule == "context.opinion"
    assert "5 of the article's 7 other unattributed claims are framing" in context.message
    assert "0 of its 8 claims are attributed" in context.message
    assert context.message in why_lines(s)


@pytest.mark.parametrize("weak", [WEAK, IDIOM])
def test_the_same_weak_cue_in_a_report_stays_unsourced(weak: str) -> None:
    s = label_of([*REPORT, weak], weak)
    assert s.label is Label.UNSOURCED
    assert not s.evidence_of(EvidenceKind.CONTEXT)


def test_a_neutral_sentence_in_a_column_stays_unsourced() -> None:
    neutral = "The board meets on Tuesdays in the old customs house."
    assert label_of([*COLUMN, WEAK], neutral).label is Label.UNSOURCED


def test_a_short_piece_is_not_judged_by_its_share() -> None:
    """Fewer than min_claims other claims: too few to call the article an opinion piece."""
    s = label_of([*COLUMN[:3], WEAK], WEAK)
    assert s.label is Label.UNSOURCED


def test_attributed_sentences_do_not_count_towards_the_share() -> None:
    """Framing inside quoted or attributed sentences is the sources', not the writer's."""
    quoted = [f'"{line}" said Ann Roe, a ferry captain.' for line in COLUMN[:5]]
    s = label_of([*quoted, *REPORT[:5], WEAK], WEAK)
    assert s.label is Label.UNSOURCED


# an invented column that argues in four of its seven other unattributed claims (0.57): enough
# when it cites nobody, not when a fifth of its claims or more are attributed
HALF = [*COLUMN[:6], "The customs house was built in 1890 for the herring trade."]
QUOTED = [
    '"We will decide in June," said Ann Roe, the board\'s chair.',
    "The ferry company said nobody had asked its skippers.",
    '"Repairs cannot wait another winter," the harbour master told the council.',
]


def test_a_column_that_cites_nobody_needs_less_framing() -> None:
    s = label_of([*HALF, WEAK], WEAK)
    assert s.label is Label.EDITORIAL
    (context,) = s.evidence_of(EvidenceKind.CONTEXT)
    assert "4 of the article's 7 other unattributed claims are framing" in context.message
    assert "0 of its 8 claims are attributed" in context.message


def test_the_same_share_in_a_piece_that_cites_sources_is_not_enough() -> None:
    article = [*HALF[:3], *QUOTED, *HALF[3:], WEAK]
    assert sum(s.label is Label.SOURCED for s in audit_sentences(article).sentences) == 3
    s = label_of(article, WEAK)
    assert s.label is Label.UNSOURCED
    assert not s.evidence_of(EvidenceKind.CONTEXT)


def test_the_mark_rises_with_the_attributed_share_up_to_share() -> None:
    opinion = Settings().opinion
    assert opinion.mark(0.0) == pytest.approx(0.5)
    assert opinion.mark(0.1) == pytest.approx(0.55)
    assert opinion.mark(0.2) == pytest.approx(0.6)
    assert opinion.mark(0.7) == pytest.approx(0.6)


def test_the_share_and_floor_come_from_the_scoring_data() -> None:
    opinion = Settings().opinion
    undeclared = replace(opinion, declared=None, labels=frozenset(), scores=frozenset())
    undeclared = replace(undeclared, signoffs=(), signoff_words=(), mentions=())  # opinion57
    assert undeclared == Opinion(
        share=0.6, floor=0.5, min_claims=5, uncited=0.5, rise=0.5, rules=frozenset({"question.any"})
    )
    stricter = replace(Settings(), opinion=Opinion(0.9, 0.5, 5, uncited=0.9, rise=0.5))
    assert label_of([*COLUMN, WEAK], WEAK, stricter).label is Label.UNSOURCED
