"""The writer weighs, grades and faults (issue 21): argument contrasts, verdicts of need and
lack, habits pinned on a party, a review's recommendation, an omission faulted."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

CONTRAST, NEED, HABIT, RECOMMEND, FAILURE, LABEL = (
    "stance.contrast-verdict",
    "evaluative.need-verdict",
    "stance.habitual-aside",
    "evaluative.recommendation",
    "evaluative.failure-verdict",
    "labels.charged",
)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Closing the library is not the same as saving money.", CONTRAST),
        ("Building a road is one thing, maintaining it quite another.", CONTRAST),
        ("Yet even the quarry owners' patience has its limits.", CONTRAST),
        ("A leaflet is no substitute for a public meeting.", CONTRAST),
        ("The row over the parking fees is beside the point.", CONTRAST),
        ("Whether the mill will ever reopen is a different matter.", CONTRAST),
        ("Councillors arguing over the budget is nothing new.", CONTRAST),
        ("The new clinic brings a much-needed lift to the valley.", NEED),
        ("A second bridge over the river is long overdue.", NEED),
        ("The vote exposed the committee's lack of common sense.", NEED),
        ("The landlord, as she so often does, raised the rent in winter.", HABIT),
        ("It was the county doing what it always does: waiting.", HABIT),
        ("The trail guide is highly recommended for first-time walkers.", RECOMMEND),
        ("A good pair of boots is a must-have on the moor.", RECOMMEND),
        ("The valley's new timetable fails to inspire much trust.", FAILURE),
        ("The brochure failed to mention the toll on the new road.", FAILURE),
        ("The bishop has long been a culture warrior.", LABEL),
    ],
)
def test_a_writers_weighing_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # comparisons of fact, literal senses
        "The 2024 model is not the same as the one sold in Canada.",
        "There is nothing new in the committee's minutes.",
        "The hikers reached the point above the bay at noon.",
        "Repairs are needed before the bridge can reopen.",
        "The mill closed for lack of orders.",
        "The pool reopens at nine, as it does every spring.",
        "Follow the recommended dose on the label.",
        "The land is worth about 2 million pounds.",
        "The motion failed to win a majority.",
        "The firm failed to file its accounts on time.",
        # a criticism the writer reports, not the writer's own
        "The mayor has faced criticism for failing to address the flooding.",
    ],
)
def test_facts_and_literal_senses_stay_quiet(text: str) -> None:
    s = one(text)
    assert not fired(s) & {CONTRAST, NEED, HABIT, RECOMMEND, FAILURE}
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        '"Patience has its limits," said Ruth Okafor.',
        "Ruth Okafor said the new road was long overdue.",
        "Residents complained that the county failed to mention the toll.",
    ],
)
def test_someone_elses_weighing_is_sourced(text: str) -> None:
    assert one(text).label is Label.SOURCED
