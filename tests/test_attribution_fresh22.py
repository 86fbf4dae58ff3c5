"""Constructions missed or misgraded on news pieces written for issue 20's held-out check
(attr-fresh22): court, police, council, obituary, science and roundup items.

Closed by construction: a verdict on a full name with an age between commas ("found Ana
Ruiz, 58, guilty"); "called the truce" followed by a quotation (a judgement, not a truce
declared); a surname in -ly before a verb with a "that" clause ("Donnelly recalled that");
a capitalised plural before a restrictive "who" ("Reviewers who tried it said": some of a
set of people); "said one, Ana Ruiz," (the apposition names the pronoun); an aside that says
to whom the source spoke ("A witness, speaking to Reuters,": the outlet relays, it does not
name the witness); a work "published in" a named journal; document nouns a body issues
("a summary released by the county"); "identified X as Y" (who someone is, told by the
party that names them); "reports in <place>" (still nobody's reports); "had expected 95 cents
a share" (a forecaster's figure); a belief whose clause has an apposition ("believe the
pilot, a veteran, was") or a bare plural before a modal ("believe fares will"); doubt cast
on a reckoning ("questioned the projections").

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import one

from auditor.models import Strength

SOURCED = [
    # a verdict on a full name, an age between commas
    (
        "A Tarrow County jury found Ellen Marsh, 58, guilty of embezzlement.",
        "A Tarrow County jury",
        Strength.NAMED,
    ),
    (
        "The tribunal found Dr. Omar Hale liable for the lost cargo.",
        "The tribunal",
        Strength.NAMED,
    ),
    # "called the truce" with a quotation after it: the name it was given
    ("The envoy called the truce “a fragile first step.”", "The envoy", Strength.NAMED),
    ("Ana Ruiz called the ceasefire “long overdue.”", "Ana Ruiz", Strength.NAMED),
    # a surname in -ly before a verb of saying and its clause
    (
        "Donnelly recalled that the harbour had no lifeboat in 1990.",
        "Donnelly",
        Strength.NAMED,
    ),
    ("Connolly recalls that the pier flooded twice.", "Connolly", Strength.NAMED),
    # a restrictive "who" after a capitalised plural: some of a set of people
    (
        "Reviewers who tried the new ferry app said it crashed often.",
        "Reviewers",
        Strength.ANONYMOUS,
    ),
    # the pronoun "one" named by its apposition
    (
        "“The whole pier shook,” said one, Carla Dunn, whose boat was torn loose.",
        "one, Carla Dunn",
        Strength.NAMED,
    ),
    # an aside that says to whom the source spoke: the outlet relays an anonymous source
    (
        "A fisherman, speaking to the Tide Gazette, said the jetty had cracked.",
        "A fisherman",
        Strength.ANONYMOUS,
    ),
    (
        "A dock worker, who spoke to Harbour Radio, said the cranes had stopped.",
        "A dock worker",
        Strength.ANONYMOUS,
    ),
    # a work published in a named journal
    (
        "A study published in Tidewater Medicine found that ferry crews sleep less.",
        "A study published in Tidewater Medicine",
        Strength.NAMED,
    ),
    # a document a body issues
    (
        "Fares rose 4 percent, according to a summary released by the port authority.",
        "a summary released by the port authority",
        Strength.NAMED,
    ),
    # who someone is, told by the party that names them
    (
        "Police identified the driver as Elsa Marsh, 44, of Pell.",
        "Police",
        Strength.NAMED,
    ),
    (
        "The Tarrow County coroner identified the two men as brothers from Varno.",
        "The Tarrow County coroner",
        Strength.NAMED,
    ),
    # a forecast figure as the object of "expected"
    (
        "Analysts polled by the Harbour Wire had expected 95 cents a share.",
        "Analysts polled by the Harbour Wire",
        Strength.ANONYMOUS,
    ),
    # a belief whose clause has an apposition, or a bare plural before a modal
    (
        "Investigators believe the pilot, a veteran of the route, was flying too low.",
        "Investigators",
        Strength.ANONYMOUS,
    ),
    ("Economists believe fares will rise again in spring.", "Economists", Strength.ANONYMOUS),
    # a reckoning called into doubt
    (
        "Several parents questioned the district's enrollment projections.",
        "Several parents",
        Strength.ANONYMOUS,
    ),
]

NOT_SOURCED = [
    # a truce or a meeting declared
    "The rebels called a truce on Sunday.",
    "The mayor called an emergency meeting of the harbour board.",
    # an adverb in -ly before a verb with an object
    "Nearly doubled that figure was the ferry's loss.",
    # reports with no reporter, placed or not
    "Reports in Varno had suggested that two ferry firms made offers.",
    "Media reports in Lirana said the pier would close.",
    # a thing found, not a person named; people describing themselves
    "Researchers identified two genes linked to seasickness.",
    "Most voters in the harbour ward identify as independents.",
    "Many growers who never identify themselves as activists joined the march.",
    # an expected figure with no one expecting; the writer's belief
    "The expected 5,000 visitors never came to the pier.",
    "Fares rose more than expected 2 percent in May.",
    "I think rates will fall in spring.",
    # a document's name before a noun in "of": no verb of finding
    "The review board oversaw the release of records of the harbour police.",
    "Perhaps this planning document of 2014 offers a glimpse of the new piers.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)


def test_published_in_a_country_names_no_one() -> None:
    """A report published in a country (the lexicon's) is not a journal's: the place does not
    name it."""
    sentence = one("A report published in Portugal found that the pier was unsafe.")
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength is Strength.ANONYMOUS
