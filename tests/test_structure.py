"""Structure: sentences that are not claims (LABELS.md) are flagged, never relabelled."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from auditor.api import audit_sentences, engine_for
from auditor.models import Article, EvidenceKind, Flag, InputInfo, Label


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    paragraph: int


def article(*paragraphs: list[str]):
    """A report for an article given as paragraphs of sentences."""
    parts, spans, offset = [], [], 0
    for p, sentences in enumerate(paragraphs):
        for k, sentence in enumerate(sentences):
            spans.append(_Span(offset, offset + len(sentence), p))
            parts.append(sentence)
            offset += len(sentence) + (1 if k < len(sentences) - 1 else 2)
            parts.append(" " if k < len(sentences) - 1 else "\n\n")
    text = "".join(parts).rstrip("\n ")
    return engine_for().label(Article(text=text), spans, InputInfo(kind="text"))


def structure_rules(sentence) -> set[str]:
    return {e.rule for e in sentence.evidence_of(EvidenceKind.STRUCTURE)}


def one(text: str):
    return audit_sentences([text]).sentences[0]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("By Dana Whitfield", "structure.byline"),
        ("(By AFP)", "structure.credit"),
        ("Photo: Reuters", "structure.credit"),
        ("Firefighters at the scene on Monday. (Getty Images)", "structure.caption-credit"),
        ("Share this article on Facebook", "structure.share"),
        ("Subscribe to our newsletter for the latest news.", "structure.share"),
        ("This article can also be accessed at example.org.", "structure.accessed-at"),
        ("The story was originally published on a partner site.", "structure.accessed-at"),
        ("4.", "structure.list-number"),
        ("* * *", "structure.list-number"),
        ("Here are some of the highlights:", "structure.signpost"),
        ("Q:", "structure.qa-prefix"),
    ],
)
def test_not_a_claim(text: str, rule: str) -> None:
    s = one(text)
    assert rule in structure_rules(s)
    assert Flag.NOT_A_CLAIM in s.flags


@pytest.mark.parametrize(
    "text",
    [
        "By Tuesday, the river had risen two metres.",
        "AFP reported that the talks had stalled.",
        "Readers shared the story widely on Monday.",
        "4 people were hurt in the blast.",
        "Here the river widens into a lake.",
        "The archive was opened to researchers in 1998.",
    ],
)
def test_claims_are_not_flagged(text: str) -> None:
    s = one(text)
    assert not structure_rules(s)
    assert s.is_claim


def test_a_heading_paragraph_is_not_a_claim_but_its_neighbours_are() -> None:
    report = article(
        ["Talks on the dam resumed in Geneva on Monday."],
        ["What happens next"],
        ["Engineers will inspect the spillway in May.", "The report is due in June."],
    )
    heading, *body = report.sentences[1:]
    assert "structure.heading" in structure_rules(heading)
    assert Flag.NOT_A_CLAIM in heading.flags
    assert all(s.is_claim for s in body)
    assert report.summary.claims == len(report.sentences) - 1


def test_a_question_subhead_is_not_a_claim_but_a_question_in_a_paragraph_is() -> None:
    report = article(
        ["The council voted to close the library."],
        ["Why does it matter?"],
        ["But who could possibly believe that?", "Nobody on the council did."],
    )
    subhead, question, _ = report.sentences[1:]
    assert "structure.qa-subhead" in structure_rules(subhead)
    assert question.is_claim


def test_structure_never_changes_the_label() -> None:
    s = one("Share this article: the regime's thugs are back!")
    assert Flag.NOT_A_CLAIM in s.flags
    assert s.label is Label.EDITORIAL


def test_not_a_claim_sentences_stay_out_of_the_summary() -> None:
    report = audit_sentences(
        ["By Dana Whitfield", "The regime shelled the town.", "Subscribe to our newsletter today."]
    )
    assert report.summary.sentences == 3
    assert report.summary.claims == 1
    assert report.summary.editorial == 1
