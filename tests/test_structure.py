"""Structure: sentences that are not claims (LABELS.md) are flagged, never relabelled."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sentence_helpers import one

from auditor.api import audit_sentences, engine_for
from auditor.formatters.describe import why_lines
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


def test_question_subheads_in_a_sentence_list_need_company() -> None:
    explainer = [
        "The port raised its levy again.",
        "What is the levy?",
        "It is a charge on every ship that docks.",
        "Why does it keep rising?",
        "It follows the repair budget.",
    ]
    report = audit_sentences(explainer)
    assert [s.is_claim for s in report.sentences] == [True, False, True, False, True]
    lone = audit_sentences(explainer[:3])
    assert all(s.is_claim for s in lone.sentences)
    essay = article(
        ["The port raised its levy."],
        ["What is the levy for?", "Nobody could say."],
        ["Why does it keep rising?", "Costs did not."],
    )
    assert all(s.is_claim for s in essay.sentences[1:])  # questions inside paragraphs


def test_an_abstract_between_its_labels_is_set_aside() -> None:
    lines = [
        "ABSTRACT.",
        "The port raised its levy again.",
        "FULL TEXT.",
        "The port raised its levy.",
    ]
    report = audit_sentences(lines)
    assert [s.is_claim for s in report.sentences] == [False, False, False, True]
    assert "structure.summary" in structure_rules(report.sentences[1])
    unclosed = audit_sentences(lines[:2] + lines[3:])
    assert [s.is_claim for s in unclosed.sentences] == [False, True, True]


@pytest.mark.parametrize(
    "lead", ["LIRANA - The port reopened on Monday.", "NEW YORK (AP) — The port reopened."]
)
def test_a_deck_before_a_dateline_lead_is_not_a_claim(lead: str) -> None:
    lines = ["Port reopens", "Strike ends after two weeks as ferries run again.", lead, "It did."]
    report = audit_sentences(lines, headline=True)
    assert [s.is_claim for s in report.sentences] == [False, False, True, True]
    plain = audit_sentences([lines[0], lines[1], "The port reopened on Monday."], headline=True)
    assert [s.is_claim for s in plain.sentences] == [False, True, True]


def test_a_short_first_sentence_joined_by_a_semicolon_is_a_deck() -> None:
    lines = ["Port reopens", "Strike ends; ferries run again.", "The port reopened; it did."]
    report = audit_sentences(lines, headline=True)
    assert [s.is_claim for s in report.sentences] == [False, False, True]


def test_a_page_telling_its_text_again_counts_it_once() -> None:
    said = "The harbour board voted on Monday to extend the quay by forty metres."
    text = f"Quay\n\n{said}\n\nWork starts in spring.\n\n{said}"
    spans, start = [], 0
    for k, paragraph in enumerate(text.split("\n\n")):
        spans.append(_Span(start, start + len(paragraph), k))
        start += len(paragraph) + 2
    page = Article(text=text, headline=0, roles=("heading", "body", "body", "body"))
    report = engine_for().label(page, spans, InputInfo(kind="html"))
    assert [s.is_claim for s in report.sentences] == [False, True, True, False]
    listed = audit_sentences(["Quay", said, "Work starts in spring.", said], headline=True)
    assert [s.is_claim for s in listed.sentences] == [False, True, True, True]


def test_a_framing_headline_keeps_its_label() -> None:
    report = audit_sentences(["The regime's thugs are back!", "Police came."], headline=True)
    assert Flag.NOT_A_CLAIM in report.sentences[0].flags
    assert report.sentences[0].label is Label.EDITORIAL


@pytest.mark.parametrize(
    "lines",
    [
        ["Share this article: the regime's thugs are back!"],
        ["- Shocking betrayal in Lirana The dockers went back to work on Monday"],
        ["The board met.", "Who should chair it?", "Who should chair it?", "It chose one."],
    ],
)
def test_page_furniture_has_no_writers_voice(lines: list[str]) -> None:
    """Framing cues in boilerplate or a widget are shown but do not make it EDITORIAL."""
    s = next(s for s in audit_sentences(lines).sentences if not s.is_claim)
    assert s.label is Label.UNSOURCED
    assert s.evidence_of(EvidenceKind.FRAMING)
    assert s.framing_score == 0.0


def test_not_a_claim_sentences_stay_out_of_the_summary() -> None:
    report = audit_sentences(
        ["By Dana Whitfield", "The regime shelled the town.", "Subscribe to our newsletter today."]
    )
    assert report.summary.sentences == 3
    assert report.summary.claims == 1
    assert report.summary.editorial == 1


@pytest.mark.parametrize(
    "text",
    [
        "Updated figures show prices rose 3% in May.",
        "Published reports on the dam appeared in March 2019.",
        "Ada Kovacs is a staff writer for the Courier who was arrested in May.",
        "Police followed him on foot to the station.",
        "Voters can opt out of the scheme, the ministry said.",
        "Prices rose 4% in May, the agency said.",
        "According to the ministry, 40 people died.",
        "He called it a [sic] triumph.",
        "Divers searched the harbour, AFP reported.",
    ],
)
def test_body_sentences_that_look_like_page_furniture_stay_claims(text: str) -> None:
    s = one(text)
    assert not structure_rules(s), structure_rules(s)
    assert s.is_claim


def test_the_summary_counts_sentences_set_aside_by_reason() -> None:
    report = audit_sentences(
        [
            "Published: 3 June 2021, 10:15",
            "The ferry sank off the coast.",
            "Follow her on Twitter @harbourdesk",
            "Sign up for the Morning Brief",
        ]
    )
    assert report.summary.claims == 1
    assert dict(report.summary.not_claims) == {"dateline": 1, "contact": 1, "boilerplate": 1}
    assert report.summary.set_aside == 3


def test_a_headline_sentence_only_when_asked() -> None:
    sentences = ["Ferry sinks off the coast.", "The ferry sank on Monday.", "Ten were saved."]
    assert audit_sentences(sentences).sentences[0].is_claim
    told = audit_sentences(sentences, headline=True)
    assert not told.sentences[0].is_claim
    assert all(s.is_claim for s in told.sentences[1:])
    assert dict(told.summary.not_claims) == {"headline": 1}
    assert audit_sentences(sentences[:1], headline=True).sentences[0].is_claim  # no body


def test_the_headline_repeated_in_the_body_is_not_a_claim() -> None:
    report = audit_sentences(
        ["Ferry sinks off the coast", "The ferry sank on Monday.", "Ferry sinks off the coast."],
        headline=True,
    )
    assert "structure.headline-repeat" in structure_rules(report.sentences[2])
    assert report.sentences[1].is_claim


def test_a_line_repeated_next_to_itself_is_a_widget() -> None:
    question = "Who should chair the harbour board?"
    report = audit_sentences(["The board met.", question, question, "It chose a chair."])
    assert [s.is_claim for s in report.sentences] == [True, False, False, True]
    assert dict(report.summary.not_claims) == {"widget": 2}


def test_a_line_naming_the_pages_author_is_a_byline() -> None:
    text = "The ferry sank on Monday.\n\nBy Ines Morandi\n\nTen passengers were saved."
    spans = [_Span(0, 25, 0), _Span(27, 42, 1), _Span(44, len(text), 2)]
    page = Article(text=text, author="Ines Morandi")
    report = engine_for().label(page, spans, InputInfo(kind="html"))
    assert "structure.author-line" in structure_rules(report.sentences[1])
    assert report.sentences[0].is_claim and report.sentences[2].is_claim


def test_a_caption_paragraph_ending_in_a_wire_credit_is_set_aside_whole() -> None:
    report = article(
        ["The army advanced on Tuesday."],
        ["Soldiers ride a truck near the dam on Monday.", "(By AFP)"],
        ["Officials said the road was open."],
    )
    first, caption, credit, last = report.sentences
    assert not caption.is_claim and not credit.is_claim
    assert first.is_claim and last.is_claim


def test_eval_documents_open_with_their_headline() -> None:
    from auditor.evaluate import predict

    records = [
        {"doc": "a", "i": 0, "text": "Ferry sinks off the coast."},
        {"doc": "a", "i": 1, "text": "The ferry sank on Monday."},
        {"doc": "b", "i": 4, "text": "Ten passengers were saved."},
        {"doc": "b", "i": 5, "text": "The port reopened."},
    ]
    flagged = [("not_a_claim" in p["flags"]) for p in predict(records)]
    assert flagged == [True, False, False, False]  # doc b is an excerpt: no headline


def test_the_answers_of_a_question_and_answer_interview_are_not_the_writer_s_voice() -> None:
    lines = [
        "Q: Will the ferry run this winter?",
        "A: I think it will, of course.",
        "The new timetable is a brilliant piece of work.",
        "Q: And the pier?",
        "A: We are working on it.",
        "The repairs will surely be finished by May.",
    ]
    sentences = audit_sentences(lines).sentences
    assert [s.label for s in sentences][1:3] == [Label.UNSOURCED, Label.UNSOURCED]
    assert [s.label for s in sentences][4:] == [Label.UNSOURCED, Label.UNSOURCED]
    brilliant = sentences[2]
    assert not brilliant.evidence_of(EvidenceKind.FRAMING)
    assert [e.text for e in brilliant.evidence_of(EvidenceKind.QUOTED_FRAMING)] == ["brilliant"]
    assert "interview answer" in " ".join(why_lines(brilliant))
    lone = audit_sentences(["A: I think it will, of course.", "It was brilliant."]).sentences
    assert [s.label for s in lone] == [Label.EDITORIAL, Label.EDITORIAL]


def test_the_questions_of_a_question_and_answer_interview_are_not_the_writer_s_voice() -> None:
    lines = [
        "Q: You said the ferry is a disgrace.",
        "Is that fair?",
        "A: I think it is.",
        "Q: And the terrible pier?",
        "A: We are working on it.",
    ]
    sentences = audit_sentences(lines).sentences
    assert all(s.label is not Label.EDITORIAL for s in sentences[:2])
    pier = sentences[3]
    assert not pier.evidence_of(EvidenceKind.FRAMING)
    assert "terrible" in [e.text for e in pier.evidence_of(EvidenceKind.QUOTED_FRAMING)]
