"""The library API: audit an article given as text, HTML, a file, a URL or sentences.

Every function returns the same :class:`~auditor.models.Report` that the JSON
output serialises. The CLI is a thin layer over these functions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from auditor.errors import ExitCode, InputError, LanguageError
from auditor.ingest import Ingested, RawInput, ingest, read_file, read_url, text_article
from auditor.language import guess_language, is_english
from auditor.models import InputInfo, Report
from auditor.settings import Settings

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")

_LANGUAGE_NAMES = {
    "fr": "French", "de": "German", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "tr": "Turkish", "id": "Indonesian", "ru": "Russian (Cyrillic script)",
    "ar": "Arabic", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "th": "Thai", "hi": "Hindi", "el": "Greek",
}  # fmt: skip


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


def audit_text(text: str, *, settings: Settings | None = None) -> Report:
    """Audit a plain-text article (paragraphs at blank lines, first line as headline)."""
    info = InputInfo(kind="text", format="text", size=len(text.encode("utf-8", "replace")))
    return label(Ingested(text_article(text), info), settings)


def audit_html(html: str, url: str | None = None, *, settings: Settings | None = None) -> Report:
    """Audit an HTML page: its main text is extracted first."""
    raw = RawInput(html.encode("utf-8", "replace"), "html", url, "utf-8", html=True, url=url)
    return label(ingest(raw, settings or Settings()), settings)


def audit_file(path: str | Path, *, settings: Settings | None = None) -> Report:
    """Audit a saved HTML or text file (which one is decided from its content)."""
    settings = settings or Settings()
    return label(ingest(read_file(path, settings), settings), settings)


def audit_url(url: str, *, settings: Settings | None = None, fetcher=None) -> Report:
    """Fetch ``url`` (see :mod:`auditor.fetch`) and audit the page."""
    settings = settings or Settings()
    return label(ingest(read_url(url, fetcher), settings), settings)


def audit_sentences(
    sentences: Sequence[str], *, settings: Settings | None = None, headline: bool = False
) -> Report:
    """Label pre-split ``sentences`` as one document, in order, without re-splitting.

    With ``headline``, the first sentence is the article's headline (as a text file's
    first line is): it is labelled but not a claim. A blank line inside or at the end of
    a sentence starts a new paragraph after it, as in a text file.
    """
    return sentences_report(engine_for(settings), sentences, headline=headline)


def sentences_report(engine, sentences: Sequence[str], *, headline: bool = False) -> Report:
    """What :func:`audit_sentences` does, with a given engine."""
    from auditor.models import Article

    headline = headline and len(sentences) > 1
    parts, spans, offset, paragraph = [], [], 0, 0
    for k, sentence in enumerate(sentences):
        if k:  # a blank line in a sentence before starts a paragraph, as in a text file
            paragraph += int(headline and k == 1) + len(_BLANK_LINE.findall(sentences[k - 1]))
        spans.append(_GivenSpan(offset, offset + len(sentence), paragraph))
        parts.append(sentence)
        offset += len(sentence) + 1
    article = Article(
        text=" ".join(parts),
        title=sentences[0] if headline else None,
        headline=0 if headline else None,
    )
    return engine.label(article, spans, InputInfo(kind="sentences"))


def label(ingested: Ingested, settings: Settings | None = None) -> Report:
    """Split an ingested article into sentences and label them."""
    from auditor.segment import split_sentences

    settings = settings or Settings()
    article = ingested.article
    name = ingested.info.location or "the article"
    language = guess_language(article.text) or article.language
    if not settings.any_language and not is_english(language):
        described = _LANGUAGE_NAMES.get(language or "", language)
        raise LanguageError(
            f"{name} looks like {described} ({language}); auditor's labels are for English news"
            " (use --any-language to audit it anyway)",
            article.title,
            article.site,
        )
    spans = split_sentences(article.text)
    if len(spans) > settings.max_sentences:
        raise InputError(
            f"{name} has {len(spans):,} sentences, over the limit of {settings.max_sentences:,}"
            " (--max-sentences)",
            ExitCode.TOO_LARGE,
        )
    article = replace(article, language=language)
    warnings = list(ingested.warnings)
    if not is_english(language):
        warnings.append(f"the article looks like {language}; the labels are built for English")
    return engine_for(settings).label(article, spans, ingested.info, warnings)
