"""``auditor outlets`` and ``auditor sources``: what a ledger database holds, side by side."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from auditor.cli import common

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Also store each article in this SQLite ledger (created if absent; "
        "see 'auditor outlets').",
        rich_help_panel="Output",
    ),
]
DbArgument = Annotated[Path, typer.Argument(help="A ledger database written with --db.")]


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class ArticleType(str, Enum):
    news = "news"
    opinion = "opinion"


class OutletSort(str, Enum):
    articles = "articles"
    claims = "claims"
    sourced = "sourced"
    anonymous = "anonymous"
    editorial = "editorial"
    unsourced = "unsourced"
    named = "named"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="Articles published on or after (YYYY[-MM[-DD]]).")
]
UntilOption = Annotated[
    str | None, typer.Option("--until", help="Articles published up to (YYYY[-MM[-DD]]).")
]
TypeOption = Annotated[
    ArticleType | None,
    typer.Option("--type", help="Only articles the page marks as news, or as opinion."),
]
WidthOption = Annotated[int | None, typer.Option("--width", help="Table width.")]

OUTLETS_EXAMPLES = """
Examples:

  auditor batch saved/ --db ledger.sqlite

  auditor outlets ledger.sqlite

  auditor outlets ledger.sqlite --by month --since 2026-01 --type news

  auditor outlets ledger.sqlite --format csv > outlets.csv
"""
SOURCES_EXAMPLES = """
Examples:

  auditor sources ledger.sqlite --min-articles 2

  auditor sources ledger.sqlite --outlet bbc.co.uk --anonymous --format json
"""


@common.handle_errors
def outlets(
    db: DbArgument,
    min_articles: Annotated[
        int,
        typer.Option(
            "--min-articles", min=1, help="Outlets with fewer articles are listed apart, unranked."
        ),
    ] = 5,
    since: SinceOption = None,
    until: UntilOption = None,
    by: Annotated[
        str | None, typer.Option("--by", help="'month': one row per outlet and month.")
    ] = None,
    type: TypeOption = None,
    sort: Annotated[
        OutletSort, typer.Option("--sort", help="Rank outlets by (descending).")
    ] = OutletSort.articles,
    format: FormatOption = Format.table,
    width: WidthOption = None,
) -> None:
    """Outlets side by side: articles, claims, shares sourced, anonymous, editorial, unsourced."""
    from auditor.database import queries
    from auditor.database.store import read_ledger
    from auditor.errors import UsageError

    if by not in (None, "month"):
        raise UsageError("--by takes 'month'")
    filters = queries.Filters(since, until, type.value if type else None)
    with read_ledger(db) as connection:
        entries = queries.outlets(connection, filters, min_articles, by == "month", sort.value)
    from auditor.formatters import ledger

    ledger.write_outlets(entries, format.value, sys.stdout, min_articles=min_articles, width=width)


@common.handle_errors
def sources(
    db: DbArgument,
    outlet: Annotated[
        str | None, typer.Option("--outlet", help="Only articles of this domain.")
    ] = None,
    anonymous: Annotated[bool, typer.Option("--anonymous", help="Only anonymous sources.")] = False,
    min_articles: Annotated[
        int, typer.Option("--min-articles", min=1, help="Sources cited in at least N articles.")
    ] = 1,
    since: SinceOption = None,
    until: UntilOption = None,
    type: TypeOption = None,
    format: FormatOption = Format.table,
    width: WidthOption = None,
) -> None:
    """Who is cited across articles, with the outlets and articles each source appears in."""
    from auditor.database import queries
    from auditor.database.store import read_ledger

    filters = queries.Filters(since, until, type.value if type else None, outlet)
    with read_ledger(db) as connection:
        entries = queries.sources(connection, filters, anonymous, min_articles)
    from auditor.formatters import ledger

    ledger.write_sources(entries, format.value, sys.stdout, width=width)
