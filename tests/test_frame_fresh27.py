"""frame-fresh27: coverage of the writer's evaluating voice that word lists miss.

Made EDITORIAL FRAMING: an emotive adverb opening the sentence ("Conveniently, ..."), a steep
verb of change with no figure ("crime has skyrocketed"), idioms of doubt ("does not add up",
"not a shred of evidence"), a motive behind a hedge with a bare quantifier ("seen by many in
the valley as an attempt to"), motives weighed ("more interested in X than in Y"), a verdict on
timing ("slow to act"), sweeping comparisons ("as elusive as ever", "weaker than ever", "has
never sounded richer"), a judged choice ("wisely keeps"), "it is hard to disagree", "Expect the
...", "the real beneficiaries are", "quietly slashed".

Kept out: the same words with a figure or a source ("plummeted 18 percent", "residents said"),
a bare "soaring prices", the noun of an explosion ("the blast occurred"), measures ("higher than
at any time since 2008", "as high as ever"), plain "the real estate".

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import assert_source
from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import fired, one

from auditor.models import Label, Strength

EDITORIAL = [
    ("Conveniently, the audit of the pier was never published.", "evaluative.emotive-adverb-head"),
    ("But cynically, the levy was raised a week after the vote.", "evaluative.emotive-adverb-head"),
    ("Crime near the pier has skyrocketed since the lights went out.", "evaluative.steep-change"),
    ("Rents on the island have been soaring for a decade.", "evaluative.steep-change"),
    ("The board's standing with the crews is plummeting.", "evaluative.steep-change"),
    ("Ferry fares have been creeping upward for three years.", "evaluative.steep-change"),
    ("The mayor's explanation simply does not add up.", "evaluative.verdict-idiom"),
    ("The board offered not a shred of evidence for the closure.", "evaluative.verdict-idiom"),
    ("The harbour master's account doesn't stand up to scrutiny.", "evaluative.verdict-idiom"),
    ("The board's excuses are wearing thin.", "evaluative.verdict-idiom"),
    (
        "The levy was seen by many in the valley as an attempt to drive out small growers.",
        "motive.hedged",
    ),
    (
        "The closure is seen by many at the harbour as an attempt to sell the pier.",
        "motive.hedged",
    ),
    (
        "The board appears far more interested in protecting its members than in fixing the pier.",
        "motive.rather-than",
    ),
    ("The harbour board was painfully slow to act on the flooding.", "stance.slow-to-act"),
    ("The board was slow to grasp the scale of the damage to the pier.", "stance.slow-to-act"),
    ("A cure for the blight remains as elusive as ever.", "evaluative.as-ever"),
    ("The ferry service looks weaker than ever.", "stance.than-ever"),
    ("The board is more divided than at any time in decades.", "stance.than-ever"),
    ("The harbour choir has never sounded richer.", "stance.never-comparative"),
    ("The harbour master wisely keeps the old ferry in reserve.", "stance.judged-choice"),
    ("It is hard to disagree with the crews.", "stance.hard-to-see"),
    ("Expect the fares to rise again by spring.", "action.imperative"),
    ("The real beneficiaries are not the fishermen but the developers.", "stance.the-real"),
    ("Meanwhile, the repair budget has been quietly slashed.", "motive.quietly-cut"),
]

NOT_EDITORIAL = [
    "Shares in the ferry company plummeted 18 percent on Monday.",
    "Fuel prices soared to a record in March.",
    "Soaring fuel prices hit the island in the spring.",
    "The kick soared over the bar in the last minute.",
    "The blast occurred shortly after midnight near the pier.",
    "Fares are higher than at any time since 2008.",
    "More islanders than ever took the ferry in August.",
    "Fares are as high as ever.",
    "The real estate on the pier is worth 40 million crowns.",
    "The old ferry was slow to load in the storm.",
    "The harbour master quietly left the meeting.",
    "The costs of the repair add up to 2 million crowns.",
    "The boy was seen by a doctor on Friday.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


def test_reported_doubt_stays_sourced() -> None:
    # the idiom in a source's mouth is the source's: SOURCED, the cue only a flag
    sentence = one("Residents said the mayor's explanation did not add up.")
    assert sentence.label is Label.SOURCED


def test_hedge_with_a_described_group_keeps_its_source() -> None:
    # "by many growers" names a described group (anonymous); a bare "by many" names nobody
    assert_source(
        "The new levy is seen by many growers as a burden on small farms.",
        "many growers",
        Strength.ANONYMOUS,
    )
    assert one("The new levy is seen by many as a burden on small farms.").label is not (
        Label.SOURCED
    )


def test_comment_disjunct_keeps_its_rule() -> None:
    # two cues as heavy from the same place: the sentence rule's longer match is shown
    sentence = one("Fortunately, the ferry was repaired before the storm.")
    assert "stance.comment-disjunct" in fired(sentence)
