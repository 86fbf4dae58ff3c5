"""Framing words in a source's voice that a plain reporting verb does not mark (issues 20, 21):
an experiencer ("To Ruiz, ..."), coordinated owners of a view ("in Ruiz's and Hale's view"),
a reasoning that "goes", a belief whose clause opens with a name, "seemed to imply",
a second -ing verb after "and" in a progressive.
Label, source and strength. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import one, sourced_test

from auditor.api import audit_text
from auditor.models import Label, Strength

SOURCED = [
    ("To Ruiz, the levy seemed a reckless grab.", "Ruiz", Strength.NAMED),
    (
        "To Tide College historian Ana Ruiz, the old pier looked like a ruin.",
        "Tide College historian Ana Ruiz",
        Strength.NAMED,
    ),
    ("To the mayor, the plan seemed a reckless gamble.", "the mayor", Strength.NAMED),
    (
        "In Ruiz's and Hale's view, the levy is a disastrous mistake.",
        "Ruiz's and Hale's",
        Strength.NAMED,
    ),
    (
        "That matters, and in Ms. Ruiz's and Mr. Hale's view -- like the board's -- it shows "
        "the pier is doomed.",
        "Ms. Ruiz's and Mr. Hale's",
        Strength.NAMED,
    ),
    (
        "Employers will cut back on generous plans, the reasoning goes.",
        "the reasoning",
        Strength.ANONYMOUS,
    ),
    (
        "As the theory goes, workers use far more care when insurance pays.",
        "the theory",
        Strength.ANONYMOUS,
    ),
]

BELIEF = [
    (
        "Port sources believe Ana Ruiz has joined a reckless alliance.",
        "Port sources",
        Strength.ANONYMOUS,
    ),
    (
        "The union thinks Mr. Hale would sell the pier to a shameless speculator.",
        "The union",
        Strength.NAMED,
    ),
    ("Ruiz seemed to imply that the levy was a reckless grab.", "Ruiz", Strength.NAMED),
    # an -ing verb after "and" continues a progressive: its subject, not the sentence's
    (
        "Mr. Hale has been touring the port and boldly claiming that the seat is a reckless grab.",
        "Mr. Hale",
        Strength.NAMED,
    ),
    (
        'Dock workers are crying "fraud" over the vote and threatening to strike recklessly.',
        "Dock workers",
        Strength.ANONYMOUS,
    ),
    (
        "The mayor is touring the port and the crowd is cheering and shouting that the levy is a "
        "reckless grab.",
        "the crowd",
        Strength.ANONYMOUS,  # a gathering of unnamed people (attr-strength9)
    ),
]

EDITORIAL = [
    "To me, the levy is a disgrace.",
    "To win the vote, the mayor must carry the port.",
    "To be sure, the levy is a disaster.",
    "To the contrary, the levy is a disaster.",
    "To the untrained eye, the levy is a disaster.",
    "But to Democrats, the levy was a disaster.",
    "Sooner or later, the argument goes, the pier will collapse disastrously.",
    "It is wrong to imply that the pier is a disastrous ruin.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED + BELIEF)


@pytest.mark.parametrize("text", EDITORIAL)
def test_the_writers_own_words_stay_editorial(text: str) -> None:
    assert one(text).label is Label.EDITORIAL, text


def test_a_pronoun_experiencer_takes_its_antecedent() -> None:
    report = audit_text("Ana Ruiz runs the ferry. To her, the levy is a disaster.")
    second = report.sentences[1]
    assert second.label is Label.SOURCED
    assert second.attribution is not None
    assert second.attribution.source.strength is Strength.NAMED


def test_a_generic_believer_reports_nobody() -> None:
    sentence = one("Those who believe Ruiz is finished are deluding themselves.")
    assert sentence.label is not Label.SOURCED
