"""Batch mode: every input ends as a result or an error row, in order, with files written whole."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from auditor import batch
from auditor.batch import Options, _real_path, audit_all, discover, read_url_list
from auditor.batchrows import aggregate, sort_rows
from auditor.cache import FetchCache
from auditor.fetch import Fetcher, FetchOptions
from auditor.models import Report

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
FRENCH = (
    "Le conseil municipal a voté lundi le budget de la ville pour l'année prochaine. "
    "Le maire a déclaré que les impôts ne seraient pas augmentés, mais que plusieurs "
    "projets seraient reportés. L'opposition a dénoncé un budget sans ambition pour les "
    "quartiers les plus pauvres de la commune et a demandé un nouveau vote."
)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder of good and bad articles, nested, with files batch mode must skip."""
    folder = tmp_path / "in"
    (folder / "nested" / "deeper").mkdir(parents=True)
    (folder / ".hidden").mkdir()
    shutil.copy(SAMPLES / "wire-report.txt", folder / "a-wire.txt")
    shutil.copy(SAMPLES / "saved-page.html", folder / "nested" / "b-page.HTML")
    shutil.copy(SAMPLES / "op-ed.txt", folder / "nested" / "deeper" / "c-op-ed.md")
    (folder / "d-empty.txt").write_bytes(b"")
    (folder / "e-binary.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / "f-no-article.htm").write_text(
        "<html><head><title>x</title></head><body><script>var a=1;</script></body></html>"
    )
    (folder / "g-french.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "h-dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "notes.json").write_text("{}")
    (folder / ".hidden" / "x.txt").write_text("hidden")
    (folder / ".also-hidden.txt").write_text("hidden")
    return folder


EXPECTED = {  # name -> reason (None: audited)
    "a-wire.txt": None,
    "d-empty.txt": "input",
    "e-binary.html": "input",
    "f-no-article.htm": "no_text",
    "g-french.txt": "language",
    "h-dangling.txt": "input",
    "b-page.HTML": None,
    "c-op-ed.md": None,
}


def test_discovery_is_recursive_sorted_and_skips_hidden_and_other_files(mixed: Path) -> None:
    names = [Path(item.target).name for item in discover([str(mixed)])]
    assert names == list(EXPECTED)
    assert [Path(i.target).name for i in discover([str(mixed)], patterns=["*.md"])] == [
        "c-op-ed.md"
    ]
    assert [Path(i.target).name for i in discover([str(mixed)], patterns=["nested/*.html"])] == [
        "b-page.HTML"
    ]


def test_discovery_leaves_out_the_output_folder(mixed: Path) -> None:
    (mixed / "out" / "articles").mkdir(parents=True)
    (mixed / "out" / "articles" / "report.html").write_text("<html></html>")
    items = discover([str(mixed)], exclude=mixed / "out")
    assert all("out" not in Path(i.target).relative_to(mixed).parts for i in items)


def test_url_lists_skip_blank_lines_and_comments(tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(
        "# saved on Monday\n\nhttps://a.example/x#frag\n  https://b.example/y  # the second\n"
    )
    assert list(read_url_list(links)) == ["https://a.example/x#frag", "https://b.example/y"]


def test_report_names_are_stable_and_distinct(tmp_path: Path) -> None:
    one = batch.report_name(str(tmp_path / "a" / "story.html"), "file")
    assert one == batch.report_name(str(tmp_path / "a" / ".." / "a" / "story.html"), "file")
    assert one != batch.report_name(str(tmp_path / "b" / "story.html"), "file")
    assert batch.report_name("https://x.example/../../etc/passwd", "url").startswith("x.example_")


def test_every_input_ends_as_a_result_or_an_error_row_in_order(mixed: Path, tmp_path) -> None:
    out = tmp_path / "out"
    rows = audit_all(discover([str(mixed)]), Options(out=out, html=True), jobs=2)
    assert [r.index for r in rows] == list(range(len(EXPECTED)))
    assert {Path(r.input).name: r.reason for r in rows} == EXPECTED
    for row in rows:
        assert row.ok == (row.summary is not None)
        assert row.ok or row.error
    written = sorted(p.name for p in (out / "articles").iterdir())
    assert len(written) == 2 * sum(r.ok for r in rows)
    for row in rows:
        if row.ok:
            report = Report.from_dict(json.loads((out / row.report).read_text("utf-8")))
            assert report.summary == row.summary
            assert (out / row.report).with_suffix(".html").is_file()
    assert not list(out.rglob("*.tmp"))


def test_totals_and_sites_add_up_counts(mixed: Path) -> None:
    rows = audit_all(discover([str(mixed)]), Options(), jobs=1)
    total, sites = aggregate(rows)
    ok = [r for r in rows if r.ok]
    skipped = [r for r in rows if r.skipped]
    assert [Path(r.input).name for r in skipped] == ["g-french.txt"]
    assert total.articles == len(ok) and total.errors == len(rows) - len(ok) - len(skipped)
    assert total.skipped == 1
    assert total.claims == sum(r.summary.claims for r in ok) == sum(s.claims for s in sites)
    assert {s.name for s in sites} == {"(no site)", "fenwickvalleyherald.example"}
    by_sourced = sort_rows(rows, "sourced", reverse=True)
    shares = [r.summary.sourced_share for r in by_sourced if r.ok]
    assert shares == sorted(shares, reverse=True) and not by_sourced[-1].ok


def test_resume_skips_unchanged_articles_and_redoes_changed_ones(mixed: Path, tmp_path) -> None:
    out = tmp_path / "out"
    first = audit_all(discover([str(mixed)]), Options(out=out), jobs=1)
    wire = next(r for r in first if r.input.endswith("a-wire.txt"))
    stamp = (out / wire.report).stat().st_mtime_ns
    changed = mixed / "nested" / "deeper" / "c-op-ed.md"
    changed.write_text(changed.read_text("utf-8") + "\n\nA paragraph added later.\n", "utf-8")
    again = audit_all(discover([str(mixed)]), Options(out=out, resume=True), jobs=1)
    resumed = {Path(r.input).name for r in again if r.resumed}
    assert resumed == {"a-wire.txt", "b-page.HTML"}
    assert (out / wire.report).stat().st_mtime_ns == stamp
    before = {r.input: r.summary for r in first}
    assert all(r.summary == before[r.input] for r in again if r.resumed)
    op_ed = next(r for r in again if r.input.endswith("c-op-ed.md"))
    assert op_ed.summary.sentences > before[op_ed.input].sentences


def test_urls_are_fetched_once_and_failures_become_rows(http_server, tmp_path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(
        "\n".join([http_server.url("/ok"), http_server.url("/404"), http_server.url("/ok"),
                   http_server.url("/pdf"), "ftp://example.invalid/x"])
    )  # fmt: skip
    fetcher = Fetcher(FetchOptions(retries=0), cache=FetchCache())
    items = discover([str(SAMPLES / "wire-report.txt")], [links])
    rows = audit_all(items, Options(), jobs=2, fetcher=fetcher)
    assert [r.reason for r in rows] == [None, None, "http_status", None, "unsupported", "input"]
    assert [r.kind for r in rows] == ["file", "url", "url", "url", "url", "url"]
    assert http_server.hits("/ok") == 1


def _crash_on_marker(item, raw):
    if item.target.endswith("crash.txt"):
        os._exit(1)
    return _ORIGINAL_WORK(item, raw)


_ORIGINAL_WORK = batch._work


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_dead_worker_costs_one_error_row(tmp_path, monkeypatch, jobs: int) -> None:
    """The input sent ahead to the dying worker is audited by the next one."""
    import multiprocessing

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"):
        shutil.copy(SAMPLES / "wire-report.txt", folder / name)
    monkeypatch.setattr(batch, "_work", _crash_on_marker)
    rows = audit_all(
        discover([str(folder)]),
        Options(),
        jobs=jobs,
        mp_context=multiprocessing.get_context("fork"),
    )
    assert [r.reason for r in rows] == [None, None, "crashed", None, None]


def _echo_main(conn) -> None:
    conn.send("ready")
    while (task := conn.recv()) is not None:
        conn.send(len(task[0]))


@pytest.mark.parametrize("size", [10, 1_000_000])
def test_the_pool_answers_in_order_tasks_small_or_too_large_to_send_ahead(size: int) -> None:
    import multiprocessing

    from auditor.workerpool import WorkerPool

    pool = WorkerPool(1, multiprocessing.get_context("fork"), _echo_main, ())
    try:
        futures = [pool.submit(b"x" * (size + k)) for k in range(6)]
        assert [f.result(30) for f in futures] == [size + k for k in range(6)]
    finally:
        pool.close()


def test_leaving_at_once_flushes_the_output_first(monkeypatch) -> None:
    """A process that skips its interpreter's tear-down still writes its buffered output."""
    from auditor.quickexit import leave

    events = []

    class Stream:
        def __init__(self, name: str) -> None:
            self.name = name

        def flush(self) -> None:
            events.append(f"flush {self.name}")

    class Closed:
        def flush(self) -> None:
            raise ValueError("I/O operation on closed file")

    monkeypatch.setattr(sys, "stdout", Stream("stdout"))
    monkeypatch.setattr(sys, "stderr", Closed())  # a closed stream does not stop it
    monkeypatch.setattr(os, "_exit", lambda code: events.append(f"exit {code}"))
    leave(3)
    assert events == ["flush stdout", "exit 3"]


def test_only_a_worker_process_arranges_to_leave_early(monkeypatch) -> None:
    """Run in the main process, the initializer must not end that process at its exit."""
    import atexit

    registered = []
    monkeypatch.setattr(atexit, "register", lambda *args: registered.append(args))
    monkeypatch.setattr(signal, "signal", lambda *args: None)  # this process keeps its Ctrl-C
    monkeypatch.setattr(batch.gc, "freeze", lambda: None)
    monkeypatch.setattr(batch, "_OPTIONS", None)
    batch._start_worker(Options())
    assert registered == []


# --- the command ----------------------------------------------------------------------------


def cli(*args: str, cwd: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "auditor", "batch", *args],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=300, **kwargs,
    )  # fmt: skip


def test_cli_writes_summaries_and_exits_3_when_an_input_failed(mixed: Path, tmp_path) -> None:
    out = tmp_path / "out"
    done = cli(str(mixed), "--out", str(out), "--html", "-j", "2", "--format", "json", cwd=tmp_path)
    assert done.returncode == 3, done.stderr
    assert "4 of 8 inputs failed" in done.stderr and "1 of 8 inputs skipped" in done.stderr
    document = json.loads(done.stdout)
    assert len(document["articles"]) == 8 and document["totals"]["errors"] == 4
    assert document["totals"]["skipped"] == 1
    with (out / "summary.csv").open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert [row["status"] for row in table].count("ok") == 3
    assert [row["status"] for row in table].count("skipped") == 1
    lines = (out / "summary.jsonl").read_text("utf-8").splitlines()
    assert [json.loads(line)["input"] for line in lines] == [row["input"] for row in table]
    assert (out / "sites.csv").is_file() and (out / "index.html").is_file()


def test_cli_thresholds_exit_1_and_name_the_article(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "wire-report.txt", folder / "wire.txt")
    shutil.copy(SAMPLES / "op-ed.txt", folder / "op-ed.txt")
    passed = cli(str(folder), "--fail-under", "sourced=10%", "-q", cwd=tmp_path)
    assert passed.returncode == 0, passed.stderr
    failed = cli(str(folder), "--fail-under", "sourced=50%", "-f", "csv", cwd=tmp_path)
    assert failed.returncode == 1
    assert "op-ed.txt" in failed.stderr and "wire.txt" not in failed.stderr


@pytest.mark.parametrize(
    "args", [(), ("samples", "--resume"), ("samples", "--jobs", "0"), ("samples", "--sort", "x")]
)
def test_cli_usage_errors_exit_2(args, tmp_path) -> None:
    assert cli(*args, cwd=ROOT).returncode == 2


def test_ctrl_c_leaves_complete_files_and_resume_finishes(tmp_path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for k in range(150):
        shutil.copy(SAMPLES / "state-media.txt", folder / f"story-{k:03}.txt")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "auditor", "batch", str(folder), "--out", str(out), "-j", "2",
         "--html", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("articles/*.json"))) < 5:
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    reports = list(out.glob("articles/*.json"))
    assert 5 <= len(reports) < 150
    for path in reports:
        Report.from_dict(json.loads(path.read_text("utf-8")))
    assert not list(out.rglob("*.tmp")) and not (out / "summary.csv").exists()
    done = cli(str(folder), "--out", str(out), "--resume", "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(rows) == 150 and sum(row["resumed"] for row in rows) >= len(reports)


@pytest.mark.parametrize(
    "target",
    ["real/a.txt", "link/a.txt", "link/../real/a.txt", "real/b.txt", "real/./a.txt",
     "link/missing.txt", "missing/x.txt", "link"],
)  # fmt: skip
def test_report_names_resolve_links_like_realpath(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x")
    (tmp_path / "real" / "b.txt").symlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    assert _real_path(target) == os.path.realpath(target)


GERMAN_PAGE = """<html><head><title>Brücke bleibt gesperrt</title>
<meta property="og:site_name" content="Der Talbote"></head><body><article>
<h1>Brücke bleibt gesperrt</h1>
<p>Der Bürgermeister sagte am Montag, dass die Brücke bis zum Sommer geschlossen bleibt.
Die Stadt hat kein Geld für die Reparatur, und die Bürger sind wütend über die Umwege.
Die Arbeiten sollen im Herbst beginnen, wenn der Rat das Geld für die neue Brücke bewilligt.</p>
</article></body></html>"""


def test_a_foreign_article_in_a_batch_is_a_skipped_row_not_a_failure(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from auditor.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("wire-report.txt", "mixed-sourcing.txt"):
        shutil.copy(Path(__file__).parent.parent / "samples" / name, folder / name)
    (folder / "zeitung.html").write_text(GERMAN_PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(folder), "-q", "--format", "json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    german = document["articles"][-1]
    assert german["status"] == "skipped" and german["reason"] == "language"
    assert german["title"] == "Brücke bleibt gesperrt" and german["site"] == "Der Talbote"
    assert "looks like German (de)" in german["error"]
    assert document["totals"]["articles"] == 2 and document["totals"]["skipped"] == 1
    assert document["totals"]["errors"] == 0
    assert "1 of 3 inputs skipped" in result.stderr
    table = CliRunner().invoke(app, ["batch", str(folder), "-q"]).stdout
    assert "skipped: language" in table
    anyway = CliRunner().invoke(app, ["batch", str(folder), "-q", "-f", "json", "--any-language"])
    assert anyway.exit_code == 0
    assert [a["status"] for a in json.loads(anyway.stdout)["articles"]] == ["ok"] * 3
    single = CliRunner().invoke(app, ["audit", str(folder / "zeitung.html")])
    assert single.exit_code == 3 and "looks like German" in single.stderr
