"""SOURCED precision (issue 20), from attr-question's reading of polnear-dev: a direct question
of the writer's about what a party will or might say or do ("How hard will the senator
attack?"), or about how it responded with no answer given ("How has the ministry
responded?"), reports no statement; "according to" before a measure of the subject itself
("according to her height") means "in proportion to" and names no source. A question that
reports a statement ("Why did she say ...?") and "according to" before a source still
attribute.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # a question that reports what was said keeps its source
    ("Why did Ann Roe say the pier was unsafe?", "Ann Roe", Strength.NAMED),
    ("Did the ferry company deny that the boat was late?", "the ferry company", Strength.NAMED),
    # a future statement reported as fact, not asked
    (
        "The governor will say on Monday whether the port reopens.",
        "The governor",
        Strength.NAMED,
    ),
    # a question inside a sentence that reports it
    (
        "The mayor asked whether the union would respond before the vote.",
        "The mayor",
        Strength.NAMED,
    ),
    # "according to" before a source owned by the subject
    ("The ferry sailed in 1961, according to its own logbook.", "its own logbook", Strength.NAMED),
    ("She was born in 1970, according to her memoir.", "her memoir", Strength.NAMED),
]

NOT_SOURCED = [
    "How hard will the governor attack?",
    "2) How hard will Ann Roe attack the budget?",
    "What would the harbour master say to the ferry crews?",
    "And how will the mayor explain the missing funds?",
    "Will the union leaders respond before the vote?",
    "How has the port authority responded?",
    "So how did the ferry company react to the strike?",
    "The boxer counts as a heavyweight according to his body mass index.",
    "Each family pays according to its income.",
    "The crates are stacked according to their size and weight.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
