"""Opening a ledger database and writing articles to it, one transaction per article.

A file that is not SQLite, another program's database or one of a newer schema
is refused (exit 2); a database that cannot be written is exit 3, and so is one
another writer holds for longer than the busy timeout. WAL mode lets readers
and a writer work at once; two writers take turns, article by article.
"""

from __future__ import annotations

import contextlib
import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from auditor.database.records import (
    ARTICLE_COLUMNS,
    FAILURE_COLUMNS,
    FRAMING_COLUMNS,
    SENTENCE_COLUMNS,
    SOURCE_COLUMNS,
    Record,
    failure_of,
)
from auditor.database.schema import APPLICATION_ID, MIGRATIONS, VERSION
from auditor.errors import InputError, UsageError

BUSY_TIMEOUT = 30.0  # seconds a writer waits for another one to finish its article
SEARCH_EVERY = 100  # articles written between two catch-ups of the full-text index
_MAGIC = b"SQLite format 3\x00"


class LedgerError(InputError):
    """The database cannot be written: read-only, locked, full (exit 3)."""


def _insert(table: str, columns: tuple[str, ...], prefix: tuple[str, ...] = ()) -> str:
    names = (*prefix, *columns)
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"


_UNINDEXED = (
    "SELECT EXISTS (SELECT 1 FROM sentences WHERE id > (SELECT indexed_up_to FROM search_state))"
)
_ARTICLE = _insert("articles", (*ARTICLE_COLUMNS, "version"))
_SENTENCE = _insert("sentences", SENTENCE_COLUMNS, ("article_id",))
_SOURCE = _insert("sources", SOURCE_COLUMNS, ("article_id",))
_FRAMING = _insert("framing", FRAMING_COLUMNS, ("article_id",))
_FAILURE = _insert("failures", FAILURE_COLUMNS).replace("INSERT", "INSERT OR REPLACE", 1)


class Ledger:
    """A ledger database open for writing; use :func:`open_ledger`."""

    def __init__(self, path: Path, connection: sqlite3.Connection, busy_timeout: float) -> None:
        self.path = path
        self._db = connection
        self._timeout = busy_timeout
        self._unindexed = 0

    def write(self, record: Record) -> int:
        """Store one article in one transaction; its id.

        The same content of the same target (SHA-256 and target) replaces its rows
        and keeps its version; new content of a target is its next version.
        """
        article = record.article
        with self._mapped_errors(), self._transaction():
            db = self._db
            key = (article["target"], article["sha256"])
            same = db.execute(
                "SELECT id, version FROM articles WHERE target = ? AND sha256 IS ?", key
            ).fetchall()
            if same:
                version = same[0][1]
                db.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i, _ in same])
            else:
                (last,) = db.execute(
                    "SELECT max(version) FROM articles WHERE target = ?", key[:1]
                ).fetchone()
                version = (last or 0) + 1
            values = [article[c] for c in ARTICLE_COLUMNS]
            article_id = db.execute(_ARTICLE, (*values, version)).lastrowid
            for sql, rows in (
                (_SENTENCE, record.sentences),
                (_SOURCE, record.sources),
                (_FRAMING, record.framing),
            ):
                db.executemany(sql, ((article_id, *row) for row in rows))
            db.execute("DELETE FROM failures WHERE target = ?", key[:1])
        self._unindexed += 1
        if self._unindexed >= SEARCH_EVERY:
            self.catch_up()
        return article_id

    def catch_up(self) -> None:
        """Add the sentences written since the last time to the full-text index."""
        self._unindexed = 0
        with self._mapped_errors():
            if not self._db.execute(_UNINDEXED).fetchone()[0]:
                return  # nothing to do: no need to wait for the write lock
            with self._transaction():
                catch_up(self._db)

    def store(self, outcome) -> None:
        """Store a batch's outcome: its article, or the error of its input (not a stopped one)."""
        row = outcome.row
        if outcome.record is not None:
            self.write(outcome.record)
        elif row.error is not None and row.reason != "stopped":
            self.fail(failure_of(row.input, row.kind, row.error, row.reason))

    def fail(self, failure: tuple) -> None:
        """Record why an input could not be audited (its articles, if any, stay)."""
        with self._mapped_errors(), self._transaction():
            self._db.execute(_FAILURE, failure)

    def _transaction(self):
        return transaction(self._db)

    @contextlib.contextmanager
    def _mapped_errors(self) -> Iterator[None]:
        """SQLite's errors as one-line auditor errors with their exit codes."""
        try:
            yield
        except sqlite3.Error as exc:
            raise _write_error(self.path, exc, self._timeout) from None


@contextlib.contextmanager
def open_ledger(path: str | Path, busy_timeout: float = BUSY_TIMEOUT) -> Iterator[Ledger]:
    """The database at ``path`` for writing, created if absent and brought up to date."""
    path = Path(path)
    check_file(path)
    try:
        db = sqlite3.connect(
            path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise LedgerError(f"cannot open database {path}: {exc}") from None
    try:
        try:
            _check_schema(path, db)
            _use_wal(db, busy_timeout)
            db.execute("PRAGMA synchronous = NORMAL")  # in WAL mode: safe from corruption
            db.execute("PRAGMA wal_autocheckpoint = 10000")  # pages (40 MB): fewer fsyncs
            db.execute("PRAGMA foreign_keys = ON")
            _migrate(db)
        except sqlite3.Error as exc:
            raise _write_error(path, exc, busy_timeout) from None
        ledger = Ledger(path, db, busy_timeout)
        ledger.catch_up()  # what a killed writer left unindexed
        yield ledger
        ledger.catch_up()
    finally:
        db.close()


class Background:
    """A ledger's writes done by a thread of their own, in order, while the caller goes on.

    SQLite lets go of the interpreter while it writes, so the batch's main process
    hands out work and writes reports meanwhile. A failure (a lock held too long) is
    raised at the next :meth:`store` or when the block ends; what was handed over
    before it is stored.
    """

    def __init__(self, ledger: Ledger) -> None:
        self._ledger = ledger
        self._queue: queue.Queue = queue.Queue(maxsize=64)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="ledger-writer", daemon=True)

    def __enter__(self) -> Background:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None and exc_info[0] is None:
            raise self._error

    def store(self, outcome) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(outcome)

    def _run(self) -> None:
        while (outcome := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._ledger.store(outcome)
                except BaseException as exc:  # handed to the caller's thread
                    self._error = exc


@contextlib.contextmanager
def read_ledger(path: str | Path) -> Iterator[sqlite3.Connection]:
    """The database at ``path``, read-only (for queries); it must exist."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no database at {path}")
    check_file(path)
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
    except sqlite3.Error as exc:
        raise InputError(f"cannot open database {path}: {exc}") from None
    try:
        try:
            _check_schema(path, db)
        except sqlite3.Error as exc:
            raise _write_error(path, exc, BUSY_TIMEOUT) from None
        db.row_factory = sqlite3.Row
        yield db
    finally:
        db.close()


def check_file(path: Path) -> None:
    """Refuse (exit 2) a file that is there and is not an SQLite database."""
    if path.is_dir():
        raise UsageError(f"{path} is a folder, not a database file")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LedgerError(f"cannot read database {path}: {exc.strerror or exc}") from None
    if head and head != _MAGIC:
        raise UsageError(f"{path} is not an SQLite database")


def _use_wal(db: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL mode, waiting up to ``timeout`` for another writer.

    On a new file two writers may switch at once, and SQLite answers the second
    "database is locked" at once instead of calling the busy handler.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


_SCHEMA_STATE = (
    "SELECT (SELECT application_id FROM pragma_application_id),"
    " (SELECT user_version FROM pragma_user_version),"
    " (SELECT count(*) FROM sqlite_master)"
)


def _check_schema(path: Path, db: sqlite3.Connection) -> None:
    try:
        # one statement, one snapshot: read apart, a writer creating the schema meanwhile
        # could be seen half done (no application id yet, tables already there)
        application, version, tables = db.execute(_SCHEMA_STATE).fetchone()
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
            raise
        raise UsageError(f"{path} is not a usable SQLite database ({exc})") from None
    if application not in (0, APPLICATION_ID) or (application == 0 and tables):
        raise UsageError(f"{path} is an SQLite database, but not an auditor ledger")
    if version > VERSION:
        raise UsageError(
            f"{path} has schema version {version}, newer than this auditor's ({VERSION}); "
            "upgrade auditor to write it"
        )


def _migrate(db: sqlite3.Connection) -> None:
    """Apply the migrations the database lacks, each in one transaction."""
    while db.execute("PRAGMA user_version").fetchone()[0] < VERSION:
        with transaction(db):  # re-read under the lock: another writer may have migrated
            (version,) = db.execute("PRAGMA user_version").fetchone()
            if version >= VERSION:
                return
            for statement in statements(MIGRATIONS[version]):
                db.execute(statement)
            if version == 0:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {version + 1}")


@contextlib.contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """A write transaction (the write lock taken at once), rolled back on any exception."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def catch_up(db: sqlite3.Connection) -> None:
    """Index the sentences past ``search_state`` (inside the caller's write transaction)."""
    (done,) = db.execute("SELECT indexed_up_to FROM search_state").fetchone()
    db.execute(
        "INSERT INTO sentences_fts (rowid, text) SELECT id, text FROM sentences WHERE id > ?",
        (done,),
    )
    db.execute(
        "UPDATE search_state"
        " SET indexed_up_to = max(?, (SELECT coalesce(max(id), 0) FROM sentences))",
        (done,),
    )


def statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one by one (a trigger's body stays whole)."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


def _write_error(path: Path, exc: sqlite3.Error, timeout: float) -> Exception:
    message = str(exc)
    if "readonly" in message or "read-only" in message:
        return LedgerError(f"cannot write to database {path}: it is read-only")
    if "locked" in message or "busy" in message:
        return LedgerError(
            f"database {path} is locked by another writer (waited {timeout:g} s); "
            "try again when it has finished"
        )
    if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
        return UsageError(f"{path} is not a usable SQLite database ({message})")
    return LedgerError(f"cannot write to database {path}: {message}")
