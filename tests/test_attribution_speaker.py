"""The speaker after a cue (auditor/attribution/speaker.py): "..., said the minister".

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import one, source_of

from auditor.models import Label

SPEAKERS = [
    ("The ward is full, said the minister.", "the minister"),
    ("'We need more beds,' said Dr. Lena Okafor.", "Dr. Lena Okafor"),
    ("Children need routines, adds psychologist Jane Roe.", "psychologist Jane Roe"),
    ("'The plan is dead,' writes Kevin Ortiz, a columnist.", "Kevin Ortiz"),
    # a name and a colon before a quotation: abbreviations, a kicker, the hearers after "to"
    ("Sen. Ana M. Ruiz: “We will not sell the harbour to anyone”", "Sen. Ana M. Ruiz"),
    ("VIDEO: Tom Hale: “We will not sell the harbour to anyone”", "Tom Hale"),
    ("Tom Hale to the Port Board: “You have failed this town.”", "Tom Hale"),
]


@pytest.mark.parametrize(("text", "source"), SPEAKERS)
def test_speaker_after_the_cue(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Rates will rise, adds nothing to the debate.",
        "The council writes its budget in May.",
    ],
)
def test_no_speaker_after(text: str) -> None:
    assert one(text).label is not Label.SOURCED


def test_participle_object_is_not_the_speaker() -> None:
    # "..., attacking the mayor as weak": the phrase after an -ing verb is its object
    assert source_of("The senator spoke last, attacking the mayor as weak.") == "The senator"
