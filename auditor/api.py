"""The library API: audit an article given as text, HTML, a URL or sentences.

Every function returns the same :class:`~auditor.models.Report` that the JSON
output serialises. The CLI is a thin layer over these functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from auditor.models import Article, InputInfo, Report
from auditor.settings import Settings


@dataclass(frozen=True, slots=True)
class _GivenSpan:
    start: int
    end: int
    paragraph: int


@lru_cache(maxsize=4)
def engine_for(settings: Settings | None = None):
    """One engine per settings, built once (the rule pack is compiled on first use)."""
    from auditor.engine import Engine

    return Engine(settings)


def audit_sentences(sentences: Sequence[str], *, settings: Settings | None = None) -> Report:
    """Label pre-split ``sentences`` as one document, in order, without re-splitting."""
    return sentences_report(engine_for(settings), sentences)


def sentences_report(engine, sentences: Sequence[str]) -> Report:
    """What :func:`audit_sentences` does, with a given engine."""
    parts, spans, offset = [], [], 0
    for sentence in sentences:
        spans.append(_GivenSpan(offset, offset + len(sentence), 0))
        parts.append(sentence)
        offset += len(sentence) + 1
    article = Article(text=" ".join(parts))
    return engine.label(article, spans, InputInfo(kind="sentences"))
