"""Reporting verbs and idioms the reader missed on unjudged articles (issue 20, attr-recall3):
a stated side ("sided with"), guesses and reasoning put into words ("speculated that",
"surmised", "posited that"), pleading, vouching, speaking out, weighing in and pushing back,
an argued case ("pressed the case that", "made a strong case for"), a retraction ("backed
away from an earlier suggestion that", "walked back its comments"), concerns "voiced by" a party,
a word "as the minister described it" (partial attribution), "elaborated", a verb of
writing before the medium it was written in ("in an opinion piece for", "in her book"),
and a verb of saying in a purpose infinitive ("went on CNN to declare", "stood at a rally
to say", "went on to say").
Label, source and strength; and the second senses that must stay unattributed.
Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    ("Gov. Ana Ruiz, for her part, sided with the dock workers.", "Gov. Ana Ruiz", Strength.NAMED),
    ("Two harbour pilots sided against the new fees.", "Two harbour pilots", Strength.ANONYMOUS),
    (
        "In a radio interview on Friday, Mayor Tom Hale speculated that the ferry could be sold.",
        "Mayor Tom Hale",
        Strength.NAMED,
    ),
    (
        "The ferry will not sail again this year, as some residents have speculated.",
        "some residents",
        Strength.ANONYMOUS,
    ),
    (
        "The drop in visitors was probably due to the storm, the harbour master surmised.",
        "the harbour master",
        Strength.NAMED,
    ),
    ("Ana Ruiz posited that the levy would drive trade away.", "Ana Ruiz", Strength.NAMED),
    (
        "The union leader reasoned that the strike would cost less.",
        "The union leader",
        Strength.NAMED,
    ),
    (
        "The bishop pleaded with the council to keep the pier open.",
        "The bishop",
        Strength.NAMED,
    ),
    (
        "Two former captains vouched for the new harbour master.",
        "Two former captains",
        Strength.ANONYMOUS,
    ),
    ("The senator spoke out against the port levy.", "The senator", Strength.NAMED),
    ("Civic leaders spoke out publicly against the new toll.", "Civic leaders", Strength.ANONYMOUS),
    ("Several analysts weighed in on the deal.", "Several analysts", Strength.ANONYMOUS),
    (
        "The ministry has pushed back on claims that the pier is unsafe.",
        "The ministry",
        Strength.NAMED,
    ),
    (
        "The governor pressed the case that tolls must stay low.",
        "The governor",
        Strength.NAMED,
    ),
    ("Ana Ruiz made a strong case for the new ferry.", "Ana Ruiz", Strength.NAMED),
    (
        "The union has been laying out its case against the levy for weeks.",
        "The union",
        Strength.NAMED,
    ),
    (
        "Mayor Hale backed away from an earlier suggestion that he might pay the fines himself.",
        "Mayor Hale",
        Strength.NAMED,
    ),
    ("The ministry walked back its earlier comments on the port.", "The ministry", Strength.NAMED),
    (
        "The concerns being voiced by many residents go beyond the fee.",
        "many residents",
        Strength.ANONYMOUS,
    ),
    (
        "The vote was delayed by doubts voiced by two board members.",
        "two board members",
        Strength.ANONYMOUS,
    ),
    (
        'The "reset," as the minister described it, failed within a year.',
        "the minister",
        Strength.NAMED,
    ),
    (
        "The levy, as the union characterized it, is a tax on the poor.",
        "the union",
        Strength.NAMED,
    ),
    (
        "Ruiz elaborated in an opinion piece for the Tide Gazette that the plan had failed.",
        "Ruiz",
        Strength.NAMED,
    ),
    (
        "A retired pilot stood at the harbour meeting to say he would vote against the levy.",
        "A retired pilot",
        Strength.ANONYMOUS,
    ),
    (
        "Mayor Ruiz went on local radio to declare the ferry a failure.",
        "Mayor Ruiz",
        Strength.NAMED,
    ),
    (
        "The governor appeared on two morning shows to defend his record on the port.",
        "The governor",
        Strength.NAMED,
    ),
    ("Ana Ruiz went on to say that the pier would close in May.", "Ana Ruiz", Strength.NAMED),
    (  # the speaker of the infinitive, not the subject of the clause before "when"
        "Police went to the house when Ana Ruiz called to complain about the noise.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "Ana Ruiz writes in her book The Long Winter that the mill closed in 1932.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "Investors speculated on oil prices all week.",
    "The boxer weighed in at 150 pounds.",
    "The city pushed back the deadline to May.",
    "The driver backed away from the wall.",
    "She walked back to the car.",
    "In that case, the ferry will sail on Monday.",
    "The court heard the case for two days.",
    "Few rivals could still make a convincing case for the job.",
    "Fears of a flood grew by the hour.",
    "The ferry described a wide arc as it turned.",
    "The fees, as described, are too high.",
    "The firm's failed ventures were a warning.",
    "The cabin walls were sided with cedar planks.",
    "Mayors usually do not weigh in on court cases.",
    "It seems unlikely that the board would push back against the plan.",
    "We still honour those who spoke out.",
    "The mayor appeared to push the board toward a vote.",
    "Hundreds of friends came to the harbour to say goodbye.",
    "Villagers took up arms to defend the town.",
    "The council used the money to repair the pier.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)


test_no_source_is_read = not_sourced_test(NOT_SOURCED)
