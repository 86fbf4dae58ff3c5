"""``auditor batch``: folders of saved articles and lists of URLs, audited, compared, exported."""

from __future__ import annotations

import contextlib
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from auditor.cli import common
from auditor.cli.ledger import DbOption
from auditor.errors import ExitCode, InputError, UsageError

OUTPUT = "Output"


class SummaryFormat(str, Enum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    json = "json"
    markdown = "markdown"


class SortKey(str, Enum):
    order = "order"
    input = "input"
    title = "title"
    site = "site"
    domain = "domain"
    date = "date"
    sentences = "sentences"
    claims = "claims"
    sourced = "sourced"
    anonymous = "anonymous"
    editorial = "editorial"
    unsourced = "unsourced"
    named = "named"


EXAMPLES = """
Examples:

  auditor batch saved-articles/

  auditor batch saved/ --urls links.txt --out audit/ --html

  auditor batch drafts/ --format csv --sort sourced -o summary.csv

  auditor batch drafts/ --fail-under sourced=60% --quiet

  auditor batch crawl.warc.gz --shard 2/8 --out shard-2/

  auditor batch crawl/ --dask tcp://scheduler:8786 --out audit/

  auditor batch saved/ --db ledger.sqlite && auditor outlets ledger.sqlite

Exit codes: 0 all inputs audited or skipped (not in English); 1 a threshold was
crossed; 2 bad usage; 3 at least one input failed (an error row says why); 5 the
--dask scheduler cannot be reached; 130 interrupted.
"""


@common.handle_errors
def batch(
    targets: Annotated[
        list[str] | None,
        typer.Argument(help="Folders (searched recursively), files or URLs.", show_default=False),
    ] = None,
    urls: Annotated[
        list[Path] | None,
        typer.Option("--urls", help="File of URLs, one per line, # comments (repeatable)."),
    ] = None,
    glob: Annotated[
        list[str] | None,
        typer.Option(
            "--glob",
            help="Which files of a folder to audit (repeatable; default: *.html, "
            "*.htm, *.txt, *.md, and web archives *.warc, *.warc.gz, *.wacz).",
        ),
    ] = None,
    shard: Annotated[
        str | None,
        typer.Option(
            "--shard",
            help="Audit only shard K of N (K/N, e.g. 2/8): N machines split the same inputs.",
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            help="Audit on a Dask cluster: a scheduler (tcp://host:8786) or local:N "
            "(N local worker processes). Needs pip install 'auditor[dask]'.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", help="Worker processes (default: the number of cores).", min=1
        ),
    ] = None,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Folder for a JSON report per article, summary.csv, summary.jsonl and sites.csv.",
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    html: Annotated[
        bool,
        typer.Option(
            "--html",
            help="With --out: an HTML page per article and index.html.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    resume: Annotated[
        bool,
        typer.Option(
            "--resume",
            help="With --out: skip articles already reported with the same content.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    db: DbOption = None,
    excel: Annotated[
        bool,
        typer.Option(
            "--excel",
            help="CSV files start with a UTF-8 byte-order mark, so spreadsheets read accents "
            "and '…' right.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    format: Annotated[
        SummaryFormat,
        typer.Option("--format", "-f", help="Summary format.", rich_help_panel=OUTPUT),
    ] = SummaryFormat.table,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the summary here (atomically), not to stdout.",
            rich_help_panel=OUTPUT,
        ),
    ] = None,
    sort: Annotated[
        SortKey | None,
        typer.Option(
            "--sort",
            help="Sort the articles by (default: order, as found).",
            rich_help_panel=OUTPUT,
            show_default=False,
        ),
    ] = None,
    reverse: Annotated[
        bool, typer.Option("--reverse", help="Sort in descending order.", rich_help_panel=OUTPUT)
    ] = False,
    width: Annotated[
        int | None, typer.Option("--width", help="Table width.", rich_help_panel=OUTPUT)
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar.", rich_help_panel=OUTPUT)
    ] = False,
    fail_under: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-under",
            help="Exit 1 if an article does not reach METRIC=VALUE (e.g. sourced=60%).",
        ),
    ] = None,
    fail_over: Annotated[
        list[str] | None,
        typer.Option(
            "--fail-over", help="Exit 1 if an article exceeds METRIC=VALUE (e.g. anonymous=50%)."
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
) -> None:
    """Audit every article of folders and URL lists in parallel; summarise and compare them."""
    from auditor import gate
    from auditor.api import engine_for
    from auditor.batch import DEFAULT_PATTERNS, Options, audit_all, discover
    from auditor.batchrows import sort_rows
    from auditor.ingest import is_url
    from auditor.inputs import in_shard, parse_shard

    targets, urls = targets or [], urls or []
    selected = parse_shard(shard) if shard is not None else None
    if not targets and not urls:
        raise UsageError("nothing to audit: give folders, files or URLs, or --urls FILE")
    if (resume or html) and out is None:
        raise UsageError("--resume and --html need --out DIR")
    if out is not None and (out.is_symlink() or out.exists()) and not out.is_dir():
        raise UsageError(f"--out {out} is not a folder")
    settings, cfg = common.settings_from(
        config, pack, disable, threshold, any_language, max_bytes, max_sentences
    )
    under = gate.parse([*cfg.thresholds("fail_under"), *(fail_under or ())])
    over = gate.parse([*cfg.thresholds("fail_over"), *(fail_over or ())])
    width, color = common.output_from(cfg, width, None)  # colour: only the file sets it
    jobs = jobs or cfg.values.get("jobs") or common.cores()
    glob = glob or cfg.values.get("glob")
    sort = sort or SortKey(cfg.values.get("sort", "order"))
    reverse = reverse or cfg.values.get("reverse", False)
    quiet = quiet or cfg.values.get("quiet", False)
    if settings.packs or settings.disabled:  # the built-in pack is checked by the tests
        engine_for(settings)  # a bad pack is a usage error now, not an error row per article

    def inputs():
        found = discover(targets, urls, glob or DEFAULT_PATTERNS, exclude=out)
        return found if selected is None else in_shard(found, *selected)

    if next(discover(targets, urls, glob or DEFAULT_PATTERNS, exclude=out), None) is None:
        raise InputError(f"no articles found (looking for {', '.join(glob or DEFAULT_PATTERNS)})")
    backend = _dask(dask, settings)  # before any work: an unreachable scheduler ends the run here
    showing = not quiet and sys.stderr.isatty()
    total = sum(1 for _ in inputs()) if showing else 0  # only the bar needs the count
    fetcher = None
    if urls or any(is_url(t) for t in targets):
        fetch_limits = (timeout, deadline, max_redirects, retries, user_agent, ca_bundle)
        fetcher = _fetcher(cfg, *fetch_limits, max_input=settings.max_bytes)
    limit = common.seconds(article_timeout, "--article-timeout")
    options = Options(settings, out, html, resume, limit, ledger=db is not None)
    with _only_batch_writing(out):
        with _ledger(db) as ledger, _progress(total, showing) as advance, _closing(backend):
            store = ledger.store if ledger is not None else None
            try:
                rows = audit_all(
                    inputs(), options, on_row=advance, on_outcome=store, runner=backend,
                    jobs=jobs, fetcher=fetcher,
                )  # fmt: skip
            except KeyboardInterrupt:
                print(
                    "interrupted: the reports written so far are complete"
                    + ("; re-run with --resume to go on" if out else ""),
                    file=sys.stderr,
                )
                raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
        rows = sort_rows(rows, sort.value, reverse)
        encoding = "utf-8-sig" if excel else "utf-8"
        _write_summary(rows, format.value, output, out, html, width, color, encoding)
    raise typer.Exit(int(_verdict(rows, under, over)))


@contextlib.contextmanager
def _only_batch_writing(out: Path | None):
    """Hold ``OUT/.auditor.lock`` for the run: a second batch into ``out`` is refused."""
    try:
        import fcntl
    except ImportError:  # not on a POSIX system: unchecked, as documented
        yield
        return
    if out is None:
        yield
        return
    try:
        out.mkdir(parents=True, exist_ok=True)
        lock = open(out / ".auditor.lock", "a")  # noqa: SIM115 - held for the whole run
    except OSError as exc:
        raise UsageError(f"cannot write in {out} ({exc.strerror or exc})") from None
    with lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise UsageError(
                f"another batch is writing to {out}; wait for it to end, or use another --out"
            ) from None
        yield


def _fetcher(cfg, timeout, deadline, max_redirects, retries, user_agent, ca_bundle, max_input):
    from auditor.cache import FetchCache
    from auditor.fetch import Fetcher

    options = common.fetch_options_from(
        cfg, timeout, deadline, max_redirects, retries, user_agent, ca_bundle, max_input=max_input
    )
    return Fetcher(options, cache=FetchCache())


def _dask(address: str | None, settings):
    """The Dask backend, connected before any work (exit 5 if the scheduler is unreachable)."""
    if address is None:
        return None
    from auditor.cluster import connect

    return connect(address, settings)


def _closing(backend):
    return contextlib.nullcontext() if backend is None else contextlib.closing(backend)


@contextlib.contextmanager
def _ledger(db: Path | None):
    """The ledger's writer (None without --db); the database is checked before any audit."""
    if db is None:
        yield None
        return
    from auditor.database.store import Background, open_ledger

    with open_ledger(db) as ledger, Background(ledger) as writer:
        yield writer


def _progress(total: int, showing: bool):
    """The progress bar's row callback (None, and rich's progress not imported, if hidden)."""
    if not showing:
        return contextlib.nullcontext(None)
    from auditor.cli.progress import progress

    return progress(total)


def _write_summary(
    rows, fmt: str, output: Path | None, out: Path | None, html: bool, width, color, csv_encoding
):
    from auditor.atomic import atomic_open
    from auditor.formatters import index, summary

    if out is not None:
        for name, write in (
            ("summary.csv", lambda s: summary.write(rows, "csv", s)),
            ("summary.jsonl", lambda s: summary.write(rows, "jsonl", s)),
            ("sites.csv", lambda s: summary.write_sites_csv(rows, s)),
            *((("index.html", lambda s: index.write(rows, s)),) if html else ()),
        ):
            encoding = csv_encoding if name.endswith(".csv") else "utf-8"
            with atomic_open(out / name, encoding=encoding) as stream:
                write(stream)
    if output is None:
        summary.write(rows, fmt, sys.stdout, width=width, color=color)
    else:
        with atomic_open(output, encoding=csv_encoding if fmt == "csv" else "utf-8") as stream:
            summary.write(rows, fmt, stream, width=width, color=False)


def _verdict(rows, under, over) -> ExitCode:
    """Print crossed thresholds and failed inputs on stderr; the exit code they call for."""
    from auditor import gate

    crossed = False
    for row in rows:
        if row.summary is not None:
            for line in gate.violations(row.summary, under, over):
                print(f"threshold: {row.input}: {line}", file=sys.stderr)
                crossed = True
    skipped = sum(row.skipped for row in rows)
    if skipped:
        print(
            f"{skipped} of {len(rows)} inputs skipped: not in English (--any-language audits them)",
            file=sys.stderr,
        )
    failed = [row for row in rows if row.failed]
    if failed:
        print(f"{len(failed)} of {len(rows)} inputs failed (see the error rows)", file=sys.stderr)
        return ExitCode.INPUT
    return ExitCode.THRESHOLD if crossed else ExitCode.OK
