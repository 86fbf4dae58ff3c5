"""Issue 21, EDITORIAL recall (frame-recall17, pack/framing/speculation.toml and
lexicons/framing-modal-predictions.txt).

Predictions in the writer's voice that the speculation rules missed: an adverb of likelihood
or ease after "be" in a passive prediction ("will be easily overturned"), a degree word
before the adverb ("will most likely"), "likely" standing as an adverb after a copula ("is
likely an exaggeration"), and the writer foretelling a side's difficulty ("will struggle
to", "would have a difficult time"). Each is quiet after a verb of speech or belief, in an
if or whether clause, and in its literal or reported neighbours.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

_BE_ADVERB = "speculation.will-be-adverb"
_COPULAR = "speculation.likely-copular"
_STRUGGLE = "speculation.struggle-to"
_WILL_ADVERB = "speculation.will-adverb"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The harbour ruling will be easily overturned on appeal.", _BE_ADVERB),
        ("The new levy would be easily defeated in a second vote.", _BE_ADVERB),
        ("The old quay will be forever remembered for the flood.", _BE_ADVERB),
        ("The ferry tender will most likely be won by the island firm.", _WILL_ADVERB),
        ("The mayor's figure for ferry fares is likely an exaggeration.", _COPULAR),
        ("It's likely the biggest worry for the harbour board.", _COPULAR),
        ("A winter timetable is likely not possible this year.", _COPULAR),
        ("The island firm will struggle to keep both ferries running.", _STRUGGLE),
        ("The mayor would have a difficult time blocking a fare cut.", _STRUGGLE),
        ("The board will find it hard to repeat its old promises.", _STRUGGLE),
    ],
)
def test_writer_prediction_fires(text: str, rule: str) -> None:
    sentence = one(text)
    assert rule in fired(sentence)
    assert sentence.label is Label.EDITORIAL


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The harbour ruling was easily overturned on appeal.", _BE_ADVERB),
        ("Her lawyer said the ruling would be easily overturned.", _BE_ADVERB),
        ("Tickets will be easily available at the quay.", _BE_ADVERB),
        ("The ferry will be repaired over the winter.", _BE_ADVERB),
        ("The mayor is likely to lose the dock ward.", _COPULAR),
        ("The likely winner is a newcomer from the north shore.", _COPULAR),
        ("Ana Ruiz is the most likely candidate for harbour master.", _COPULAR),
        ("The island firm struggled to keep both ferries running.", _STRUGGLE),
        ("Her aides worry that the mayor will struggle to hold the ward.", _STRUGGLE),
        ("If the ferry stops, the cafes will struggle to stay open.", _STRUGGLE),
    ],
)
def test_neighbours_stay_quiet(text: str, rule: str) -> None:
    assert rule not in fired(one(text))
