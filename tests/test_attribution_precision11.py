"""Attribution precision and source strength (issue 20), from attr-precision11's samples:
polnear-dev sentences PolNeAR leaves unsourced that were SOURCED, SOURCED sentences of the
40 saved pages, and SOURCED polnear-dev sentences judged for strength and source text.

- "Police said", "the police", "local police": a body known by a collective noun speaks as
  the one force of the story's place, named as "a police statement" is (LABELS.md,
  spokespeople); a counted or quantified part of it ("some police") and its people
  ("police officers") stay anonymous: Expressions._one_force.
- "the Valley Leader of Harborville": a paper's last word that is also a common noun
  ("Leader", "Sentinel") names a paper after a name of its own and before "of <Place>"
  (outlet-place-heads); "a report in" that paper is the paper's, named.
- "A long report": a word that is otherwise an adverb of the verb ("has long said")
  describes the noun after an article; the report has no author, anonymous.
- "Percentage of likely voters": an unknown capitalised opening word before "of" and a
  lower-case word is a common noun, no name.
- "the deadly Port Ellis attack": a noun after a describing word and a two-word name, no
  verb (cue.loaded-noun-form).
- Kin beyond the nuclear family ("his aunt", "her cousin", "the widow") are people who
  speak (source-persons), so the apposition after them names the speaker.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # the place's one force
    ("Police said the ferry left without its lights on.", "Police", Strength.NAMED),
    ("The police said two sailors were arrested at the pier.", "The police", Strength.NAMED),
    ("Local police reported no arrests on the quay.", "Local police", Strength.NAMED),
    (
        "The ferry left late on Sunday night, police said.",
        "police",
        Strength.NAMED,
    ),
    ("Some police said they were too tired to patrol.", "Some police", Strength.ANONYMOUS),
    ("Two police said the harbor gate was open.", "Two police", Strength.ANONYMOUS),
    ("Police officers said the harbor gate was open.", "Police officers", Strength.ANONYMOUS),
    ("Police sources said the harbor gate was open.", "Police sources", Strength.ANONYMOUS),
    # a paper's name with the place it serves, ending in a common noun
    (
        "A report in the Valley Sentinel of Port Ellis says the slogan cost $9,000.",
        "A report in the Valley Sentinel of Port Ellis",
        Strength.NAMED,
    ),
    (
        "The Harbor Leader of Lirana reported that the state paid for the slogan.",
        "The Harbor Leader of Lirana",
        Strength.NAMED,
    ),
    # a document with no author, described by an adjective that is also an adverb
    ("A long report says the pier is unsafe.", "A long report", Strength.ANONYMOUS),
    # an opening common noun before "of" is no name
    (
        "Percentage of island voters who say the ferry is too dear: 40.",
        "voters",
        Strength.ANONYMOUS,
    ),
    # kin who speak, named by the apposition after them
    (
        "The family had left the island years ago, said his aunt, Mara Velt.",
        "his aunt, Mara Velt",
        Strength.NAMED,
    ),
    ("Her cousin said the ferry had never been on time.", "Her cousin", Strength.NAMED),
    (
        "According to his aunt, Mara Velt, the boy could read at three.",
        "his aunt, Mara Velt",
        Strength.NAMED,
    ),
    ("According to the mayor, Monday, the ferry was late.", "the mayor", Strength.NAMED),
    # a name before a role the phrase bounds opened late, then a second apposition
    (
        "Tom Hale, managing partner of the bank Harbor Capital and author of The Long Tide,"
        " a book calling for lower fares, expressed alarm at the levy.",
        "Tom Hale",
        Strength.NAMED,
    ),
    (
        "In Lirana, the governor, a Republican, said the fares were too high.",
        "the governor",
        Strength.NAMED,
    ),
    # an apposition and a call or a demand after "prompted X to"
    (
        "The remarks prompted Tom Hale, editor of the Harbor Times, to call for the mayor's"
        " resignation.",
        "Tom Hale",
        Strength.NAMED,
    ),
    # testifying with its words
    ('"I never saw the contracts," Ruiz testified on Monday.', "Ruiz", Strength.NAMED),
    ("Ruiz testified that she had never seen the ferry contracts.", "Ruiz", Strength.NAMED),
]

NOT_SOURCED = [
    "The vote came weeks after the deadly Port Ellis attack on the ferry.",
    "The levy passed a year before the horrific Harbor City attack.",
    # testifying told as an event, and other second senses
    "The subpoena was dropped and Ruiz testified voluntarily in 2009.",
    "After Ana Ruiz testified, the panel turned to the ferry contracts.",
    "They spoke no English, but their smiles said a lot.",
    "He hired a lawyer to beat his cousin in a bitter dispute over the boat.",
]


test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)


def test_supreme_leader_stays_named() -> None:
    """A role's 'Leader of <Place>' is no paper, but it is named either way."""
    from attribution_helpers import one

    sentence = one("The Supreme Leader of Lirana said the talks were over.")
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength is Strength.NAMED


def test_ledger_agrees_with_each_sentence() -> None:
    """The ledger row of a source and the sentences it speaks in carry one strength: the
    report in a named paper, and "The report" after it, are named in both."""
    from auditor import audit_text

    result = audit_text(
        "A report in the Valley Sentinel of Port Ellis says the slogan cost $9,000.\n\n"
        "The report says the agency was paid twice.\n\n"
        "Police said the agency's office was closed on Monday."
    )
    rows = {row.id: row for row in result.sources}
    graded = [s.attribution.source for s in result.sentences if s.attribution is not None]
    assert len(graded) == 3
    for source in graded:
        assert source.strength is Strength.NAMED, source.text
        assert source.ledger_id is not None
        assert rows[source.ledger_id].strength is source.strength, source.text
