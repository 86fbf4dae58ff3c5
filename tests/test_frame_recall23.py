"""frame-recall23: editorial kinds that fresh opinion and analysis pieces showed missed.

Missed (now EDITORIAL FRAMING): a plain "will" foretelling how the public takes an act
("Voters will remember this"); a question in the writer's voice inside an opinion piece (a
quarter alone: a signpost in a report); "Where were X when ...?" and "What did X get in
return?"; superlatives of judgement ("the least justified"); verdict wording with no listed
word ("little political experience", "thin on detail", "was rushed through", "ballooned").

Kept: a scheduled or conditional "will" ("Residents will remember the victims at a vigil",
"If fares rise, riders will feel it"); a how-to signpost ("How can residents find ...?"); a bare
"Why?" and a question about the writer's own words ("What do I mean by this?") even in an
opinion piece; the same questions in a report.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import fired, one

from auditor.api import audit_sentences
from auditor.models import Label
from tests.test_framing_opinion import COLUMN, REPORT  # an invented column and report

EDITORIAL = [
    ("Ferry riders will remember this at the next election.", "speculation.will-reaction"),
    ("Parents will not forget how the pier was sold.", "speculation.will-reaction"),
    ("Taxpayers will be footing the bill for a generation.", "speculation.will-reaction"),
    ("Where were the harbour commissioners when the pier flooded?", "question.rhetorical"),
    ("And what did islanders get in return?", "question.rhetorical"),
    ("It was the least justified fare rise the board has passed.", "evaluative.strong"),
    ("The worst-run ferry service on the coast lost another boat.", "evaluative.strong"),
    ("The new harbour master has little political experience.", "evaluative.verdict-idiom"),
    ("The pier plan is thin on detail.", "evaluative.verdict-idiom"),
    ("The levy was rushed through in the last hour of the session.", "evaluative.verdict-idiom"),
]

NOT_EDITORIAL = [
    "Residents will remember the victims at a vigil on Friday.",
    "Riders will pay $2 more from March.",
    "If fares rise, riders will feel it.",
    "How can residents find the new ferry timetable?",
    "Where were you when the pier flooded?",
    "The ambulance rushed through the harbour gates.",
    "The balloon drifted over the pier.",
]


test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


def test_ballooned_weighs_as_an_emotive_verb() -> None:
    sentence = one("Pier repair costs have ballooned.")
    assert "evaluative.emotive-verb" in fired(sentence)
    assert sentence.label is Label.UNSOURCED  # 0.75 alone: decides only in an opinion piece


QUESTION = "Who pays for the new pier in the end?"


def label_in(sentences: list[str], text: str) -> Label:
    report = audit_sentences([*sentences, text])
    return report.sentences[-1].label


def test_a_question_counts_in_an_opinion_piece() -> None:
    assert label_in(COLUMN, QUESTION) is Label.EDITORIAL


def test_the_same_question_in_a_report_is_a_signpost() -> None:
    assert label_in(REPORT, QUESTION) is Label.UNSOURCED


@pytest.mark.parametrize("text", ["Why?", "What do I mean by this?"])
def test_signposts_stay_unsourced_in_an_opinion_piece(text: str) -> None:
    assert label_in(COLUMN, text) is Label.UNSOURCED
