"""Issue 21, EDITORIAL precision on news text (frame-precision20, docs/tuning.md).

Words that read as the writer's judgement in one construction and name a fact of the
news in another: a legislature's contempt vote, a record ranked over a stated span or
within a place's history, a party's firm position ("a staunch ally"), a person's own
pride, the offence named by a charge, a fine as a penalty, a measured depth, a military
offensive in a headline, refuse, a vehicle's impact, a lasting shortage, a toll counted,
a siege, a military government. Each sentence is invented; each neutral one has a twin
that must stay EDITORIAL FRAMING.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.api import audit_sentences, audit_text
from auditor.models import Label


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        (
            "The harbour committee voted to hold the former port director in contempt.",
            "sense.contempt-proceeding",
        ),
        ("A judge found the ferry operator in contempt on Tuesday.", "sense.contempt-proceeding"),
        (
            "The contempt resolution goes to the full council next week.",
            "sense.neutral-collocation",
        ),
        ("The harbour index had its worst day since March 2020.", "sense.record-rank"),
        ("It was the ferry line's worst delay since a strike in 2019.", "sense.record-rank"),
        (
            "Dockers signed the best pay deal for deckhands in over thirty years.",
            "sense.record-rank",
        ),
        (
            "The ferry sank in 1987, in one of the country's worst maritime disasters.",
            "sense.place-record-event",
        ),
        (
            "The harbour master, a staunch ally of the mayor, opened the pier.",
            "sense.staunch-position",
        ),
        ("Both grew up in staunchly anti-tax fishing families.", "sense.staunch-position"),
        (
            "The retired skipper was especially proud of the lifeboat he built.",
            "sense.proud-of-own",
        ),
        (
            "The former port chief is serving six years on charges including corruption.",
            "sense.offence-named",
        ),
        (
            "The skipper was convicted on a misdemeanour charge of mishandling the logs.",
            "sense.offence-named",
        ),
        ("It was the largest fine ever imposed on a ferry line.", "sense.fine-penalty"),
        ("The port authority will fine the shipping line 40,000 euros.", "sense.fine-penalty"),
        ("The channel is dredged to 12 metres deep.", "sense.measured-depth"),
        ("Some protesters set fire to trash bins near the quay.", "sense.neutral-collocation"),
        ("A delivery van slammed into a bus shelter on Monday.", "sense.neutral-collocation"),
        (
            "A chronic shortage of berths has pushed up mooring fees.",
            "sense.neutral-collocation",
        ),
        ("On Friday the toll from the disaster climbed to 31.", "sense.neutral-collocation"),
        ("The pier project has been hit by cost overruns.", "sense.neutral-collocation"),
    ],
)
def test_a_neutral_sense_counts_nothing(text: str, sense: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert s.framing_score < 1.0
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The mayor holds the island's voters in contempt.", "evaluative.emotive-noun"),
        ("She spoke of the council with open contempt.", "evaluative.emotive-noun"),
        ("It was the worst decision the harbour board ever made.", "evaluative.mild"),
        ("The mayor's worst attacks on the council came in May.", "evaluative.mild"),
        ("The council's staunch refusal to listen doomed the pier.", "evaluative.strong"),
        ("The island has a proud fishing tradition.", "evaluative.mild"),
        (
            "The ferry company is proud to be the first on the island to sail on batteries.",
            "evaluative.mild",
        ),
        ("He was charged with theft after a brutal attack on the quay.", "evaluative.strong"),
        ("They were convicted of brutally beating a fisherman.", "evaluative.strong"),
        ("It was a fine idea from the harbour board.", "evaluative.mild"),
        ("The harbour plan is trash.", "evaluative.emotive-noun"),
        ("A highly vocal figure, he mastered fear mongering.", "evaluative.emotive-noun"),
        ("The film purports to show the harbour's true history.", "doubt.distancing"),
    ],
)
def test_the_writers_sense_still_frames(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


def test_a_military_offensive_in_a_headline_is_no_judgement() -> None:
    report = audit_text(
        "Militia takes port town in southern offensive\n\n"
        "Militia fighters took the port town on Thursday.\n"
    )
    headline = report.sentences[0]
    assert "sense.military-offensive" in neutral_senses(headline)
    assert headline.label is Label.UNSOURCED


def test_a_siege_and_a_junta_weigh_little() -> None:
    siege, junta = audit_sentences(
        [
            "Aid trucks reached the besieged town on Sunday.",
            "The military junta closed the border on Tuesday.",
        ]
    ).sentences
    assert "evaluative.emotive-noun" not in fired(siege)
    assert siege.label is Label.UNSOURCED
    assert fired(junta) == {"labels.political"}
    assert junta.label is Label.UNSOURCED


def test_a_wire_report_stays_unsourced() -> None:
    """Sentences of a wire report that read as the writer's before: none is EDITORIAL."""
    report = audit_text(
        "Harbour panel votes to hold ferry chief in contempt\n\n"
        "The island council's harbour committee voted 7-4 on Wednesday to hold the ferry "
        "line's chief executive in contempt after he refused to testify.\n\n"
        "The contempt resolution now goes to the full council. The chief executive, a "
        "staunch ally of the former mayor, has said he will appeal.\n\n"
        "The ferry line's shares had their worst day since June 2021.\n"
    )
    assert [s.label for s in report.sentences if s.label is Label.EDITORIAL] == []
