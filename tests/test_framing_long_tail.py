"""The long tail of evaluative words (issue 21): understatement and colloquial degree,
nicknames a camp's opponents coin, verdicts of unfitness for a role, and metaphors of
filth and decay, each a class of the writer's grading; their plain senses stay quiet."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label

UNDERSTATEMENT = "intensifier.understatement"


@pytest.mark.parametrize(
    "text",
    [
        "The launch of the new ferry was anything but smooth.",
        "The harbour board is nothing if not stubborn.",
        "The landlord has been less than forthcoming about the repairs.",
        "The new parking rules are not exactly popular in the village.",
        "The turnout at the quarry meeting was pretty thin.",
        "Whether the mill reopens this spring is far from clear.",
    ],
)
def test_understatement_grades_in_the_writers_voice(text: str) -> None:
    s = one(text)
    assert UNDERSTATEMENT in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The mill employs less than half the staff it had in 1990.",
        "Rents in the valley rose less than forecast last year.",
        "The two bus routes are not exactly the same.",
        "The clerk was not sure when the mill would reopen.",
        "It is not exactly clear who owns the quarry.",
        "The painter sold a pretty watercolour of the harbour.",
        '"The launch was anything but smooth," the harbour master said.',
    ],
)
def test_amounts_sameness_and_quotations_are_not_understatement(text: str) -> None:
    assert UNDERSTATEMENT not in fired(one(text))


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The forced-birthers packed the county hall again.", "labels.insult"),
        ("A handful of anti-vaxxers picketed the clinic.", "labels.insult"),
        ("The scribblers at the county paper missed the story.", "labels.insult"),
        ("The water board was ill-equipped for a dry summer.", "evaluative.strong"),
        ("The new harbour master is unqualified for the post.", "evaluative.strong"),
        ("The valley council was unprepared for the floods.", "evaluative.strong"),
        ("The quarry's owners keep peddling the same rancid arguments.", "evaluative.strong"),
        ("The fetid politics of the county hall drove her out.", "evaluative.strong"),
        ("Ticket sales for the regatta were anaemic this year.", "evaluative.strong"),
        ("The council met the plan with tepid applause.", "evaluative.strong"),
        ("The old ferry terminal is a nondescript shed.", "evaluative.strong"),
    ],
)
def test_class_members_judge_in_the_writers_voice(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The bakery threw out a tub of rancid butter.",
        "The children waded through fetid water to reach the school.",
        "Pickers swept up the stinking garbage after the fair.",
        "The swimmers rinsed off in tepid water.",
        "The clinic treats anaemic patients from three villages.",
    ],
)
def test_literal_filth_is_a_neutral_sense(text: str) -> None:
    s = one(text)
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert s.label is Label.UNSOURCED


def test_a_licensing_term_is_not_a_verdict() -> None:
    s = one("The school hired two unqualified teachers in May.")
    assert "evaluative.strong" not in fired(s)
    assert s.label is Label.UNSOURCED


def test_a_graded_charge_of_prejudice_is_the_writers_verdict() -> None:
    s = one("The ferry company's new adverts are openly xenophobic.")
    assert "evaluative.graded-prejudice" in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Police are investigating a racist attack on a bakery in the high street.",
        "Opponents branded the adverts openly xenophobic.",
    ],
)
def test_a_category_of_crime_or_a_reported_charge_is_not_graded(text: str) -> None:
    assert "evaluative.graded-prejudice" not in fired(one(text))
