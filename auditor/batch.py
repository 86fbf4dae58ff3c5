"""Batch audits: folders of saved articles and lists of URLs, in a process pool, in input order.

- :func:`discover` streams the inputs: folders recursively (sorted, hidden
  entries skipped), single files, URLs, and URL lists (one per line, ``#`` comments);
  a web archive stands for its pages (:mod:`auditor.inputs`).
- :func:`run` audits them in worker processes that build the engine once.
  URLs are fetched by threads of this process through one
  :class:`~auditor.fetch.Fetcher` (so politeness is per host and, with a
  :class:`~auditor.cache.FetchCache`, each URL is fetched once per run).
  Only a small window of inputs is in flight, so memory stays flat; outcomes
  come back in input order.
- Every input ends as an :class:`Outcome` whose row is a result or an error
  with a reason; a worker that dies, or passes the per-article time limit, is replaced
  and its input becomes an error row (:mod:`auditor.workerpool`).
- With an output folder and ``resume``, an input whose bytes have the SHA-256
  recorded in its existing report is not audited again.

Workers render the report files; the caller writes them (see
:func:`write_files`), so an interrupted run leaves complete files only.
"""

from __future__ import annotations

import atexit
import fnmatch
import gc
import hashlib
import json
import multiprocessing
import multiprocessing.connection
import os
import queue
import re
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from functools import lru_cache
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from auditor.atomic import sweep, write_text
from auditor.batchrows import Row, result_row, skipped_row
from auditor.errors import AuditorError, InputError, LanguageError
from auditor.ingest import RawInput, is_url
from auditor.models import Report
from auditor.quickexit import leave
from auditor.settings import Settings
from auditor.warc import PATTERNS as ARCHIVE_PATTERNS

if TYPE_CHECKING:
    from auditor.warc import RecordRef

DEFAULT_PATTERNS = ("*.html", "*.htm", "*.txt", "*.md", *ARCHIVE_PATTERNS)
ARTICLES = "articles"  # sub-folder of the output folder holding one report per article
_SLUG = re.compile(r"[^A-Za-z0-9._-]+")
_COMMENT = re.compile(r"(^|\s)#.*$")
# What a folder's walk finds but does not audit, and the error row that says why.
_SKIPPED = {
    "folder": "cannot read the folder (permission denied or gone)",
    "outside": "a symlink to a file outside the folder; skipped, as symlinked folders are",
}


@dataclass(frozen=True)
class Item:
    """One input of a batch."""

    index: int
    target: str  # path or URL
    kind: str  # "file", "url", "warc" (an archived page); or, for an error row, a key of _SKIPPED
    name: str  # file name stem of its reports: stable for the same target, unique in a run
    record: RecordRef | None = None  # where a "warc" page is


@dataclass(frozen=True)
class Options:
    """What the workers need to know."""

    settings: Settings = field(default_factory=Settings)
    out: Path | None = None  # output folder: render a JSON report per article
    html: bool = False  # also an HTML page per article
    resume: bool = False  # skip inputs whose report has the same content hash
    article_timeout: float | None = 60.0  # seconds one audit may take; its worker is then killed
    ledger: bool = False  # also make each article's database rows (auditor.database)


@dataclass(frozen=True)
class Outcome:
    """The row of one input, and the report files to write (paths relative to the output)."""

    row: Row
    files: tuple[tuple[str, str], ...] = ()
    record: Any = None  # the article's database rows, with Options.ledger


def discover(
    targets: Iterable[str],
    url_lists: Iterable[str | Path] = (),
    patterns: Iterable[str] = DEFAULT_PATTERNS,
    exclude: Path | None = None,
) -> Iterator[Item]:
    """Every input, in order: ``targets`` (URLs, files, folders) then the URLs of ``url_lists``.

    Folders are walked recursively for files matching ``patterns`` (a pattern
    with a ``/`` matches the path below the folder, others the file name,
    case-insensitively); ``exclude`` (the output folder) is not walked.
    """
    patterns = tuple(patterns)
    skip = exclude.resolve() if exclude is not None else None
    from auditor.inputs import expand

    found = expand(_chain(targets, url_lists, patterns, skip))
    for index, (target, kind, record) in enumerate(found):
        key = None if record is None else _real_path(record.path) + record.where
        yield Item(index, target, kind, report_name(target, kind, key), record)


def _chain(targets, url_lists, patterns, skip) -> Iterator[tuple[str, str]]:
    for target in targets:
        if is_url(target):
            yield target, "url"
        elif os.path.isdir(target):
            yield from walk(str(Path(target)), patterns, skip)
        else:
            yield target, "file"
    for url_list in url_lists:
        for url in read_url_list(url_list):
            yield url, "url"


def walk(
    root: str, patterns: tuple[str, ...], skip: Path | None = None
) -> Iterator[tuple[str, str]]:
    """Files under ``root`` matching ``patterns``, sorted, without hidden files or folders.

    Each is ``(path, "file")``; a folder that cannot be listed is ``(path, "folder")`` and
    a symlink to a file outside ``root`` is ``(path, "outside")``, to become error rows.
    Paths are plain strings joined as ``os.walk`` joins them: an archive of tens of
    thousands of files is walked in a few hundred milliseconds less than with ``Path``.
    """
    by_name = _any_of(p for p in patterns if "/" not in p)
    by_path = _any_of(p for p in patterns if "/" in p)
    prefix = len(os.path.join(root, ""))
    unreadable: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable.append):
        while unreadable:
            yield _folder_name(unreadable.pop(0), root), "folder"
        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and Path(folder, d).resolve() != skip
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = os.path.join(folder, name)
            if by_name(name.lower()) or by_path(path[prefix:].replace(os.sep, "/").lower()):
                yield path, "outside" if _links_outside(path, root) else "file"
    for error in unreadable:
        yield _folder_name(error, root), "folder"


def _links_outside(path: str, root: str) -> bool:
    """Whether ``path`` is a symlink to a file outside ``root`` (one lstat for most files)."""
    if not os.path.islink(path):
        return False
    inside = os.path.join(_real_folder(root), "")
    return not os.path.realpath(path).startswith(inside)


def _folder_name(error: OSError, root: str) -> str:
    return str(error.filename or root)


def _any_of(patterns: Iterable[str]) -> Callable[[str], object]:
    """A test of whether a lower-cased name matches one of the glob ``patterns`` (any case)."""
    translated = [fnmatch.translate(p.lower()) for p in patterns]
    if not translated:
        return lambda name: False
    return re.compile("|".join(translated)).match


def read_url_list(path: str | Path) -> Iterator[str]:
    """The URLs of a list: one per line; blank lines and ``#`` comments ignored."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise InputError(f"cannot read URL list {path}: {exc.strerror or exc}") from None
    for line in text.splitlines():
        url = _COMMENT.sub("", line).strip()
        if url:
            yield url


def report_name(target: str, kind: str, key: str | None = None) -> str:
    """``<readable part>-<hash>``: the same target (or ``key``) always gets the same name."""
    key = key or (target if kind == "url" else _real_path(target))
    readable = target.split("://", 1)[-1] if kind != "file" else os.path.basename(target)
    slug = _SLUG.sub("_", readable).strip("._-")[:60] or "article"
    return f"{slug}-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


def _real_path(target: str) -> str:
    """The path with symlinks resolved where possible; a loop or a NUL is the audit's to report.

    The files of a folder share its resolved path, so it is resolved once; only a file
    that is itself a link, or a path with "..", is resolved in full.
    """
    try:
        folder, name = os.path.split(os.path.abspath(target))
        if ".." in target.replace(os.sep, "/").split("/") or os.path.islink(target):
            return os.path.realpath(target)
        return os.path.join(_real_folder(folder), name)
    except ValueError:  # an embedded NUL
        return os.path.abspath(target)


@lru_cache(maxsize=1024)
def _real_folder(folder: str) -> str:
    return os.path.realpath(folder)


def run(
    items: Iterable[Item],
    options: Options,
    *,
    jobs: int = 1,
    fetcher=None,
    fetch_threads: int = 4,
    mp_context=None,
) -> Iterator[Outcome]:
    """Audit ``items`` in ``jobs`` worker processes; yield their outcomes in input order.

    ``fetcher`` fetches the URLs (a default :class:`~auditor.fetch.Fetcher` if
    there are URLs and none is given); ``mp_context`` is the multiprocessing
    context (default: ``spawn``).
    """
    window = 4 * jobs + fetch_threads
    pipeline = _Pipeline(options, jobs, fetcher, fetch_threads, mp_context)
    pending: deque[_Entry] = deque()
    completed = False
    try:
        for item in items:
            pending.append(pipeline.submit(item))
            if len(pending) >= window:
                yield pipeline.result(pending.popleft())
        while pending:
            yield pipeline.result(pending.popleft())
        completed = True
    finally:
        pipeline.close(wait=completed)


def write_files(outcome: Outcome, out: Path) -> None:
    """Write an outcome's report files under ``out``, each atomically."""
    for relative, text in outcome.files:
        write_text(out / relative, text)


@dataclass
class _Entry:
    """An input on its way through the pipeline."""

    item: Item
    ready: threading.Event = field(default_factory=threading.Event)
    future: Future | None = None
    outcome: Outcome | None = None  # set when the input failed before reaching a worker


class _Pipeline:
    """The worker pool and the fetch threads."""

    def __init__(self, options: Options, jobs: int, fetcher, threads: int, mp_context) -> None:
        from auditor.workerpool import WorkerPool

        context = mp_context or multiprocessing.get_context("spawn")
        self._options = options
        self._fetcher = fetcher
        self._threads = threads
        self._fetch_queue: queue.SimpleQueue | None = None
        self._pool = WorkerPool(jobs, context, _worker_main, (options,), options.article_timeout)

    def submit(self, item: Item) -> _Entry:
        entry = _Entry(item)
        if item.kind in _SKIPPED:
            entry.outcome = passed_over(item)
            entry.ready.set()
        elif item.kind == "url":
            self._fetches().put(entry)
        else:
            self._label(entry, None)
        return entry

    def result(self, entry: _Entry) -> Outcome:
        """The entry's outcome; a worker that died or ran out of time makes an error row."""
        entry.ready.wait()
        if entry.outcome is not None:
            return entry.outcome
        return settle(entry.item, entry.future, self._options.article_timeout)

    def close(self, wait: bool) -> None:
        if self._fetch_queue is not None:
            for _ in range(self._threads):
                self._fetch_queue.put(None)
        self._pool.close(wait=wait)

    def _label(self, entry: _Entry, raw: RawInput | None) -> None:
        try:
            entry.future = self._pool.submit(entry.item, raw)
        except RuntimeError:  # the pool is closed: the run is over
            entry.outcome = Outcome(_error_row(entry.item, "the batch was stopped", "stopped"))
        entry.ready.set()

    def _fetches(self) -> queue.SimpleQueue:
        if self._fetch_queue is None:
            if self._fetcher is None:
                from auditor.fetch import Fetcher

                self._fetcher = Fetcher()
            self._fetch_queue = queue.SimpleQueue()
            for _ in range(self._threads):
                threading.Thread(target=self._fetch_loop, daemon=True).start()
        return self._fetch_queue

    def _fetch_loop(self) -> None:
        from auditor.ingest import read_url

        while (entry := self._fetch_queue.get()) is not None:
            try:
                raw = read_url(entry.item.target, self._fetcher)
            except AuditorError as exc:
                entry.outcome = Outcome(_error_row(entry.item, str(exc), exc.reason))
            except Exception as exc:  # a bug must not hang the batch
                entry.outcome = Outcome(_error_row(entry.item, _internal(exc), "internal"))
            else:
                self._label(entry, raw)
                continue
            entry.ready.set()


def settle(item: Item, future: Future, limit: float | None) -> Outcome:
    """The outcome of ``item`` audited in a :class:`~auditor.workerpool.WorkerPool`.

    A worker that died, or passed the ``limit`` of seconds and was killed, makes an error row.
    """
    from auditor.workerpool import TimedOut, WorkerDied

    try:
        return future.result()
    except WorkerDied:
        message = (
            "the worker died auditing it (a crash, or out of memory);"
            " audit it alone with 'auditor audit' to see more"
        )
        return Outcome(_error_row(item, message, "crashed"))
    except TimedOut:
        message = f"timed out: the audit passed the {limit:g} s limit (--article-timeout)"
        return Outcome(_error_row(item, message, "timeout"))


# --- in the worker processes ---------------------------------------------------------------

_OPTIONS: Options = None  # type: ignore[assignment]  # set by _start_worker


def _start_worker(options: Options) -> None:
    """Worker initializer: Ctrl-C is the main process's business; build the engine once.

    A worker also leaves when the main process dies (killed, out of memory): the
    pool's queues would otherwise keep it waiting for work for ever. When the pool
    closes, it leaves without tearing down its interpreter, which the pool's shutdown
    would wait for (about 40 ms): by then multiprocessing has cleaned up, the exit
    handlers registered later (by what the articles imported) have run, and the
    result queue has written every result as it was given.
    """
    global _OPTIONS
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _OPTIONS = options
    parent = multiprocessing.parent_process()
    if parent is not None:  # a worker process, not a caller running this itself
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()
        atexit.register(leave, 0)  # when the pool closes: every result is sent by then
    from auditor.api import engine_for

    engine_for(options.settings)
    gc.freeze()  # modules and rules live as long as the worker: the collector skips them


def _worker_main(conn, options: Options) -> None:
    """A worker process: start, say so, then audit each input received until None."""
    from auditor.workerpool import READY

    _start_worker(options)
    conn.send(READY)
    while True:
        try:
            task = conn.recv()
        except EOFError:  # the main process closed the pool
            return
        if task is None:
            return
        conn.send(_work(*task))


def _exit_with(sentinel: int) -> None:
    """Wait for the main process to end, then end this worker at once."""
    multiprocessing.connection.wait([sentinel])
    os._exit(1)


def _work(item: Item, raw: RawInput | None) -> Outcome:
    """Audit one input: its outcome, never an exception."""
    from auditor.api import label
    from auditor.ingest import ingest
    from auditor.inputs import read_item

    options = _OPTIONS
    try:
        if raw is None:
            raw = read_item(item, options.settings)
        if options.resume:
            previous = _previous_report(item, raw.data)
            if previous is not None:
                return _outcome(item, previous, resumed=True)
        return _outcome(item, label(ingest(raw, options.settings), options.settings))
    except LanguageError as exc:
        return Outcome(skipped_row(item.index, item.target, item.kind, exc))
    except AuditorError as exc:
        return Outcome(_error_row(item, str(exc), exc.reason))
    except Exception as exc:  # one bad input must not stop the batch
        return Outcome(_error_row(item, _internal(exc), "internal"))


def _outcome(item: Item, report: Report, resumed: bool = False) -> Outcome:
    options = _OPTIONS
    files: list[tuple[str, str]] = []
    json_path = None
    if options.out is not None:
        json_path = f"{ARTICLES}/{item.name}.json"
        if not resumed:
            files.append((json_path, _render(report, "json")))
        if options.html:
            files.append((f"{ARTICLES}/{item.name}.html", _render(report, "html")))
    row = result_row(item.index, item.target, item.kind, report, report=json_path, resumed=resumed)
    return Outcome(row, tuple(files), _record(item, report) if options.ledger else None)


def _record(item: Item, report: Report):
    from auditor.database.records import record_of

    return record_of(report, item.target, item.kind, _OPTIONS.settings)


def _render(report: Report, fmt: str) -> str:
    from auditor.formatters import write

    stream = StringIO()
    write(report, fmt, stream, index_href="../index.html")
    return stream.getvalue()


def _previous_report(item: Item, data: bytes) -> Report | None:
    """The report of an earlier run for the same bytes, by this version of auditor."""
    from auditor import __version__

    path = _OPTIONS.out / ARTICLES / f"{item.name}.json"
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        report = Report.from_dict(stored)
        same = report.input.sha256 == hashlib.sha256(data).hexdigest()
    except (OSError, ValueError, LookupError, TypeError, AttributeError, RecursionError):
        return None  # whatever is wrong with it (JSON of another shape), the input is audited
    return report if same and report.tool_version == __version__ else None


def passed_over(item: Item) -> Outcome:
    """The error row of what a folder's walk found but does not audit (``_SKIPPED``)."""
    return Outcome(_error_row(item, f"{item.target}: {_SKIPPED[item.kind]}", "input"))


def _error_row(item: Item, message: str, reason: str) -> Row:
    kind = "url" if item.kind == "url" else "file"
    return Row(item.index, item.target, kind, error=message, reason=reason)


def _internal(exc: Exception) -> str:
    return f"internal error ({type(exc).__name__}: {exc}); please report it"


def audit_all(
    items: Iterable[Item],
    options: Options,
    on_row: Callable[[Row], None] | None = None,
    runner: Callable[..., Iterator[Outcome]] | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    **run_options,
) -> list[Row]:
    """Run the batch, writing each article's reports as it arrives; the rows in input order.

    ``runner`` audits the items instead of :func:`run` (such as a Dask cluster's).
    ``on_outcome`` is handed each outcome in this process once its files are written
    (the database writer: workers never write to it).
    """
    rows = []
    if options.out is not None and options.out.is_dir():
        sweep(options.out)  # what a killed run left half-written
    outcomes = (runner or run)(items, options, **run_options)
    try:
        for outcome in outcomes:
            if options.out is not None:
                write_files(outcome, options.out)
            if on_outcome is not None:
                on_outcome(outcome)
            rows.append(outcome.row)
            if on_row is not None:
                on_row(outcome.row)
    finally:
        outcomes.close()
    return rows
