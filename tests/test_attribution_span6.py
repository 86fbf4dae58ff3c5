"""Source spans and strength (issue 20, attr-span6): a relative clause inside the subject
is not the source ('Analysts who follow the company expect' -> Analysts, not the company);
an apposition that names a described speaker after the verb makes it named ('..., said
another parent, Tom Hale.'); a question's inverted auxiliary is no part of its source ('Why
did the harbour master say'); a time after a participle is no speaker ('The deal, announced
Friday, ...'). Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

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
        "Local unions that have endorsed him say they want a recount.",
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
