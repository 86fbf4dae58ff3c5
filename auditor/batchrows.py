"""A batch's results: one row per input, totals, and figures per site to compare outlets.

A :class:`Row` is a result (``summary`` set), an error (``error`` and ``reason``
set), or skipped (an article not in English: ``skipped``, with its reason, title
and site; counted apart, and no failure). Totals add up counts, not shares, so a site's shares are
shares of all its claims.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from auditor.domains import host_of, registrable_domain
from auditor.errors import LanguageError
from auditor.models import Report, Strength, Summary

NO_SITE = "(no site)"

#: Columns of a row as written to CSV and JSON, in order.
#: ``index`` counts from 1, as the table does; ``domain`` is the registrable domain of
#: the article's URL (its canonical URL for a saved page that gives one).
NUMBERS = (
    "sentences", "claims", "sourced_pct", "anonymous_pct", "editorial_pct", "unsourced_pct",
    "named_sources", "sourced", "editorial", "unsourced", "sourced_anonymous",
)  # fmt: skip
COLUMNS = (
    "index", "input", "kind", "status", "title", "site", "url", "domain", "date", *NUMBERS,
    "error", "reason", "report", "sha256", "resumed",
)  # fmt: skip

#: ``--sort`` keys and what they sort on.
SORT_KEYS = {
    "order": lambda r: r.index,
    "input": lambda r: r.input,
    "title": lambda r: (r.title or "").lower(),
    "site": lambda r: (r.site or "").lower(),
    "domain": lambda r: r.domain or "",
    "date": lambda r: r.date or "",
    "sentences": lambda r: r.summary.sentences,
    "claims": lambda r: r.summary.claims,
    "sourced": lambda r: r.summary.sourced_share,
    "anonymous": lambda r: r.summary.anonymous_share,
    "editorial": lambda r: r.summary.editorial_share,
    "unsourced": lambda r: r.summary.unsourced_share,
    "named": lambda r: r.summary.named_sources,
}


@dataclass(frozen=True)
class Row:
    """The outcome of one input of a batch."""

    index: int  # position in the inputs, from 0
    input: str  # path or URL as found
    kind: str  # "file", "url" or "warc"
    title: str | None = None
    site: str | None = None
    url: str | None = None  # the article's URL: the input's, or the page's canonical one
    domain: str | None = None  # registrable domain of ``url``
    date: str | None = None  # published, as the page gives it (YYYY-MM-DD)
    summary: Summary | None = None
    named: tuple[str, ...] = ()  # names of the named sources, for per-site counts
    sha256: str | None = None
    report: str | None = None  # the JSON report's path, relative to the output folder
    resumed: bool = False  # taken from an earlier run's report (same content hash)
    error: str | None = None
    reason: str | None = None  # short machine cause: no_text, input, timeout, http_status, ...
    skipped: bool = False  # not audited on purpose (``reason``: language); not a failure

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def failed(self) -> bool:
        return not self.ok and not self.skipped

    @property
    def status(self) -> str:
        return "ok" if self.ok else "skipped" if self.skipped else "error"

    def to_dict(self) -> dict[str, Any]:
        """The row as flat JSON-ready values, keyed by :data:`COLUMNS`."""
        s = self.summary
        numbers: dict[str, Any] = dict.fromkeys(NUMBERS)
        if s is not None:
            numbers.update(
                sentences=s.sentences, claims=s.claims, sourced_pct=pct(s.sourced_share),
                anonymous_pct=pct(s.anonymous_share), editorial_pct=pct(s.editorial_share),
                unsourced_pct=pct(s.unsourced_share), named_sources=s.named_sources,
                sourced=s.sourced, editorial=s.editorial, unsourced=s.unsourced,
                sourced_anonymous=s.sourced_anonymous,
            )  # fmt: skip
        return {
            "index": self.index + 1, "input": self.input, "kind": self.kind,
            "status": self.status, "title": self.title, "site": self.site,
            "url": self.url, "domain": self.domain, "date": self.date,
            **numbers, "error": self.error, "reason": self.reason, "report": self.report,
            "sha256": self.sha256, "resumed": self.resumed,
        }  # fmt: skip


def result_row(index: int, target: str, kind: str, audited: Report, **extra: Any) -> Row:
    """The row of an audited article; ``extra`` sets ``report`` and ``resumed``."""
    url = article_url(audited, target)
    return Row(
        index=index,
        input=target,
        kind=kind,
        title=audited.article.title,
        site=audited.article.site or host_of(url) or NO_SITE,
        url=url,
        domain=registrable_domain(url),
        date=audited.article.date,
        summary=audited.summary,
        named=tuple(e.name for e in audited.sources if e.strength is Strength.NAMED),
        sha256=audited.input.sha256,
        **extra,
    )


def skipped_row(index: int, target: str, kind: str, skipped: LanguageError) -> Row:
    """The row of an article left out because of its language: title and site kept."""
    return Row(
        index=index,
        input=target,
        kind=kind,
        title=skipped.title,
        site=skipped.site or host_of(target) or NO_SITE,
        error=str(skipped),
        reason=skipped.reason,
        skipped=True,
    )


def article_url(audited: Report, target: str) -> str | None:
    """The URL an article was read from, else the one its page gives (a saved page's canonical)."""
    if "://" in target:
        return target
    return audited.article.url if audited.article.url and "://" in audited.article.url else None


def pct(share: float) -> float:
    return round(100 * share, 1)


@dataclass
class Totals:
    """Counts added up over rows: a whole batch, or one site."""

    name: str
    articles: int = 0
    errors: int = 0
    skipped: int = 0
    sentences: int = 0
    claims: int = 0
    sourced: int = 0
    editorial: int = 0
    unsourced: int = 0
    sourced_anonymous: int = 0
    named: set[str] = field(default_factory=set)

    def add(self, row: Row) -> None:
        if row.summary is None:
            if row.skipped:
                self.skipped += 1
            else:
                self.errors += 1
            return
        s = row.summary
        self.articles += 1
        self.sentences += s.sentences
        self.claims += s.claims
        self.sourced += s.sourced
        self.editorial += s.editorial
        self.unsourced += s.unsourced
        self.sourced_anonymous += s.sourced_anonymous
        self.named.update(row.named)

    def share(self, count: int) -> float:
        return count / self.claims if self.claims else 0.0

    @property
    def anonymous_share(self) -> float:
        return self.sourced_anonymous / self.sourced if self.sourced else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name, "articles": self.articles, "errors": self.errors,
            "skipped": self.skipped,
            "sentences": self.sentences, "claims": self.claims,
            "sourced_pct": pct(self.share(self.sourced)),
            "anonymous_pct": pct(self.anonymous_share),
            "editorial_pct": pct(self.share(self.editorial)),
            "unsourced_pct": pct(self.share(self.unsourced)),
            "named_sources": len(self.named), "sourced": self.sourced,
            "editorial": self.editorial, "unsourced": self.unsourced,
            "sourced_anonymous": self.sourced_anonymous,
        }  # fmt: skip


def aggregate(rows: Iterable[Row]) -> tuple[Totals, list[Totals]]:
    """Totals over all rows, and per outlet (error rows count in totals only).

    An outlet is a registrable domain; an article without a URL goes under its site name.
    """
    total, sites = Totals("all articles"), {}
    for row in rows:
        total.add(row)
        if not row.failed:
            site = outlet_of(row)
            sites.setdefault(site, Totals(site)).add(row)
    return total, [sites[name] for name in sorted(sites, key=outlet_order)]


def outlet_of(row: Row) -> str:
    """The outlet a row counts under: its registrable domain, else its site name."""
    return row.domain or row.site or NO_SITE


def outlet_order(name: str) -> tuple[bool, str]:
    """Outlets in name order, the articles with no site last."""
    return name == NO_SITE, name.lower()


def sort_rows(rows: list[Row], key: str = "order", reverse: bool = False) -> list[Row]:
    """Rows by ``key`` (one of :data:`SORT_KEYS`), input order breaking ties; errors last."""
    by = SORT_KEYS[key]
    results = sorted((r for r in rows if r.ok), key=lambda r: r.index)
    results.sort(key=by, reverse=reverse)
    return results + [r for r in rows if not r.ok]
