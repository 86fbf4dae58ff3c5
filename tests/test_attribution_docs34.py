"""Documents, data and bodies as sources, and two false sources (attr-docs34).

- Samples and readings a body collected or took are its data: "Soil samples taken by the
  port authority showed ..." is SOURCED to them, named by the body (source-documents.txt,
  source-postmodifiers.txt). Things found somewhere ("samples found in the mud contained
  tar") are not a finding (cue.finding).
- The last word of a two-word head that is no head alone ("the air force", "the coast
  guard") ends a noun phrase after the head's first word (NounPhrases._np_word), so the body
  "reported" its action as any body does.
- An item of a list the story announced ("Another, a report by X, found", "The second, led
  by researchers at Y, reported") takes its apposition as the source, not "Another"
  (Subjects._appositive_subject, Subjects._item_led_by).
- "Neither claim", "either claim": a determiner and a noun, no loaded verb
  (cue.loaded-noun-form); "The app, called Tidewise, lets ...": a name given, not words
  (cue.call).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    (
        "Soil samples taken by the port authority showed high levels of tar.",
        "Soil samples taken by the port authority",
        Strength.NAMED,
    ),
    (
        "Readings collected by the harbour board showed the water had warmed.",
        "Readings collected by the harbour board",
        Strength.NAMED,
    ),
    (
        "The air force reported shooting down three balloons over the bay.",
        "The air force",
        Strength.NAMED,
    ),
    ("The coast guard reported two boats near the pier.", "The coast guard", Strength.NAMED),
    ("The navy said it sank a mine near the harbour.", "The navy", Strength.NAMED),
    (
        "Another, a report by the harbour board, found that the pier had sunk.",
        "a report by the harbour board",
        Strength.NAMED,
    ),
    (
        "The second, led by Ana Ruiz of the ferry board, found that fares had doubled.",
        "The second, led by Ana Ruiz of the ferry board",
        Strength.NAMED,
    ),
    ("The senator claims the vote was rigged.", "The senator", Strength.NAMED),
    ("The mayor called the audit a sham.", "The mayor", Strength.NAMED),
]

NOT_SOURCED = [
    "Samples of the soil were collected last week.",
    "Samples found in the harbour mud contained tar.",
    "Two hikers were reported missing on Sunday.",
    "Neither claim about the pier could be checked.",
    "Either claim would sink the ferry deal.",
    "The ferry app, called Tidewise, lets islanders book seats.",
    "Her new venture, called Harbor First, was sold in May.",
    "The lab took samples from forty homes.",
]


@pytest.mark.parametrize(
    ("agent", "strength"),
    [("researchers at Nordlys University", Strength.NAMED), ("two biologists", Strength.ANONYMOUS)],
)
def test_list_item_led_by_agent(agent: str, strength: Strength) -> None:
    """The item is named by a name in its agent (its institution), else as strong as it."""
    sentences = audit_sentences(
        [
            "Two studies looked at the bay.",
            f"The second, led by {agent}, reported that the bay was warming.",
        ]
    ).sentences
    attribution = sentences[1].attribution
    assert sentences[1].label is Label.SOURCED
    assert attribution is not None
    assert attribution.source.text == f"The second, led by {agent}"
    assert attribution.source.strength is strength


def test_another_person_keeps_its_reading() -> None:
    """A person in the apposition is not a document: the list word stays the subject."""
    sentence = audit_sentences(["Another, a teacher at the school, said the roof leaked."])
    assert sentence.sentences[0].label is Label.SOURCED


test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)

# A kind of sample opening the sentence is a common word, not a name: data nobody owns are
# anonymous, as "City data show" is; an owner named in the phrase still names them.
test_kinds_of_sample = sourced_test(
    [
        ("Soil tests showed high levels of tar.", "Soil tests", Strength.ANONYMOUS),
        ("Blood samples showed traces of the solvent.", "Blood samples", Strength.ANONYMOUS),
        ("Laboratory results confirmed two new cases.", "Laboratory results", Strength.ANONYMOUS),
        (
            "Water samples taken by the port authority showed tar.",
            "Water samples taken by the port authority",
            Strength.NAMED,
        ),
    ]
)

# The standing of a count ("provisional", "unofficial", "partial", "initial") describes the
# document as "preliminary" does: the phrase runs on to its owner, and a sentence-initial one
# is no name.
test_standing_of_a_count = sourced_test(
    [
        (
            "Turnout reached 61 percent, according to provisional results from the harbour board.",
            "provisional results from the harbour board",
            Strength.NAMED,
        ),
        (
            "Initial estimates show the ferry carried 900 people.",
            "Initial estimates",
            Strength.ANONYMOUS,
        ),
    ]
)
