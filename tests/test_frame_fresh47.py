"""frame-fresh47: the writer's verdicts, asides, questions and forecasts in opinion text.

Made EDITORIAL FRAMING: a named party ruled right ("Ruiz is right.", "the pollsters got it
right"), the writer's ironic asides ("that is putting it kindly", "make of that what you will",
"pull the other one", "has no idea what she is doing"), rhetorical questions that count harms
still to come or ask who approved a failure ("How many more winters will ...?", "Who signed off
on ...?", "What did they expect?", "And why has not a single official ...?"), "few" as the
subject of a forecast ("Few will mourn the old pier"), a trend ruled "unstoppable", "every
reason to believe", a pick "widely seen as a safe choice" and state media's "win-win
cooperation", state media's "the collective West", "history will not judge this ... kindly", and
a figure put on a plan by the copula ("will be a bitter pill", "was a fig leaf
for the cuts").

Kept: "right" of place, time, side or title ("right behind", "right tackle", "right of
centre", "to get it right"), a plain count question ("How many more ferries will the yard
build?"), "a few will", a forecast given to a speaker, a law's dated step ("the election must
be held by May 2031"), a rule's reach ("applies only to boats over 12 metres") and an idiom
after the copula without an article ("was out of control") or with its own ("is a far cry from");
and "flagship" naming a main policy or outlet ("her flagship housing reform").

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import fired, one

from auditor.models import Label

EDITORIAL = [
    ("Ruiz is right.", "evaluative.verdict"),
    ("The Harbour Board was right about the tides all along.", "evaluative.verdict"),
    ("The pollsters got it right again.", "evaluative.verdict"),
    ("Calling the new timetable a delay is putting it kindly.", "evaluative.verdict-idiom"),
    ("Make of that what you will.", "evaluative.verdict-idiom"),
    ("Pull the other one.", "evaluative.verdict-idiom"),
    ("The harbour master has no idea what he is doing.", "evaluative.verdict-idiom"),
    ("How many more winters will islanders wait for a ferry?", "question.rhetorical"),
    ("Who signed off on a pier that floods at every spring tide?", "question.rhetorical"),
    ("What exactly did the harbour board think would happen?", "question.rhetorical"),
    ("And why has not a single commissioner lost their job?", "question.negative-wh"),
    ("Few will mourn the old pier.", "speculation.few-will"),
    (
        "Losing the night ferry will be a bitter pill for the island's pubs.",
        "evaluative.copular-idiom",
    ),
    ("The harbour review was a fig leaf for the cuts.", "evaluative.copular-idiom"),
    ("History will not judge this harbour board kindly.", "speculation.will-reaction"),
    ("The collective West keeps sending ships to the strait.", "labels.charged"),
    ("Few on the island would notice the change.", "speculation.few-will"),
    ("The drift of islanders to the mainland is unstoppable.", "evaluative.predicate-verdict"),
    ("There is every reason to believe the new pier will pay for itself.", "stance.booster"),
    ("Ruiz is widely seen as a safe choice for the harbour board.", "motive.hedged"),
    (
        "The ferry deal marks another step in the win-win cooperation of the two islands.",
        "evaluative.promotional",
    ),
]

NOT_EDITORIAL = [
    "Okafor is right tackle for the Harbour Hawks.",
    "Five of the councillors are right of centre.",
    "The crew had a week to get it right.",
    "Ruiz was right behind the ferry when it docked.",
    "How many more ferries will the yard build this year?",
    "A few will stay open on Sunday.",
    "Few details of the plan have been released.",
    "The next island election must be held by May 2031.",
    "The levy would apply only to boats longer than 12 metres.",
    "By May the crowd at the pier was out of control.",
    "The new ferry timetable was a far cry from what riders wanted.",
    "The minister's flagship housing reform was dropped on Tuesday.",
    "Voters will judge the mayor in May.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


def test_a_speakers_verdict_or_forecast_stays_sourced() -> None:
    for text in (
        "Ruiz said she got it wrong.",
        "Ruiz said few islanders will notice the change.",
        '"Pull the other one," said Ana Ruiz.',
    ):
        assert one(text).label is Label.SOURCED, (text, fired(one(text)))


def test_the_aside_needs_its_whole_idiom() -> None:
    sentence = one("Police have no idea what caused the fire on the pier.")
    assert sentence.label is not Label.EDITORIAL, fired(sentence)
    assert "evaluative.verdict-idiom" not in fired(sentence)
