"""``auditor batch --dask``: a local cluster of two worker processes gives the local run's rows."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.batch import Item, Options, Outcome
from auditor.batchrows import Row
from auditor.cli import app
from auditor.errors import ExitCode
from tests.warcs import PNG, Capture, page, write_warc

pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    """Saved articles, a WARC of pages and an image, and a file that is no article."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("wire-report.txt", "saved-page.html", "op-ed.txt"):
        shutil.copy(ROOT / "samples" / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    captures = [Capture(f"https://n.test/{i}", page(i)) for i in range(20)]
    write_warc(
        folder / "crawl.warc.gz", [*captures, Capture("https://n.test/i.png", PNG, "image/png")]
    )
    return folder


def rows(*args: str) -> tuple[int, list[dict]]:
    result = runner.invoke(app, ["batch", *args, "-f", "jsonl", "-q"])
    assert result.stderr.splitlines() == ["1 of 25 inputs failed (see the error rows)"]
    return result.exit_code, [json.loads(line) for line in result.stdout.splitlines() if line]


def test_a_local_cluster_gives_the_rows_of_the_local_run(
    inputs: Path, tmp_path: Path, http_server
) -> None:
    url = http_server.url("/ok")  # fetched by a worker
    code, local = rows(str(inputs), url, "-j", "1")
    # in a process of its own, so that the workers' stderr is the command's
    command = [sys.executable, "-m", "auditor", "batch", str(inputs), url, "-f", "jsonl", "-q"]
    done = subprocess.run(
        [*command, "--dask", "local:2", "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.stderr.splitlines() == ["1 of 25 inputs failed (see the error rows)"]
    dask_code, on_dask = done.returncode, [json.loads(x) for x in done.stdout.splitlines() if x]
    assert code == dask_code == ExitCode.INPUT  # the empty file
    assert len(local) == 3 + 1 + 20 + 1
    assert any(r["input"] == url and r["status"] == "ok" for r in on_dask)
    assert [{**r, "report": None} for r in on_dask] == local
    reports = sorted((tmp_path / "out" / "articles").iterdir())
    assert len(reports) == 24  # written by the client, one per audited article
    assert (tmp_path / "out" / "summary.csv").exists()


def test_an_unreachable_scheduler_is_exit_5_before_any_work(inputs: Path, monkeypatch) -> None:
    monkeypatch.setattr("auditor.cluster._CONNECT_TIMEOUT", "1s")
    result = runner.invoke(app, ["batch", str(inputs), "--dask", "tcp://127.0.0.1:9", "-q"])
    assert result.exit_code == ExitCode.NETWORK
    assert result.stdout == ""
    assert result.stderr.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    assert len(result.stderr.splitlines()) == 1


@pytest.mark.parametrize("address", ["local:0", "local:x"])
def test_a_bad_local_cluster_is_a_usage_error(inputs: Path, address: str) -> None:
    result = runner.invoke(app, ["batch", str(inputs), "--dask", address, "-q"])
    assert result.exit_code == ExitCode.USAGE and result.stderr.startswith("error: --dask")


class _Dead:
    """A future whose worker died (Dask gave up on it)."""

    def result(self):
        from distributed import KilledWorker

        raise KilledWorker("task", "worker", 1)


class _Done:
    def __init__(self, outcomes):
        self.outcomes = outcomes

    def result(self):
        return self.outcomes


class _Broken:
    def result(self):
        raise ModuleNotFoundError("No module named 'auditor'")


def test_a_failing_cluster_gives_error_rows_not_a_traceback() -> None:
    from auditor.cluster import DaskBackend

    items = [Item(i, f"f{i}.txt", "file", f"f{i}") for i in range(2)]
    got = list(DaskBackend(client=None)._outcomes(items, _Broken(), Options(), None))
    assert [(o.row.index, o.row.reason) for o in got] == [(0, "internal"), (1, "internal")]
    assert got[0].row.error == "the Dask cluster failed: No module named 'auditor'"


def test_an_input_whose_worker_died_twice_is_a_crashed_row() -> None:
    """A partition that kills its worker is split; only the input that kills it alone fails."""
    from auditor.cluster import DaskBackend

    items = [Item(i, f"f{i}.txt", "file", f"f{i}") for i in range(3)]

    class Backend(DaskBackend):
        def _submit(self, chunk, options, fetch_options):
            if len(chunk) > 1 or chunk[0].index == 1:
                return _Dead()
            return _Done([Outcome(Row(chunk[0].index, chunk[0].target, "file"))])

    backend = Backend(client=None)
    got = list(backend._outcomes(items, _Dead(), Options(), None))
    assert [(o.row.index, o.row.reason) for o in got] == [(0, None), (1, "crashed"), (2, None)]


def _die_on_kill(chunk, options, fetch_options):
    """In a worker: end the process if the partition holds the input "kill"."""
    import os

    if any(item.target == "kill" for item in chunk):
        os._exit(1)
    return [Outcome(Row(item.index, item.target, "file")) for item in chunk]


def test_a_real_worker_death_costs_only_the_input_that_causes_it() -> None:
    """On a local cluster of 2: Dask retries once, then the partition is split."""
    import cloudpickle

    from auditor.cluster import DaskBackend, connect

    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    local = connect("local:2")

    class Killing(DaskBackend):
        def _submit(self, chunk, options, fetch_options):
            return self.client.submit(_die_on_kill, chunk, options, fetch_options, pure=False)

    backend = Killing(local.client, local._cluster)
    try:
        items = [Item(i, "kill" if i == 5 else f"f{i}", "file", f"n{i}") for i in range(20)]
        got = [o.row for o in backend(items, Options())]
    finally:
        backend.close()
    assert [r.index for r in got] == list(range(20))
    assert [r.index for r in got if r.reason == "crashed"] == [5]


def test_a_local_cluster_left_without_workers_ends_in_error_rows(monkeypatch) -> None:
    """Every worker gone and none coming back: the inputs are error rows, not a hang."""
    from auditor import cluster

    monkeypatch.setitem(cluster._LOCAL_CONFIG, "distributed.scheduler.no-workers-timeout", "1s")
    local = cluster.connect("local:1")
    try:
        local._cluster.scale(0)
        while local.client.nthreads():
            local.client.sync(_pause)
        items = [Item(i, f"f{i}", "file", f"n{i}") for i in range(3)]
        got = [o.row for o in local(items, Options())]
    finally:
        local.close()
    assert [r.index for r in got] == [0, 1, 2]
    assert all(r.reason == "internal" and "Dask cluster failed" in r.error for r in got)


async def _pause() -> None:
    import asyncio

    await asyncio.sleep(0.1)


@pytest.mark.parametrize("count", [0, 1, 5, 60, 200])
def test_partitions_keep_the_order_and_shrink_towards_the_end(count: int) -> None:
    from auditor.cluster import PARTITION, partitions

    items = [Item(i, f"f{i}", "file", f"f{i}") for i in range(count)]
    sizes = [len(chunk) for chunk in partitions(items, threads=2)]
    assert [item for chunk in partitions(items, 2) for item in chunk] == items
    assert all(1 <= size <= PARTITION for size in sizes)
    assert sizes == sorted(sizes, reverse=True)  # the small ones last, to end together
    if count >= 60:
        assert sizes[-1] == 1 and sizes[-4:] == [1, 1, 1, 1]


def _stuck_or_killed(item, raw):
    """In a worker's pool: sleep on a "stuck" input, die on a "killed" one."""
    import os
    import signal
    import time

    from auditor import batch

    if "stuck" in item.target:
        time.sleep(60)
    if "killed" in item.target:
        os.kill(os.getpid(), signal.SIGKILL)
    if "once" in item.target and not os.path.exists(f"{item.target}.died"):
        Path(f"{item.target}.died").touch()  # a mark of the first try
        os.kill(os.getpid(), signal.SIGKILL)
    return batch.Outcome(Row(item.index, item.target, "file"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers forked from the test")
def test_the_article_timeout_holds_on_dask(tmp_path: Path, monkeypatch) -> None:
    """A stuck input is a timeout row, one that kills its process twice a crashed row."""
    import time

    from auditor import batch
    from auditor.cluster import connect

    for name in ("a.txt", "b-stuck.txt", "c-killed.txt", "d.txt", "e-once.txt"):
        (tmp_path / name).write_text("A story.\n", encoding="utf-8")
    monkeypatch.setattr(batch, "_work", _stuck_or_killed)  # the workers fork with it
    backend = connect("local:2")
    started = time.monotonic()
    try:
        options = Options(article_timeout=1.0)
        got = batch.audit_all(batch.discover([str(tmp_path)]), options, runner=backend)
    finally:
        backend.close()
    assert [r.reason for r in got] == [None, "timeout", "crashed", None, None]  # e: retried
    assert got[1].error == "timed out: the audit passed the 1 s limit (--article-timeout)"
    assert time.monotonic() - started < 30  # not the minute the stuck input sleeps
