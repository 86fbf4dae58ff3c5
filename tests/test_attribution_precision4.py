"""SOURCED precision, source and strength (issue 20): second senses read by their complements,
the writer as no source, nouns that look like verbs, statements posted or opened with,
'has written', plural agreement, and pronouns for a set.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_text
from auditor.models import Label, Strength

SOURCED = [
    # "add" before a clause (with or without "that") or a remark is speech
    ("He added the plan was dead.", "He", Strength.NAMED),
    ("She added the talks would resume on Friday.", "She", Strength.NAMED),
    ("He added the company's shares fell in May.", "He", Strength.NAMED),
    ("The minister added a warning about the budget.", "The minister", Strength.NAMED),
    ("The minister added the caveat that funds were short.", "The minister", Strength.NAMED),
    # joining a call is a position: "added her voice to calls for"
    ("Lina Holt added her voice to calls for an inquiry.", "Lina Holt", Strength.NAMED),
    # a statement one begins with or posts
    (
        "Mayor Ana Ruiz began Monday with a carefully worded tweet that named no one.",
        "Mayor Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "Ana Ruiz posted her support for the dock strike on Facebook an hour before the vote.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    # "has written" and an inverted "remembered" after a quotation
    (
        "Marta Solberg has written that a tariff is a tax on the buyer.",
        "Marta Solberg",
        Strength.NAMED,
    ),
    (
        "\u201cA tariff is a tax on the buyer,\u201d Marta Solberg, a fellow at the Harbour "
        "Institute, has written.",
        "Marta Solberg",
        Strength.NAMED,
    ),
    (
        "\u201cWe had no money left,\u201d remembered Tomas Lind, the firm's former spokesman.",
        "Tomas Lind",
        Strength.NAMED,
    ),
    # a tag after a name holds an "I" that is no writer: "(D-R.I.)"
    (
        "Sen. Lina Holt (D-R.I.), said on Tuesday that the port was closed.",
        "Sen. Lina Holt (D-R.I.)",
        Strength.NAMED,
    ),
    # a writer inside an aside does not make the lead-in the writer's
    (
        "Chef Lina Ortiz, whom we met in May, has a motto: "
        "\u201ca slow start is a safe start!\u201d",
        "Chef Lina Ortiz, whom we met in May, has a motto",
        Strength.NAMED,
    ),
    # one capitalised word in -s with a plural verb is an unnamed set
    ("The Latest: Mourners say the parade was too loud.", "Mourners", Strength.ANONYMOUS),
    ("Picketers believe the strike will last.", "Picketers", Strength.ANONYMOUS),
    ("That said, Millennials say the rent is too high.", "Millennials", Strength.ANONYMOUS),
    # a cue in a restrictive clause on a noun, or in a comparison, yields to the main report
    (
        "The harbour board released a short video that accuses the mayor of lying.",
        "The harbour board",
        Strength.NAMED,
    ),
    (
        "Lirana Bank leaders have denied claims made in a viral forum post that said the bank "
        "misreported its sales.",
        "Lirana Bank leaders",
        Strength.ANONYMOUS,
    ),
    (
        "City officials later admitted that the spill was ten times larger than they had "
        "first reported.",
        "City officials",
        Strength.ANONYMOUS,
    ),
    # "someone" is a described person, as "a person" is
    ("Someone posted a memo that said rents would rise.", "Someone", Strength.ANONYMOUS),
    (
        "Someone close to the mayor said rents would rise.",
        "Someone close to the mayor",
        Strength.ANONYMOUS,
    ),
    # "more than" before a count opens no comparison
    (
        "More than 6 in 10 dock workers said the pier was unsafe.",
        "6 in 10 dock workers",
        Strength.ANONYMOUS,
    ),
    # ... but a name takes "says", and a past form tells no number
    ("Lindqvist says the parade was too loud.", "Lindqvist", Strength.NAMED),
    ("Reuters say the talks failed.", "Reuters", Strength.NAMED),
]

NOT_SOURCED = [
    # "add" with an object noun phrase ended by a preposition or the sentence
    "Tomas Lind added a goal as the Harriers beat the Gulls.",
    "Stir the pears before adding the lemon juice.",
    "He added the budget to the agenda.",
    # a verb of saying, or "attack", after a determiner or a number is a noun
    "Lena Ruiz and her husband died in a crash after the Jan. 4 attack that left nine dead.",
    "Since the 2015 attacks, the square has been closed.",
    "The hearing began with the statement the clerk read aloud.",
    # the writer is no source
    "We've said it before, and often: the port needs a new crane.",
    "I've said it before: the port needs a new crane.",
    "This is why I keep telling readers: \u201ca slow start is a safe start!\u201d",
    # things posted or written are not statements
    "She posted a blurry photo of the pier on Instagram.",
    "If it looked as if the mayor had written the speech herself, she had.",
    "It was the letter she had written.",
    "A written statement was handed to reporters.",
    "The festival opened with a video of the harbour at dawn.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)


test_not_sourced = not_sourced_test(NOT_SOURCED)


def test_he_does_not_stand_for_a_set_opening_with_a_plural_verb() -> None:
    report = audit_text(
        "Ana Ruiz, head of research at Lirana Bank, said the market was narrow. "
        "Midcaps are lagging the index. "
        "\u201cNobody expects a broad rally,\u201d he said."
    )
    last = report.sentences[-1]
    assert last.attribution is not None
    assert last.attribution.source.resolved_to == "Ana Ruiz"


def test_they_may_stand_for_a_set_opening_with_a_plural_verb() -> None:
    report = audit_text(
        "The harbour pilots met on Monday. Pilots are tired of the delays. "
        "\u201cWe will not sail,\u201d they said."
    )
    last = report.sentences[-1]
    assert last.label is Label.SOURCED
