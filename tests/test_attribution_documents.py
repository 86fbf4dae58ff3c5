"""Objects and documents as sources (auditor/attribution/documents.py and the cue rules).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import assert_source, one, source_of

from auditor.models import Label, SourceType, Strength

DOCUMENTS = [
    ("According to the health ministry, 12 people died.", "the health ministry"),
    ("As stated in the council's report, the pier is unsafe.", "the council's report"),
    ("Exit polling showed that Ruiz won every district.", "Exit polling"),
    ("A report by the WHO found that cases rose in May.", "A report by the WHO"),
    ("Police filed an affidavit that states the suspect fled.", "an affidavit"),
    ("In a company email sent Monday, employees were told to stay home.", "a company email"),
    ("The filing shows the company lost $2 million.", "The filing"),
    ("Documents reviewed by the Daily Star show the payments went on.",
     "Documents reviewed by the Daily Star"),
    # a participle and its phrase between the document and its verb: not the phrase's noun
    ("An affidavit filed in the case states that the dredging began early.",
     "An affidavit filed in the case"),
    ("An affidavit filed in federal court states that the dredging began early.",
     "An affidavit filed in federal court"),
    ("A memo sent to Ana Ruiz on Monday says the depot will close.", "A memo sent to Ana Ruiz"),
]  # fmt: skip


def test_the_recipient_of_a_document_is_not_its_author() -> None:
    sentence = one("A memo sent to Ana Ruiz on Monday says the depot will close.")
    assert sentence.strength is Strength.ANONYMOUS


@pytest.mark.parametrize(("text", "source"), DOCUMENTS)
def test_documents_as_sources(text: str, source: str) -> None:
    assert source_of(text) == source


def test_a_document_by_a_named_body_is_named() -> None:
    sentence = one("Tests carried out by the WHO showed the water was safe.")
    assert sentence.attribution is not None
    assert sentence.attribution.source.type is SourceType.DOCUMENT
    assert sentence.strength is Strength.NAMED


@pytest.mark.parametrize(
    "text",
    ["The plan went according to schedule.", "Researchers found the wreck of the ship in 2019."],
)
def test_not_a_document_source(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Records obtained by the Tribune show a rise.", "Records obtained by the Tribune"),
        ("A survey conducted by Gallup shows a rise.", "A survey conducted by Gallup"),
    ],
)
def test_a_document_by_a_named_author_is_named(text: str, source: str) -> None:
    assert source_of(text) == source
    assert one(text).strength is Strength.NAMED


@pytest.mark.parametrize(
    "text",
    [
        'According to "The Long Road," a book by a former aide, the deal was secret.',
        'The deal was secret, according to "The Long Road," a memoir.',
    ],
)
def test_according_to_a_titled_document(text: str) -> None:
    sentence = one(text)
    assert sentence.label is Label.SOURCED
    assert sentence.attribution.source.type is SourceType.DOCUMENT
    assert sentence.strength is Strength.NAMED


def test_according_to_a_scare_quote_is_no_source() -> None:
    assert one('According to "sources," the deal was secret.').label is not Label.SOURCED


@pytest.mark.parametrize(
    "text",
    [
        "According to people familiar with the talks, a deal is near.",
        "A deal is near, according to people familiar with the talks.",
    ],
)
def test_an_anonymous_object_phrase_ends_with_its_clause(text: str) -> None:
    assert source_of(text) == "people familiar with the talks"


def test_an_anonymity_phrase_completes_a_loosely_read_object() -> None:
    text = "The yard refused, according to a shipping executive familiar with the bids."
    assert source_of(text) == "a shipping executive familiar with the bids"


def test_according_to_people_placed_or_described_is_anonymous() -> None:
    for text, source in [
        ("The vote was close, according to people in the room.", "people in the room"),
        ("According to people at the meeting, the vote was close.", "people at the meeting"),
        ("The vote was close, according to people who were there.", "people who were there"),
        ("The vote was close, according to people present.", "people present"),
        # a clause or a complement after the place is not the place's
        (
            "According to people in the hall when the vote came, the mayor left early.",
            "people in the hall",
        ),
        ("The levy is seen by many in the valley as a burden on farms.", "many in the valley"),
        (
            "The vote was close, according to people in the room that night.",
            "people in the room that night",
        ),
    ]:
        sentence = one(text)
        assert sentence.label is Label.SOURCED, text
        assert sentence.attribution.source.text == source
        assert sentence.attribution.source.strength is Strength.ANONYMOUS


def test_according_to_bare_people_or_reports_stays_vague() -> None:
    for text in [
        "The vote was close, according to people.",
        "The vote was close, according to reports in the media.",
        "The vote was close, according to people on social media.",
    ]:
        assert one(text).label is not Label.SOURCED, text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Leaked documents from her 2009 tax return show a large loss.",
         "Leaked documents from her 2009 tax return"),
        ("Court records from the 2019 divorce case show the house was sold.",
         "Court records from the 2019 divorce case"),
    ],
)  # fmt: skip
def test_a_year_before_unknown_words_stays_inside_the_documents_phrase(
    text: str, source: str
) -> None:
    assert source_of(text) == source


def test_a_year_alone_after_a_preposition_gives_no_document() -> None:
    assert one("Prices from the 2019 harvest show no sign of falling.").label is not Label.SOURCED


# What a written text "reads" (cue.text-reads, cue.text-reads-tag): a sign, a banner, a
# letter or a shirt is the source of its words, graded as the document is.
TEXTS_READ = [
    ('The notice on the gate reads: "Closed until further notice."', "The notice on the gate",
     "named"),
    ('Marchers carried a banner that read "Save the pier."', "a banner", "anonymous"),
    ('He wore a shirt that read "Harbour Pride."', "a shirt", "anonymous"),
    ('"The ferry will not run on Sunday," the port\'s letter reads.', "the port's letter",
     "named"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "strength"), TEXTS_READ)
def test_a_text_reads_its_words(text: str, source: str, strength: str) -> None:
    assert_source(text, source, strength)


@pytest.mark.parametrize(
    "text",
    [
        'The mayor read "The Harbour Years" as a child.',  # a person reading
        "She reads the letter aloud every year.",
        "The statement was read out on Tuesday.",
        "The memo reads well.",
    ],
)
def test_reading_is_not_a_text_speaking(text: str) -> None:
    assert one(text).label is not Label.SOURCED, text


def test_a_report_keeps_its_reporter_over_a_text_it_describes() -> None:
    text = 'According to the Courier, marchers wore shirts that read "Save the pier."'
    sentence = one(text)
    assert sentence.attribution.source.text == "the Courier"
    assert sentence.attribution.source.strength is Strength.NAMED
