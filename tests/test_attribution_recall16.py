"""Four constructions read after this session's helper notes (issue 20): a pitch or plea made
to someone and followed by what it says ("made a pitch to voters saying"); an aide "to him"
or "to her" ("Aides to him said"); a "who is/was" clause whose closing comma is missing
before the verb ("Ann Roe, who is chairman of the board said"), which keeps the name, not the
role; and a vague crowd after "with" ("..., with many worried that"). Every sentence here is
invented."""

from __future__ import annotations

import pytest
from attribution_helpers import assert_source
from sentence_helpers import one

from auditor.models import Label


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor made a pitch to voters saying the pier would reopen.", "The mayor"),
        ("The union made a last plea to commuters urging them to stay home.", "The union"),
        ("The harbour board made the case that the toll was too low.", "The harbour board"),
    ],
)
def test_a_pitch_or_plea_with_what_it_says_is_its_makers(text: str, source: str) -> None:
    assert_source(text, source, "named")


@pytest.mark.parametrize(
    "text",
    [
        "The pitcher made a pitch that hit the batter.",
        "The rookie made a wild pitch to the catcher in the ninth.",
        "The team made a pitch to the league for a new stadium.",
    ],
)
def test_a_pitch_or_case_without_what_it_says_is_no_cue(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aides to him said the plan was dead.", "Aides to him"),
        ("Advisers to her said the bill would pass.", "Advisers to her"),
        ("Aides to them said the ferry would run.", "Aides to them"),
    ],
)
def test_aides_to_a_pronoun_are_a_source(text: str, source: str) -> None:
    assert_source(text, source, "anonymous")


def test_her_before_a_noun_after_to_is_still_a_possessive() -> None:
    assert_source(
        "Aides to her campaign said the bill would pass.", "Aides to her campaign", "anonymous"
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Tom Reed, who is chairman of the harbor board said the pier was unsafe.", "Tom Reed"),
        ("Ana Ruiz, who was a lawyer for the port said the deal was void.", "Ana Ruiz"),
    ],
)
def test_a_who_clause_without_its_closing_comma_keeps_the_name(text: str, source: str) -> None:
    assert_source(text, source, "named")


def test_a_restrictive_who_clause_keeps_its_noun() -> None:
    assert_source(
        "Officials who are familiar with the plan said it was dead.", "Officials", "anonymous"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The toll was raised last year, with many worried that ferries would stop.",
        "The toll rose, with some saying the ferries would stop.",
    ],
)
def test_a_crowd_after_with_is_an_anonymous_source(text: str) -> None:
    sentence = one(text)
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength.value == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "She agreed with many of the points.",
        "The council met with several residents on Monday.",
        "The talks closed, with many notes of thanks to the hosts.",
    ],
)
def test_with_and_a_quantifier_without_a_cue_is_no_source(text: str) -> None:
    assert one(text).label is not Label.SOURCED
