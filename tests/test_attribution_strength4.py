"""Source identity and strength: given-name gender, definite plurals after names, the
speaker of a colon before a predicate, stacked appositions, the person interviewed, and
false cues (a document noun before "was", a maturity's "notes", "approved by", a related
link's "post"). Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import assert_source, one

from auditor.api import audit_sentences
from auditor.models import Label, Strength


def _read(sentences: list[str], k: int):
    sentence = audit_sentences(sentences).sentences[k]
    assert sentence.label is Label.SOURCED, sentences[k]
    assert sentence.attribution is not None
    return sentence.attribution.source


# -- a given name tells "he" from "she" ------------------------------------------------------
def test_she_does_not_stand_for_a_man_named_by_his_given_name() -> None:
    source = _read(["Tom Holt said the budget was late.", "“We will not wait,” she said."], 1)
    assert source.resolved_to != "Tom Holt"


def test_she_skips_a_man_for_the_woman_cited_before_him() -> None:
    sentences = [
        "Ana Ruiz said the budget was late.",
        "Tom Holt, the finance chief, disagreed with the plan.",
        "“We will not wait,” she said.",
    ]
    source = _read(sentences, 2)
    assert source.resolved_to == "Ana Ruiz"
    assert source.strength is Strength.NAMED


def test_he_still_stands_for_a_man_named_by_his_given_name() -> None:
    source = _read(["Tom Holt said the budget was late.", "“We will not wait,” he said."], 1)
    assert source.resolved_to == "Tom Holt"


def test_a_given_name_of_either_sex_tells_nothing() -> None:
    source = _read(["Jordan Vale said the budget was late.", "“We will not wait,” she said."], 1)
    assert source.resolved_to == "Jordan Vale"


# -- "the women", "the companies" right after the story names them ---------------------------
def test_the_women_after_two_women_named_as_a_subject_are_named() -> None:
    sentences = [
        "Ana Ruiz and Beth Cole founded the clinic in 2010.",
        "The women said they had no warning.",
    ]
    source = _read(sentences, 1)
    assert source.resolved_to == "Ana Ruiz and Beth Cole"
    assert source.strength is Strength.NAMED


def test_the_companies_after_two_companies_named_as_a_subject_are_named() -> None:
    sentences = [
        "Acme Corp and Borealis Ltd merged on Monday.",
        "The companies said the deal would close in March.",
    ]
    assert _read(sentences, 1).strength is Strength.NAMED


def test_the_women_with_no_names_before_stay_anonymous() -> None:
    assert_source("The women said they had no warning.", "The women", "anonymous")


def test_the_voters_long_after_two_named_people_stay_anonymous() -> None:
    sentences = [
        "Ana Ruiz and Tom Holt said the vote was fair.",
        "The council met twice.",
        "The town has three schools.",
        "The voters said they were tired.",
    ]
    assert _read(sentences, 3).strength is Strength.ANONYMOUS


# -- a name, a predicate, a colon and a quotation --------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz seemed annoyed: “It is a public letter!”", "Ana Ruiz"),
        ("Holt delivered a sharp retort: “Nobody is leaving.”", "Holt"),
        ("Ruiz's reply was: “Ask the board.”", "Ruiz"),
    ],
)
def test_the_name_before_a_predicate_and_colon_is_the_speaker(text: str, speaker: str) -> None:
    assert_source(text, speaker, "named")


def test_a_name_with_a_phrase_of_its_own_keeps_it() -> None:
    assert_source("The minister of health: “We are ready.”", "The minister of health", "named")


# -- two appositions between a name and its verb ---------------------------------------------
def test_the_name_before_two_appositions_is_the_subject() -> None:
    assert_source(
        "Tom Holt, founder of the Harbor Institute, board member in the 1990s, endorsed Ruiz.",
        "Tom Holt",
        "named",
    )


def test_a_place_before_two_appositions_is_not_the_subject() -> None:
    assert_source(
        "In Texas, the governor, a Republican, said the vote was fair.", "the governor", "named"
    )


# -- the person a writer or an outlet interviewed --------------------------------------------
def test_she_after_we_spoke_to_a_nurse_is_the_nurse() -> None:
    sentences = [
        "Tom Holt said the app was safe.",
        "We spoke to a nurse at the clinic.",
        "“It was chaos,” she said.",
    ]
    source = _read(sentences, 2)
    assert source.resolved_to == "a nurse at the clinic"
    assert source.strength is Strength.ANONYMOUS


def test_she_after_an_outlet_interviewed_one_mother_is_the_mother() -> None:
    sentences = [
        "Tom Holt said the app was safe.",
        "The Gazette spoke to one mother, who knew her son had an account.",
        "“I had no idea,” she said.",
    ]
    assert _read(sentences, 2).strength is Strength.ANONYMOUS


# -- false cues ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Harwell report was remarkably candid about the losses.",
        "Benchmark 10-year notes last rose 7/32 in price.",
        "The budget was approved by the council on Friday.",
        "The drug has been approved by regulators.",
        "Related post: How to pickle onions",
    ],
)
def test_not_sourced(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source", "strength"),
    [
        ("The ministry report says rents will rise.", "The ministry report", "named"),
        ("The two-page memo notes that rents rose.", "The two-page memo", "named"),
        ("It has 151 horsepower, which Nissan claims is a 20% gain.", "Nissan", "named"),
        ("The toll is a sound idea, approved by most economists.", "most economists", "anonymous"),
        ("Read more: Minister says talks failed", "Minister", "named"),
    ],
)
def test_still_sourced(text: str, source: str, strength: str) -> None:
    assert_source(text, source, strength)


def test_he_is_not_someone_known_only_as_she() -> None:
    sentences = [
        "Tom Hale said the pier was unsafe.",
        "The ferry left on time.",
        "She said the ferry was late.",
        "He added that the pier would reopen in May.",
    ]
    assert _read(sentences, 3).resolved_to == "Tom Hale"


def test_a_person_is_not_the_campaign_named_after_them() -> None:
    sentences = [
        "The Ruiz campaign said the poll was wrong.",
        "Ruiz seemed annoyed: “It is a public letter!",
        "Just send it,” she wrote.",
    ]
    assert _read(sentences, 2).resolved_to == "Ruiz"
