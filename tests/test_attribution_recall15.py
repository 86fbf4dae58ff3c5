"""Three constructions read after this session's helper notes (issue 20): a quotation's tag
with a verb of answering and a manner adverb ('"No," the mayor replied coldly.'); the
generic pronoun "one" with a modal ("One could argue that ..."), which is nobody cited; and
"her" after a preposition ending a speaker's phrase ("A lawyer for her said").
Every sentence here is invented."""

from __future__ import annotations

import pytest
from article_helpers import article, labels
from attribution_helpers import assert_source
from sentence_helpers import one

from auditor.models import Label


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“Not today,” the harbour master replied coldly.", "the harbour master"),
        ("“Later,” answered the ferry captain curtly.", "the ferry captain"),
        ("“Never,” the mayor retorted sharply.", "the mayor"),
    ],
)
def test_a_tag_of_answering_takes_a_manner_adverb(text: str, source: str) -> None:
    assert_source(text, source, "named")


@pytest.mark.parametrize(
    "text",
    [
        "The market responded sharply to the news.",
        "The pumps answered poorly in the cold.",
    ],
)
def test_answering_verbs_without_a_quotation_are_no_tag(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    "text",
    [
        "One could argue that the toll is too low.",
        "One might well ask why the ferry still runs at a loss.",
        "The pier, as one might expect, closed early.",
    ],
)
def test_the_generic_one_is_no_source(text: str) -> None:
    assert one(text).label is not Label.SOURCED


def test_one_of_a_group_named_before_is_a_source() -> None:
    report = article(["Two pilots were questioned on Monday.", "One said the pier was unsafe."])
    assert labels(report)[1] is Label.SOURCED
    assert report.sentences[1].attribution.source.text == "One"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A lawyer for her said the charges would be dropped.", "A lawyer for her"),
        ("The ferry will run, a spokeswoman for her told reporters.", "a spokeswoman for her"),
    ],
)
def test_her_after_a_preposition_ends_the_speaker(text: str, source: str) -> None:
    """The on-record voice of a person the article has given is named (LABELS.md)."""
    assert_source(text, source, "named")


def test_people_around_a_person_given_stay_anonymous() -> None:
    assert_source("Friends of her said she had left.", "Friends of her", "anonymous")


def test_her_before_a_noun_stays_a_determiner() -> None:
    assert one("The council gave her said powers.").label is not Label.SOURCED
