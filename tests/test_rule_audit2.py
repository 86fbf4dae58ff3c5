"""Issue 21's cross-corpus audit, rule by rule (rule-audit2, docs/tuning.md).

Words whose firings were editorial on the judges less often than the base rate, in a
neutral sense: "far from" as a distance ("not far from the station"), the emblems of Pride
("a pride flag", "a point of pride"), "good jobs" as employment, "unfair trade practices"
as a trade-law term, "criminal" in a record or a proceeding ("a criminal background check").
Each has a twin that the rules must still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry terminal is not far from the old mill.",
        "The ferry terminal isn't far from the old mill.",
        "Villages near and far from the estuary lost power.",
        "A rainbow pride flag hung over the harbour office.",
        "The rebuilt lighthouse is a point of pride for the island.",
        "The shipyard brought good jobs back to the coast.",
        "A diploma does not guarantee a good job on the island.",
        "The ministry opened an inquiry into unfair trade practices by two fish exporters.",
        "Every ferry worker passed a criminal background check.",
        "The skipper had a long criminal history on the mainland.",
    ],
)
def test_a_neutral_sense_is_shown_and_counts_nothing(text: str) -> None:
    s = one(text)
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert not fired(s) & {
        "intensifier.dismissive",
        "evaluative.charged-weak",
        "evaluative.mild",
        "labels.epithet",
    }
    assert s.framing_score == 0
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "rule", "weight"),
    [
        ("The harbour plan is far from a cure for the island.", "intensifier.dismissive", 0.75),
        ("Their pride cost the council the vote.", "evaluative.charged-weak", 0.25),
        ("The harbour master did a good job with the storm repairs.", "evaluative.mild", 1.0),
        ("The ferry company's unfair fares anger the islanders.", "evaluative.mild", 1.0),
        ("The criminal gang that runs the docks fled to the mainland.", "labels.epithet", 0.75),
    ],
)
def test_the_judging_sense_still_counts(text: str, rule: str, weight: float) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.framing_score >= weight


def test_a_judging_far_from_is_editorial_with_another_cue() -> None:
    s = one("The new levy is far from the only tax on the ferry, and it is clearly a burden.")
    assert "intensifier.dismissive" in fired(s)
    assert s.label is Label.EDITORIAL
