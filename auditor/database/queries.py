"""Outlets and sources side by side, from the latest version of each audited article.

An outlet is a registrable domain (an article without a URL goes under its site
name, with no domain). Shares are of all the claims of an outlet's articles.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from auditor.batchrows import NO_SITE
from auditor.errors import UsageError

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# The latest version of each target, with the date it is filed under.
_LATEST = """
SELECT a.*, coalesce(a.published, substr(a.audited_at, 1, 10)) AS day
FROM articles AS a
WHERE a.version = (SELECT max(b.version) FROM articles AS b WHERE b.target = a.target)
"""
OUTLET_SORTS = ("articles", "claims", "sourced", "anonymous", "editorial", "unsourced", "named")


@dataclass(frozen=True)
class Filters:
    """Which articles count: published between ``since`` and ``until`` (inclusive), of a type."""

    since: str | None = None
    until: str | None = None
    type: str | None = None  # news, opinion
    outlet: str | None = None  # a registrable domain

    def where(self) -> tuple[str, list[Any]]:
        clauses, values = [], []
        for name, value, test in (
            ("since", self.since, "day >= ?"),
            ("until", self.until, "substr(day, 1, {n}) <= ?"),
        ):
            if value is not None:
                if not _DATE.fullmatch(value):
                    raise UsageError(f"--{name} takes a date: YYYY, YYYY-MM or YYYY-MM-DD")
                clauses.append(test.format(n=len(value)))
                values.append(value)
        if self.type is not None:
            clauses.append("article_type = ?")
            values.append(self.type)
        if self.outlet is not None:
            clauses.append("(domain = ? OR (domain IS NULL AND site = ?))")
            values += [self.outlet.lower(), self.outlet]
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), values


def _articles(db: sqlite3.Connection, filters: Filters) -> list[sqlite3.Row]:
    where, values = filters.where()
    return db.execute(f"SELECT * FROM ({_LATEST}){where} ORDER BY id", values).fetchall()


def outlets(
    db: sqlite3.Connection,
    filters: Filters = Filters(),
    min_articles: int = 5,
    by_month: bool = False,
    sort: str = "articles",
) -> list[dict[str, Any]]:
    """One entry per outlet (and month): counts, shares, distinct named sources.

    Outlets with fewer than ``min_articles`` articles (over the period) come last,
    marked ``small``, in name order: too few articles to rank.
    """
    rows = _articles(db, filters)
    named = _named_sources(db, [r["id"] for r in rows])
    groups: dict[tuple, dict[str, Any]] = {}
    sizes: dict[tuple, int] = {}
    for r in rows:
        outlet = (r["domain"], None if r["domain"] else r["site"])
        sizes[outlet] = sizes.get(outlet, 0) + 1
        key = (*outlet, r["day"][:7] if by_month else None)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _group(*key, by_month)
        group["articles"] += 1
        for count in ("claims", "sourced", "editorial", "unsourced", "sourced_anonymous"):
            group[count] += r[count] or 0
        group["_named"].update(named.get(r["id"], ()))
    entries = [_finish(g, sizes[g["_outlet"]] < min_articles) for g in groups.values()]
    ranked = sorted((e for e in entries if not e["small"]), key=_name_key)
    if not by_month:
        ranked.sort(key=lambda e: _sort_value(e, sort), reverse=True)
    small = sorted((e for e in entries if e["small"]), key=_name_key)
    return ranked + small


def _group(domain, site, month, by_month) -> dict[str, Any]:
    group: dict[str, Any] = {"domain": domain, "site": site}
    if by_month:
        group["month"] = month
    group.update(
        articles=0, claims=0, sourced=0, editorial=0, unsourced=0, sourced_anonymous=0,
        _named=set(), _outlet=(domain, site),
    )  # fmt: skip
    return group


def _finish(group: dict[str, Any], small: bool) -> dict[str, Any]:
    claims, sourced = group["claims"], group["sourced"]
    del group["_outlet"]
    names = group.pop("_named")
    group.update(
        sourced_pct=_pct(sourced, claims),
        anonymous_pct=_pct(group["sourced_anonymous"], sourced),
        editorial_pct=_pct(group["editorial"], claims),
        unsourced_pct=_pct(group["unsourced"], claims),
        named_sources=len(names),
        small=small,
    )
    return group


def _pct(count: int, whole: int) -> float | None:
    return round(100 * count / whole, 1) if whole else None


def _name_key(entry: dict[str, Any]) -> tuple:
    return (entry["domain"] or entry["site"] or "").lower(), entry.get("month") or ""


def _sort_value(entry: dict[str, Any], sort: str) -> float:
    key = {"named": "named_sources", "articles": "articles", "claims": "claims"}.get(sort)
    value = entry[key or f"{sort}_pct"]
    return -1.0 if value is None else value


def _named_sources(db: sqlite3.Connection, ids: list[int]) -> dict[int, set[str]]:
    named: dict[int, set[str]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for article_id, name in db.execute(
            f"SELECT article_id, lower(name) FROM sources WHERE strength = 'named'"
            f" AND article_id IN ({','.join('?' * len(part))})",
            part,
        ):
            named.setdefault(article_id, set()).add(name)
    return named


def sources(
    db: sqlite3.Connection,
    filters: Filters = Filters(),
    anonymous: bool = False,
    min_articles: int = 1,
) -> list[dict[str, Any]]:
    """Who is cited: one entry per source name (any case) and strength, most-cited first."""
    articles = {r["id"]: r for r in _articles(db, filters)}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    query = "SELECT article_id, name, type, strength, mentions FROM sources"
    if anonymous:
        query += " WHERE strength = 'anonymous'"
    for article_id, name, kind, strength, mentions in db.execute(query + " ORDER BY id"):
        article = articles.get(article_id)
        if article is None:
            continue
        entry = found.setdefault(
            (name.lower(), strength),
            {"name": name, "strength": strength, "type": kind, "mentions": 0, "_in": {}},
        )
        entry["mentions"] += mentions
        entry["_in"][article_id] = article
    result = []
    for entry in found.values():
        appears = entry.pop("_in").values()
        if len(appears) < min_articles:
            continue
        entry["articles"] = len(appears)
        entry["outlets"] = sorted({a["domain"] or a["site"] or NO_SITE for a in appears})
        entry["appears_in"] = [
            {"id": a["id"], "domain": a["domain"], "title": a["title"], "url": a["url"],
             "target": a["target"], "date": a["published"]}
            for a in appears
        ]  # fmt: skip
        result.append(entry)
    result.sort(key=lambda e: (-e["articles"], -e["mentions"], e["name"].lower()))
    return result
