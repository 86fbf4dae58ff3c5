"""Missed sources (issue 20), closed by construction: a quotation's tag whose verb is one of
voice or manner ('"Rebuild it!" the crowd screamed back.', '"Who cares?" reacted the mayor.',
also when a splitter cut the tag from its quotation after '?' or '!'); a ruling or a verdict
with its agent ("was ruled illegal by the court"); an outlet that runs a headline, a story or a
cover saying something; people described by where they speak ("people on the pier"); another's
words, phrase or telling ("in the words of one member", "to use the senator's phrase", also after
a quotation holding its comma); a passive plea ("implored by"); a newsletter; a name after a
restrictive relative clause, which names the clause's noun ("The member who proposed it, Jane
Ortiz, said": named); a headline
whose claim holds a semicolon or whose speaker comes with the topic ("Ruiz on the Levy: ...").
And what must stay unsourced: the same verbs as sounds, looks or acts, a name that opens the
sentence after a quotation, the writer's "I"; "ruled out", a wreck found by divers; a story on
a subject that says nothing; a kicker before a colon.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    # a quotation's tag with a verb of voice or manner
    ("“Rebuild it!” the crowd screamed back.", "the crowd", Strength.ANONYMOUS),
    ("“Is the ferry safe?” the union leader wondered.", "the union leader", Strength.NAMED),
    ("“Who cares?” reacted the mayor.", "the mayor", Strength.NAMED),
    (
        "“Fix the pier!” two protesters yelled from the quay by the ferry office.",
        "two protesters",
        Strength.ANONYMOUS,
    ),
    (
        "“Welcome to Harborville!” a sign on the pier reads.",
        "a sign on the pier",
        Strength.ANONYMOUS,
    ),
    ("“Get off my pier,” Ana Ruiz barked and walked away.", "Ana Ruiz", Strength.NAMED),
    # a ruling or a verdict with its agent
    (
        "The mask ban was ruled illegal by the Harbor County court on Monday.",
        "the Harbor County court",
        Strength.NAMED,
    ),
    ("The harbour master was found guilty of fraud by a jury.", "a jury", Strength.ANONYMOUS),
    # an outlet's headline, story or cover that says something
    (
        "The Gazette ran a front-page headline saying the levy was dead.",
        "The Gazette",
        Strength.NAMED,
    ),
    ("The tabloid did a cover calling the mayor a quitter.", "The tabloid", Strength.NAMED),
    # a passive plea with its agent
    ("Voters were implored by the mayor to turn out early.", "the mayor", Strength.NAMED),
    # partial attributions: another's words, phrase or telling
    (
        "The deal was, in the words of one council member, “dead on arrival.”",
        "one council member",
        Strength.ANONYMOUS,
    ),
    ("The levy is, to use the senator's phrase, a “blank check.”", "the senator's", Strength.NAMED),
    (
        "The so-called “reform,” in the governor's telling, will save $10 million.",
        "the governor's",
        Strength.NAMED,
    ),
    # a newsletter as a document
    (
        "According to the union's newsletter, catches fell by half.",
        "the union's newsletter",
        Strength.NAMED,
    ),
    # a restrictive relative clause, then the name of its noun
    (
        "The council member who proposed the ban, Jane Ortiz, argued that it would save lives.",
        "The council member who proposed the ban, Jane Ortiz",
        Strength.NAMED,
    ),
    # ... but not when the clause ends on a person, whom the name may be
    (
        "The aide who met the minister, Ana Ruiz, said the pier was unsafe.",
        "The aide",
        Strength.ANONYMOUS,
    ),
    # people described by where they are
    (
        "According to people on the pier, the mayor left early.",
        "people on the pier",
        Strength.ANONYMOUS,
    ),
]

NOT_SOURCED = [
    "The baby screamed all night.",
    "She beamed as the ferry docked.",
    "“I am so proud of this town,” I sighed.",
    "The pier, known as “the Mole,” roared with traffic.",
    "He read the letter twice before the meeting.",
    "A second vote was ruled out by the rain.",
    "The wreck was found by divers in May.",
    "The Gazette ran a long story on the flood.",
    "The station aired an ad for the ferry on Sunday.",
    "To use a sailor's term, the pier is listing.",
    "The pier was built by workers from three towns.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)


@pytest.mark.parametrize(
    ("quotation", "tag", "source"),
    [
        ("“Sink the levy!”", "the crowd cried out, booing.", "the crowd"),
        (
            "“Who will pay for the pier?”",
            "a council clerk in the room wondered.",
            "a council clerk",
        ),
        (
            "“What a night!”",
            "beamed Tom Hale of Harborville, who had waited since dawn.",
            "Tom Hale",
        ),
    ],
)
def test_a_tag_cut_from_its_quotation_speaks_for_it(quotation: str, tag: str, source: str) -> None:
    before, after = audit_sentences(["The pier reopened on Monday.", quotation, tag]).sentences[1:]
    assert after.label is Label.SOURCED, tag
    assert before.label is Label.SOURCED, quotation
    assert before.attribution is not None and source in before.attribution.source.text


def test_a_name_that_opens_the_next_sentence_is_no_tag() -> None:
    sentences = audit_sentences(
        ["The mayor called the levy “a disgrace.”", "Ruiz laughed at the plan on Monday."]
    ).sentences
    assert sentences[1].label is not Label.SOURCED


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Ruiz: The pier will reopen in May; jobs are safe", "Ruiz"),
        ("Ruiz on the Harbour Levy: The Toll Will Not Survive the Winter", "Ruiz"),
    ],
)
def test_a_headline_names_its_speaker(headline: str, speaker: str) -> None:
    sentence = audit_sentences([headline, "The pier closed on Monday."], headline=True).sentences[0]
    assert sentence.label is Label.SOURCED, headline
    assert sentence.attribution is not None
    assert sentence.attribution.source.text == speaker


@pytest.mark.parametrize(
    "headline",
    [
        "Analysis: The Harbour Levy Will Not Survive the Winter",
        "Thoughts On the Levy: The Toll Will Not Survive the Winter",
    ],
)
def test_a_kicker_is_no_speaker(headline: str) -> None:
    sentence = audit_sentences([headline, "The pier closed on Monday."], headline=True).sentences[0]
    assert sentence.label is not Label.SOURCED, headline
