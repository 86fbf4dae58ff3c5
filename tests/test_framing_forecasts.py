"""The writer's forecasts and dialogic openers (issue 21): conditional forecasts, the effect of
an action not yet taken, and a sentence that answers the reader with "Yes," or "No,"."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.api import audit_sentences
from auditor.models import Label

COND, ACTION, ANSWER = (
    "speculation.conditional",
    "speculation.hypothetical-action",
    "stance.answer-opener",
)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("If the toll bridge opens in spring, the old ferry will lose half its riders.", COND),
        ("Even if the rain stops by Friday, the harvest would still come in a month late.", COND),
        ("And if the quarry closes, the valley could lose its last large employer.", COND),
        ("Relocating the market to the riverside would double the rent for every stall.", ACTION),
        ("Cutting the night bus could strand hundreds of shift workers in Dunmore.", ACTION),
        ("Yes, the valley council got its way in the end.", ANSWER),
        ("No, the quarry was never going to reopen.", ANSWER),
    ],
)
def test_a_forecast_or_an_answer_to_the_reader_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # a rule's requirement or entitlement, not a forecast
        "If the permit lapses, the owner would have to apply again.",
        "If a train is cancelled, passengers will receive a voucher.",
        # elliptical condition: a step of an argument about the sentence before
        "If so, the figures would show it.",
        # the condition is someone else's
        "The treasurer said that if the quarry closes, the valley would lose its employer.",
        '"If the quarry closes, we will all leave," said Mara Voss.',
        # the -ing phrase is not the subject, or is a noun
        "Facing a long winter, the stall holders would stock up in October.",
        "Funding for the night bus will come from the county.",
        "Rounding out the panel will be two engineers from Dunmore.",
        "Moving the market to the riverside doubled the rent.",
        # a speaker answering, or not an opener
        '"Yes, the council got its way," the clerk said.',
        "No one in Dunmore voted for the toll.",
        "No. 4 on the ballot was the bridge bond.",
        "Yes, sir, the bridge is open.",
    ],
)
def test_a_rule_a_reported_view_or_a_plain_fact_is_not_a_forecast(text: str) -> None:
    s = one(text)
    assert not fired(s) & {COND, ACTION, ANSWER}


def test_a_conditional_that_ends_a_quotation_is_the_speakers() -> None:
    """A sentence that closes a quotation opened in the sentence before is the speaker's voice."""
    report = audit_sentences(
        [
            "Mara Voss, who runs the bakery, put it plainly: “The valley needs the quarry.",
            "If the quarry closes, the valley will empty.”",
        ]
    )
    assert COND not in fired(report.sentences[1])
