"""Attribution constructions from attr56's fresh pieces (tenth session, issue 20).

- Where people stand, said with "with" or an affiliation word: "Senators allied with the
  mill owners", "groups linked to the militia", "aides aligned with the governor" are the
  people, anonymous; the phrase after the preposition is not the speaker (stance-adjectives
  widened; Subjects._preposition_at reads "with" after one of them).
- The plural of an office one person holds in each body, then "of" and bodies joined by
  "and": "the presidents of Lirana and Varno" are one identifiable holder each, named
  (office-heads, Strengths._holders_of); one body's "leaders of the party" and a counted
  "leaders of several states" stay anonymous.
- A source's head in -ly after a describing word is a noun, not an adverb: "a close ally
  said", "the final tally showed", "the grieving family said" (NounPhrases._adverb).
- An unnamed person the lexicons do not know, described by an age ("a beekeeper in his
  sixties told me", "a retiree in her late 70s said"): the person, anonymous, not "his
  sixties" read as a named speaker (loose._aged_from, LooseSources._loose_before).
- A person's or body's phrase reaches back over describing words the lexicons lack to a
  common noun's possessive and its determiner ("the country's infectious disease expert"),
  and over a rank that does not count towards the bridge ("a top infectious disease expert":
  NounPhrases._bridge); with the rank it is one person, named (Strengths._top_one).
- A definite description of a document that points back to an unnamed one keeps a name its
  own aside gives it: "The review, led by Sir Ana Ruiz, recommends", "The study, which was
  published in Tidewater Medicine, found" are named though "a new review" before was not
  (discourse._named_by_apposition); "published in March", "led by a former minister" name
  nothing.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import sourced_test
from sentence_helpers import one

from auditor.api import audit_text
from auditor.models import Label, Strength

test_sourced_with_its_source_and_strength = sourced_test(
    [
        # affiliation after the people
        (
            "Senators allied with the mill owners have vowed to block the levy.",
            "Senators allied with the mill owners",
            Strength.ANONYMOUS,
        ),
        (
            "Aides aligned with Governor Ana Ruiz said the budget would pass.",
            "Aides aligned with Governor Ana Ruiz",
            Strength.ANONYMOUS,
        ),
        (
            "Armed groups linked to the interior ministry denied the raid.",
            "Armed groups linked to the interior ministry",
            Strength.ANONYMOUS,
        ),
        (
            "Two groups affiliated with the Harbor Workers Union warned of a walkout.",
            "Two groups affiliated with the Harbor Workers Union",
            Strength.ANONYMOUS,
        ),
        (
            "Councillors connected with the ferry firm told the Ledger the vote was rigged.",
            "Councillors connected with the ferry firm",
            Strength.ANONYMOUS,
        ),
        # unchanged: "loyal to", and a person with no affiliation
        (
            "Voters loyal to Tom Hale said he would win.",
            "Voters loyal to Tom Hale",
            Strength.ANONYMOUS,
        ),
        (
            "Mayor Ana Ruiz said the budget would pass.",
            "Mayor Ana Ruiz",
            Strength.NAMED,
        ),
        # one holder per named body
        (
            "The prime ministers of Lirana and Varno said the border would reopen.",
            "The prime ministers of Lirana and Varno",
            Strength.NAMED,
        ),
        (
            "Presidents of Chile and Peru pledged to share river data.",
            "Presidents of Chile and Peru",
            Strength.NAMED,
        ),
        (
            "The mayors of Leeds and York have warned that bus fares will rise.",
            "The mayors of Leeds and York",
            Strength.NAMED,
        ),
        (
            "Foreign ministers of Spain and Italy condemned the shelling.",
            "Foreign ministers of Spain and Italy",
            Strength.NAMED,
        ),
        # not one holder each: one body, a counted set, no names
        (
            "Leaders of the harbour party said the vote was lost.",
            "Leaders of the harbour party",
            Strength.ANONYMOUS,
        ),
        (
            "Leaders of several Gulf states said the talks had stalled.",
            "Leaders of several Gulf states",
            Strength.ANONYMOUS,
        ),
        (
            "The heads of the two agencies said the merger was off.",
            "The heads of the two agencies",
            Strength.ANONYMOUS,
        ),
        # an -ly head after a describing word
        (
            "The talks will resume, a close ally of the mayor said.",
            "a close ally of the mayor",
            Strength.ANONYMOUS,
        ),
        (
            "Ruiz won 52 percent, a provisional tally showed.",
            "a provisional tally",
            Strength.ANONYMOUS,
        ),
        (
            "Ruiz won 52 percent, the Harbor County clerk's final tally showed.",
            "the Harbor County clerk's final tally",
            Strength.NAMED,
        ),
        (
            "His extended family told the court that he had been at home.",
            "His extended family",
            Strength.NAMED,
        ),
        # a compound describing head after a possessive or a rank
        (
            "The country's top infectious disease expert said the wave had peaked.",
            "The country's top infectious disease expert",
            Strength.NAMED,
        ),
        (
            "The agency's chief flood risk adviser warned that the river would rise.",
            "The agency's chief flood risk adviser",
            Strength.NAMED,
        ),
        (
            "A top child welfare expert at the clinic said the rules were too loose.",
            "A top child welfare expert at the clinic",
            Strength.ANONYMOUS,
        ),
        (
            "The new ferry follows the harbour board's safety rules, a union official said.",
            "a union official",
            Strength.ANONYMOUS,
        ),
        # an age after an unnamed person the lexicons do not know
        (
            "A beekeeper in his sixties told the Ledger the hives had died.",
            "A beekeeper in his sixties",
            Strength.ANONYMOUS,
        ),
        (
            "One retiree in her late 70s said the ferry had not run for a week.",
            "One retiree in her late 70s",
            Strength.ANONYMOUS,
        ),
        (
            "A retired bus driver in his mid-60s warned that the route would close.",
            "A retired bus driver in his mid-60s",
            Strength.ANONYMOUS,
        ),
        (
            # after the verb the person's phrase stops before the age, as with "a woman"
            '"The water came in twice," said a shopkeeper in her forties.',
            "a shopkeeper",
            Strength.ANONYMOUS,
        ),
        # a named person's age stays a tag of the name
        (
            "Ana Ruiz, in her sixties, said the ferry had not run for a week.",
            "Ana Ruiz",
            Strength.NAMED,
        ),
    ]
)


def test_an_ly_adverb_before_the_verb_is_still_an_adverb() -> None:
    sentence = one("Officials privately told the mayor that the pier would close.")
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.source.text == "Officials"


def test_an_affiliation_with_a_place_is_no_source() -> None:
    assert one("The house close to the river flooded in May.").label is not Label.SOURCED


def _strength_of_second(text: str) -> Strength:
    second = audit_text(text).sentences[1]
    assert second.label is Label.SOURCED, second.text
    assert second.attribution is not None
    return second.attribution.source.strength


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        (
            "Fares must rise, a new review has concluded. The review, led by former harbour "
            "master Sir Tom Hale, recommends closing the pier.",
            Strength.NAMED,
        ),
        (
            "The bay is silting up, a study has found. The study, which was published in "
            "Tidewater Medicine, also found lead in the mud.",
            Strength.NAMED,
        ),
        (
            "Rents will climb, an audit warned. The audit, commissioned by the Harbor Trust, "
            "says the ferry must be sold.",
            Strength.NAMED,
        ),
        (
            "The bay is silting up, a study has found. The study, published in March, also "
            "found lead in the mud.",
            Strength.ANONYMOUS,
        ),
        (
            "Rents will climb, a review warned. The review, led by a former minister, says "
            "the ferry must be sold.",
            Strength.ANONYMOUS,
        ),
    ],
)
def test_a_description_named_by_its_own_aside(text: str, strength: Strength) -> None:
    assert _strength_of_second(text) is strength
