"""Writer-voice framing carried by a construction, not a word (issue 21, frame-recall20): a
political camp generalised as the subject of a present-tense claim, an analogy between two
acts (framing/judgements.toml), and a party said to play on tropes (motive.exploit-fears)."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

CAMP, ANALOGY, FEARS = (
    "labels.camp-generalisation",
    "evaluative.analogy",
    "motive.exploit-fears",
)
OURS = {CAMP, ANALOGY}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Socialists never care who pays for the valley's new road.", CAMP),
        ("Marxists are fond of blaming the mill for every ill.", CAMP),
        ("The quarry shut, but the right hates to admit the county was wise.", CAMP),
        ("In the valley, as always, liberals are never happy with the county.", CAMP),
        ("Waiting for the county to mend the bridge is like waiting for snow in July.", ANALOGY),
        ("Reading the mill's annual report was like wading through fog.", ANALOGY),
        ("The mill's posters played on ugly stereotypes about hill farmers.", FEARS),
    ],
)
def test_a_writers_judgement_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # a party by name; a wing of a party; a direction
        "Conservatives have formed a government in the province.",
        "Liberals hold nine seats on the valley council.",
        "The left wing of the guild voted against the toll.",
        "Keep right at the fork, where the left lane is closed.",
        "The right to appeal lapses after thirty days.",
        # what an experience was like; a noun in -ing; a plain likeness
        "The book tells what it was like growing up in the valley.",
        "The quarry was like nothing the surveyors had seen.",
        "The old chapel looks like a barn.",
        "It is like stepping into an oven, for the crews below deck.",
        # playing on a field
        "The children played on the common all afternoon.",
    ],
)
def test_plain_statements_stay_quiet(text: str) -> None:
    s = one(text)
    assert not fired(s) & OURS
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Okafor said socialists never care who pays for the road.",
        "Ruth Okafor wrote that waiting for the bridge is like waiting for snow in July.",
    ],
)
def test_someone_elses_judgement_is_sourced(text: str) -> None:
    assert one(text).label is Label.SOURCED
