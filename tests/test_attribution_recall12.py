"""Missed sources (issue 20), closed by construction: an object relative clause whose subject
describes something "as" ("a fire that the mayor described as", "whom one insider described
as"); a passive portrayal with its agent and its "as" ("portrayed by the mayor as"); a view
defended ("defended the view that"); an expectation whose object opens with a possession
("expect the port's cargo volumes to fall"); advice, concerns, conclusions and findings a named
party owns ("the inspector's growing concern that"); "pooh-poohed"; "those around" someone
and "those who know him"; a document's prepositional phrase before an apposition ("An
article about the pier, drawing on council papers, reported"); what a party does in its own
statement, interview or speech opening the sentence ("In a radio interview, the mayor joked
about").
And what must stay unsourced: the passive and the writer's own "described as", an actor's
part and a painter's picture, a view nobody owns, a modal's perfect ("readers would have
expected"), "those who" with a verb of no saying, a relative clause with no "as"; a video's
scene, a place or a speech's own clause before the comma, a speech's audience.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # an object relative clause: its subject describes the noun "as" something
    (
        'Two sheds burned in a fire that Mayor Ana Ruiz described as "a deliberate act."',
        "Mayor Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "The levy, which the union described as a tax on the poor, passed on Monday.",
        "the union",
        Strength.NAMED,
    ),
    (
        "Her deputy is Tom Reyes, whom one council insider described as her shadow.",
        "one council insider",
        Strength.ANONYMOUS,
    ),
    # a passive portrayal with its agent and its "as"
    ("The flood was first portrayed by the mayor as a minor leak.", "the mayor", Strength.NAMED),
    (
        "The strike has been depicted by the mayor's office as a political stunt.",
        "the mayor's office",
        Strength.NAMED,
    ),
    # a view defended
    (
        "The harbour board is defending the idea that the pier was safe.",
        "The harbour board",
        Strength.NAMED,
    ),
    # an expectation whose object opens with a possession
    (
        "Analysts expect the port's cargo volumes to fall next year.",
        "Analysts",
        Strength.ANONYMOUS,
    ),
    # a named party's concern, conclusion or advice
    (
        "The board ignored the inspector's growing concern that the beam was cracked.",
        "the inspector's",
        Strength.NAMED,
    ),
    # "pooh-poohed", a loaded verb of dismissal
    (
        "Councillor Reyes pooh-poohed the auditors' report on the fund.",
        "Councillor Reyes",
        Strength.NAMED,
    ),
    # those around someone, those who know him
    (
        "Those around the mayor acknowledge that a third term seems unlikely.",
        "Those around the mayor",
        Strength.ANONYMOUS,
    ),
    ("Those who know him say he will run again.", "Those who", Strength.ANONYMOUS),
    # a document's prepositional phrase before an apposition
    (
        "An article about the pier, drawing on papers from the council, reported that"
        " the beam had cracked.",
        "An article",
        Strength.ANONYMOUS,
    ),
    # a party's own statement, interview or speech opening the sentence
    (
        "In a radio interview with the Courier, the mayor joked about moving abroad.",
        "the mayor",
        Strength.NAMED,
    ),
    (
        "In his speech on Monday, Tom Reyes laid out three plans for the pier.",
        "Tom Reyes",
        Strength.NAMED,
    ),
    (
        "During a briefing with reporters, the council showed photos of the leak.",
        "the council",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "The levy, which was later described as a tax on the poor, passed.",
    "The levy, which I described as a tax on the poor, passed.",
    "The ferry that the mayor described in her speech sank in 1990.",
    "The harbour master was portrayed by a young actor in the film.",
    "The old pier is depicted by the painter as it looked in 1900.",
    "The view that the pier was safe was hard to defend.",
    "The concern that the beam was cracked was never checked.",
    "Readers would have expected the harbour board's engineers to check the beam.",
    "The fans who came to the pier stood around the stage for an hour.",
    "Those who came early got the best seats.",
    "In the video, the mayor walks along the pier.",
    "In a small harbour town, the mayor opened a new pier.",
    "In a speech that lasted an hour, the mayor cheered twice.",
    "During his speech, the crowd cheered twice.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
