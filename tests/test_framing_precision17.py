"""Issue 21, EDITORIAL precision, seventeenth sample (frame-precision17, docs/tuning.md).

A quoted word that the sentence glosses or mentions ("swollen glands, or 'knots'", "Gaelic for
'...'", "the slogan of '...'") is not a scare quote; a symptom, 'vital infrastructure', the
literal 'as a matter of fact', 'broken' with its particle and a comparative of a measured
attribute ('better educated') are neutral senses; 'ever' after a negative or a superlative is
not a second absolute; 'will only be open on weekends' states a condition of use, not a
forecast. Each case has a twin the rules must still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label


@pytest.mark.parametrize(
    "text",
    [
        'The first sign of the fever is swollen glands, or "knots."',
        'The islanders\' name for the rock is Gaelic for "the grey one."',
        'The slogan of "save the pier" spread across the island.',
        'The harbour\'s old name is Norse for "cruel bay."',
        'The slogan of "brutal honesty" spread across the island.',
    ],
)
def test_a_glossed_or_mentioned_word_is_not_a_scare_quote(text: str) -> None:
    s = one(text)
    assert not {"quotes.scare", "quotes.scare-loaded"} & fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ('The army "liberated" the village on Tuesday.', "quotes.scare"),
        ('The council called off its "brilliant" plan for the pier.', "quotes.scare-loaded"),
        ('The pier "upgrade" took three years and cost twice the estimate.', "quotes.scare"),
    ],
)
def test_a_scare_quote_without_a_gloss_still_fires(text: str, rule: str) -> None:
    assert rule in fired(one(text))


@pytest.mark.parametrize(
    "text",
    [
        "Patients develop painful swollen joints within a week.",
        "Whole villages and vital infrastructure were washed away by the flood.",
        "Whether the levy pays cannot be determined as a matter of fact.",
        "A piece of the pier has broken off and will be towed to port.",
        "By then the family had broken into the island's shipping trade.",
        "The children of the island's dockers are better educated than their parents.",
        "The harbour film was among the season's best-rated new shows.",
    ],
)
def test_neutral_senses_of_this_sample(text: str) -> None:
    s = one(text)
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The pier plan is a painful failure.",
        "As a matter of fact, the levy is a disgrace.",
        "The ferry system is broken.",
        "The new ferry is far better than the old one.",
    ],
)
def test_the_evaluative_twins_keep_their_cue(text: str) -> None:
    assert one(text).label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Nothing was ever published about the ferry accounts.",
        "No harbour ferry has ever sunk in a winter gale.",
        "She is the oldest mayor ever elected on the island.",
    ],
)
def test_ever_after_a_negative_or_superlative_is_not_a_second_absolute(text: str) -> None:
    s = one(text)
    assert "sense.ever-licensed" in neutral_senses(s)
    assert s.label is Label.UNSOURCED


def test_ever_alone_and_a_real_sweep_still_count() -> None:
    assert "evaluative.absolute" in fired(one("Do islanders ever read these reports?"))
    assert one("Nothing ever works on this shameful island.").label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The new pier will only be open on weekends.",
        "Many parts of the island will only be accessible after the ferry upgrade.",
    ],
)
def test_a_condition_of_use_is_not_a_forecast(text: str) -> None:
    s = one(text)
    assert "sense.will-only-condition" in neutral_senses(s)
    assert s.label is Label.UNSOURCED


def test_a_forecast_with_will_only_keeps_its_cue() -> None:
    s = one("Her win will only deepen the rift on the council.")
    assert "speculation.will-adverb" in fired(s)
    assert s.label is Label.EDITORIAL
