"""Quotations over several sentences (issue 20, discourse14): unmarked block quotations
whose paragraph breaks were lost, a quotation's part in a sentence it runs over into or
out of, a quotation within a block.

Every article here is invented. Sentences given one by one (``audit_sentences``) carry no
blank lines: that is how evaluation files give them, with the paragraph breaks lost.
"""

from __future__ import annotations

from article_helpers import article, labels

from auditor.api import audit_sentences
from auditor.models import Label, Report, Strength


def source(report: Report, k: int) -> str | None:
    attribution = report.sentences[k].attribution
    return attribution.source.text if attribution else None


# -- an unmarked block after a speaker's colon, its paragraph breaks lost --------------
def test_sentences_after_a_statement_colon_are_the_statement_without_paragraphs() -> None:
    report = audit_sentences(
        [
            "Farmers have waited four months for drought payments.",
            "The ministry said in a statement on Monday:",
            "Payments will resume next week.",
            "Claims filed before May will be paid in full.",
        ]
    )
    assert labels(report)[2:] == [Label.SOURCED, Label.SOURCED]
    assert source(report, 3) == "The ministry"
    assert report.sentences[3].attribution.mode == "quote"
    assert report.sentences[3].strength is Strength.NAMED


def test_a_signposted_document_runs_on_without_paragraphs() -> None:
    report = audit_sentences(
        [
            "The council adopted new parking rules on Monday.",
            "Here's the policy:",
            "Residents may park on either side of the street after dark.",
            "Visitors need a permit from the clerk's office.",
        ]
    )
    assert labels(report)[2:] == [Label.SOURCED, Label.SOURCED]
    assert source(report, 2) == "the policy"


def test_a_block_without_paragraphs_is_a_few_sentences_only() -> None:
    report = audit_sentences(
        [
            "The ministry said in a statement on Monday:",
            "Payments will resume next week.",
            "Claims filed before May will be paid in full.",
            "The drought began in March.",
        ]
    )
    assert labels(report)[1:3] == [Label.SOURCED, Label.SOURCED]
    assert labels(report)[3] is not Label.SOURCED


def test_a_block_without_paragraphs_ends_where_the_writer_names_the_speaker() -> None:
    report = audit_sentences(
        [
            "Mayor Ana Ruiz wrote to residents on Friday:",
            "We cannot keep paying for roads nobody uses.",
            "Ruiz took office in 2019.",
        ]
    )
    assert labels(report)[1] is Label.SOURCED
    assert source(report, 1) == "Mayor Ana Ruiz"
    assert labels(report)[2] is not Label.SOURCED


def test_a_block_without_paragraphs_ends_on_he_or_she() -> None:
    report = audit_sentences(
        [
            "Mayor Ana Ruiz wrote to residents on Friday:",
            "We cannot keep paying for roads nobody uses.",
            "She was elected in 2019 on a promise to fix the roads.",
        ]
    )
    assert labels(report)[1] is Label.SOURCED
    assert labels(report)[2] is not Label.SOURCED


def test_a_block_without_paragraphs_ends_on_a_line_in_lower_case() -> None:
    report = audit_sentences(
        [
            "The Harbor Courier reports:",
            "take our survey - story continues below",
            "The ferry will stop running in May.",
        ]
    )
    assert labels(report)[1:] == [Label.UNSOURCED, Label.UNSOURCED]


def test_no_block_without_paragraphs_after_a_colon_that_quotes_no_one() -> None:
    report = audit_sentences(
        ["The plan has three parts:", "Housing comes first.", "Transport is next."]
    )
    assert labels(report) == [Label.UNSOURCED] * 3


# -- a quotation within a block, and what ends a block -------------------------------
def test_a_quotation_within_a_block_does_not_end_it() -> None:
    report = article(
        ["The governor wrote:"],
        [
            "It is typical of the council.",
            "Its answer to every letter is always \u201cwe will see.\u201d",
        ],
        ["The council met on Monday."],
    )
    assert labels(report)[:3] == [Label.SOURCED] * 3
    assert source(report, 2) == "The governor"
    assert labels(report)[3] is not Label.SOURCED


def test_a_line_of_markup_ends_a_block() -> None:
    report = article(
        ["The governor wrote:"],
        ["It is typical of the council.", '<embed id="12"/>.'],
    )
    assert labels(report)[1] is Label.SOURCED
    assert labels(report)[2] is not Label.SOURCED


# -- a quotation's part in a sentence it runs over into or out of --------------------
def test_a_quotation_opened_in_a_sentence_and_run_on_is_its_speakers_there_too() -> None:
    report = audit_sentences(
        [
            "Tom Hale, a former mayor, said past councils had been too cautious.",
            "Those councils \u201cwere stiff.",
            "They never took a risk.\u201d",
            "The vote is set for June.",
        ]
    )
    assert labels(report)[:3] == [Label.SOURCED] * 3
    assert source(report, 1) == "Tom Hale"
    assert labels(report)[3] is not Label.SOURCED


def test_a_quotation_run_on_into_its_tag_attributes_its_opening_sentence() -> None:
    report = audit_sentences(
        [
            "The county published the bridge plan on Monday.",
            "The plan is \u201ca waste of money from start to end.",
            "Nobody will ever pay for it,\u201d the mayor said.",
        ]
    )
    assert labels(report)[1:] == [Label.SOURCED, Label.SOURCED]
    assert source(report, 1) == "the mayor"
    assert labels(report)[0] is not Label.SOURCED


def test_a_mark_alone_that_opens_the_next_quotation_attributes_nothing() -> None:
    report = audit_sentences(
        [
            "The county published the bridge plan on Monday.",
            "Ana Ruiz has run the ferry for twenty years. ''",
            "Nobody will ever pay for that bridge,'' Ms. Ruiz said.",
        ]
    )
    assert labels(report)[2] is Label.SOURCED
    assert labels(report)[1] is not Label.SOURCED


def test_a_run_on_title_is_no_speakers_words() -> None:
    report = audit_sentences(
        [
            "\u201cWe will rebuild,\u201d the mayor said.",
            "Her office painted a new slogan on the trucks, \u201cBuild It Back.",
            "Stronger Than Ever.\u201d",
        ]
    )
    assert labels(report)[0] is Label.SOURCED
    assert labels(report)[1] is not Label.SOURCED
