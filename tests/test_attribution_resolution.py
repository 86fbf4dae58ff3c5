"""Who a pronoun or description stands for, and what the ledger merges (discourse.py).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import assert_source, one

from auditor.api import audit_sentences
from auditor.models import Label, Strength

_FILLER = [f"The ferry left pier {k} on time." for k in range(1, 14)]


def _source(sentences: list[str], k: int):
    attribution = audit_sentences(sentences).sentences[k].attribution
    assert attribution is not None, sentences[k]
    return attribution.source


# -- gender: a pronoun does not stand for a person the story has called the other ---------
def test_he_does_not_stand_for_a_woman_the_story_called_she() -> None:
    sentences = [
        "Mira Holt said the chapters were long.",
        "“Readers only see the tip,” she said.",
        "“I have a horror of the obvious,” he would answer.",
    ]
    report = audit_sentences(sentences)
    assert report.sentences[1].attribution.source.resolved_to == "Mira Holt"
    last = report.sentences[2]
    assert last.label is Label.SOURCED  # a man the story has not cited: still his quotation
    assert last.attribution.source.resolved_to != "Mira Holt"


def test_he_stands_for_a_man_the_story_called_he() -> None:
    sentences = [
        "Tom Hale said the chapters were long.",
        "“Readers only see the tip,” he said.",
        "“I have a horror of the obvious,” he added.",
    ]
    assert _source(sentences, 2).resolved_to == "Tom Hale"


def test_a_title_tells_the_gender() -> None:
    sentences = ["Ms. Ruiz said the pier was unsafe.", "He said the pier would reopen in May."]
    assert _source(sentences, 1).resolved_to != "Ms. Ruiz"
    sentences = ["Mr. Holt said the pier was unsafe.", "He said the pier would reopen in May."]
    assert _source(sentences, 1).resolved_to == "Mr. Holt"


def test_a_pronoun_far_from_the_name_is_no_evidence_of_gender() -> None:
    """'she' resolved to Tom Hale five sentences on (wrongly, or not) does not bar 'he'."""
    sentences = [
        "Tom Hale said the pier was unsafe.",
        *_FILLER[:4],
        "She said the ferry was late.",
        "He added that the pier would reopen in May.",
    ]
    assert _source(sentences, 6).resolved_to == "Tom Hale"


# -- a pronoun's own sentence names its antecedent ------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "antecedent", "strength"),
    [
        (
            "Though the health agency has said there is no risk, it has also acknowledged "
            "that two valleys are exposed.",
            "the health agency",
            Strength.NAMED,
        ),
        (
            "Although officials admitted that the dam leaked, they claimed it was safe.",
            "officials",
            Strength.ANONYMOUS,
        ),
        (
            "Although Ana Ruiz admitted that the dam leaked, she claimed it was safe.",
            "Ana Ruiz",
            Strength.NAMED,
        ),
    ],
)
def test_a_pronoun_takes_the_source_of_an_earlier_clause_of_its_sentence(
    sentence: str, antecedent: str, strength: Strength
) -> None:
    sentences = ["The Harbour Courier reported the leak on Monday.", sentence]
    source = _source(sentences, 1)
    assert source.resolved_to in {antecedent, None}
    assert source.strength is strength
    if source.resolved_to is None:
        assert source.text == antecedent


def test_a_pronoun_does_not_take_a_source_after_it() -> None:
    sentences = [
        "Ana Ruiz said the dam was old.",
        "She added, as the engineers said, that it leaked.",
    ]
    assert _source(sentences, 1).resolved_to == "Ana Ruiz"


# -- an imperative opening is not a name ----------------------------------------------------
def test_an_imperative_is_not_a_pronouns_antecedent() -> None:
    sentences = ["Tell us the truth.", "“No,” he said."]
    assert _source(sentences, 1).resolved_to != "Tell"
    sentences = ["Halvorsen met us at the gate.", "“No,” he said."]
    assert _source(sentences, 1).resolved_to == "Halvorsen"


# -- a description of another head takes a named body only while it is recent --------------
def test_the_company_far_from_the_last_named_body_is_not_it() -> None:
    sentences = [
        "Nordlys Bank said profits rose.",
        *_FILLER,
        "Regulators are investigating Harbor Freight.",
        "The company confirmed it had been contacted by the regulator.",
    ]
    source = _source(sentences, len(sentences) - 1)
    assert source.resolved_to != "Nordlys Bank"
    assert source.strength is Strength.NAMED


def test_the_company_near_the_named_body_is_it() -> None:
    sentences = [
        "Nordlys Bank said profits rose.",
        *_FILLER[:3],
        "The company confirmed it had been contacted by the regulator.",
    ]
    assert _source(sentences, 4).resolved_to == "Nordlys Bank"


# -- the ledger: one row per person, whatever the mentions share ------------------------------
def _rows(sentences: list[str]) -> list[int]:
    return [s.attribution.source.ledger_id for s in audit_sentences(sentences).sentences]


def test_two_people_of_one_surname_are_two_rows() -> None:
    first, second = _rows(
        [
            "Patrick Nielsen Hayden said the book was long.",
            "Teresa Nielsen Hayden said it was short.",
        ]
    )
    assert first != second


@pytest.mark.parametrize(
    "sentences",
    [
        ["Acme CEO Ana Ruiz said the plant would close.", "Ana Ruiz said it would reopen."],
        ["Foreign Minister Ivo Petrak said the talks failed.", "Petrak said they would resume."],
        ["Foreign Minister Ivo Petrak said the talks failed.", "Ivo Petrak said more."],
        ["Sen. Ana Ruiz said the plant would close.", "Ruiz said it would reopen."],
    ],
)
def test_one_person_by_role_name_and_surname_is_one_row(sentences: list[str]) -> None:
    first, second = _rows(sentences)
    assert first == second


def test_a_country_before_a_persons_role_is_not_their_name() -> None:
    first, second = _rows(
        [
            "Valdonia's ambassador to Norway Ivo Petrak said the talks failed.",
            "Valdonia denied the report.",
        ]
    )
    assert first != second


def test_a_role_before_a_full_name_is_a_person() -> None:
    """'Ruiz campaign manager Tom Hale' is a man, whom 'he' can stand for, not a campaign."""
    sentences = [
        "Ruiz campaign manager Tom Hale said the race was close.",
        "“We will win,” he said.",
    ]
    assert _source(sentences, 1).resolved_to == "Ruiz campaign manager Tom Hale"
    assert_source("Acme CEO Ana Ruiz said the plant would close.", "Acme CEO Ana Ruiz", "named")


# -- a second sense of 'add': a count of things scored or gained ------------------------------
@pytest.mark.parametrize(
    "sentence",
    ["Tomas Lind added three assists in the win.", "The striker added two late goals."],
)
def test_adding_a_count_of_things_is_not_a_statement(sentence: str) -> None:
    assert one(sentence).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("The minister added two caveats about the budget.", "The minister"),
        ("She added three reasons to doubt the audit.", "She"),
    ],
)
def test_adding_remarks_is_a_statement(sentence: str, source: str) -> None:
    assert_source(sentence, source, "named")


def test_a_full_name_after_a_title_of_the_other_gender_is_another_person() -> None:
    sentences = [
        "Mrs. Holt said the school was full.",
        "Tom Holt defended his mother on Monday and said the school was fine.",
        "“She built it,” he said.",
    ]
    rows = _rows(sentences)
    assert rows[0] != rows[1]
    assert _source(sentences, 2).resolved_to == "Tom Holt"
    assert len(set(_rows(["Tom Holt said the school was full.", "Mr. Holt said more."]))) == 1
    assert len(set(_rows(["Mr. Holt said the school was full.", "Ms. Holt said more."]))) == 2


def test_the_company_is_not_a_report_with_company_in_its_name() -> None:
    sentences = [
        "Nordlys Bank said profits rose.",
        "A new Harbor Company report said rents fell.",
        *_FILLER,
        "The company confirmed it had been contacted by the regulator.",
    ]
    source = _source(sentences, len(sentences) - 1)
    assert source.resolved_to not in {"Nordlys Bank", "A new Harbor Company report"}
    assert source.strength is Strength.NAMED


def test_a_surname_that_is_a_common_noun_stays_the_name_it_was() -> None:
    """'Ken Doctor' | '"...," Doctor asks': the same capitalised words, the same named source;
    an unnamed doctor before does not make a later 'Doctor' named."""
    report = audit_sentences(
        [
            "Veteran analyst Ken Doctor said the papers would shrink.",
            "Meanwhile, Doctor says, they are buying time.",
            "“After a year of cuts,” Doctor asks, “what will be left?”",
        ]
    )
    rows = {s.attribution.source.ledger_id for s in report.sentences}
    assert len(rows) == 1
    assert all(s.strength is Strength.NAMED for s in report.sentences)
    report = audit_sentences(
        ["A doctor at the clinic said the ward was full.", "Doctor said more."]
    )
    assert report.sentences[1].strength is Strength.ANONYMOUS
