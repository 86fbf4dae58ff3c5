"""Issue 21, EDITORIAL recall (frame-recall16, pack/framing/stance.toml and
lexicons/framing-figurative-verdicts.txt).

A sentence that is only a verdict on the one before it ("This was impossible.", "It is
unrealistic.", "That is hardly news.", "Both look unlikely.") is the writer grading a claim with
no source: EDITORIAL FRAMING alone. The same words with a complement ("impossible to
reach", "likely on Tuesday"), a narrative "It was impossible.", a quotation and a plain
"That is the plan." stay UNSOURCED. Set figures of speech that grade a person or an idea
("was only human", "spread like wildfire", "sold their souls", "a recipe for disaster")
join the figurative verdicts; their literal neighbours ("only human rights groups") do not.
"The plan ignores the simple fact that ..." is the writer faulting a party's reasoning; the
same words after a verb of speech are the speaker's, and ignoring a warning is an act.
The -ier and -iest forms of two-syllable -y judgement adjectives ("clunkier", "flimsier")
grade as their base does; a plain ranking ("the dirtiest fuel") does not.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

_DEICTIC = "stance.deictic-verdict"
_FIGURE = "evaluative.figurative-verdict"
_IGNORES = "stance.ignores-the-fact"
_STRONG = "evaluative.strong"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("This was impossible.", _DEICTIC),
        ("It is unrealistic.", _DEICTIC),
        ("But it's hardly realistic.", _DEICTIC),
        ("That is hardly news.", _DEICTIC),
        ("Either seems unlikely.", _DEICTIC),
        ("Both seem unlikely.", _DEICTIC),
        ("This is simply not enough.", _DEICTIC),
        ("It's a start.", _DEICTIC),
        ("That would be a mistake.", _DEICTIC),
        ("This is a plain fact.", _DEICTIC),
        ("And it is no mystery why.", _DEICTIC),
        ("It is not that complicated.", _DEICTIC),
        ("Frankly, that is theater.", _DEICTIC),
        ("The harbour master was only human.", _FIGURE),
        ("Word of the closure spread like wildfire along the quay.", _FIGURE),
        ("The committee sold its soul to a developer years ago.", _FIGURE),
        ("Cutting the night ferry is a recipe for disaster.", _FIGURE),
        ("The toll plan ignores the obvious fact that nobody drives to the island.", _IGNORES),
        ("Its fans overlook the reality that the old ferry is cheaper to run.", _IGNORES),
        ("This reasoning ignores one of the basic rules of the harbour.", _IGNORES),
        ("The new kiosk has a clunkier screen than the old one.", _STRONG),
        ("The second excuse was even flimsier.", _STRONG),
    ],
)
def test_verdicts_on_what_was_just_said_are_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "It was impossible to reach the pier before noon.",
        "Rain is likely on Tuesday.",
        "It was impossible.",
        "That is the plan.",
        "It is a fact sheet for the ferry.",
        "The repair is not that hard to pay for.",
        "That was in March.",
        "A second crossing is unlikely before the spring tide.",
        '"This was impossible," the harbour master said.',
        "Only human rights groups attended the hearing.",
        "The warehouse went up in smoke on Tuesday.",
        "The skipper said the board ignored the fact that the crane was broken.",
        "The trawler ignored the storm warning and left the harbour.",
        "Coal is the dirtiest fuel burned on the island.",
    ],
)
def test_complements_narrative_reports_and_quotations_stay_unsourced(text: str) -> None:
    s = one(text)
    assert not fired(s) & {_DEICTIC, _FIGURE}
    assert s.label is not Label.EDITORIAL
