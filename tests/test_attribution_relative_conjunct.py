"""The second verb of a relative clause set off by a comma (issue 20, branch attr-recall17):
"helps the harbour master, who sailed in late and said ...". No comma closes the clause
before "and", so the second verb is the clause's too and its speaker is the one "who"
stands for, even where the main clause's subject is no speaker. The cue ranks as a
relative clause's, below a main clause's own cue. And what stays as it was: a clause closed
by a comma before "and" (the main subject speaks), a restrictive clause, a passive.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import assert_source, not_sourced_test, one, sourced_test

from auditor.models import Strength

SOURCED = [
    (
        "The new timetable suits the harbour master, who sailed in late and said she would stay.",
        "the harbour master",
        Strength.NAMED,
    ),
    (
        "The recount pleased the senator, who is enjoying the campaign and is saying she will not "
        "rush.",
        "the senator",
        Strength.NAMED,
    ),
    (
        "The ruling angered the protesters, who marched to the quay and warned that they "
        "would strike.",
        "the protesters",
        Strength.ANONYMOUS,
    ),
    # a comma closes the clause: the second verb is the main clause's
    (
        "The harbour master met the ferry crews, who were tired, and said the slipway would close.",
        "The harbour master",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    # a closed clause and no other speaker
    "The ruling angered the ferry crews, who were tired, and closed the slipway.",
]


def test_a_passive_second_verb_is_not_the_relative_owner_s() -> None:
    # "confirmed by the board": the board confirms, not Ana Ruiz
    assert_source(
        "The toll bridge was handed to Ana Ruiz, who was nominated and confirmed by the board.",
        "the board",
        Strength.NAMED,
    )


def test_a_main_clause_cue_outranks_the_relative_clause_second_verb() -> None:
    assert_source(
        "Ana Ruiz told a story about the harbour master, who sailed in late and said she "
        "would stay.",
        "Ana Ruiz",
        Strength.NAMED,
    )


def test_a_restrictive_clause_keeps_no_source_for_its_second_verb() -> None:
    sentence = one("The tide favoured a young pilot who looked at the quay and asked who built it.")
    assert sentence.attribution is None


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
