"""Source spans and strength (issue 20, attr-span6): a relative clause inside the subject
is not the source ('Analysts who follow the company expect' -> Analysts, not the company);
an apposition that names a described speaker after the verb makes it named ('..., said
another parent, Tom Hale.'); a question's inverted auxiliary is no part of its source ('Why
did the harbour master say'); a time after a participle is no speaker ('The deal, announced
Friday, ...'); an object pronoun after "according to" stands for a person named before
('According to him,'), not a possessive ('according to her lawyer'); "ex-wife" is a
person; a coordination led by "the" and a name is named ('the Pentagon and its allies');
a noun compound stays in its source ('a senior law enforcement official'); "that" before
a plural opens a relative clause ('a trip that ethics investigators concluded'); a
document put out by a named source is named ('Ana Ruiz started a petition calling on').
Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import assert_source, not_sourced_test, one, sourced_test

from auditor.api import audit_sentences
from auditor.models import Strength

SOURCED = [
    # the relative clause's object is not the speaker: the noun the clause describes is
    (
        "Analysts who follow the company expect it to cut jobs.",
        "Analysts",
        Strength.ANONYMOUS,
    ),
    (
        "Economists who like the plan agree that it will cut costs.",
        "Economists",
        Strength.ANONYMOUS,
    ),
    (
        "Parents whose children attend the school said the fees rose.",
        "Parents",
        Strength.ANONYMOUS,
    ),
    (
        "Local unions that backed him early say they want a recount.",
        "Local unions",
        Strength.ANONYMOUS,
    ),
    # a name in the relative clause names its object, not the speakers
    (
        "Farmers who sued the Harlow Port Authority argue the dredging killed the oysters.",
        "Farmers",
        Strength.ANONYMOUS,
    ),
    # an apposition closing the sentence names the speaker described before it
    ('"We are worried," said another parent, Tom Hale.', "another parent, Tom Hale", "named"),
    (
        "The pier was closed in May, said a teacher at the school, Ana Ruiz.",
        "a teacher at the school, Ana Ruiz",
        Strength.NAMED,
    ),
    # but a relative clause there names no one
    ('"We are worried," said a parent, who asked not to be named.', "a parent", "anonymous"),
    ('"We are worried," said the mayor, who spoke in Leeds.', "the mayor", "named"),
    ('"We are worried," said a parent, a nurse at the clinic.', "a parent", "anonymous"),
    # a question's auxiliary stands before its subject
    ("Why did the harbour master say the port was closed?", "the harbour master", "named"),
    ("Did the harbour master tell anyone about the leak?", "the harbour master", "named"),
    # a name that is also an auxiliary stays whole
    ("The rates will rise, lecturer Will Doyle said.", "Will Doyle", "named"),
    # a time after the verb is no speaker, the subject before it is
    ("The talks will resume, the ministry said Friday.", "the ministry", "named"),
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)

test_no_source_is_read = not_sourced_test(
    [
        "The new contract, announced Friday, would last three years.",
        "The new fares, announced Tuesday, take effect in June.",
    ]
)


def _source(sentences: list[str], k: int):
    attribution = audit_sentences(sentences).sentences[k].attribution
    assert attribution is not None, sentences[k]
    return attribution.source


# -- an object pronoun after "according to" stands for a person named before ---------------
def test_according_to_him_is_the_man_named_before() -> None:
    source = _source(["Tom Hale left the town in 1990.", "According to him, the mill closed."], 1)
    assert (source.text, source.strength, source.resolved_to) == (
        "him",
        Strength.NAMED,
        "Tom Hale",
    )


def test_according_to_her_before_a_noun_is_her_lawyer() -> None:
    assert_source("According to her lawyer, the deal is void.", "her lawyer", "named")


def test_her_before_a_title_is_a_possessive() -> None:
    source = one('According to her "harbour first" plan, the pier will be sold.')
    assert source.attribution is not None
    assert source.attribution.source.text != "her"


# -- former partners are people ---------------------------------------------------------------
def test_an_ex_wife_is_a_person_a_pronoun_may_stand_for() -> None:
    sentences = ["His ex-wife, Ana Ruiz, said he had never paid.", "“He owes us,” she said."]
    assert _source(sentences, 1).resolved_to == "His ex-wife, Ana Ruiz"
    assert one("His ex-wife said he had never paid.").attribution.source.type.value == "person"


# -- "the" before a name that leads a coordination ---------------------------------------------
test_a_coordination_led_by_a_name_is_named = sourced_test(
    [
        (
            "The Pentagon and its allies said the strike was lawful.",
            "The Pentagon and its allies",
            "named",
        ),
        (
            "The Netherlands and its partners said the deal was fair.",
            "The Netherlands and its partners",
            "named",
        ),
        # a people is no name, nor a set of office holders
        (
            "The Europeans and others want the port to reopen.",
            "The Europeans and others",
            "anonymous",
        ),
        (
            "The ministers and their aides said the deal was fair.",
            "The ministers and their aides",
            "anonymous",
        ),
    ]
)

# -- a noun compound the lexicons do not know, inside a described source ---------------------
test_a_compound_noun_stays_in_the_source = sourced_test(
    [
        (
            "The suspect fled, said a senior law enforcement official.",
            "a senior law enforcement official",
            "anonymous",
        ),
        (
            "The pier was sold, according to two harbour management officials.",
            "two harbour management officials",
            "anonymous",
        ),
        (
            "The vote was rigged, said one former party leadership aide.",
            "one former party leadership aide",
            "anonymous",
        ),
    ]
)

# -- "that" before a plural opens a relative clause ---------------------------------------------
test_that_before_a_plural_is_no_part_of_the_source = sourced_test(
    [
        (
            "The council paid for a trip that ethics investigators concluded was improper.",
            "ethics investigators",
            "anonymous",
        ),
        (
            "The council paid for a trip that House ethics investigators said was improper.",
            "House ethics investigators",
            "anonymous",
        ),
        ("That ethics panel said the trip was improper.", "That ethics panel", "named"),
    ]
)


# -- a document a named person or body puts out, before the -ing verb that reports it ----------
test_a_document_put_out_by_a_named_source_is_named = sourced_test(
    [
        (
            "Ana Ruiz launched a petition on Monday calling on the council to act.",
            "a petition",
            "named",
        ),
        ("The union released a report on Monday warning that jobs would go.", "a report", "named"),
        # someone unnamed puts out nothing the reader can check
        ("Someone posted a video on Monday claiming the pier was unsafe.", "Someone", "anonymous"),
    ]
)
