"""A speaker the lexicons do not know, set off by an aside that asks for anonymity.

"A shareholder, speaking on condition of anonymity, said": the aside tells the reader the
words before it are a person who spoke, so they are read as the source, anonymous (the lead's
check pieces of 2026-12-07; "who asked not to be named" was already read).
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

test_anonymity_aside_reads_its_speaker = sourced_test(
    [
        (
            "A shareholder, speaking on condition of anonymity, said the board had lost patience.",
            "A shareholder",
            Strength.ANONYMOUS,
        ),
        (
            "One large bondholder, speaking anonymously, said the sale would be delayed.",
            "One large bondholder",
            Strength.ANONYMOUS,
        ),
        (
            "A stallholder, declining to be named, said the rent had doubled.",
            "A stallholder",
            Strength.ANONYMOUS,
        ),
        # a named speaker who asks for anonymity in an aside is still graded by the aside
        (
            "The shareholder, speaking on condition of anonymity, said the vote was rigged.",
            "The shareholder",
            Strength.ANONYMOUS,
        ),
    ]
)

# an aside that asks nothing of the kind does not make the words before it a speaker
test_other_asides_read_no_speaker = not_sourced_test(
    [
        "The shareholding, on condition of approval, said little about the board.",
        "A shareholder vote, held in private, decided the sale.",
    ]
)
