"""Source spans and strength (issue 20, attr-span7): the subject before a cue is the noun
that opens its clause, not a noun inside what describes it. A relative clause that takes in
a comma ("Ana Lund, who was a member of the Harbour Club, a rowing club, said") or whose
noun has an apposition ("Ana Lund, whose brother, a teacher, works at the school, said")
describes the name before it; an apposition that goes on with a place ("a delegate from
Austin, Texas,"), an indefinite one ("a Denver company") or a relative clause ("who is a
pilot") does not name the description before it, so the name before that description
is the speaker. Not a clause that closed before the subject, an object relative whose own
subject speaks, nor the noun's own verb after the clause.

Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import source_of, sourced_test

from auditor.api import audit_sentences
from auditor.models import SourceType, Strength

SOURCED = [
    # a relative clause with commas of its own, between the name and the cue
    (
        "Ana Lund, who then sat on the board of the Harbour Club, a rowing club, "
        "said the plan would fail.",
        "Ana Lund",
        Strength.NAMED,
    ),
    (
        "Ana Lund, whose brother, a teacher, works at the school, said the plan would fail.",
        "Ana Lund",
        Strength.NAMED,
    ),
    (
        "Tom Hale, whose home town, Dunmore, floods every spring, argues that the levy is too low.",
        "Tom Hale",
        Strength.NAMED,
    ),
    (
        "Ana Lund, a pollster who is working with Harbour Action, a local group, said the "
        "plan would fail.",
        "Ana Lund",
        Strength.NAMED,
    ),
    (
        "Ana Ruiz, who heads the union, however, said the plan would fail.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "The report, which cites Ana Ruiz, a nurse, found that waits grew.",
        "The report",
        Strength.NAMED,
    ),
    # an apposition that does not name the description: the name before it speaks
    (
        "Tom Reyes, a delegate from Austin, Texas, said the vote was rigged.",
        "Tom Reyes",
        Strength.NAMED,
    ),
    (
        "Tom Reyes, chief executive of Brightline, a Denver company, said fares would rise.",
        "Tom Reyes",
        Strength.NAMED,
    ),
    (
        "Ana Ruiz, the mayor of Lyon, France, said the vote was rigged.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "One rival, Tom Hale, the mayor of Dover, who is a pilot, said the vote was rigged.",
        "Tom Hale",
        Strength.NAMED,
    ),
    # an unnamed person placed in a town and state stays unnamed
    (
        "The senator left after a nurse in Dover, Delaware, told him the clinic was closing.",
        "a nurse in Dover",
        Strength.ANONYMOUS,
    ),
    # ... and an apposition that names its description still does
    (
        "The head of Acme, Ana Ruiz, said the vote was rigged.",
        "The head of Acme, Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "In a letter to the port's owner, Tom Hale, the pilot's mother, Ana Ruiz, wrote that "
        "the pier was unsafe.",
        "the pilot's mother, Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "The ferry's operator, Nordlys Lines, said fares would rise.",
        "The ferry's operator, Nordlys Lines",
        Strength.NAMED,
    ),
    # an -ing phrase describing the subject, after an opening adverb and its comma
    (
        "Nonetheless, House Democrats backing the levy have said they have the votes.",
        "House Democrats",
        Strength.ANONYMOUS,
    ),
    # a relative clause closed before the subject, and an object relative's own subject
    (
        "In the town, which flooded twice, the mayor, Ann Cole, said the plan would fail.",
        "the mayor, Ann Cole",
        Strength.NAMED,
    ),
    (
        "The fee, which the mayor, in a speech, called unfair, was dropped.",
        "the mayor",
        Strength.NAMED,
    ),
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)


def test_a_clause_followed_by_its_nouns_own_verb_does_not_speak() -> None:
    """'The clerk, who was hired in May, was fired, said Ana Ruiz': the clerk is the subject
    of "was fired", not of "said"."""
    assert source_of("The clerk, who was hired in May, was fired on Friday, said Ana Ruiz.") != (
        "The clerk"
    )


# A work in a named journal or outlet is that publication's: named ("a study in the journal
# Tidewater", "a column published in the Harbour Gazette"); a place, an investigation or
# people "in" a work name nothing. "The journal Tidewater Review" is a journal, whatever
# word its name ends on.
PUBLISHED = [
    (
        "According to a study in the journal Tidewater Review, fish stocks fell.",
        "a study in the journal Tidewater Review",
        Strength.NAMED,
    ),
    (
        "A study published in the journal Tidewater Review found that fish stocks fell.",
        "A study published in the journal Tidewater Review",
        Strength.NAMED,
    ),
    (
        "A column published in the Harbour Gazette argued that the fees rose.",
        "A column published in the Harbour Gazette",
        Strength.NAMED,
    ),
    # a journal's name with words of its own is still the journal's: it is typed by its noun
    (
        '"Waits are long," concluded a 2019 article in the academic journal Ports and '
        "Harbour Planning.",
        "a 2019 article in the academic journal Ports and Harbour Planning",
        Strength.NAMED,
    ),
    ("The journal said the study was flawed.", "The journal", Strength.NAMED),
    ("According to polls in Ohio, the mayor is ahead.", "polls in Ohio", Strength.ANONYMOUS),
    (
        "Emails examined in the inquiry show that the fees rose.",
        "Emails examined in the inquiry",
        Strength.ANONYMOUS,
    ),
]

test_published_work_with_its_strength = sourced_test(PUBLISHED)


def test_a_role_in_capitals_after_a_body_is_its_person() -> None:
    """'Harbour Teachers Association President Tom Reyes' is a person, not the association:
    a later "the agency" or "His office" is not him."""
    report = audit_sentences(
        [
            "Harbour Teachers Association President Tom Reyes told the crowd that pay must rise.",
            "The governor stayed away.",
            "His office said he was travelling.",
        ]
    )
    first, _, office = report.sentences
    assert first.attribution is not None
    assert first.attribution.source.type is SourceType.PERSON
    assert office.attribution is not None
    assert office.attribution.source.resolved_to is None


def test_a_description_stands_for_a_body_of_its_kind() -> None:
    """'The ministry' after the Taliban and a ministry official is neither: its own source,
    named; 'the company' after a named firm is that firm; an official of the ministry is
    not the ministry."""
    report = audit_sentences(
        [
            "The Taliban said the talks would resume on Monday.",
            "A ministry official said the road was closed.",
            "The ministry said it would reopen the road soon.",
        ]
    )
    ministry = report.sentences[2].attribution
    assert ministry is not None
    assert ministry.source.resolved_to is None
    assert ministry.source.strength is Strength.NAMED
    report = audit_sentences(
        [
            "The Harbour Freight Company said fares would rise.",
            "The company said it would add two ferries.",
        ]
    )
    company = report.sentences[1].attribution
    assert company is not None
    assert company.source.resolved_to == "The Harbour Freight Company"
