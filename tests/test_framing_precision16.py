"""Issue 21, EDITORIAL precision, sixteenth sample (frame-precision16, docs/tuning.md).

'Wild' of an animal, 'in the wild' and a 'wild card' are neutral senses; a noun at the head
of a sentence that is also an imperative verb ('Demand for wool', 'Stop-and-search') is the
noun; 'are more likely to' states a group's rate, which weighs half the threshold (the
writer's argument only in an opinion piece). Each case has a twin the rules must still read
as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.api import audit_sentences
from auditor.models import Label


@pytest.mark.parametrize(
    "text",
    [
        "A shepherd who caught a wild hare on the moor has fallen ill with a fever.",
        "Only forty of the birds are left in the wild.",
        "The third-party candidate is the wild card in the harbour race.",
    ],
)
def test_wild_in_its_neutral_sense_is_not_framing(text: str) -> None:
    s = one(text)
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert "evaluative.strong" not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board made wild claims about the ferry.",
        "The crowd at the pier went wild.",
    ],
)
def test_wild_as_a_judgement_keeps_its_cue(text: str) -> None:
    s = one(text)
    assert "evaluative.strong" in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Demand for island wool has roared back this year.",
        "Support for the ferry levy has faded since May.",
        "Stop-and-search patrols returned to the harbour.",
        "Vote-counting ended at noon on the island.",
        "Share of the catch is set by the harbour board.",
    ],
)
def test_a_noun_at_the_head_is_no_imperative(text: str) -> None:
    s = one(text)
    assert "action.imperative" not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "Demand a vote on the ferry levy.",
        "Stop blaming the ferry crews.",
        "Support the harbour fund before it closes.",
        "Vote for the harbour plan on Tuesday.",
    ],
)
def test_the_imperative_keeps_its_cue(text: str) -> None:
    s = one(text)
    assert "action.imperative" in fired(s)
    assert s.label is Label.EDITORIAL


def test_a_group_rate_in_a_report_is_not_a_forecast() -> None:
    s = one("Islanders who rent are more likely to move than those who own.")
    assert "speculation.likely" not in fired(s)
    assert "speculation.likely-rate" in fired(s)
    assert s.label is Label.UNSOURCED


def test_a_singular_forecast_keeps_its_cue() -> None:
    s = one("The new levy is more likely to sink the ferry than to save it.")
    assert "speculation.likely" in fired(s)
    assert s.label is Label.EDITORIAL


def test_a_group_rate_argues_in_an_opinion_piece() -> None:
    column = [
        "The harbour board has failed the island, plain and simple.",
        "Its ferry plan is a shameful waste of money.",
        "The fare rise is a cruel joke on the poor.",
        "Nobody sensible should trust its sums.",
        "The mayor's excuses are absurd.",
        "Its levy is a disgrace.",
        "Renters are more likely to leave the island.",
    ]
    s = audit_sentences(column).sentences[-1]
    assert "speculation.likely-rate" in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        (
            "Dockers marched against a harbour board they decry as corrupt and lazy.",
            "sense.party-casts-as",
        ),
        (
            "The crews resent a levy which they dismissed as a shameless grab.",
            "sense.party-casts-as",
        ),
        ("Islanders cheered what they saw as the shameful end of the levy.", "sense.party-regards"),
    ],
)
def test_a_characterisation_in_a_relative_clause_is_the_partys(text: str, sense: str) -> None:
    s = one(text)
    assert sense in {e.rule for e in s.evidence if e.rule.startswith("sense.")}
    assert s.label is not Label.EDITORIAL


def test_an_agentless_characterisation_is_not_the_partys() -> None:
    s = one("The levy was a plan derided as shameful and lazy.")
    assert "sense.party-casts-as" not in {e.rule for e in s.evidence}


def test_a_plain_judgement_keeps_its_cue() -> None:
    assert one("The harbour board is corrupt and lazy.").label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board offered the crews only empty promises.",
        "The mayor's pledge rang empty.",
        "By May the harbour board's promises were empty.",
    ],
)
def test_empty_words_are_a_verdict(text: str) -> None:
    s = one(text)
    assert "evaluative.empty-words" in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Shoppers on the island faced empty shelves for a week.",
        "Add the empty jars to the pot to warm them.",
        "The mayor spoke to a half empty hall on Friday.",
        "Seats on the upper deck of the ferry were empty.",
    ],
)
def test_empty_of_a_place_or_a_thing_is_not_framing(text: str) -> None:
    s = one(text)
    assert not fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The union has long been accusing the mayor and his friends of rampant waste.",
        "For years the union has been accusing the harbour board of corruption.",
    ],
)
def test_the_charge_of_an_accusation_is_the_accusers(text: str) -> None:
    s = one(text)
    assert "sense.accusation-content" in neutral_senses(s)
    assert s.label is not Label.EDITORIAL


def test_an_and_before_a_verb_ends_the_accused() -> None:
    s = one("The union was accusing nobody and spoke of the brutal regime on the docks.")
    assert "sense.accusation-content" not in neutral_senses(s)
    assert "evaluative.strong" in fired(s)
