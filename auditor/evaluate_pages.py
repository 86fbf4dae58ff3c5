"""How well pages are read: the report's claims against the article body a person marked.

Input is JSON Lines, one saved page a line: ``{"file": "html/x.html", "text": "..."}``
(``file`` relative to the JSON Lines file; ``text`` is the human-marked article body;
``url`` is optional, and ``"english": false`` skips a page). Two figures:

- **claims in body**: of the sentences reported as claims, the share whose words run
  in the body (in order, or 90% of their word triples for small differences of extraction);
- **body words kept**: of the body's words, the share that appear in the report's
  sentences (``in report``) and in its claims (``in claims``), counted as multisets.

A page whose audit fails is an error.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import AuditorError, UsageError

_WORD = re.compile(r"\w+")
_TRIPLE_SHARE = 0.9


@dataclass
class PageResult:
    file: str
    claims: int = 0
    claims_outside: list[str] = field(default_factory=list)
    body_words: int = 0
    words_in_report: int = 0
    words_in_claims: int = 0
    error: str | None = None


@dataclass
class PagesResult:
    pages: list[PageResult]

    def _sum(self, name: str) -> int:
        return sum(getattr(p, name) for p in self.pages if p.error is None)

    def to_dict(self) -> dict[str, Any]:
        claims = self._sum("claims")
        outside = sum(len(p.claims_outside) for p in self.pages if p.error is None)
        body = self._sum("body_words")
        return {
            "pages": len(self.pages),
            "errors": [f"{p.file}: {p.error}" for p in self.pages if p.error],
            "claims": claims,
            "claims_in_body": round(1 - outside / claims, 4) if claims else None,
            "body_words": body,
            "body_words_in_report": round(self._sum("words_in_report") / body, 4) if body else None,
            "body_words_in_claims": round(self._sum("words_in_claims") / body, 4) if body else None,
        }


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def in_body(sentence: str, body_text: str, body_triples: set[tuple[str, ...]]) -> bool:
    """Whether a reported sentence is body text (its words in order, or nearly so)."""
    said = words(sentence)
    if not said or f" {' '.join(said)} " in body_text:
        return True
    triples = list(zip(said, said[1:], said[2:], strict=False))
    if not triples:
        return False
    return sum(t in body_triples for t in triples) >= _TRIPLE_SHARE * len(triples)


def check_page(report, body: str, name: str) -> PageResult:
    """The figures of one page's report against its body."""
    body_words = words(body)
    body_text = f" {' '.join(body_words)} "
    triples = set(zip(body_words, body_words[1:], body_words[2:], strict=False))
    result = PageResult(name, body_words=len(body_words))
    claims = [s for s in report.sentences if s.is_claim]
    result.claims = len(claims)
    result.claims_outside = [s.text for s in claims if not in_body(s.text, body_text, triples)]
    wanted = Counter(body_words)
    shown = Counter(w for s in report.sentences for w in words(s.text))
    claimed = Counter(w for s in claims for w in words(s.text))
    result.words_in_report = sum((wanted & shown).values())
    result.words_in_claims = sum((wanted & claimed).values())
    return result


def read_pages(path: str | Path) -> list[dict[str, Any]]:
    """The pages file's records (JSON Lines, as :func:`auditor.evaluate.read_records` reads)."""
    from auditor.evaluate import read_records

    records = read_records(path)
    if not all("file" in r and "text" in r for r in records):
        raise UsageError(f"{path}: every line needs 'file' and 'text'")
    return records


def check_pages(path: str | Path, records: Sequence[dict[str, Any]], settings=None) -> PagesResult:
    """Audit every page of ``records`` (not those marked ``"english": false``) against its body.

    ``settings`` should allow any language, as ``auditor eval`` does: a page is checked
    for what the tool reads, not refused.
    """
    from auditor.api import audit_file

    folder = Path(path).parent
    results = []
    for record in _english(records):
        name = str(record["file"])
        try:
            report = audit_file(folder / name, settings=settings)
        except AuditorError as error:
            results.append(PageResult(name, error=str(error)))
            continue
        results.append(check_page(report, record["text"], name))
    return PagesResult(results)


def _english(records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    return (r for r in records if r.get("english", True))
