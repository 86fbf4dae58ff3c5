"""The long tail of evaluative words (issue 21): understatement and colloquial degree,
nicknames a camp's opponents coin, verdicts of unfitness for a role, and metaphors of
filth and decay, each a class of the writer's grading; their plain senses stay quiet."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

UNDERSTATEMENT = "intensifier.understatement"


@pytest.mark.parametrize(
    "text",
    [
        "The launch of the new ferry was anything but smooth.",
        "The harbour board is nothing if not stubborn.",
        "The landlord has been less than forthcoming about the repairs.",
        "The new parking rules are not exactly popular in the village.",
        "The turnout at the quarry meeting was pretty thin.",
        "Whether the mill reopens this spring is far from clear.",
    ],
)
def test_understatement_grades_in_the_writers_voice(text: str) -> None:
    s = one(text)
    assert UNDERSTATEMENT in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The mill employs less than half the staff it had in 1990.",
        "Rents in the valley rose less than forecast last year.",
        "The two bus routes are not exactly the same.",
        "The clerk was not sure when the mill would reopen.",
        "It is not exactly clear who owns the quarry.",
        "The painter sold a pretty watercolour of the harbour.",
        '"The launch was anything but smooth," the harbour master said.',
    ],
)
def test_amounts_sameness_and_quotations_are_not_understatement(text: str) -> None:
    assert UNDERSTATEMENT not in fired(one(text))
