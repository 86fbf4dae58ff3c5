"""Issue 21, EDITORIAL recall, thirteenth sample (frame-recall13, pack/framing/verdicts.toml).

A plain word of verdict on an act or a claim ('is prudent', 'was a mistake', 'makes
sense'), what an event amounts to ('effectively ended'), and a guess at a consequence
('could help ease', 'a potentially crippling rise') are the writer's voice with no
loaded word: EDITORIAL FRAMING alone. The same words given to a party stay SOURCED, and
their neutral uses ('make sense of', 'can help', 'used it effectively', 'potentially
harmful chemicals', 'correct as of May') stay UNSOURCED.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

_MINE = {
    "stance.verdict-predicate",
    "stance.makes-sense",
    "speculation.could-help",
    "stance.in-effect",
    "speculation.potentially-graded",
    "speculation.will-cause",
}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Closing the night ferry in winter was prudent.", "stance.verdict-predicate"),
        ("Here the lighthouse trust is simply correct.", "stance.verdict-predicate"),
        ("Rebuilding the pier in timber was a costly mistake.", "stance.verdict-predicate"),
        ("A ferry that stops at both villages makes sense.", "stance.makes-sense"),
        ("The toll makes little sense for a bridge this short.", "stance.makes-sense"),
        ("A second ticket office could help shorten the queues.", "speculation.could-help"),
        ("The walkout effectively ended the harbour plan.", "stance.in-effect"),
        ("The new berth fees will lead to emptier moorings.", "speculation.will-cause"),
        ("The warden is effectively powerless over the quarry.", "stance.in-effect"),
        (
            "The lease runs out before a potentially ruinous rise in rents.",
            "speculation.potentially-graded",
        ),
        (
            "The crew quit in June, potentially dooming the summer timetable.",
            "speculation.potentially-graded",
        ),
    ],
)
def test_the_writers_verdicts_and_guesses_are_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The lighthouse trust said closing the night ferry was prudent.",
        "Ana Ruiz told the council that rebuilding the pier made little sense.",
        "The harbour master said a second office could help shorten the queues.",
        "The skippers warned that the berth fees will lead to emptier moorings.",
    ],
)
def test_a_verdict_given_to_a_party_stays_sourced(text: str) -> None:
    s = one(text)
    assert s.label is Label.SOURCED


@pytest.mark.parametrize(
    "text",
    [
        "Divers are still trying to make sense of the wreck.",
        "Islanders can help count the seabirds on Sunday.",
        "The skipper handled the storm effectively and calmly.",
        "The two routes take effectively the same time.",
        "Inspectors found potentially harmful chemicals in the harbour mud.",
        "The passenger figures in the table are correct as of March.",
        "Residents believe the closure was prudent.",
        "If the fees rise again, they will lead to emptier moorings.",
    ],
)
def test_neutral_uses_are_not_these_cues(text: str) -> None:
    s = one(text)
    assert not fired(s) & _MINE
