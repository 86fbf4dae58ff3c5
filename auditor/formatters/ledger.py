"""Outlets and sources of a ledger database as a table, CSV or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.text import Text

from auditor.batchrows import NO_SITE
from auditor.formatters.csv import csv_writer, guard
from auditor.formatters.fit import Column, fit_table

OUTLET_COLUMNS = (
    "domain", "site", "month", "articles", "claims", "sourced_pct", "anonymous_pct",
    "editorial_pct", "unsourced_pct", "named_sources", "sourced", "editorial", "unsourced",
    "sourced_anonymous", "small",
)  # fmt: skip
SOURCE_COLUMNS = ("name", "strength", "type", "articles", "mentions", "outlets")
_OUTLET_TABLE = (
    ("articles", "arts"), ("claims", "claims"), ("% sourced", "%src"),
    ("% anonymous", "%anon"), ("% editorial", "%edit"), ("% unsourced", "%unsrc"),
    ("named sources", "named"),
)  # fmt: skip
_OUTLET_KEYS = (
    "articles", "claims", "sourced_pct", "anonymous_pct", "editorial_pct", "unsourced_pct",
    "named_sources",
)  # fmt: skip
_PIPE_WIDTH = 180


def write_outlets(entries: Sequence[dict], fmt: str, stream: TextIO, **options: Any) -> None:
    if fmt == "json":
        document = {"min_articles": options["min_articles"], "outlets": list(entries)}
        stream.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        _csv(entries, OUTLET_COLUMNS, stream)
    else:
        _outlet_tables(entries, stream, options["min_articles"], options.get("width"))


def write_sources(entries: Sequence[dict], fmt: str, stream: TextIO, **options: Any) -> None:
    if fmt == "json":
        stream.write(json.dumps({"sources": list(entries)}, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        _csv(entries, SOURCE_COLUMNS, stream)
    else:
        columns = [
            Column("source", fold=True), Column("strength", "str."), Column("type"),
            Column("articles", "arts", True), Column("mentions", "ment", True),
            Column("outlets", fold=True),
        ]  # fmt: skip
        cells = [
            [Text(e["name"]), e["strength"], e["type"], str(e["articles"]), str(e["mentions"]),
             Text(", ".join(e["outlets"]))]
            for e in entries
        ]  # fmt: skip
        _print(stream, options.get("width"), [(columns, cells, "Sources")])


def _csv(entries: Sequence[dict], columns: tuple[str, ...], stream: TextIO) -> None:
    writer = csv_writer(stream)
    writer.writerow(columns)
    for entry in entries:
        writer.writerow(guard(_cell(entry.get(c))) for c in columns)


def _cell(value: Any) -> Any:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, list):
        return "; ".join(map(str, value))
    return value


def _outlet_tables(entries: Sequence[dict], stream: TextIO, least: int, width) -> None:
    by_month = any("month" in e for e in entries)
    first = [Column("outlet", fold=True), *([Column("month")] if by_month else [])]
    columns = [*first, *(Column(h, s, numeric=True) for h, s in _OUTLET_TABLE)]
    tables = []
    for small, title in (
        (False, f"Outlets with {least} article{'s' if least != 1 else ''} or more"),
        (True, f"Outlets with fewer than {least} articles (too few to rank)"),
    ):
        cells = [_outlet_cells(e, by_month) for e in entries if e["small"] is small]
        if cells:
            tables.append((columns, cells, title))
    if not tables:
        stream.write("no articles in the database match\n")
        return
    _print(stream, width, tables)


def _outlet_cells(entry: dict, by_month: bool) -> list:
    site = entry["site"]
    name = entry["domain"] or (f"{site} (no domain)" if site else NO_SITE)
    values = ["" if entry[k] is None else str(entry[k]) for k in _OUTLET_KEYS]
    return [Text(name), *([entry["month"]] if by_month else []), *values]


def _print(stream: TextIO, width, tables) -> None:
    if width is None:
        width = Console(file=stream).width if stream.isatty() else _PIPE_WIDTH
    fitted = [fit_table(columns, cells, width, title=title) for columns, cells, title in tables]
    console = Console(
        file=stream, width=max(need for _, need in fitted), highlight=False, markup=False,
        emoji=False,
    )  # fmt: skip
    for table, _ in fitted:
        console.print(table)
