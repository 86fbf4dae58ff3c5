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
