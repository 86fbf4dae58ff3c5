"""Issue 21, EDITORIAL precision, eighteenth sample (frame-precision18, docs/tuning.md).

A modal that is not the writer's guess or call: a duty inside an open question ("vote on
whether the pier should be sold"), the modal of a habit ("as they usually would"), a bound set
by a law, a contract or a design ("could face up to five years", "can carry up to 400"), and
the concessive "whatever it may be", the duty in a rule's content ("the requirement that every
ferry must carry a doctor"); a flood named by its kind ("flash floods") and "gang
violence" as a category of crime. Each case has a twin the rules must still read as the
writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Islanders vote on Sunday on whether the old pier should be sold.", "sense.whether-modal"),
        (
            "The court will rule on whether the council must repay the harbour levy.",
            "sense.whether-modal",
        ),
        (
            "Crews did not inspect the ferry, as they typically would before a long crossing.",
            "sense.habitual-would",
        ),
        ("The pier stayed open later than it usually would in winter.", "sense.habitual-would"),
        (
            "If convicted, the skipper could face up to six years in jail.",
            "sense.modal-up-to-amount",
        ),
        (
            "The sale of the pier could eventually raise up to $2bn if the option is used.",
            "sense.modal-up-to-amount",
        ),
        ("The new ferry can carry up to 400 passengers.", "sense.modal-up-to-amount"),
        ("Every islander keeps a charm, whatever it may be, in the boat.", "sense.whatever-may-be"),
        (
            "Each offer, however small it may be, goes to the harbour board.",
            "sense.whatever-may-be",
        ),
        (
            "The board dropped the requirement that every ferry must carry a doctor.",
            "sense.rule-content-must",
        ),
        (
            "A new rule that skippers have to log each crossing took effect in May.",
            "sense.rule-content-must",
        ),
    ],
)
def test_a_modal_that_is_not_the_writers_is_not_framing(text: str, sense: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert s.framing_score == 0
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The council should keep the ferry running, whether or not the pier is sold.",
            "action.deontic",
        ),
        ("The council should decide whether to sell the pier.", "action.deontic"),
        ("The pier would fall into the sea, as one would expect.", "speculation.modal"),
        ("Every ferry must carry a doctor.", "action.deontic"),
        ("The ferry line will surely collapse within a year.", "speculation.will-adverb"),
        ("It may be a sign that the port is in decline.", "speculation.hedge"),
        ("Perhaps the ferry will never sail again.", "speculation.hedge"),
    ],
)
def test_the_writers_own_modal_still_counts(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


def test_flash_floods_and_gang_violence_are_neutral_terms() -> None:
    s = one("Flash floods cut the coast road, and gang violence rose in the port.")
    assert s.framing_score == 0
    assert s.label is Label.UNSOURCED


def test_a_figurative_flood_still_counts() -> None:
    s = one("A flood of cheap imports is drowning the island's brave little workshops.")
    assert s.label is Label.EDITORIAL
