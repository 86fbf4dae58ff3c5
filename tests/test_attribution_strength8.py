"""Source strength, spans and the ledger (issue 20), from attr-strength8's samples.

- A name before an unknown head after "a", "one" ("one Reddit commenter", "an Instagram
  influencer") only says where an unnamed person is from: anonymous (LooseSources._loose).
- A name after a noun is the subject of a relative clause without "that" ("an honor Ruiz
  said she would cherish", "in a radio interview Ruiz declared"), and a name after words
  that describe it is the source ("the embattled Ruiz"): NounPhrases._contact_clause and
  NounPhrases._named_after_noun. A body's noun before its name keeps it ("the group Harbor
  First", "a newspaper El Faro").
- "Will Doyle said": a given name that is also a function word, before a surname, in a
  sentence that is no question (NounPhrases._given_name; "will" in given-names-male).
- A second verb's subject is not the object of an opening preposition ("In a statement,
  Mayor Ruiz blasted ... and said": the mayor, not "a statement"): Subjects._first_subject.
- The people a poll or survey asked ("a poll of Harborville voters") are not its author:
  the names in them do not name it (Expressions._people_asked).
- A ledger row says what its sentences say: a lede's described source named in the next
  attribution joins the name's row (discourse._named_next), and a sentence of clauses made
  named by a named clause is that clause's (discourse._named_clause).
- "The group", "the company" with no named antecedent cited take the nearest named
  organisation that opened a sentence (discourse._described).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    # an unnamed person of a named place or platform
    ("One Reddit commenter said the pier was unsafe.", "One Reddit commenter", Strength.ANONYMOUS),
    ("An Instagram influencer said the hotel was dirty.", "An Instagram influencer", "anonymous"),
    ("A Lirana harbourmaster said the pier was unsafe.", "A Lirana harbourmaster", "anonymous"),
    # a name after the unknown head is the person's
    (
        "A local shop owner Ana Ruiz said the pier was unsafe.",
        "A local shop owner Ana Ruiz",
        "named",
    ),
    ("The Lirana harbourmaster said the pier was unsafe.", "The Lirana harbourmaster", "named"),
    # a relative clause without "that": its subject is the source
    ("It was an honor Ruiz said she would cherish.", "Ruiz", Strength.NAMED),
    (
        "The fees rose in a way Police Chief Tom Hale called reckless.",
        "Police Chief Tom Hale",
        "named",
    ),
    ("In a radio interview Ruiz declared that the pier was safe.", "Ruiz", Strength.NAMED),
    ("It was a decision Mr. Hale has called cruel.", "Mr. Hale", Strength.NAMED),
    ("It was a word the mayor then repeated.", "the mayor", Strength.NAMED),
    # words that describe the person named
    ("The embattled Ruiz said the pier was safe.", "Ruiz", Strength.NAMED),
    # ... but a phrase after a person's "at", "of" is that person's
    (
        "Ruiz's man at the reconstituted Harbor Academy declares that the pier is safe.",
        "Ruiz's man at the reconstituted Harbor Academy",
        Strength.ANONYMOUS,
    ),
    # a name's document in an aside keeps its aside
    (
        "The ferry sailed late.A 2012 HarborTube video (above) shows Hale talking about ferries.",
        "A 2012 HarborTube video (above)",
        Strength.NAMED,
    ),
    # one acronym after a describing word is the head of its compound, and a demonstrative
    # keeps its whole phrase
    ("An anti-Ruiz super PAC called Harbor First is growing.", "An anti-Ruiz super PAC", "named"),
    ("A struggling HP urged staff to accept a pay freeze.", "A struggling HP", Strength.NAMED),
    (
        "In the week that football legend Ana Ruiz announced her return, fares rose.",
        "that football legend Ana Ruiz",
        Strength.NAMED,
    ),
    # a named body's document is named, whatever its head ("poll", "opinion")
    ("Ruiz leads, according to an annual Gallup poll.", "an annual Gallup poll", Strength.NAMED),
    # a body's noun before its name: the name is the noun's
    ("The group Harbor First said the pier was unsafe.", "The group Harbor First", "named"),
    ("A newspaper El Faro reported that the pier was unsafe.", "A newspaper El Faro", "named"),
    ("A Harbor Trust report said the pier was unsafe.", "A Harbor Trust report", "named"),
    (
        "A senior coastguard official said the pier was unsafe.",
        "A senior coastguard official",
        "anonymous",
    ),
    # a given name that is also a word of the language, before a surname
    ("Will Doyle said the ferry was late.", "Will Doyle", Strength.NAMED),
    ("Will Doyle told reporters the ferry was late.", "Will Doyle", Strength.NAMED),
    # a second verb's subject is not the object of an opening preposition
    (
        "Beyond the footage, the report cited two witnesses and said the pier was unsafe.",
        "the report",
        Strength.NAMED,
    ),
    (
        "In a statement, Mayor Ana Ruiz blasted the board and said the pier was unsafe.",
        "Mayor Ana Ruiz",
        Strength.NAMED,
    ),
    ("In Lirana, Ana Ruiz arrived and said the pier was unsafe.", "Ana Ruiz", Strength.NAMED),
    ("Outside experts arrived and said the pier was unsafe.", "Outside experts", "anonymous"),
    # the people a poll asked are no author of it
    (
        "Ruiz leads, according to a weekly poll of Harborville voters.",
        "a weekly poll of Harborville voters",
        Strength.ANONYMOUS,
    ),
    (
        "Ruiz leads, according to one poll of 400 Lirana voters.",
        "one poll of 400 Lirana voters",
        "anonymous",
    ),
    # an author after them, or a body after "of", names it
    (
        "According to a study of Lirana residents by Harbor University, fares rose.",
        "a study of Lirana residents by Harbor University",
        Strength.NAMED,
    ),
    (
        "According to a report of the Harbor Trust, fares rose.",
        "a report of the Harbor Trust",
        "named",
    ),
    (
        "A Harbor Post poll of Lirana voters shows Ruiz ahead.",
        "A Harbor Post poll of Lirana voters",
        "named",
    ),
]

NOT_SOURCED = [
    # a question's auxiliary before a name
    "Will Doyle say the ferry was late?",
    "Will Doyle be confirmed?",
    # a noun after an article, describing words and a name: no verb of saying
    "Ruiz even gave in to the original Hale demand and offered to debate in Lirana.",
    "The road reopened a day after the deadly Sinton attack.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)


def test_a_described_lede_joins_the_row_of_the_name_it_is_given() -> None:
    """'A union of ferry workers endorsed Ruiz.' | 'The Harbor Ferry Alliance said ...': the
    lede is named, refers to the name, and is a mention in the name's ledger row, as is
    "the union" after it; no anonymous row is left for it."""
    report = audit_sentences(
        [
            "A union of ferry workers endorsed Ruiz on Monday.",
            "The Harbor Ferry Alliance said she would protect jobs.",
            "The union said it had 4,000 members.",
        ]
    )
    lede, named, later = (s.attribution for s in report.sentences)
    assert lede is not None and named is not None and later is not None
    assert lede.source.strength is Strength.NAMED
    assert lede.source.resolved_to == "The Harbor Ferry Alliance"
    assert lede.source.ledger_id == named.source.ledger_id == later.source.ledger_id
    assert [row.name for row in report.sources] == ["The Harbor Ferry Alliance"]
    row = report.sources[0]
    assert row.strength is Strength.NAMED
    assert "A union of ferry workers" in row.mentions


def test_a_lede_not_named_next_keeps_its_anonymous_row() -> None:
    """A described lede whose next attribution is someone else's ("a senior official", then
    a named minister) stays anonymous, in a row of its own."""
    report = audit_sentences(
        [
            "A senior official said the talks had failed.",
            "Minister Ana Ruiz said she would travel to Lirana.",
        ]
    )
    lede = report.sentences[0].attribution
    assert lede is not None and lede.source.strength is Strength.ANONYMOUS
    rows = {row.name: row.strength for row in report.sources}
    assert rows["A senior official"] is Strength.ANONYMOUS


def test_a_sentence_named_by_one_of_its_clauses_is_that_clause() -> None:
    """'Leaders condemn the test; Ruiz vows a reply': named by Ruiz, whose row it is."""
    report = audit_sentences(["Harbor leaders condemn the test; Ruiz vows a swift reply."])
    sentence = report.sentences[0]
    assert sentence.label is Label.SOURCED and sentence.attribution is not None
    assert sentence.attribution.source.text == "Ruiz"
    assert sentence.attribution.source.strength is Strength.NAMED
    row = next(r for r in report.sources if r.id == sentence.attribution.source.ledger_id)
    assert row.strength is Strength.NAMED


def test_every_mention_agrees_with_its_ledger_row() -> None:
    """No sentence is named where its ledger row is anonymous, nor the reverse."""
    report = audit_sentences(
        [
            "A former harbour board chairman says the pier must close.",
            "“It is not safe,” said Tom Hale, who led the board until 2019.",
            "Lirana leaders condemn the plan; Ruiz vows to fight it.",
            "A Harbor Trust representative said the pier was unsafe.",
            "The Harbor Trust said it would sue.",
        ]
    )
    rows = {row.id: row.strength for row in report.sources}
    for sentence in report.sentences:
        if sentence.attribution is not None:
            source = sentence.attribution.source
            assert rows[source.ledger_id] is source.strength, sentence.text


def test_the_group_is_the_named_body_that_opened_a_sentence_before_it() -> None:
    """'The group said', after 'Activists said ...' | 'The Harbor Trust organised the
    march.': the Harbor Trust, named, in its row (not the activists); "the company" after a
    sentence opened by a person stays a description of its own."""
    report = audit_sentences(
        [
            "Activists said the protest would go ahead.",
            "The Harbor Trust organised the march.",
            "The group said police had been told.",
        ]
    )
    group = report.sentences[2].attribution
    assert group is not None
    assert group.source.resolved_to == "The Harbor Trust"
    assert group.source.strength is Strength.NAMED
    hired = audit_sentences(
        ["Harbor Bank hired Ana Ruiz in 2001.", "The company said she would stay."]
    ).sentences[1]
    assert hired.attribution is not None and hired.attribution.source.resolved_to == "Harbor Bank"
    joined = audit_sentences(
        ["Ana Ruiz joined Harbor Bank in 2001.", "The company said she would stay."]
    ).sentences[1]
    assert joined.attribution is not None and joined.attribution.source.resolved_to is None
