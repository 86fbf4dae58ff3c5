"""frame-fresh30: the writer's verdicts that word lists missed.

Made EDITORIAL FRAMING: a word of size or danger predicated of what the sentence points back to
("It is a dangerous gamble."), the split form of "rammed through" ("rammed the levy bill
through"), verdict idioms ("getting ahead of themselves", "did not happen by accident", "a
dangerous precedent", "have it both ways"), staying power ("cannot last forever").

Kept out: the same words describing something ("a dangerous stretch of water"), a literal ram
("rammed the car through the gate"), a superlative against a year ("since 1998"), a source's
words (SOURCED).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import fired, one

from auditor.models import Label

EDITORIAL = [
    (
        "The board sold the pier to a developer. It is a dangerous gamble.",
        "evaluative.copular-magnitude",
    ),
    ("That was a massive blunder by the harbour master.", "evaluative.copular-magnitude"),
    ("This is a crucial test for the ferry union.", "evaluative.copular-magnitude"),
    ("Ferry investors may be getting ahead of themselves.", "evaluative.verdict-idiom"),
    ("The collapse of the pier did not happen by accident.", "evaluative.verdict-idiom"),
    ("The levy ruling sets a dangerous precedent for the islands.", "evaluative.verdict-idiom"),
    ("The mayor cannot have it both ways on the pier.", "evaluative.verdict-idiom"),
    ("The island's fuel subsidy cannot last forever.", "evaluative.prospect-verdict"),
]

NOT_EDITORIAL = [
    "The ferry crossed a dangerous stretch of water at dawn.",
    "It is a short walk from the pier to the ferry office.",
    "It was a strong earthquake, the agency's records show.",
    "A truck rammed the car through the harbour gate.",
    "The majority passed the harbour levy bill before the recess.",
    "It was the most severe storm on the island since 1998.",
    "The ferry left the pier by accident of timing an hour late.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


def test_a_sources_verdict_stays_sourced() -> None:
    # the verdict in a source's mouth is the source's: SOURCED
    assert one('"It is a dangerous gamble," the harbour master said.').label is Label.SOURCED
    assert one("Union leaders said the levy set a dangerous precedent.").label is Label.SOURCED


def test_forced_through_counts_as_the_joined_verb() -> None:
    # the split form weighs what "rammed through" weighs (evaluative.emotive-verb, 0.75): with
    # another cue it is EDITORIAL, alone it is shown but under the threshold
    alone = one("The majority rammed the harbour levy bill through before the recess.")
    assert "evaluative.forced-through" in fired(alone)
    assert alone.framing_score == 0.75
    both = one("The board railroaded the nomination through, hoping nobody would notice.")
    assert "evaluative.forced-through" in fired(both)
    assert both.label is Label.EDITORIAL
