"""attr-precision12: three attribution inconsistencies, each one construction.

- "Police in the city said": "in the city" is an anonymity phrase after people ("residents
  in the city", "sources in the region"); after a named source (a place's one force, a
  person) it only places it, as it does after the verb ("said police in the city"):
  Subjects._subject. "on the ground" still makes a force's people anonymous.
- "The Gazette report that was published": "report" with a relative clause after it (its
  verb at once after "that" or "which") is a noun, and so is "report" in a cleft ("it is in
  the Gazette report that ..."): no cue.report (cue.report-content keeps "a Gazette report
  that the pier had cracked").
- "Our analysis shows", "according to my research": the writer's own work is the writer's
  voice (LABELS.md), no source; the people the writer relays stay sources ("our sources
  say", "our correspondent said"). LABELS.md makes no exception for an article written by
  an organisation: its "our study" is the writer's too.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import one

from auditor.models import Label, Strength

SOURCED = [
    # a force placed in the story's place: named, before the verb as after it
    ("Police in the city said the driver fled.", "Police in the city", Strength.NAMED),
    ("Police in the area said the driver fled.", "Police in the area", Strength.NAMED),
    ("The driver fled, police in the city said.", "police in the city", Strength.NAMED),
    ("The driver fled, said police in the city.", "police in the city", Strength.NAMED),
    (
        "The police department in the town said the driver fled.",
        "The police department in the town",
        Strength.NAMED,
    ),
    ("Ana Ruiz in the city said the driver fled.", "Ana Ruiz in the city", Strength.NAMED),
    # unchanged: people placed there, a force's people on the scene, names holding "in"
    ("Residents in the city said the driver fled.", "Residents in the city", Strength.ANONYMOUS),
    ("Sources in the region said the driver fled.", "Sources in the region", Strength.ANONYMOUS),
    ("Hospitals in the area said they were full.", "Hospitals in the area", Strength.ANONYMOUS),
    ("Police on the ground said the driver fled.", "Police on the ground", Strength.ANONYMOUS),
    ("Police in Dayton said the driver fled.", "Police in Dayton", Strength.NAMED),
    (
        "The Secretary of State in Lirana said the pier was shut.",
        "The Secretary of State in Lirana",
        Strength.NAMED,
    ),
    # the verb "report" keeps its cue, and a report is a source of "said"
    ("Local media report that the pier is unsafe.", "Local media", Strength.ANONYMOUS),
    ("The Tide Gazette reported that the pier was unsafe.", "The Tide Gazette", Strength.NAMED),
    (
        "A Tide Gazette report that was published in May said the pier was unsafe.",
        "A Tide Gazette report",
        Strength.NAMED,
    ),
    # the people the writer relays are sources
    ("Our sources say the pier was unsafe.", "Our sources", Strength.ANONYMOUS),
    ("The levy raised little, according to our partners.", "our partners", Strength.ANONYMOUS),
    ("Her study found the pier was unsafe.", "Her study", Strength.NAMED),
    ("Even my own folks say the levy is unfair.", "my own folks", Strength.NAMED),
]

NOT_SOURCED = [
    # a relative clause or a cleft after the noun "report"
    "The Tide Gazette report that was published last week drew many letters.",
    "The Harbor Tribune report that ran on Sunday named the ferry.",
    "The Tide Gazette report which appeared on Monday drew many letters.",
    "It is in the Tide Gazette report that the figures first appeared.",
    # the writer's own work
    "Our analysis shows the levy raised little.",
    "Our review found the pier was unsafe.",
    "My research shows the pier is unsafe.",
    "The levy raised little, according to our analysis.",
    "Our testing suggests that the laptop runs hot when it charges.",
    "The levy raised little, according to our polling.",
]


def test_police_in_the_city_is_placed_not_anonymised() -> None:
    """The place phrase after a one-force body keeps it named, with the phrase in its span."""
    sentence = one("Police in the city said the driver fled.")
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength is Strength.NAMED


test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)


def test_report_with_its_content_keeps_its_source() -> None:
    """'A Tide Gazette report that the pier was unsafe': a content clause, the paper's."""
    sentence = one("A Tide Gazette report that the pier was unsafe drew letters.")
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert "Tide Gazette" in sentence.attribution.source.text
    assert sentence.attribution.source.strength is Strength.NAMED
