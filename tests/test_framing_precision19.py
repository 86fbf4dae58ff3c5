"""Issue 21, EDITORIAL precision, nineteenth sample (frame-precision19, docs/tuning.md).

The office of a premier before any verb ("the provincial premier flew to the island"), the
reporter's "we" and "us" as a participant in an interview ("we spoke for an hour", "she
showed us the invoices"), and a page's calls for the reader's view ("Tell us what YOU think",
"Vote in our poll") are not the writer's framing. Each case has a twin the rules must still
read as the writer's.
"""

from __future__ import annotations

import pytest
from article_helpers import article, labels
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Flag, Label


@pytest.mark.parametrize(
    "text",
    [
        "The provincial premier flew to the island on Tuesday.",
        "The premier visited the harbour.",
        "The state's premier toured the new ferry terminal.",
        "The premier then called an early vote.",
    ],
)
def test_the_premier_as_an_office_before_a_verb(text: str) -> None:
    s = one(text)
    assert "sense.premier-title" in neutral_senses(s)
    assert s.framing_score == 0
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The harbour is the premier venue for sailing races in the north.",
        "It is the premier address for yacht owners.",
    ],
)
def test_premier_before_a_noun_is_still_puffery(text: str) -> None:
    s = one(text)
    assert "evaluative.promotional" in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "We spoke for an hour in the union office.",
        "We met him at the depot before dawn.",
        "She showed us the unpaid invoices.",
        "He later walked us through the flooded yard.",
    ],
)
def test_the_reporter_in_an_interview_is_not_the_writers_view(text: str) -> None:
    s = one(text)
    assert "sense.narrative-we" in neutral_senses(s)
    assert "stance.first-person" not in {e.rule for e in s.evidence if e.weight > 0}
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The storm showed us how fragile the harbour is.",
        "They gave us all a reason to doubt the board.",
        "We talked ourselves into a bad deal.",
    ],
)
def test_a_lesson_for_us_still_counts(text: str) -> None:
    s = one(text)
    assert "stance.first-person" in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Tell us what YOU think in the comments below.",
        "What do you think?",
        "Have your say in the comments.",
        "Vote in our poll.",
        "Let us know what you think.",
        "Share your views with us at letters@example.com.",
    ],
)
def test_a_call_for_the_readers_view_is_page_furniture(text: str) -> None:
    s = one(text)
    assert Flag.NOT_A_CLAIM in s.flags
    assert s.framing_score == 0
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "Let us know why the council failed the islanders, and act now.",
        "Share the blame: the council has failed us all.",
    ],
)
def test_a_call_that_goes_on_to_argue_keeps_its_cues(text: str) -> None:
    s = one(text)
    assert Flag.NOT_A_CLAIM not in s.flags
    assert s.label is Label.EDITORIAL


def test_an_interview_set_as_question_paragraphs_gives_the_answers_to_the_interviewee() -> None:
    report = article(
        ["Ana Ruiz has skippered the island ferry for thirty years.", "We talked to her."],
        ["Why did you keep sailing during the strike?"],
        ["We had no choice.", "Our island needs the boat, and you cannot leave people behind."],
        ["Do you think the council will sell the pier?"],
        ["I hope not.", "We have fought for that pier, and our children deserve to keep it."],
    )
    assert Label.EDITORIAL not in labels(report)
    assert all(s.framing_score == 0 for s in report.sentences)
    answer = report.sentences[3]
    assert "stance.first-person" in {e.rule for e in answer.evidence}


def test_a_column_asking_the_reader_keeps_its_first_person() -> None:
    report = article(
        ["Do you really believe the council this time?"],
        ["We have heard these promises before.", "Our ferries are older than our councillors."],
        ["Will you let them sell the pier?"],
        ["I will not.", "We must stand up for the island."],
    )
    assert labels(report)[1] is Label.EDITORIAL
    assert labels(report)[5] is Label.EDITORIAL


def test_an_explainers_subheads_are_answered_by_the_writer() -> None:
    report = article(
        ["In an interview last week, the harbour master explained the new refund rules."],
        ["How do you claim a refund?"],
        ["You fill in the form online.", "We think the form is absurdly long."],
        ["What happens if your ferry is late?"],
        ["The council pays within a month.", "It is a shameful delay."],
    )
    assert labels(report)[3] is Label.EDITORIAL
    assert labels(report)[6] is Label.EDITORIAL


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        (
            "The ferry line was sold to governments seen by union leaders as authoritarian.",
            "sense.party-regards-by",
        ),
        (
            "The pier deal, branded by the crews' union as a shameful betrayal, passed on Monday.",
            "sense.party-regards-by",
        ),
        (
            "Skippers who arrive at the pier saying they fear persecution are turned away.",
            "sense.saying-content",
        ),
        (
            "The crews walked out on Monday, claiming the levy was a shameful tax.",
            "sense.saying-content",
        ),
    ],
)
def test_a_partys_view_after_by_or_a_saying_participle_is_theirs(text: str, sense: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s) | {e.rule for e in s.evidence}
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The pier deal is seen by many as a shameful betrayal.",
        "I am not saying the levy is anything but a shameful tax.",
        "It goes without saying that the levy is a disaster.",
    ],
)
def test_the_hedge_and_the_writers_own_saying_keep_their_cues(text: str) -> None:
    assert one(text).label is Label.EDITORIAL


def test_a_partys_awards_are_not_the_writers_praise() -> None:
    s = one("The ferry company holds an event in May to highlight the best crossings of the year.")
    assert "sense.award-list" in neutral_senses(s)
    assert s.label is Label.UNSOURCED


def test_the_writers_own_best_of_the_year_still_counts() -> None:
    s = one("I picked the best ferries of the year for this list.")
    assert "evaluative.mild" in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "It insisted that the new levy would put the island in a better position.",
        "They warned that the old pier could collapse in a storm.",
    ],
)
def test_what_a_pronoun_says_is_not_the_writers(text: str) -> None:
    s = one(text)
    assert "sense.pronoun-speech-content" in {e.rule for e in s.evidence}
    assert s.label is not Label.EDITORIAL


def test_a_second_sense_of_the_verb_keeps_the_writers_cue() -> None:
    s = one("He maintained his dignity with a courage rare among mayors.")
    assert "sense.pronoun-speech-content" not in {e.rule for e in s.evidence}
