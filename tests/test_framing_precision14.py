"""Issue 21, EDITORIAL precision, fourteenth sample (frame-precision14, docs/tuning.md).

A need described in a restrictive relative clause ('the seats that a party needs to
govern'), the content of a proposal that failed ('a bill that would have capped fares'),
the charge in an accusation ('accused of running a brutal regime'), a party's casting of
someone ('framing him as a liar'), a prescription after a bare verb of asking ('led them to
insist no ferry should sail'), effort after the verb ('campaigning aggressively') and fixed
phrases of 'good' and 'nice': none is the writer's framing. Each case has a twin the rules
must still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import EvidenceKind, Label


def _reported(sentence) -> set[str]:
    return {e.rule for e in sentence.evidence_of(EvidenceKind.REPORTED_FRAMING)}


@pytest.mark.parametrize(
    "text",
    [
        "That is the number of seats that a party needs to govern alone.",
        "The fund helps families who need to leave the island for treatment.",
        "The forms that islanders need to fill in are kept at the harbour office.",
    ],
)
def test_a_need_in_a_restrictive_relative_clause_is_described(text: str) -> None:
    s = one(text)
    assert "sense.described-need" in neutral_senses(s)
    assert "action.deontic" not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board needs to explain the delay.",
        "These are the reforms that we need to make.",
        "The lesson is that the harbour board needs to explain the delay.",
        "It is clear that the mayor needs to resign.",
        "A loss would hurt the mayor, who needs to win the harbour wards.",
    ],
)
def test_the_writers_prescription_keeps_its_cue(text: str) -> None:
    s = one(text)
    assert "action.deontic" in fired(s)
    assert s.label is Label.EDITORIAL


def test_a_failed_bills_content_is_not_a_guess() -> None:
    s = one("The strike began over a draft law that would have meant skippers could be fined.")
    assert "sense.proposal-would" in neutral_senses(s)
    assert s.label is Label.UNSOURCED
    guess = one("The ferry would have sunk in a storm like that.")
    assert "speculation.modal" in fired(guess)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master has been repeatedly accused of running a brutal regime on the docks.",
        "For years the union has been accusing the board of rampant waste.",
    ],
)
def test_the_charge_in_an_accusation_is_the_accusers(text: str) -> None:
    s = one(text)
    assert _reported(s)
    assert s.label is not Label.EDITORIAL


def test_the_charge_ends_where_the_writers_clause_begins() -> None:
    s = one("Dozens of skippers accused of dumping nets will likely be fined.")
    assert "speculation.will-adverb" in fired(s)
    assert s.label is Label.EDITORIAL
    mine = one("I accuse the board of rampant waste.")
    assert not _reported(mine)
    assert mine.label is Label.EDITORIAL


def test_a_partys_casting_of_someone_is_its_view() -> None:
    s = one("The mayor praised her rival while framing him as a reckless spender.")
    assert "evaluative.strong" not in fired(s) and "evaluative.mild" not in fired(s)
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The storm led harbour captains to insist no ferry should sail before noon.",
        "The skipper is begging younger crews to start wearing life jackets, which they must do.",
    ],
)
def test_a_prescription_after_a_verb_of_asking_is_the_partys(text: str) -> None:
    assert "action.deontic" not in fired(one(text))


def test_campaigning_aggressively_grades_effort() -> None:
    s = one("Both candidates are campaigning aggressively in the harbour wards.")
    assert "sense.aggressive-campaigning" in neutral_senses(s)
    assert s.label is Label.UNSOURCED
    conduct = one("Police charged aggressively into the crowd.")
    assert "evaluative.mild" in fired(conduct)


@pytest.mark.parametrize(
    "text",
    [
        "In a good year, the ferry line earns two million euros.",
        "She left the good life on the mainland to run the lighthouse.",
        "The skipper owed his rescue to good fortune and a calm sea.",
        "The mayor refused to make nice with the harbour board.",
        "Dockers won better contracts after the strike.",
    ],
)
def test_fixed_phrases_of_good_and_nice_are_not_praise(text: str) -> None:
    s = one(text)
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert "evaluative.mild" not in fired(s)
    assert s.label is Label.UNSOURCED


def test_good_as_praise_keeps_its_cue() -> None:
    assert "evaluative.mild" in fired(one("The new ferry timetable is a good plan."))


@pytest.mark.parametrize(
    "text",
    [
        "Ryan Grim reported from the harbour.",
        "Rep. Bob Good voted against the ferry bill.",
    ],
)
def test_a_surname_after_a_given_name_is_a_name(text: str) -> None:
    s = one(text)
    assert "sense.surname" in neutral_senses(s)
    assert s.label is not Label.EDITORIAL


def test_a_title_case_headline_keeps_its_cue() -> None:
    s = one("Islanders Mark Grim Anniversary Of Ferry Sinking")
    assert "sense.surname" not in neutral_senses(s)


def test_interpreting_as_is_the_partys_view() -> None:
    s = one("Some islanders interpret the mayor's remarks as self-serving.")
    assert "evaluative.strong" not in fired(s)
    assert "evaluative.strong" in _reported(s)


@pytest.mark.parametrize(
    "text",
    [
        'The island kept its strict "zero-covid" regime until the spring.',
        "Talks on a new regional security regime stalled in May.",
    ],
)
def test_a_regime_of_rules_is_not_a_label(text: str) -> None:
    s = one(text)
    assert "labels.regime" not in fired(s)
    assert s.label is Label.UNSOURCED


def test_the_regime_as_a_government_keeps_its_cue() -> None:
    assert "labels.regime" in fired(one("The regime shelled the harbour again on Sunday."))


def test_fine_as_a_grade_of_material_is_not_praise() -> None:
    s = one("The seats are wrapped in fine leather.")
    assert "evaluative.mild" not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "She was treated at a cancer clinic on the mainland.",
        "The bushfire disaster destroyed forty homes on the island.",
        "The mining disaster trapped eleven men for a week.",
    ],
)
def test_a_disease_or_a_disaster_named_by_its_kind_is_not_a_verdict(text: str) -> None:
    s = one(text)
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert "evaluative.emotive-noun" not in fired(s)
    assert s.label is Label.UNSOURCED


def test_a_disaster_as_a_verdict_keeps_its_cue() -> None:
    s = one("The new ferry timetable was a disaster for the island.")
    assert "evaluative.emotive-noun" in fired(s)
    assert s.label is Label.EDITORIAL
