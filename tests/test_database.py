"""The ledger database: idempotent writes, versions, migrations, bad files, several writers."""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.api import audit_file
from auditor.cli import app
from auditor.database import queries
from auditor.database.records import failure_of, record_of
from auditor.database.schema import APPLICATION_ID, MIGRATIONS, VERSION
from auditor.database.store import (
    Background,
    LedgerError,
    _check_schema,
    open_ledger,
    read_ledger,
    statements,
)
from auditor.errors import UsageError
from auditor.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
TABLES = ("articles", "sentences", "sources", "framing", "sentences_fts")
STORY = (
    "Council approves new bridge\n\n"
    "The council approved the new bridge on Tuesday, the mayor said. "
    "Officials said the work would start in May. "
    "The shameful delay has cost the town dearly."
)


def counts(path: Path) -> dict[str, int]:
    """Rows per table; the full-text index is checked against the sentences first."""
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')")
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def write_file(path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    return record_of(audit_file(path), str(path), "file", Settings())


def test_the_same_content_replaces_its_rows(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    record = write_file(tmp_path / "story.txt", STORY)
    with open_ledger(db) as ledger:
        ledger.write(record)
        ledger.catch_up()  # the replaced rows are in the search index: they leave it
        first = counts(db)
        ledger.write(record)
    assert counts(db) == first
    assert first["articles"] == 1 and first["sentences"] == len(record.sentences) > 0
    assert first["sentences_fts"] == first["sentences"]


def test_changed_content_at_the_same_target_is_a_new_version(tmp_path: Path) -> None:
    db, path = tmp_path / "ledger.sqlite", tmp_path / "story.txt"
    with open_ledger(db) as ledger:
        ledger.write(write_file(path, STORY))
        ledger.write(write_file(path, STORY + " The mayor said more."))
        ledger.write(write_file(path, STORY + " The mayor said more."))
    with sqlite3.connect(db) as connection:
        versions = connection.execute("SELECT version FROM articles ORDER BY version").fetchall()
    assert versions == [(1,), (2,)]
    with read_ledger(db) as connection:
        (outlet,) = queries.outlets(connection, min_articles=1)
    assert outlet["articles"] == 1  # the latest version only


def test_a_failed_input_is_a_failure_not_an_article_until_it_is_audited(tmp_path: Path) -> None:
    db, path = tmp_path / "ledger.sqlite", tmp_path / "story.txt"
    with open_ledger(db) as ledger:
        ledger.fail(failure_of(str(path), "file", f"{path} is empty", "input"))
        ledger.fail(failure_of(str(path), "file", f"{path} is empty", "input"))
        assert counts(db)["articles"] == 0
        ledger.write(write_file(path, STORY))
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM failures").fetchone() == (0,)
    assert counts(db)["articles"] == 1


def test_migrations_from_the_first_schema_keep_every_row(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    record = write_file(tmp_path / "story.txt", STORY)
    with sqlite3.connect(db) as connection:  # a ledger as the first schema wrote it
        for statement in statements(MIGRATIONS[0]):
            connection.execute(statement)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 1")
    with open_ledger(db) as ledger:
        ledger.write(record)
    with sqlite3.connect(db) as connection:  # an article written before the upgrade
        connection.execute("PRAGMA user_version = 1")
        for name in ("sentences_ad", "sentences_au"):
            connection.execute(f"DROP TRIGGER {name}")
        for name in ("domain_months", "domain_totals", "latest_articles"):
            connection.execute(f"DROP VIEW {name}")
        connection.execute("DROP TABLE sentences_fts")
        connection.execute("DROP TABLE search_state")
    before = counts_without_search(db)
    with open_ledger(db):
        pass
    assert counts(db)["sentences_fts"] == before["sentences"] > 0
    assert counts_without_search(db) == before
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (VERSION,)
        hits = connection.execute(
            "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'bridge'"
        ).fetchone()
    assert hits[0] >= 1


def counts_without_search(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES[:4]}


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all, just text", b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_a_file_that_is_not_a_ledger_is_refused(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "ledger.sqlite"
    db.write_bytes(content)
    with pytest.raises(UsageError), open_ledger(db):
        pass
    assert db.read_bytes() == content  # untouched


def test_another_programs_database_and_a_newer_schema_are_refused(tmp_path: Path) -> None:
    other, newer = tmp_path / "other.sqlite", tmp_path / "newer.sqlite"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    with open_ledger(newer):
        pass
    with sqlite3.connect(newer) as connection:
        connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    for path, words in ((other, "not an auditor ledger"), (newer, "newer than")):
        with pytest.raises(UsageError, match=words), open_ledger(path):
            pass
        with pytest.raises(UsageError, match=words), read_ledger(path):
            pass


def test_cli_bad_database_files_exit_2_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "notes.sqlite"
    db.write_text("plain notes\n")
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    for args in (["audit", str(story), "--db", str(db)], ["outlets", str(db)]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, result.output
        assert result.output.count("\n") == 1 and "is not an SQLite database" in result.output
    assert CliRunner().invoke(app, ["sources", str(tmp_path / "missing.sqlite")]).exit_code == 3


def test_a_read_only_database_is_exit_3(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "ledger.sqlite"
    with open_ledger(db):
        pass
    connect = sqlite3.connect

    def read_only(*args, **kwargs):  # as a file the user may not write (root may write any)
        connection = connect(*args, **kwargs)
        connection.execute("PRAGMA query_only = ON")
        return connection

    monkeypatch.setattr(sqlite3, "connect", read_only)
    story = tmp_path / "story.txt"
    story.write_text(STORY)
    result = CliRunner().invoke(app, ["audit", str(story), "--db", str(db)])
    assert result.exit_code == 3 and "read-only" in result.output, result.output


def test_a_writer_held_up_too_long_says_the_database_is_locked(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    record = write_file(tmp_path / "story.txt", STORY)
    with open_ledger(db) as ledger:
        ledger.write(record)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with (
            open_ledger(db, busy_timeout=0.2) as ledger,
            pytest.raises(LedgerError, match="locked"),
        ):
            ledger.write(record)
    finally:
        holder.execute("ROLLBACK")
    assert counts(db)["articles"] == 1


class _CommitsAfterFirstRead:
    """A connection whose first statement lets another writer commit right after it."""

    def __init__(self, connection: sqlite3.Connection, writer: sqlite3.Connection) -> None:
        self.connection, self.writer = connection, writer

    def execute(self, sql: str) -> sqlite3.Cursor:
        cursor = self.connection.execute(sql)
        if self.writer.in_transaction:
            self.writer.execute("COMMIT")
        return cursor


def test_a_schema_committed_while_it_is_checked_is_read_as_one_state(tmp_path: Path) -> None:
    """A second writer checks a new ledger while the first commits its schema: it sees the
    file before or after, never tables without the application id (it would refuse it)."""
    path = tmp_path / "ledger.sqlite"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY)")
    writer.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        _check_schema(path, _CommitsAfterFirstRead(reader, writer))  # type: ignore[arg-type]
    finally:
        reader.close()
        writer.close()


def _write_many(db: str, path: str, copies: int) -> None:
    record = record_of(audit_file(path), path, "file", Settings())
    with open_ledger(db) as ledger:
        for k in range(copies):
            article = {**record.article, "target": f"{path}#{k}"}
            ledger.write(type(record)(article, record.sentences, record.sources, record.framing))


def test_two_writers_at_once_both_store_everything(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    paths = []
    for name in ("one", "two"):
        paths.append(tmp_path / f"{name}.txt")
        paths[-1].write_text(STORY + f" The {name} said so.")
    context = multiprocessing.get_context("spawn")
    writers = [context.Process(target=_write_many, args=(str(db), str(p), 30)) for p in paths]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    assert [w.exitcode for w in writers] == [0, 0]
    assert counts(db)["articles"] == 60
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def run_batch(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "auditor", "batch", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=300,
    )  # fmt: skip


def test_batch_stores_what_the_reports_hold_and_a_rerun_changes_no_count(tmp_path: Path) -> None:
    folder, out, db = tmp_path / "in", tmp_path / "out", tmp_path / "ledger.sqlite"
    folder.mkdir()
    for name in ("wire-report.txt", "saved-page.html", "op-ed.txt"):
        shutil.copy(SAMPLES / name, folder / name)
    done = run_batch(str(folder), "--out", str(out), "--db", str(db), "-j", "2", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    reports = [json.loads(p.read_text("utf-8")) for p in out.glob("articles/*.json")]
    first = counts(db)
    assert first["articles"] == len(reports) == 3
    assert first["sentences"] == sum(len(r["sentences"]) for r in reports)
    assert first["sources"] == sum(len(r["sources"]) for r in reports)
    again = run_batch(str(folder), "--db", str(db), "-q", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert counts(db) == first
    with sqlite3.connect(db) as connection:
        domains = connection.execute("SELECT domain FROM articles ORDER BY domain").fetchall()
    assert domains == [(None,), (None,), ("fenwickvalleyherald.example",)]
    (folder / "empty.txt").write_bytes(b"")
    failed = run_batch(str(folder), "--db", str(db), "-q", cwd=tmp_path)
    assert failed.returncode == 3 and counts(db) == first
    with sqlite3.connect(db) as connection:
        (failure,) = connection.execute("SELECT target, reason FROM failures").fetchall()
    assert failure == (str(folder / "empty.txt"), "input")


def test_a_killed_batch_leaves_every_finished_article_and_no_half_one(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "ledger.sqlite"
    folder.mkdir()
    for k in range(120):
        shutil.copy(SAMPLES / "state-media.txt", folder / f"story-{k:03}.txt")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "auditor", "batch", str(folder), "--db", str(db), "-j", "2", "-q"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and stored < 5:
        time.sleep(0.05)
        if db.exists():
            try:
                stored = counts_without_search(db)["articles"]
            except sqlite3.Error:
                stored = 0
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(30)
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        rows = connection.execute(
            "SELECT a.sentences, count(s.id) FROM articles a LEFT JOIN sentences s"
            " ON s.article_id = a.id GROUP BY a.id"
        ).fetchall()
    assert 5 <= len(rows) < 120
    assert all(expected == found > 0 for expected, found in rows)
    done = run_batch(str(folder), "--db", str(db), "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert counts(db)["articles"] == 120


@pytest.fixture
def ledger_file(tmp_path: Path) -> Path:
    """Seven articles of big.example (news, two months), two of small.example (opinion)."""
    db = tmp_path / "ledger.sqlite"
    record = write_file(tmp_path / "story.txt", STORY)
    plan = [("big.example", f"2026-0{1 + k % 2}-1{k}", "news") for k in range(7)]
    plan += [("small.example", "2026-03-01", "opinion")] * 2
    with open_ledger(db) as ledger:
        for k, (domain, day, kind) in enumerate(plan):
            article = {
                **record.article, "target": f"https://www.{domain}/{k}", "domain": domain,
                "published": day, "article_type": kind,
            }  # fmt: skip
            ledger.write(type(record)(article, record.sentences, record.sources, record.framing))
    return db


def invoke(*args: str):
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_outlets_lists_small_outlets_apart_and_filters(ledger_file: Path) -> None:
    outlets = json.loads(invoke("outlets", str(ledger_file), "--format", "json"))["outlets"]
    assert [(o["domain"], o["articles"], o["small"]) for o in outlets] == [
        ("big.example", 7, False), ("small.example", 2, True),
    ]  # fmt: skip
    big = outlets[0]
    assert big["claims"] > 0 and big["sourced_pct"] is not None and big["named_sources"] >= 1
    months = json.loads(invoke("outlets", str(ledger_file), "--by", "month", "-f", "json"))
    assert [(o["domain"], o["month"], o["articles"]) for o in months["outlets"]] == [
        ("big.example", "2026-01", 4), ("big.example", "2026-02", 3),
        ("small.example", "2026-03", 2),
    ]  # fmt: skip
    only = json.loads(invoke("outlets", str(ledger_file), "--type", "opinion", "-f", "json"))
    assert [o["domain"] for o in only["outlets"]] == ["small.example"]
    dated = invoke(
        "outlets", str(ledger_file), "--since", "2026-02", "--until", "2026-02", "-f", "csv"
    )
    assert dated.splitlines()[0].startswith("domain,site,month,articles")
    assert [line.split(",")[0] for line in dated.splitlines()[1:]] == ["big.example"]
    assert CliRunner().invoke(app, ["outlets", str(ledger_file), "--since", "May"]).exit_code == 2


def test_sources_name_the_outlets_and_articles_they_appear_in(ledger_file: Path) -> None:
    found = json.loads(invoke("sources", str(ledger_file), "-f", "json"))["sources"]
    assert found and all(s["outlets"] == ["big.example", "small.example"] for s in found)
    assert all(s["articles"] == len(s["appears_in"]) == 9 for s in found)
    anonymous = json.loads(invoke("sources", str(ledger_file), "--anonymous", "-f", "json"))
    assert anonymous["sources"] and {s["strength"] for s in anonymous["sources"]} == {"anonymous"}
    small = json.loads(
        invoke("sources", str(ledger_file), "--outlet", "small.example", "-f", "json")
    )
    assert {s["articles"] for s in small["sources"]} == {2}
    assert json.loads(
        invoke("sources", str(ledger_file), "--min-articles", "10", "-f", "json")
    ) == {"sources": []}


@pytest.mark.parametrize("width", [40, 80, 120])
def test_outlet_and_source_tables_keep_every_number(ledger_file: Path, width: int) -> None:
    table = invoke("outlets", str(ledger_file), "--width", str(width))
    outlets = json.loads(invoke("outlets", str(ledger_file), "-f", "json"))["outlets"]
    keys = ("articles", "claims", "sourced_pct", "anonymous_pct", "editorial_pct",
            "unsourced_pct", "named_sources")  # fmt: skip
    lines = [line.split() for line in table.splitlines()]
    for outlet in outlets:
        figures = [str(outlet[k]) for k in keys]
        assert any(words[-7:] == figures for words in lines), (figures, table)
    assert "big.ex" in table and "…" not in table
    sources = invoke("sources", str(ledger_file), "--width", str(width))
    assert " 9 " in sources


def test_two_batches_writing_one_database_at_once_both_succeed(tmp_path: Path) -> None:
    db, env = tmp_path / "ledger.sqlite", {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        for k in range(12):
            (folder / f"story-{k}.txt").write_text(STORY + f" The {name} said {k}.")
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "auditor", "batch", str(folder), "--db", str(db), "-j", "1",
             "-q", "-f", "jsonl"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
        ))  # fmt: skip
    for process in processes:
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, stderr
    assert counts(db)["articles"] == 24


class _Failing:
    def store(self, outcome) -> None:
        raise LedgerError("database x is locked by another writer")


def test_a_failed_background_write_reaches_the_caller() -> None:
    with pytest.raises(LedgerError, match="locked"), Background(_Failing()) as writer:  # type: ignore[arg-type]
        writer.store(object())


def test_datasette_and_sqlite_utils_find_the_search_index(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    with open_ledger(db):
        pass
    with sqlite3.connect(db) as connection:  # the query both tools detect full-text search by
        found = connection.execute(
            "SELECT name FROM sqlite_master WHERE rootpage = 0"
            " AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"sentences\"%'"
        ).fetchall()
    assert found == [("sentences_fts",)]


def test_audit_records_a_failed_input_and_then_its_article(tmp_path: Path) -> None:
    db, story = tmp_path / "ledger.sqlite", tmp_path / "story.txt"
    failed = CliRunner().invoke(app, ["audit", str(story), "--db", str(db)])
    assert failed.exit_code == 3
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT reason FROM failures").fetchall() == [("input",)]
    story.write_text(STORY)
    assert CliRunner().invoke(app, ["audit", str(story), "--db", str(db)]).exit_code == 0
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM failures").fetchone() == (0,)
    assert counts(db)["articles"] == 1


def test_the_pack_version_changes_with_anything_that_decides_the_labels() -> None:
    from dataclasses import replace

    from auditor.database.records import pack_version
    from auditor.settings import Settings

    base = Settings()
    changed = [
        replace(base, threshold=base.threshold + 0.5),
        replace(base, disabled=("stance.first-person",)),
        replace(base, opinion=replace(base.opinion, share=0.9)),
        replace(base, weights=(*base.weights, ("evaluative.strong", 9.0))),
    ]
    assert pack_version(replace(base)) == pack_version(base)
    assert len({pack_version(base), *map(pack_version, changed)}) == 1 + len(changed)
