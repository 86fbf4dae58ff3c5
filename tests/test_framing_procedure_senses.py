"""Issue 21, EDITORIAL precision on news pages (frame-precision10, docs/tuning.md).

A reviewer's test procedure, newsletter furniture, how-to requirements, signposts, the
human body in general, market and story collocations, and a quoted word after a verb
that names or promises: none is the writer's framing. Each case has a twin the rules
must still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("In our testing, the kettle boiled a litre in 94 seconds.", "sense.test-procedure-we"),
        ("We ran the same battery benchmark on both tablets.", "sense.test-procedure-we"),
        ("Next, we performed a file-copy test on the drive.", "sense.test-procedure-we"),
        ("We saw a read speed of 2,400 megabytes per second.", "sense.test-procedure-we"),
        ("Once more we turned to our usual lantern benchmark.", "sense.test-procedure-we"),
        ("That figure is for our base model, not the dearer one.", "sense.test-procedure-we"),
        ("Good afternoon!", "sense.greeting-line"),
        ("Seven things in farming you need to know this week", "sense.need-to-know"),
        ("WHAT YOU NEED TO MAKE QUINCE JELLY", "sense.need-to-know"),
        ("Above 900 metres you will need to boil the jars longer.", "sense.you-will-need-to"),
        ("When the meter empties, you'll need to step back.", "sense.you-will-need-to"),
        ("Be sure to check the island's ferry timetable.", "sense.be-sure-to"),
        ("Which brings us to the question of the harbour wall.", "sense.signpost-we"),
        ("The toxin slips past our immune system within hours.", "sense.generic-body-we"),
        ("Brent crude slipped 40 cents to $61 a barrel.", "sense.neutral-collocation"),
        ("Wholesale electricity prices doubled over the winter.", "sense.neutral-collocation"),
        ("A premium tier with no adverts follows in March.", "sense.neutral-collocation"),
        ("The sequel leaves one plot thread hanging.", "sense.neutral-collocation"),
        ("The patrol came under enemy fire near the ridge.", "sense.neutral-collocation"),
    ],
)
def test_procedures_furniture_and_neutral_senses_are_not_framing(text: str, sense: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "We should have seen this coming.",
        "We saw a mayor who lied to every islander.",
        "In our use, the lid feels flimsy and cheap.",
        "Our leaders failed the test of the flood.",
        "It was a good morning for the ferry line and a shameful one for the mayor!",
        "You need to stop defending this disgraceful council.",
        "The fare rise is sure to anger islanders.",
        "The harbour is vanishing before our eyes.",
        "What you need to do is vote the council out.",
    ],
)
def test_the_writers_own_voice_keeps_its_cues(text: str) -> None:
    assert one(text).label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        'The harbour master called the new ferry "a floating disgrace" on Monday.',
        'The mayor pledged islanders "honest and fearless" leadership.',
        'Critics attacked what the governor had dubbed a "historic triumph" for the port.',
    ],
)
def test_a_quoted_word_after_naming_or_promising_is_the_subjects(text: str) -> None:
    s = one(text)
    assert not {r for r in fired(s) if r.startswith("quotes.scare")}


def test_a_scare_quote_without_a_naming_verb_still_frames() -> None:
    s = one('The council called off its "brilliant" plan for the pier.')
    assert "quotes.scare-loaded" in fired(s)
    assert s.label is Label.EDITORIAL
