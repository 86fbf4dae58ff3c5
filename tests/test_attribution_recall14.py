"""Missed sources (issue 20), closed by construction: a position held firm or doubted ("remained
firm that", "were sceptical that"); a message with its addressee before "to say" or "to remind"
("e-mailed staff to remind them that"); people described by where they post ("according to
some on Twitter"); a person named by age ("the 43-year-old asked"); a relative clause opened
after a dash ("The audit -- which notes that ... --"); a document whose phrases open with a
joining preposition before an apposition ("An article on Monday about the pier, drawn from ...,
reported"); a definite role's answer, reply or view "was that"; "declined to publicly detail";
"anticipated that"; a finding given before its finder ("..., the institute found."); what "is
explained in an affidavit"; "did offer his opinion". And what must stay unsourced: firm ground,
an infinitive of purpose, chairs set out in rows, a discount offered, a bare
"people", an age before a noun that is no source, a storm's message, the writer's supposition.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # a position held firm or doubted
    (
        "The harbour board remained firm that the quay would reopen in spring.",
        "The harbour board",
        Strength.NAMED,
    ),
    (
        "Two councillors were sceptical that the ferry could pay its way.",
        "Two councillors",
        Strength.ANONYMOUS,
    ),
    # a message with its addressee before the infinitive of saying
    (
        "The treasurer e-mailed staff to remind them that the audit was due.",
        "The treasurer",
        Strength.NAMED,
    ),
    ("The coach texted his players to say the match was off.", "The coach", Strength.NAMED),
    # people described by where they post
    (
        "According to some on Twitter, the singer was in disguise at the pier.",
        "some on Twitter",
        Strength.ANONYMOUS,
    ),
    (
        "According to people on Facebook, the ferry left an hour late.",
        "people on Facebook",
        Strength.ANONYMOUS,
    ),
    # a person named by age
    (
        "The 43-year-old asked why the road to the pier had not been repaired.",
        "The 43-year-old",
        Strength.NAMED,
    ),
    ("Two 19-year-olds argued that the ferry fare was unfair.", "Two 19-year-olds", "anonymous"),
    # a relative clause after a dash
    (
        "The audit -- which notes that 40 towns lack clinics -- should worry the board.",
        "The audit",
        Strength.NAMED,
    ),
    (
        "The harbour master — who notes that the quay is sinking — wants a new survey.",
        "The harbour master",
        Strength.NAMED,
    ),
    # a document whose phrases open with a joining preposition, then an apposition
    (
        "An article on Tuesday about the pier, drawn from council papers, reported that the "
        "beams were rotten.",
        "An article",
        Strength.ANONYMOUS,
    ),
    # a definite role's answer or response "was that"
    (
        "The city council's response was that the quay had been sold.",
        "The city council's",
        Strength.NAMED,
    ),
    (
        "The port authority declined to publicly detail its own inquiry.",
        "The port authority",
        "named",
    ),
    # a finding, then its finder in a closing tag
    (
        "Most of the new capital went to wind farms, twice as much as in 2015, the Harbour "
        "Energy Institute found.",
        "the Harbour Energy Institute",
        Strength.NAMED,
    ),
    ("Rents doubled in two years, the Tide Gazette found.", "the Tide Gazette", "named"),
    # a document in a passive of explaining or laying out
    (
        "The charge against the pilot is detailed in an affidavit filed by Tom Hale, a "
        "harbour detective.",
        "an affidavit filed by Tom Hale",
        Strength.NAMED,
    ),
    (
        "The plan to sell the pier was laid out in a confidential memo dated May 3.",
        "a confidential memo",
        Strength.ANONYMOUS,
    ),
    # "offer" after an auxiliary
    (
        "The mayor did offer her opinion of the harbour plan.",
        "The mayor",
        Strength.NAMED,
    ),
    (
        "The senator anticipated that a session with dock owners would turn to the levy.",
        "The senator",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "The ground was firm that morning, so the match went ahead.",
    "The lab repeated the test to confirm the result.",
    "The crew posted guards at the gate to keep order.",
    "According to people, the singer was in disguise.",
    "According to people on social media, the singer was in disguise.",
    "A 10-year-old ferry sank near the pier.",
    "The storm — which suggests that the climate is changing — hit the coast.",
    "The board shelved the audit – which will put the mayor in a bind.",
    "The storm's message was that the coast is not safe.",
    "Few could have anticipated that a storm would take the pier.",
    "It was the best seat the family found.",
    "The chairs were set out in rows before the meeting.",
    "The firm will offer a discount to new customers.",
    "The ferry sank and the crew were never found.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
