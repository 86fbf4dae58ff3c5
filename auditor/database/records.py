"""An article's rows for the database, made from its report.

A batch's workers make them (plain tuples travel cheaply to the main process,
which only writes them); ``auditor audit --db`` makes them itself.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from auditor.batchrows import article_url
from auditor.domains import host_of, registrable_domain
from auditor.models import EvidenceKind, Report
from auditor.settings import Settings

ARTICLE_COLUMNS = (
    "target", "kind", "url", "domain", "site", "title", "author", "published", "article_type",
    "language", "sha256", "audited_at", "tool_version", "pack_version", "sentences", "claims",
    "sourced", "editorial", "unsourced", "sourced_anonymous", "named_sources",
    "anonymous_sources", "anonymous_share", "words",
)  # fmt: skip
FAILURE_COLUMNS = (
    "target", "kind", "url", "domain", "error", "reason", "failed_at", "tool_version",
)  # fmt: skip
SENTENCE_COLUMNS = (
    "idx", "paragraph", "label", "claim", "strength", "source", "source_type", "cue", "flags",
    "framing", "framing_score", "text",
)  # fmt: skip
SOURCE_COLUMNS = (
    "ledger_id", "name", "type", "strength", "mentions", "forms", "sentences", "relayed_by",
)  # fmt: skip
FRAMING_COLUMNS = ("rule", "cues", "words")


@dataclass(frozen=True)
class Record:
    """One article's rows, in the column orders above (``article_id`` is the writer's)."""

    article: dict[str, Any]
    sentences: tuple[tuple, ...] = ()
    sources: tuple[tuple, ...] = ()
    framing: tuple[tuple, ...] = ()


def record_of(report: Report, target: str, kind: str, settings: Settings) -> Record:
    """The rows of an audited article."""
    article, summary = report.article, report.summary
    url = article_url(report, target)
    values = {
        "target": _target(target, kind), "kind": kind, "url": url,
        "domain": registrable_domain(url),
        "site": article.site or host_of(url), "title": article.title, "author": article.author,
        "published": article.date, "article_type": article.type,
        "language": article.language, "sha256": report.input.sha256, "audited_at": _now(),
        "tool_version": report.tool_version, "pack_version": pack_version(settings),
        "sentences": summary.sentences, "claims": summary.claims, "sourced": summary.sourced,
        "editorial": summary.editorial, "unsourced": summary.unsourced,
        "sourced_anonymous": summary.sourced_anonymous, "named_sources": summary.named_sources,
        "anonymous_sources": summary.anonymous_sources,
        "anonymous_share": round(summary.anonymous_share, 4), "words": summary.words,
    }  # fmt: skip
    return Record(values, _sentences(report), _sources(report), _framing(report))


def failure_of(target: str, kind: str, error: str, reason: str | None) -> tuple:
    """The ``failures`` row of an input that could not be audited."""
    from auditor import __version__

    url = target if kind == "url" else None
    return (
        _target(target, kind), kind, url, registrable_domain(url), error, reason, _now(),
        __version__,
    )  # fmt: skip


def _target(target: str, kind: str) -> str:
    """A file by its absolute path, so that runs from other folders find it again."""
    return os.path.abspath(target) if kind == "file" else target


def _sentences(report: Report) -> tuple[tuple, ...]:
    rows = []
    for s in report.sentences:
        a = s.attribution
        framing = [e.text for e in s.evidence if e.kind is EvidenceKind.FRAMING]
        rows.append((
            s.index, s.paragraph, s.label.value, int(s.is_claim),
            a.source.strength.value if a else None, a.source.text if a else None,
            a.source.type.value if a else None, a.cue.text if a else None,
            _json([f.value for f in s.flags]), _json(framing), s.framing_score, s.text,
        ))  # fmt: skip
    return tuple(rows)


def _sources(report: Report) -> tuple[tuple, ...]:
    return tuple(
        (
            e.id,
            e.name,
            e.type.value,
            e.strength.value,
            len(e.mentions),
            _json(e.mentions),
            _json(e.sentences),
            _json(e.relayed_by),
        )
        for e in report.sources
    )


def _framing(report: Report) -> tuple[tuple, ...]:
    words: dict[str, list[str]] = {}
    for s in report.sentences:
        if s.is_claim:
            for e in s.evidence:
                if e.kind is EvidenceKind.FRAMING:
                    words.setdefault(e.rule, []).append(e.text.lower())
    return tuple((rule, len(found), _json(sorted(set(found)))) for rule, found in words.items())


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _json(values) -> str:
    return _ENCODE(list(values)) if values else "[]"  # most lists are empty


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@lru_cache(maxsize=8)
def pack_version(settings: Settings) -> str:
    """A fingerprint of what decides the labels: the rule files, the packs, the settings."""
    from auditor.rules.loader import builtin_pack

    digest = hashlib.sha256()
    for folder in (builtin_pack(), *map(Path, settings.packs)):
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
                digest.update(path.read_bytes())
    digest.update(
        repr((settings.disabled, settings.threshold, settings.opinion, settings.weights)).encode()
    )
    return digest.hexdigest()[:12]
