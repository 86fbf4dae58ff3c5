"""Writer-voice framing with no cue before (issue 21, frame-recall19): a title-case headline
whose verb judges an act, a set fragment or a conditional asked as a rhetorical question, an
act mocked as a crime, a hostile motive read into a party, 'let it be said', 'no one can
afford to ignore', 'went so far as to', and a few figures of speech."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

HEADLINE, FRAGMENT, CONDITIONAL, CRIME, HOSTILE, LET, IGNORE, FAR, FIGURE, NOUN = (
    "evaluative.headline-verb",
    "question.set-fragment",
    "question.conditional-challenge",
    "stance.mock-crime",
    "motive.hostile-feeling",
    "stance.let-it-be",
    "action.cannot-ignore",
    "evaluative.went-so-far",
    "evaluative.figurative-verdict",
    "evaluative.emotive-noun",
)
OURS = {HEADLINE, FRAGMENT, CONDITIONAL, CRIME, HOSTILE, LET, IGNORE, FAR}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Quarry Board Torpedoes Village Fund", HEADLINE),
        ("County Budget Guts Library Hours Across the Valley", HEADLINE),
        ("Mill Union Trashes Final Offer From Owners", HEADLINE),
        ("Bishop Caves To Quarry Lobby Over Chapel Lands", HEADLINE),
        ("Coincidence?", FRAGMENT),
        ("Sound familiar?", FRAGMENT),
        ("If the bridge was sound in March, why did the county shut it in April?", CONDITIONAL),
        ("And if the tolls paid for the road, then where did the money go?", CONDITIONAL),
        ("If the survey was right, why is the dam still leaking?", CONDITIONAL),
        ("The warden was sacked for the apparent crime of telling the truth.", CRIME),
        ("The curate committed the cardinal sin of disagreeing with the bishop.", CRIME),
        ("The mill owners fought the clinic because they despise working people.", HOSTILE),
        ("The guild blocked the market since it fears competition from the valley.", HOSTILE),
        ("Let it be said that the county failed the valley.", LET),
        ("No valley council can afford to ignore the quarry's dust.", IGNORE),
        ("The county even went so far as to fence off the common.", FAR),
        ("The old quarry town became a hotbed of smuggling.", FIGURE),
        ("The county's road bill came stuffed with pork for the hill wards.", FIGURE),
        ("The closure of the clinic is full of irony.", FIGURE),
        ("The valley has had enough of the county's diktats.", NOUN),
    ],
)
def test_a_writers_verdict_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # a neutral headline verb; the same verbs in running text or inside a name
        "Quarry Board Rejects Village Fund",
        "The county guts the old fish market every spring for repairs.",
        "The Valley Guts Fair opens on Friday with a brass band.",
        "Torpedoes were lifted from the wreck off Gull Point.",
        # questions that ask for information
        "Does the valley's timetable sound familiar to older riders?",
        "If the bridge shuts, where do the buses go?",
        "If a pass is lost, what does the office charge for a new one?",
        "Why did the county shut the bridge in April?",
        # a real charge; a sermon's sin; the act of a court
        "The warden was convicted of the crime of being an accessory to theft.",
        "The crime of theft carries a fine of 200 crowns.",
        # fear of an event, or a reason a party gives
        "Families left the valley because they feared the flood.",
        "The guild blocked the market because its licence had lapsed.",
        # 'let it be' and 'afford' in their plain senses
        "The county let it be until the spring thaw.",
        "The county cannot afford to lose three more buses.",
        # a limit, not an excess
        "The county did not go so far as to close the common.",
        # literal senses of figures left out of the list
        "The garden has a hotbed for seedlings and a cold frame.",
    ],
)
def test_plain_statements_stay_quiet(text: str) -> None:
    s = one(text)
    assert not fired(s) & OURS
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Okafor said the guild blocked the market because it fears competition.",
        '"If the bridge was sound, why shut it?" Ruth Okafor asked.',
        "Ruth Okafor warned that no council can afford to ignore the quarry's dust.",
    ],
)
def test_someone_elses_verdict_is_sourced(text: str) -> None:
    assert one(text).label is Label.SOURCED
