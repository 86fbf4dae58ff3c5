"""``auditor audit``: one article in, a labelled report out."""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from auditor.cli import common
from auditor.cli.ledger import DbOption
from auditor.errors import AuditorError, ExitCode


class Format(str, Enum):
    terminal = "terminal"
    json = "json"
    csv = "csv"
    markdown = "markdown"
    html = "html"


class Only(str, Enum):
    sourced = "sourced"
    editorial = "editorial"
    unsourced = "unsourced"


EXAMPLES = """
Examples:

  auditor audit https://example.org/news/story.html

  auditor audit saved/story.html --format json -o story.json

  cat story.txt | auditor audit -

  auditor audit draft.txt --fail-under sourced=60%

  auditor audit https://example.org/news/story.html --db ledger.sqlite
"""


@common.handle_errors
def audit(
    target: Annotated[
        str, typer.Argument(help="A URL, a saved HTML or text file, or - for stdin.")
    ],
    format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format.")
    ] = Format.terminal,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (atomically), not to stdout.")
    ] = None,
    only: Annotated[
        list[Only] | None,
        typer.Option("--only", help="Terminal report: show only sentences with this label."),
    ] = None,
    width: Annotated[int | None, typer.Option("--width", help="Terminal report width.")] = None,
    color: Annotated[
        bool | None, typer.Option("--color/--no-color", help="Force colour on or off.")
    ] = None,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under", help="Exit 1 if METRIC=VALUE is not reached (e.g. sourced=60%)."
        ),
    ] = None,
    fail_over: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-over", help="Exit 1 if METRIC=VALUE is exceeded (e.g. anonymous=50%)."
        ),
    ] = None,
    config: common.ConfigOption = None,
    pack: common.PackOption = None,
    disable: common.DisableOption = None,
    threshold: common.ThresholdOption = None,
    any_language: common.AnyLanguageOption = False,
    max_bytes: common.MaxBytesOption = None,
    max_sentences: common.MaxSentencesOption = None,
    article_timeout: common.ArticleTimeoutOption = common.ARTICLE_TIMEOUT,
    timeout: common.TimeoutOption = None,
    deadline: common.DeadlineOption = None,
    max_redirects: common.MaxRedirectsOption = None,
    retries: common.RetriesOption = None,
    user_agent: common.UserAgentOption = None,
    ca_bundle: common.CaBundleOption = None,
    archive: common.ArchiveOption = None,
    db: DbOption = None,
) -> None:
    """Audit one article: label every sentence SOURCED, EDITORIAL FRAMING or UNSOURCED; show why."""
    from auditor import gate
    from auditor.api import engine_for, label
    from auditor.ingest import ingest, is_url, read_target

    settings, cfg = common.settings_from(
        config, pack, disable, threshold, any_language, max_bytes, max_sentences
    )
    limit = common.seconds(article_timeout, "--article-timeout")
    under = gate.parse([*cfg.thresholds("fail_under"), *(fail_under or ())])
    over = gate.parse([*cfg.thresholds("fail_over"), *(fail_over or ())])
    width, color = common.output_from(cfg, width, color)
    fetcher = None
    if is_url(target):
        from auditor.fetch import Fetcher

        options = common.fetch_options_from(
            cfg, timeout, deadline, max_redirects, retries, user_agent, ca_bundle,
            max_input=settings.max_bytes,
        )  # fmt: skip
        fetcher = Fetcher(options)
    with contextlib.ExitStack() as stack:
        ledger = stack.enter_context(_open_ledger(db)) if db is not None else None
        try:
            raw = read_target(target, settings, fetcher, archive)
            engine_for(settings)  # built before the clock starts: the limit is the article's
            with common.time_limit(limit, raw.location or target):
                report = label(ingest(raw, settings), settings)
        except AuditorError as exc:
            if ledger is not None:
                ledger.fail(_failure(target, exc))
            raise
        if ledger is not None:
            _store(ledger, report, target, settings)
    _write(report, format.value, output, width, color, only)
    crossed = gate.violations(report.summary, under, over)
    for line in crossed:
        print(f"threshold: {line}", file=sys.stderr)
    if crossed:
        raise typer.Exit(int(ExitCode.THRESHOLD))


def _open_ledger(db: Path):
    from auditor.database.store import open_ledger

    return open_ledger(db)


def _kind(target: str) -> str:
    from auditor.ingest import is_url

    return "url" if is_url(target) else "stdin" if target == "-" else "file"


def _store(ledger, report, target: str, settings) -> None:
    from auditor.database.records import record_of

    ledger.write(record_of(report, target, _kind(target), settings))


def _failure(target: str, exc: AuditorError) -> tuple:
    from auditor.database.records import failure_of

    return failure_of(target, _kind(target), str(exc), exc.reason)


def _write(report, fmt: str, output: Path | None, width, color, only) -> None:
    from auditor.atomic import atomic_open
    from auditor.formatters import write
    from auditor.models import Label

    labels = frozenset(Label(o.value.upper()) for o in only) if only else None
    options = {"width": width, "color": color, "only": labels}
    if output is None:
        write(report, fmt, sys.stdout, **options)
        return
    with atomic_open(output) as stream:
        write(report, fmt, stream, **{**options, "color": False})
