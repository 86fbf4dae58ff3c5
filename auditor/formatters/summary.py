"""A batch's summary: one row per article, the totals and the figures per site.

Formats: ``table`` (rich, for the terminal), ``csv`` and ``jsonl`` (article
rows only; :func:`write_sites_csv` writes the per-site figures), ``json``
(articles, totals and sites in one document) and ``markdown``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import Any, TextIO

from rich.text import Text

from auditor.batchrows import COLUMNS, Row, Totals, aggregate, outlet_of
from auditor.formatters.console import console as make_console
from auditor.formatters.csv import csv_writer, guard
from auditor.formatters.fit import Column, fit_table
from auditor.formatters.markdown import md
from auditor.printable import printable

FORMATS = ("table", "csv", "jsonl", "json", "markdown")
SITE_COLUMNS = (
    "name", "articles", "errors", "skipped", "sentences", "claims", "sourced_pct", "anonymous_pct",
    "editorial_pct", "unsourced_pct", "named_sources", "sourced", "editorial", "unsourced",
    "sourced_anonymous",
)  # fmt: skip
# Shown in the table and Markdown: (heading, key of Row.to_dict / Totals.to_dict)
_SHOWN = (
    ("sentences", "sentences"), ("claims", "claims"), ("% sourced", "sourced_pct"),
    ("% anonymous", "anonymous_pct"), ("% editorial", "editorial_pct"),
    ("% unsourced", "unsourced_pct"), ("named sources", "named_sources"),
)  # fmt: skip


def write(rows: Sequence[Row], fmt: str, stream: TextIO, **options: Any) -> None:
    """Write ``rows`` (already sorted) and their totals in format ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown summary format {fmt!r}; choose from {', '.join(FORMATS)}")
    globals()[f"_{fmt}"](rows, stream, **options)


def write_sites_csv(rows: Sequence[Row], stream: TextIO) -> None:
    _, sites = aggregate(rows)
    writer = csv_writer(stream)
    writer.writerow(SITE_COLUMNS)
    for site in sites:
        values = site.to_dict()
        writer.writerow(guard(values[c]) for c in SITE_COLUMNS)


def _csv(rows: Sequence[Row], stream: TextIO, **_: Any) -> None:
    writer = csv_writer(stream)
    writer.writerow(COLUMNS)
    for row in rows:
        values = row.to_dict()
        writer.writerow(guard(_cell(values[c])) for c in COLUMNS)


def _cell(value: Any) -> Any:
    return "" if value is None else str(value).lower() if isinstance(value, bool) else value


def _jsonl(rows: Sequence[Row], stream: TextIO, **_: Any) -> None:
    for row in rows:
        stream.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")


def _json(rows: Sequence[Row], stream: TextIO, **_: Any) -> None:
    total, sites = aggregate(rows)
    document = {
        "articles": [row.to_dict() for row in rows],
        "totals": total.to_dict(),
        "sites": [site.to_dict() for site in sites],
    }
    json.dump(document, stream, ensure_ascii=False, indent=2)
    stream.write("\n")


def _markdown(rows: Sequence[Row], stream: TextIO, **_: Any) -> None:
    total, sites = aggregate(rows)
    heads = [h for h, _ in _SHOWN]
    out = ["# auditor batch summary", "", "## Articles", ""]
    out += _md_table(["#", "input", "title", "site", *heads, "error"], [
        [str(r.index + 1), md(r.input), md(r.title or ""), md(r.site or ""),
         *_figures(r.to_dict()), md(r.error or "")]
        for r in rows
    ])  # fmt: skip
    out += ["", "## Totals", ""]
    out += _md_table(["", "articles", "errors", "skipped", *heads], [_totals_cells(total)])
    out += ["", "## By outlet", ""]
    out += _md_table(
        ["outlet", "articles", "errors", "skipped", *heads], [_totals_cells(s) for s in sites]
    )
    stream.write("\n".join(out) + "\n")


def _md_table(head: list[str], body: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return lines + ["| " + " | ".join(cells) + " |" for cells in body]


def _totals_cells(totals: Totals, name=md) -> list[str]:
    values = totals.to_dict()
    return [
        name(totals.name), str(totals.articles), str(totals.errors), str(totals.skipped),
        *_figures(values),
    ]  # fmt: skip


def _figures(values: dict[str, Any]) -> list[str]:
    return ["" if values[key] is None else str(values[key]) for _, key in _SHOWN]


_KEY = (
    "sent: sentences · %src, %edit, %unsrc: shares of claims sourced, editorial framing,"
    " unsourced · %anon: share of sourced claims on anonymous sources · named: distinct named"
    " sources"
)
_PIPE_WIDTH = 180  # the table's width when it is not shown on a terminal
_NUMBERS = tuple(
    Column(heading, short, numeric=True)
    for (heading, _), short in zip(
        _SHOWN, ("sent", "claims", "%src", "%anon", "%edit", "%unsrc", "named"), strict=True
    )
)


def _table(rows: Sequence[Row], stream: TextIO, *, width=None, color=None, **_: Any) -> None:
    if width is None:
        width = make_console(stream).width if stream.isatty() else _PIPE_WIDTH
    total, sites = aggregate(rows)
    errors = any(row.error for row in rows)
    folder = _common_folder(rows)
    columns = [
        Column("#", numeric=True), Column("input", fold=True), Column("title"),
        Column("outlet"), *_NUMBERS, *([Column("error", style="red")] if errors else []),
    ]  # fmt: skip
    cells = [
        [
            str(row.index + 1), Text(printable(_below(row, folder))), Text(row.title or ""),
            Text("" if row.failed else outlet_of(row)), *_figures(row.to_dict()),
            *([Text(_why(row))] if errors else []),
        ]
        for row in rows
    ]  # fmt: skip
    title = f"Articles (inputs in {printable(folder)})" if folder else "Articles"
    articles, need = fit_table(columns, cells, width, title=Text(title))
    columns = [
        Column(""), Column("articles", "arts", True), Column("errors", "errs", True),
        Column("skipped", "skip", True),
    ]  # fmt: skip
    cells = [[Text(c, style="bold") for c in _totals_cells(total, str)]]
    cells += [_totals_cells(site, str) for site in sites]
    summary, need2 = fit_table([*columns, *_NUMBERS], cells, width, title="Totals and outlets")
    console = make_console(stream, width=max(need, need2), color=color)
    console.print(articles)
    for row in rows:
        if row.error:
            style = "yellow" if row.skipped else "red"
            text = f"{row.index + 1}: {_why(row)}: {printable(row.error)}"
            console.print(Text(text, style=style))
    console.print(summary)
    console.print(Text(_KEY, style="bright_black"))


def _why(row: Row) -> str:
    """The error column: the reason of an error row, ``skipped: language`` for a skipped one."""
    return f"skipped: {row.reason}" if row.skipped else row.reason or ""


def _common_folder(rows: Sequence[Row]) -> str | None:
    """The folder holding every file input, when there are several files and no URL."""
    if len(rows) < 2 or any(row.kind != "file" for row in rows):
        return None
    try:
        folder = os.path.commonpath([os.path.dirname(row.input) for row in rows])
    except ValueError:  # absolute and relative paths mixed
        return None
    return folder or None


def _below(row: Row, folder: str | None) -> str:
    """The input, without the folder every input shares (the table's title names it)."""
    return os.path.relpath(row.input, folder) if folder else row.input
