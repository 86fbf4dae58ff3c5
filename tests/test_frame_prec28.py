"""frame-prec28: neutral reporting kept out of EDITORIAL FRAMING.

- A headline without a full stop: a pattern that read on into the next paragraph's first word
  was dropped, so 'charged with fraud and conspiracy' lost its offence sense in a headline.
- A drought or a heatwave that 'devastated' crops, as a storm that did (sense.natural-force).
- Disasters as a class of hazard events ('climate-related disasters'); floods that 'unleashed'
  mudslides; a poison named ('toxic chemicals', 'toxic fumes').
- 'Need to gain five seats': the arithmetic of a count, with the number in words.
- A labelled poll question ('Poll: Should ...?') and a call-out's small print ('Please include
  a contact number if you are willing to speak to a journalist', 'We would like to hear from
  you') and an outlet's appeals ('Please consider supporting us', 'Don't miss our briefing',
  'Get the best of ... delivered to your inbox') are page widgets.
- A disaster as the agent of its toll ('the disaster killed 2,000 people').
- 'Welcome' as a verb ('will welcome 300 refugees') and 'relevant' as pertinence ('relevant
  documents', 'relevant to the inquiry').
- A timetable with its date ('the terminal should be completed by 2028').
- A clinical or weather grade and a measured efficacy ('highly effective against severe
  disease'), and 'effective December 31' as a date.

Kept EDITORIAL FRAMING: the same words as the writer's verdict or demand.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from framing_helpers import editorial_test, not_editorial_test

from auditor import audit_text
from auditor.models import EvidenceKind, Label

EDITORIAL = [
    ("The ferry cuts have devastated the island's shops.", "evaluative.strong"),
    ("The harbour plan is a climate disaster.", "evaluative.emotive-noun"),
    ("The board unleashed chaos on the harbour.", "evaluative.emotive-verb"),
    ("The mayor's toxic politics split the island.", "evaluative.strong"),
    ("The ferry plan was a disaster that killed the harbour trade.", "evaluative.emotive-noun"),
    ("The vote dealt a severe blow to the deeply divisive mayor.", "evaluative.magnitude"),
    ("The council should open the pier to fishermen.", "action.deontic"),
    ("The new timetable is a welcome change.", "evaluative.need-verdict"),
    # (the sweeping comparison frame-fresh27 reads covers the word itself)
    ("The old ferry debate is more relevant than ever.", "stance.than-ever"),
    ("The Greens need to win back the island's voters.", "action.deontic"),
    ("The ferry deal was a conspiracy against the islanders.", "evaluative.emotive-noun"),
]

NOT_EDITORIAL = [
    "The drought has devastated wheat crops across the plain.",
    "A heatwave has ravaged the island's vineyards this summer.",
    "The floods unleashed mudslides that buried the harbour road.",
    "Toxic chemicals leaked from the tanker into the bay.",
    "Firefighters wore masks against the toxic fumes.",
    "The disaster killed 2,000 people and destroyed 40,000 homes.",
    "The vaccine is highly effective against severe disease.",
    "Patients with severe symptoms are treated at the island hospital.",
    "The harbour master's resignation is effective December 31.",
    "The new ferry terminal should be completed by 2028.",
    "The island will welcome 300 refugees this winter.",
    "The harbour board refused to hand over relevant documents.",
    "The emails could be relevant to the ferry inquiry.",
    "We would like to hear from you.",
    "Please consider supporting us with a donation.",
    "Don't miss our morning briefing.",
    "Get the best of the Harbour Gazette delivered to your inbox.",
    "The island is among the places most exposed to climate-related disasters.",
    "Weather-related disasters cost the island's insurers $40 million last year.",
    "The Greens need to gain four more seats to control the island council.",
    "The mayor needs to win two thirds of the votes cast to stay in office.",
    "Poll: Should the ferry run on Sundays?",
    "Please include a contact number if you are willing to speak to a journalist.",
    # an idiom counted is a match's statistic (lead51)
    "Ruiz made 31 unforced errors in the final set.",
    "Hale committed two unforced errors in the tie-break.",
]


test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


@pytest.mark.parametrize(
    "headline",
    [
        "Harbour clerks charged with fraud and conspiracy",
        "Former harbour master convicted of bribery and conspiracy",
    ],
)
def test_headline_without_full_stop_keeps_its_offence_sense(headline: str) -> None:
    report = audit_text(f"{headline}\n\nThe trial opens at the island court in May.\n")
    first = report.sentences[0]
    assert first.label is not Label.EDITORIAL, first.evidence
    senses = {e.rule for e in first.evidence_of(EvidenceKind.NEUTRAL_SENSE)}
    assert "sense.offence-named" in senses


def test_headline_verdict_keeps_its_cue() -> None:
    report = audit_text("Harbour board's ferry deal a conspiracy\n\nThe deal was signed in May.\n")
    assert report.sentences[0].label is Label.EDITORIAL
