"""Issue 21, EDITORIAL recall (frame-recall15, pack/framing/stance.toml and verdicts.toml).

An attitudinal disjunct inside the sentence or with a "for X" ('was fortunately
dropped', 'Luckily for the mayor, ...', ', thankfully,'), the writer's "easy to see
why", a verdict on a party's position as the sentence's opening ("The mayor's problem
is simple", "The rub is that") and a grading complement of "prove" or "turn out to be"
("proved costly", "turned out to be a flop") are the writer's voice with no
loaded word: EDITORIAL FRAMING alone. A manner adverb, a literal "easy to see", a view
someone is said to hold, a reported or fixed problem, the verb of evidence ("proved
that"), a checkable complement ("proved popular") and the same words in a quotation
stay as they were.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

_MEDIAL = "stance.comment-disjunct-medial"
_EASY = "stance.easy-to-see"
_PROBLEM = "stance.party-problem"
_META = "stance.meta-verdict"
_PROVED = "evaluative.proved-verdict"
_MINE = {_MEDIAL, _EASY, _PROBLEM, _PROVED}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The plan to close the night bus was fortunately shelved in May.", _MEDIAL),
        ("Fortunately for the harbour board, the storm missed the new quay.", _MEDIAL),
        ("Luckily for the bakers, the market reopened on Saturday.", _MEDIAL),
        ("The old crane will not lift the hull, but, thankfully, the new one can.", _MEDIAL),
        ("The lighthouse keeper, mercifully, kept a spare lamp.", _MEDIAL),
        ("The mural, alas, was painted over in the spring.", _MEDIAL),
        ("It is easy to see why the fishermen distrust the new quota.", _EASY),
        ("It's not hard to imagine the café closing before winter.", _EASY),
        ("With fares this high, it is easy to understand why the ferry runs half empty.", _EASY),
        ("The council's problem is simple.", _PROBLEM),
        ("His main problem is that the ferry crews no longer trust him.", _PROBLEM),
        ("The rub is that every spring tide floods the new quay.", _META),
        ("Moving the fish market to the car park proved costly.", _PROVED),
        ("The second ferry turned out to be a flop.", _PROVED),
        ("The volunteers proved adept at patching the sea wall.", _PROVED),
        ("The night market proved a lucrative venture for the stallholders.", _PROVED),
        ("The harbour board is proving unable to clear the backlog of repairs.", _PROVED),
    ],
)
def test_disjuncts_plain_judgements_and_diagnoses_are_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # an opening 'Fortunately,' belongs to stance.comment-disjunct, not to the medial rule
        "Fortunately, the ferry was repaired before the storm.",
        # manner, literal, a view someone holds, a reported or described problem
        "She smiled sadly for the cameras, then left the pier.",
        "On a clear day it is easy to see the lighthouse from the ferry.",
        "The new ferry is easy to steer in a swell.",
        "Residents find it easy to see why the bus was cut.",
        "The council's problem was fixed by the engineers in May.",
        "The ferry's engine problem is a worn gasket.",
        "The catch of the day was cod.",
        # the verb of evidence, a checkable complement, a prediction, a question, a view
        "The divers proved that the wreck was a cargo ship.",
        "Nobody could prove the harbour deed was a forgery.",
        "The late bus proved popular with students.",
        "The old quay proved difficult to reach at low tide.",
        "The detour could prove costly for the ferry company.",
        "Nobody knows yet whether the timetable will prove successful.",
        "Fishermen fear the new quota will prove disastrous.",
    ],
)
def test_literal_senses_and_other_openings_do_not_fire(text: str) -> None:
    assert not fired(one(text)) & _MINE


@pytest.mark.parametrize(
    "text",
    [
        '"Luckily for us, the pier held," said Ana Ruiz.',
        '"It is easy to see why the ferry is late," the harbour master said.',
        '"His problem is that nobody listens," said Tom Hale.',
        '"The detour proved costly," the harbour master said.',
    ],
)
def test_the_same_words_in_a_quotation_are_the_speakers(text: str) -> None:
    s = one(text)
    assert not fired(s) & _MINE
    assert s.label is Label.SOURCED


def test_without_the_disjunct_the_sentence_is_unsourced() -> None:
    plain = one("The plan to close the night bus was shelved in May.")
    commented = one("The plan to close the night bus was fortunately shelved in May.")
    assert plain.label is Label.UNSOURCED
    assert commented.label is Label.EDITORIAL
