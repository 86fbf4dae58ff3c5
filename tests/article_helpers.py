"""Helpers shared by the discourse tests: label an invented article given as paragraphs."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.engine import Engine
from auditor.models import Article, InputInfo, Label, Report


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    paragraph: int


def article(*paragraphs: list[str]) -> Report:
    """Label paragraphs of sentences, joined by spaces and blank lines."""
    text, spans = "", []
    for p, sentences in enumerate(paragraphs):
        if p:
            text += "\n\n"
        for k, sentence in enumerate(sentences):
            if k:
                text += " "
            spans.append(Span(len(text), len(text) + len(sentence), p))
            text += sentence
    return Engine().label(Article(text), spans, InputInfo(kind="text"))


def labels(report: Report) -> list[Label]:
    return [s.label for s in report.sentences]
