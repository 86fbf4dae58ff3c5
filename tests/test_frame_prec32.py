"""frame-prec32: charged words in their plain sense in court, crime, science and award reports.

- An award's category ('the prize for best first feature', 'voted best player of the
  tournament'): the jury's choice, reported (sense.award-category).
- A poison with a modifier between ('toxic blue-green algae', 'toxic heavy metals') or by what it
  harms ('toxic to dogs') (sense.toxic-substance).
- Fraud as the offence of a crime report, done, found or counted ('auditors discovered the
  fraud', 'the fraud cost investors $5 million') (sense.fraud-offence).
- A scam done, found or counted, as fraud is ('the scam targeted pensioners').
- Biology, pests, wrecks, asylum and takeovers: 'malaria parasites', 'natural killer cells', 'a
  plague of locusts', 'an infestation of bedbugs', 'the wreck lies in 3,800 metres of water',
  'fleeing persecution', 'a hostile takeover bid' (sense.parasite-organism, sense.wreck-noun, the
  neutral-senses list).
- A critic's verdict quoted as the object's complement ('the critic found the staging "crude"',
  'thought the film "a beautiful mess"'): the quotation is the critic's, SOURCED, not a scare
  quote (cue.judged-quote); 'reviewer' is a source as 'critic' is.
- 'The court heard that ...': the evidence given before a named court, SOURCED as a ruling is
  (cue.court-heard).

Kept EDITORIAL FRAMING: the same words as the writer's verdict.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from framing_helpers import editorial_test, not_editorial_test

from auditor import audit_text
from auditor.models import Label

EDITORIAL = [
    ("It is the best ferry film of the year.", "evaluative.mild"),
    ("The harbour office is a toxic work environment.", "evaluative.strong"),
    ("The whole harbour inquiry is a fraud.", "evaluative.emotive-noun"),
    ("The harbour master is a fraud and a liar.", "evaluative.emotive-noun"),
    ("The new ferry levy is a scam.", "evaluative.emotive-noun"),
    ("The parasites on the harbour board have bled the island dry.", "labels.insult"),
    ("The new levy will wreck the harbour trade.", "speculation.consequence"),
]

NOT_EDITORIAL = [
    "The ferry drama took the prize for best first feature at the festival.",
    "The island's goalkeeper was voted best player of the tournament.",
    "The harbour band won a Grammy for best rock album in 2003.",
    "A bloom of toxic blue-green algae closed the harbour beach.",
    "Inspectors found toxic heavy metals in the soil near the pier.",
    "The berries on the island are toxic to dogs.",
    "Auditors discovered the fraud during a routine check of the harbour accounts.",
    "The fraud cost the ferry company more than $5 million.",
    "Victims of the fraud included two island charities.",
    "The fraud was uncovered by a junior clerk in 2021.",
    "The jury heard that the clerk submitted false payroll records to the port.",
    "The scam targeted pensioners on the island.",
    "The island lab studies how malaria parasites develop resistance to drugs.",
    "The parasites live in the gut of the harbour seals for months.",
    "The wreck lies in 3,800 metres of water off the island.",
    "Divers reached the wreck of the ferry on Tuesday.",
    "Natural killer cells can destroy infected cells.",
    "A plague of locusts destroyed crops across the plain.",
    "The infestation of bedbugs forced the harbour hotel to close.",
    "Families fleeing persecution can ask the island for protection.",
    "The board rejected a hostile takeover bid from a rival ferry line.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


@pytest.mark.parametrize(
    "sentence",
    [
        "The court heard that the harbour master altered the ferry logs.",
        "The jury at Tarrow Crown Court heard how the clerk moved the money abroad.",
        'The Harbour Gazette\'s critic found the staging "crude and exhausting".',
        'Jane Ode, the island paper\'s critic, thought the film "a beautiful mess".',
        "The island paper's reviewer deemed the novel a triumph.",
    ],
)
def test_court_heard_and_critics_verdict_are_sourced(sentence: str) -> None:
    s = audit_text(sentence).sentences[0]
    assert s.label is Label.SOURCED, s.evidence


@pytest.mark.parametrize(
    "sentence",
    [
        "The court heard the case for two days.",
        "Residents heard that the ferry would stop.",
        "The ferry crew found the keys in the car.",
    ],
)
def test_hearing_itself_is_not_a_cue(sentence: str) -> None:
    s = audit_text(sentence).sentences[0]
    assert s.label is not Label.SOURCED, s.evidence


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        ("The mayor's win was a hostile takeover of the harbour board.", "evaluative.magnitude"),
        ("The board's levy wrecked the harbour trade.", "evaluative.emotive-verb"),
    ],
)
def test_metaphor_keeps_its_cue(sentence: str, rule: str) -> None:
    s = audit_text(sentence).sentences[0]
    assert rule in {e.rule for e in s.evidence}, s.evidence
