"""Missed SOURCED (issue 20), closed by construction: a document right before "by" and its
author when a describing word stands before the author's name ("a study by the nonpartisan
Tide Budget Office found"); a subject that opens with a noun compound the lexicons lack ("The
port authority is angry ..., saying"); the progressive of a raising verb ("is trying to tell
voters that"); adverbs of manner in a hyphen ("flat-out denied"); a week or a debate spent
"trying to tell" or "telling"; a described speaker after a verb of saying ('"...,"
quipped the harbour master.'); a position noun owned by a pronoun ("Her argument was that",
"His assumption, voiced on the radio, was that"); convincing or persuading hearers "that";
verbs that report only before a "that" clause ("The court held that", "notified the council
that"); "lauded", "disavowed", "reaffirmed".
And what must stay unsourced: a fine "by" a court, a participle after a noun that is no
subject of its infinitive ("trapped in a dead end trying to explain"), a second verb inside
an adverbial clause that has its own subject, "be reassuring" as an adjective, calling a
bluff, the writer's "My view", a hope, a storm that convinced no one of anything by speaking.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import one

from auditor.models import Label, Strength

SOURCED = [
    # a document right before "by", its author's name after a describing word
    (
        "A study by the nonpartisan Tide Budget Office found that the levy would raise $20m.",
        "A study by the nonpartisan Tide Budget Office",
        Strength.NAMED,
    ),
    (
        "An analysis by the left-leaning Harbour Policy Institute found that fares would double.",
        "An analysis by the left-leaning Harbour Policy Institute",
        Strength.NAMED,
    ),
    # a subject that opens with a compound the lexicons lack, read from the front
    (
        "The port authority is angry with the shipping lines, saying they failed to report delays.",
        "The port authority",
        Strength.NAMED,
    ),
    (
        "The new harbour commission voted to close the pier and said the decision was final.",
        "The new harbour commission",
        Strength.NAMED,
    ),
    # the progressive of a raising verb
    (
        "The mayor is now trying to tell voters that the budget is balanced.",
        "The mayor",
        Strength.NAMED,
    ),
    (
        "The union has been trying to convince members that the deal is fair.",
        "The union",
        Strength.NAMED,
    ),
    (
        "The ferry company was seeking to assure passengers that the crossing was safe.",
        "The ferry company",
        Strength.NAMED,
    ),
    # a hyphenated adverb of manner before the verb
    ("The bank flat-out denied the reports on Tuesday.", "The bank", Strength.NAMED),
    # time or a debate spent telling
    (
        "The three leaders have spent the week trying to tell voters that the feud is over.",
        "The three leaders",
        Strength.ANONYMOUS,
    ),
    (
        "Ana Ruiz spent most of the debate telling viewers she would cut fares.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    # a described speaker after a verb of saying, at the end of the clause
    (
        "\u201cThe pier is failing,\u201d quipped the harbour master.",
        "the harbour master",
        Strength.NAMED,
    ),
    ("The levy is unfair, countered the port director.", "the port director", Strength.NAMED),
    ("The pier will close in May, said the harbour master.", "the harbour master", Strength.NAMED),
    (
        "\u201cWe had no choice,\u201d conceded one union official.",
        "one union official",
        Strength.ANONYMOUS,
    ),
    # verbs that report only before a "that" clause; praise and repudiation
    ("The court held that the levy was lawful.", "The court", Strength.NAMED),
    (
        "The agency notified the council that the dam was unsafe.",
        "The agency",
        Strength.NAMED,
    ),
    ("Most traders figured that the port would reopen.", "Most traders", Strength.ANONYMOUS),
    ("The mayor lauded the crew for its courage.", "The mayor", Strength.NAMED),
    ("The union disavowed the leaflet on Monday.", "The union", Strength.NAMED),
    (
        "The pier was failing, warned the port director.",
        "the port director",
        Strength.NAMED,
    ),
    # a belief tag closing the sentence
    (
        "The mayor will be voted out, some councillors think.",
        "some councillors",
        Strength.ANONYMOUS,
    ),
    # convincing and persuading that
    (
        "Ana Ruiz persuaded the council that the pier could be saved.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "A fine by the court angered the fishermen.",
    "During the debate, the senator got trapped in a dead end trying to explain the difference.",
    "The mayor is trying to be reassuring.",
    "The mayor called the union's bluff and closed the pier.",
    "My view is that the levy is unfair.",
    "Her hope is that the pier reopens.",
    "The ferry strike, which began in May, convinced many residents that the port was dying.",
    "Ana Ruiz persuaded the council to sell the pier.",
    "The crew spent the week trying to tell the two wrecks apart.",
    "Ana Ruiz is trying to sell the house.",
    "The council met on Friday, continued the talks on Monday and closed the pier.",
    "The war ended, recalled the ambassador to the capital.",
    "The guards held that position for a week.",
    "The crew figured that out on Friday.",
    "Ana Ruiz assumed office in May.",
    "The mayor was briefed on the storm.",
    "The harbour town underscores that small ports can thrive.",
    "The pier was failing, and she believed it.",
    "The pier was failing, I think.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)


def _source_after(context: str, text: str) -> tuple[Label, str | None]:
    from auditor.api import audit_sentences

    sentence = audit_sentences([context, text]).sentences[1]
    source = sentence.attribution.source.text if sentence.attribution else None
    return sentence.label, source


def test_a_position_noun_owned_by_a_pronoun_is_its_owners() -> None:
    label, source = _source_after(
        "Ana Ruiz spoke on Friday.", "Her argument was that the levy is unfair."
    )
    assert label is Label.SOURCED
    assert source == "Her"


def test_an_aside_may_stand_between_the_position_noun_and_its_copula() -> None:
    label, _ = _source_after(
        "Tom Hale spoke on the radio.",
        'His assumption, stated plainly on the air, was that "as fares fall," riders would return.',
    )
    assert label is Label.SOURCED


def test_a_second_verb_in_an_adverbial_clause_is_that_clauses_subjects() -> None:
    # the quotation once hid the clause, and the sentence's subject was read for "proposed"
    sentence = one(
        'The donors were upset after Lund called the bankers "pirates" and proposed a new tax.'
    )
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.source.text == "Lund"
