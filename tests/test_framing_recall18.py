"""Writer-voice verdicts that fell under the threshold or had no cue (issue 21, frame-recall18):
a shortfall judged by an adverb of sufficiency, 'could do more', an act judged against a
party's character, a question asked on the reader's behalf, and the manner of speaking that
colours a report."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

SUFFICIENCY, DO_MORE, CHARACTER, ASIDE, MANNER, ADVERB = (
    "evaluative.sufficiency",
    "action.do-more",
    "stance.out-of-character",
    "question.reader-aside",
    "evaluative.speech-manner",
    "evaluative.emotive-adverb",
)
OURS = {SUFFICIENCY, DO_MORE, CHARACTER, ASIDE, MANNER}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The county was not adequately prepared for the floods.", SUFFICIENCY),
        ("The quarry's new fence wasn't sufficiently tested before the winter.", SUFFICIENCY),
        ("The rescue plan was inadequately thought out from the start.", SUFFICIENCY),
        ("The library's opening hours leave much to be desired.", SUFFICIENCY),
        ("To be fair, the county could do more to keep the clinic open.", DO_MORE),
        ("The trust should have done much better for its tenants.", DO_MORE),
        ("It is not like the mill owners to give up without a fight.", CHARACTER),
        ("It was unlike the bishop to miss a chance to preach.", CHARACTER),
        ("What, you wonder, did the county expect to happen?", ASIDE),
        ("And who, you might well ask, paid for the bridge?", ASIDE),
    ],
)
def test_a_writers_verdict_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # sufficiency stated plainly, or found by someone
        "The clinic was adequately staffed over the holiday.",
        "Inspectors found the fence insufficiently anchored.",
        "Tenants say the heating is not adequately maintained.",
        # 'do more' as an amount or a forecast, or in someone's question
        "The flood could do more damage to the lower farms tonight.",
        "The new press can do more than 900 pages an hour.",
        "Parents asked whether the school could do more.",
        # 'like' as a comparison or a forecast
        "It looks like the mill will reopen in May.",
        "The new bridge is not like the old one.",
        "It's like walking into a furnace, for the firemen.",
        # the reader addressed by an explainer, or asked for something
        "You may wonder why the library closes at noon on Fridays.",
        "You can ask the library for a reader's card.",
        # a manner adverb of measure
        "Bread prices rose sharply in March.",
        "The cliffs drop sharply into the sea.",
    ],
)
def test_plain_statements_stay_quiet(text: str) -> None:
    s = one(text)
    assert not fired(s) & OURS
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The bishop sharply criticized the county's plan for the quarry.",
        "The mayor flatly rejected the union's offer on Monday.",
        '"Not today," the mayor said coldly.',
    ],
)
def test_the_manner_of_speaking_colours_a_report(text: str) -> None:
    s = one(text)
    assert s.label is Label.SOURCED
    assert MANNER in fired(s)


@pytest.mark.parametrize(
    "text",
    [
        "The warden answered the union curtly and left.",
        "The tenants sarcastically thanked the landlord for the heating.",
    ],
)
def test_manners_of_speaking_are_emotive_adverbs(text: str) -> None:
    assert ADVERB in fired(one(text))


@pytest.mark.parametrize(
    "text",
    [
        '"The county could do more to help," said Ruth Okafor.',
        "Ruth Okafor said the county was not adequately prepared.",
        '"It is not like him to give up," his brother said.',
    ],
)
def test_someone_elses_verdict_is_sourced(text: str) -> None:
    assert one(text).label is Label.SOURCED
