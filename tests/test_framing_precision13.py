"""Issue 21, EDITORIAL precision, thirteenth sample (frame-precision13, docs/tuning.md).

A modal inside an indirect question ('unclear as to who would win'), in what a party
knew, hoped or expected ('had hoped the timetable would win back commuters'), and
'would like' (a wish) are not the writer's guess; nor is a 'should' or 'need to' that is
the verb of an 'if' clause. Neutral senses: an insurance premium, a holy city, enemy
attacks in a game, who is 'at greatest risk', a vaccine found 'safe and effective', a hate
crime as a charge, 'very own'. Words quoted as words after 'ban' or 'replacing them
with' are mentioned, not scare-quoted; 'let's talk about' and a broadcast's 'we speak
with' guide the reader; a comparison inside a debated question is not the writer's
praise. Each case has a twin the rules must still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label


@pytest.mark.parametrize(
    "text",
    [
        "Island polls left it unclear as to which party would take the harbour seat.",
        "The captain has wavered over whether he would back the new timetable.",
        "Few islanders knew at the time that the ferry would close within a year.",
        "She had hoped the new timetable would win back commuters.",
        "The plan rests on the idea that fares would fall once the pier opens.",
    ],
)
def test_modal_in_a_question_or_a_partys_expectation_is_not_speculation(text: str) -> None:
    s = one(text)
    assert "speculation.modal" not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "Whether or not the mayor wins, the fare rise would hurt islanders.",
        "The new timetable would win back commuters.",
    ],
)
def test_modal_in_the_writers_main_clause_keeps_its_cue(text: str) -> None:
    assert "speculation.modal" in fired(one(text))


def test_would_like_is_a_wish_not_a_guess() -> None:
    s = one("The harbour board would very much like to sell the old pier.")
    assert "sense.would-like" in neutral_senses(s)
    assert not fired(s) & {"speculation.modal", "intensifier.booster"}
    assert s.label is Label.UNSOURCED
    twin = one("The harbour board would sell the old pier in a storm.")
    assert "speculation.modal" in fired(twin)


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        ("Drivers are told if the ferry needs to be boarded from the stern.", False),
        ("The pier would cost more if the price of steel should keep rising.", False),
        ("If anybody should resign over the ferry, it is the harbour master.", True),
        ("If we want the ferry back, the council must act now.", True),
    ],
)
def test_deontic_verb_of_an_if_clause_is_a_condition(text: str, writer: bool) -> None:
    assert ("action.deontic" in fired(one(text))) is writer


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Insurers set premium rates for the island's ferries in May.", "evaluative.promotional"),
        ("Older islanders were at greatest risk during the storm.", "evaluative.mild"),
        ("The harbour master was charged with hate crimes on Friday.", "evaluative.emotive-noun"),
        ("She turned the old boathouse into her very own museum.", "intensifier.booster"),
    ],
)
def test_neutral_senses_of_price_risk_and_law(text: str, cue: str) -> None:
    s = one(text)
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert cue not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ferry company sells a premium cabin with a sea view.", "evaluative.promotional"),
        ("The pier was a holy mess by the end of the winter.", "evaluative.strong"),
    ],
)
def test_the_charged_sense_keeps_its_cue(text: str, cue: str) -> None:
    assert cue in fired(one(text))


def test_words_mentioned_after_ban_and_replacing_are_not_scare_quotes() -> None:
    s = one(
        'The council voted to ban "ferry scum" and "pier rats" from its minutes, '
        'replacing them with "visitors."'
    )
    assert "quotes.scare" not in fired(s)
    assert "quotes.scare" in fired(one('The council\'s "reform" of the ferry raised fares.'))


@pytest.mark.parametrize(
    "text",
    ["Let's talk about the ferry budget.", "We speak with Ana Ruiz, who runs the harbour café."],
)
def test_signposts_are_not_the_writers_view(text: str) -> None:
    s = one(text)
    assert "sense.signpost-we" in neutral_senses(s)
    assert s.label is Label.UNSOURCED


def test_comparison_inside_a_debated_question_is_not_praise() -> None:
    s = one(
        "The race became a quarrel over which candidate would be the better champion of the island."
    )
    assert "sense.comparison-in-question" in neutral_senses(s)
    assert "evaluative.mild" not in fired(s)
    assert "evaluative.mild" in fired(one("Ana Ruiz is the best champion the island has."))


def test_plague_caught_or_spread_is_the_disease() -> None:
    s = one("Two shepherds contracted the plague after eating a marmot.")
    assert "sense.disease-plague" in neutral_senses(s)
    assert "evaluative.emotive-noun" not in fired(s)
    metaphor = one("The harbour suffers a plague of potholes.")
    assert "sense.disease-plague" not in neutral_senses(metaphor)


def test_an_event_ranked_in_a_countrys_history_is_a_record() -> None:
    s = one("Mourners gathered after the worst mass shooting in the island's history.")
    assert "sense.record-event-in-history" in neutral_senses(s)
    assert "evaluative.mild" not in fired(s)
    verdict = one("She was the worst harbour master in the island's history.")
    assert "evaluative.mild" in fired(verdict)
