"""A piece that says it argues (opinion57, issue 21): a label of its kind in its first lines,
a columnist's sign-off in its last ones, or "this column", and the opinion setting reads its
weak writer-voice cues as framing whatever share of its claims frame. Sentences invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from auditor.api import audit_sentences
from auditor.models import EvidenceKind, Label
from auditor.settings import Settings

# a piece of neutral sentences, none of them framing, and two weak cues of the writer's
BODY = [
    "The Tollbridge parish council met on Monday in the village hall.",
    "It voted five to two to sell the old library to a developer.",
    "The building has stood empty since the library moved in 2019.",
    "The sale price has not been published.",
    "Two councillors asked for the vote to be delayed until the autumn.",
    "The developer plans eleven flats and a cafe on the ground floor.",
    "Work could start next spring if planning permission is granted.",
]
WEAK = "The flats are a massive change for a village of this size."
QUESTION = "Will anyone on the council explain the hurry?"
PIECE = [*BODY, WEAK, QUESTION]


def sentence(lines: list[str], text: str, settings: Settings | None = None):
    report = audit_sentences(lines, settings=settings)
    return next(s for s in report.sentences if s.text == text)


def test_without_a_label_the_weak_cues_stay_unsourced() -> None:
    for text in (WEAK, QUESTION):
        s = sentence(PIECE, text)
        assert s.label is Label.UNSOURCED
        assert not s.evidence_of(EvidenceKind.CONTEXT)


@pytest.mark.parametrize(
    "label",
    [
        "Analysis: Tollbridge sells its library in a hurry",
        "NEWS ANALYSIS: Tollbridge sells its library in a hurry",
        "Our view: The library deserved better",
        "Opinion | The library deserved better",
        "Guest column: what the village loses",
        "Letter to the editor: the library sale",
        "Book review: a history of Tollbridge",
    ],
)
def test_a_label_of_its_kind_in_the_first_lines_declares_an_opinion_piece(label: str) -> None:
    for text in (WEAK, QUESTION):
        s = sentence([label, *PIECE], text)
        assert s.label is Label.EDITORIAL, (label, text)
        (context,) = s.evidence_of(EvidenceKind.CONTEXT)
        assert context.rule == "context.opinion"
        assert "by its own account: " in context.message


def test_the_message_names_the_label() -> None:
    s = sentence(["Analysis: Tollbridge sells its library", *PIECE], WEAK)
    (context,) = s.evidence_of(EvidenceKind.CONTEXT)
    assert context.message.endswith("(an opinion piece by its own account: Analysis:)")


def test_a_critics_score_on_the_second_line_declares_a_review() -> None:
    lines = ["The Lantern, Tollbridge", "Rating: 3/5", *PIECE]
    assert sentence(lines, WEAK).label is Label.EDITORIAL
    stars = ["The Lantern, Tollbridge", "Verdict: ★★★", *PIECE]
    assert sentence(stars, WEAK).label is Label.EDITORIAL


@pytest.mark.parametrize(
    "lines",
    [
        # a review that is an inquiry's, not a critic's: only genres of criticism are labels
        ["Safety review: Tollbridge library closed", *PIECE],
        ["Budget review | parish spending", *PIECE],
        # a score label without a score
        ["The Lantern, Tollbridge", "Rating: pending", *PIECE],
        # a label past the first three lines
        [*BODY[:3], "Analysis: what comes next", *BODY[3:], WEAK, QUESTION],
        # a colon after a name is a headline's speaker, not a kind
        ["Councillor Reed: the sale was lawful", *PIECE],
    ],
)
def test_other_colons_declare_nothing(lines: list[str]) -> None:
    assert sentence(lines, WEAK).label is Label.UNSOURCED


@pytest.mark.parametrize(
    "signoff",
    [
        "Maya Okafor is a columnist for the Tollbridge Echo.",
        "Tom Reed is a contributing writer at the Echo and lives in the village.",
        "The views expressed here are the author’s own.",
        "Her opinions are her own.",
    ],
)
def test_a_columnists_signoff_in_the_last_lines_declares_an_opinion_piece(signoff: str) -> None:
    assert sentence([*PIECE, signoff], WEAK).label is Label.EDITORIAL


def test_a_signoff_early_in_the_piece_declares_nothing() -> None:
    lines = ["Maya Okafor is a columnist for the Tollbridge Echo.", *PIECE]
    assert sentence(lines, WEAK).label is Label.UNSOURCED


def test_the_piece_calling_itself_a_column_declares_it() -> None:
    lines = [*BODY[:4], "The developer did not reply to this column.", *BODY[4:], WEAK, QUESTION]
    assert sentence(lines, WEAK).label is Label.EDITORIAL


def test_a_column_named_inside_a_quotation_declares_nothing() -> None:
    quoted = '"I read about the sale in this column," said Ann Price, a resident.'
    lines = [*BODY[:4], quoted, *BODY[4:], WEAK, QUESTION]
    assert sentence(lines, WEAK).label is Label.UNSOURCED


def test_a_neutral_sentence_in_a_declared_piece_stays_unsourced() -> None:
    lines = ["Analysis: Tollbridge sells its library", *PIECE]
    assert sentence(lines, BODY[2]).label is Label.UNSOURCED


def test_the_declared_share_can_be_switched_off() -> None:
    off = replace(Settings(), opinion=replace(Settings().opinion, declared=None))
    lines = ["Analysis: Tollbridge sells its library", *PIECE]
    assert sentence(lines, WEAK, off).label is Label.UNSOURCED


def test_the_labels_and_signoffs_come_from_the_scoring_data() -> None:
    opinion = Settings().opinion
    assert opinion.declared == 0.0
    assert {"opinion", "editorial", "news analysis", "review", "film review"} <= opinion.labels
    assert "rating" in opinion.scores and "rating" not in opinion.labels
    assert opinion.signoffs and opinion.mentions
