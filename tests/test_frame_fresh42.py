"""frame-fresh42: the writer's own sentences in opinion text that read as someone's statement.

Made EDITORIAL FRAMING (and no longer SOURCED): a wish the writer reads into a party ("the
owners want islanders to believe ...", "neither board wants to be seen to blink", "nobody
wants to pay", "wants the race to be about ..."), a reaction the writer foresees ("residents
will rightly ask", "readers will wonder"), the present-tense charge "refuses to admit", the
writer's verdict on what figures add up to ("the numbers paint a mixed picture", "the figures
tell the same story"), "looks unlikely", "could not be clearer", "was the right call" and
"was unmistakable".

Kept: a party's stated position ("Ruiz wants to make the ferry free"), a campaign's message
("wants voters to know"), a speech trailed in advance ("will tell the conference on Monday"),
narration in the past ("neither fisherman wanted to give his name"), a person's account
("Mr. Hale painted a different picture"), a forecast given to a speaker.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import fired, one

from auditor.models import Label

EDITORIAL = [
    ("The owners want islanders to believe the pier is safe.", "motive.mind-reading"),
    ("The harbour board wanted the public to forget the old survey.", "motive.mind-reading"),
    ("Neither harbour board wants to be seen to blink first.", "motive.mind-reading"),
    ("The plain truth is that nobody on the council wants to pay for it.", "motive.mind-reading"),
    ("The mayor's campaign wants the race to be about the new pier.", "motive.mind-reading"),
    ("Ferry riders will rightly ask what the money bought.", "speculation.will-adverb"),
    ("Fans of the old ferry will wonder what happened to it.", "speculation.will-wonder"),
    ("The harbour board refuses to admit the pier is failing.", "motive.claim"),
    ("The fare numbers paint a mixed picture.", "evaluative.story-verdict"),
    ("The harbour figures tell the same story.", "evaluative.story-verdict"),
    ("A deal on the pier before the summer looks unlikely.", "speculation.looks-likely"),
    ("The choice in the harbour vote could not be clearer.", "stance.booster"),
    ("Closing the night ferry was the right call.", "evaluative.copular-verdict"),
    (
        "The harbour board's message to the fishermen was unmistakable.",
        "evaluative.predicate-verdict",
    ),
]

NOT_EDITORIAL = [
    "Neither fisherman wanted to give his name.",
    "Ruiz wants to make the ferry free for pensioners.",
    "Ruiz wants islanders to know that she backs the pier.",
    "The minister will tell the harbour conference on Monday that fares will rise.",
    "Ana Ruiz told the story of her escape to reporters.",
    "But Mr. Hale painted a different picture.",
    "The ferry will be a wonder of engineering.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


def test_stated_positions_and_trailed_speech_stay_sourced() -> None:
    for text in (
        "Ruiz wants to make the ferry free for pensioners.",
        "The minister will tell the harbour conference on Monday that fares will rise.",
        "Ruiz said a deal on the pier looks unlikely.",
        "Ruiz said readers will wonder why the pier was sold.",
    ):
        assert one(text).label is Label.SOURCED, (text, fired(one(text)))


def test_writer_readings_are_not_sourced() -> None:
    for text in (
        "The owners want islanders to believe the pier is safe.",
        "Ferry riders will rightly ask what the money bought.",
        "Fans of the old ferry will wonder what happened to it.",
        "The harbour board refuses to admit the pier is failing.",
        "The harbour figures tell the same story.",
    ):
        assert one(text).label is not Label.SOURCED, (text, fired(one(text)))
