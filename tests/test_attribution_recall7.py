"""Attributions read as the writer's words (issues 20 and 21, attr-recall7): 'attempted to'
before a verb of characterising ('attempted to portray X as'), 'was quoted as claiming' and
the other verbs of saying after 'quoted as', a belief set as an aside inside the claim it
owns (', the union believes,', '(she believes)'), figures given as a poll's ('In a new
Gallup poll, ...'), 'rule out' in every form ('did not rule out'), 'refused to' or
'declined to' before a verb of stance ('refused to endorse'), and time or a speech 'spent
defending' a plan. Label, source and strength; and the second senses and the writer's own
asides that must stay unattributed. Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    # 'attempted to' stands between the party and its verb, as 'tried to' does
    (
        "The harbour board attempted to portray the strikers as greedy.",
        "The harbour board",
        Strength.NAMED,
    ),
    ("Ana Ruiz also attempted to cast the levy as a tax on fishermen.", "Ana Ruiz", Strength.NAMED),
    # 'quoted as' with a verb of saying other than 'saying'
    (
        "The coach was quoted as claiming the referee had been paid off.",
        "The coach",
        Strength.NAMED,
    ),
    (
        "Two dock workers were quoted in the weekly as calling the audit a farce.",
        "Two dock workers",
        Strength.ANONYMOUS,
    ),
    # a belief as an aside, between commas or in brackets
    (
        "The new levy, the union believes, will drive boats out of the harbour.",
        "the union",
        Strength.NAMED,
    ),
    ("That ferry deal, Ana Ruiz argues, came years too late.", "Ana Ruiz", Strength.NAMED),
    (
        "Such cuts, many growers fear, will close the smallest farms.",
        "many growers",
        Strength.ANONYMOUS,
    ),
    ("The pier (the union suspects) was never inspected.", "the union", Strength.NAMED),
    # figures given as a poll's or a study's, the phrase opening the sentence
    (
        "In a new Harbour Weekly poll, the mayor led her rival by nine points.",
        "a new Harbour Weekly poll",
        Strength.NAMED,
    ),
    (
        "In the latest Tide Gazette survey, conducted in June, the mayor led on every question.",
        "the latest Tide Gazette survey",
        Strength.NAMED,
    ),
    # ruling a course out, or not, is a stated position
    (
        "The port director did not rule out a second dredging.",
        "The port director",
        Strength.NAMED,
    ),
    ("Ana Ruiz would not rule out a run for mayor.", "Ana Ruiz", Strength.NAMED),
    (
        "In a Harbour Weekly poll last month, Mr. Hale had a clear lead.",
        "a Harbour Weekly poll",
        Strength.NAMED,
    ),
    # a stretch of time or a speech spent saying or attacking
    ("The mayor spent much of her speech defending the new levy.", "The mayor", Strength.NAMED),
    (
        "Ana Ruiz spent the last week of the race portraying her rival as idle.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    # refusing to take a stance, as 'tried to' stands before the verb
    ("The senator refused to endorse the mayor.", "The senator", Strength.NAMED),
    (
        "Two council members declined to rule out a vote on the levy.",
        "Two council members",
        Strength.ANONYMOUS,
    ),
]

NOT_SOURCED = [
    "The levy, I think, will ruin the harbour.",
    "The new levy, we believe, is unfair to fishermen.",
    "Those who believe, as many do, that the pier is safe are wrong.",
    "The crowd believed, and cheered.",
    "The shares were quoted as falling in early trading.",
    "He hailed a cab outside the harbour office.",
    "The old king was portrayed in the film as a tyrant.",
    "The crew attempted to repair the crane before the storm.",
    "In the study, a lamp was still burning at midnight.",
    "In the study of history, dates matter less than causes.",
    "At the polls, the queues were long all morning.",
    "A sprained ankle will rule the striker out of the final.",
    "He was ahead. In the polls, anyway.",
    "The senator refused to leave the room.",
    "The crew declined to sail in the storm.",
    "The union spent $2 million on ads attacking the mayor.",
    "The crew spent the night repairing the crane.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)


def test_a_belief_aside_takes_the_party_named_before_it() -> None:
    """An aside's pronoun is the person the story has just named, not the writer."""
    article = audit_sentences(
        ["Ana Ruiz runs the port authority.", "The levy, she believes, will ruin the port."]
    )
    aside = article.sentences[1]
    assert aside.label is Label.SOURCED
    assert aside.attribution is not None
    assert aside.attribution.source.text == "she"
