"""Issue 21, cross-corpus audit of the framing rules (frame-audit, docs/tuning.md).

Three words that judge in opinion writing and name something else in the genres where
one corpus fired them again and again: 'false' and 'lying' in a charge or a plea
(court reporting), 'holy' and 'sacred' before a religion's places, rites and names
(writing about churches), 'suspicious' in the terms of police and banks. Each case has
a twin the rules must still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label


@pytest.mark.parametrize(
    ("text", "sense", "cue"),
    [
        (
            "The harbour clerk was convicted in May of giving false statements to auditors.",
            "sense.offence-false-or-lying",
            "evaluative.mild",
        ),
        (
            "The couple were indicted on charges of filing false ferry tax returns.",
            "sense.offence-false-or-lying",
            "evaluative.mild",
        ),
        (
            "The treasurer was convicted of lying to investigators about the harbour loans.",
            "sense.offence-false-or-lying",
            "evaluative.strong",
        ),
        (
            "The ferry stops at the holy city twice a week.",
            "sense.religious-holy",
            "evaluative.strong",
        ),
        (
            "The envoy met the bishops of the Holy See in March.",
            "sense.religious-holy",
            "evaluative.strong",
        ),
        (
            "Police closed the pier after a suspicious package was found.",
            "sense.suspicious-item",
            "evaluative.mild",
        ),
    ],
)
def test_neutral_senses_found_across_corpora_are_not_framing(
    text: str, sense: str, cue: str
) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert cue not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The mayor keeps making false statements about the ferry.", "evaluative.mild"),
        ("The harbour master was lying to the council about the budget.", "evaluative.strong"),
        ("Nothing is sacred to this council.", "evaluative.strong"),
        ("The timing of the harbour vote is suspicious.", "evaluative.mild"),
    ],
)
def test_the_same_words_in_the_writers_judgement_keep_their_cue(text: str, cue: str) -> None:
    s = one(text)
    assert cue in fired(s)
    assert s.label is Label.EDITORIAL
