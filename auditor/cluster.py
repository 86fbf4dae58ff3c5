"""Batch audits on a Dask cluster: ``auditor batch --dask ADDRESS`` (needs ``auditor[dask]``).

The client (this process) discovers the inputs as without Dask and hands them out in
partitions (:func:`partitions`), a bounded number at a time, so a folder or a WARC of
any size streams through. Each Dask worker audits its partitions in a one-process
:class:`~auditor.workerpool.WorkerPool` of its own, as ``--jobs`` does: the engine is
built once per process, and an input that passes ``--article-timeout`` (or crashes its
process) becomes an error row while the partition goes on. URLs are fetched by the
Dask worker with its own fetcher. Outcomes come back in input order and the caller
writes the reports and the summary exactly as without Dask.

A ``local:N`` cluster on Linux forks its workers from the client once the client has
built the engine and loaded what an audit loads, so every worker starts ready.

A worker death is retried by Dask (a local cluster allows one retry); a partition
that still fails is split and its inputs tried alone, and an input whose worker died
twice becomes a ``crashed`` error row. Dask is imported only here.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import re
import sys
from collections import deque
from collections.abc import Iterable, Iterator

from auditor.batch import (
    _SKIPPED,
    Item,
    Options,
    Outcome,
    _error_row,
    _internal,
    passed_over,
    settle,
)
from auditor.errors import AuditorError, ExitCode, UsageError
from auditor.settings import Settings

PARTITION = 16  # inputs per task at most: enough to spread Dask's cost per task thin
_LOCAL = re.compile(r"^local:(\d+)$")
_CONNECT_TIMEOUT = "10s"
# A local cluster allows one retry after a worker death, and gives a worker only the
# task it runs (Dask queues up to 1.1x its threads, rounded up: two tasks on one
# thread), so a worker's death is charged to the task that killed it, not to one
# queued behind it. Its workers are not daemons, so that they may start their pools.
# A task left without a worker to run it (every worker dead and none restarted, as a
# machine out of memory can leave it) fails after NO_WORKERS_TIMEOUT instead of waiting
# for ever: its inputs become error rows and the batch ends.
NO_WORKERS_TIMEOUT = "2 minutes"
_LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": 1,
    "distributed.scheduler.worker-saturation": 1.0,
    "distributed.worker.daemon": False,
    "distributed.scheduler.no-workers-timeout": NO_WORKERS_TIMEOUT,
}
# A local cluster's workers are forked from the (warmed) client on Linux only (macOS's
# system libraries are not safe to fork); elsewhere they are spawned, Dask's default.
_FORK = sys.platform.startswith("linux")
_WARM_UP = (
    b"<html><head><title>Council backs budget</title></head><body><article>"
    b"<p>The city council approved the budget on Monday, its chair said.</p>"
    b'<p>"We had no other choice," she told reporters after the vote.</p>'
    b"</article></body></html>"
)
_CRASHED = (
    "the worker auditing it died twice (a crash, or out of memory);"
    " audit it alone with 'auditor audit' to see more"
)


class DaskBackend:
    """A connected Dask client; call it like :func:`auditor.batch.run`."""

    def __init__(self, client, cluster=None) -> None:
        self.client = client
        self._cluster = cluster

    def __call__(
        self, items: Iterable[Item], options: Options, *, fetcher=None, **_ignored
    ) -> Iterator[Outcome]:
        """Outcomes of ``items`` in input order (``jobs`` and fetch threads are the cluster's)."""
        fetch_options = getattr(fetcher, "options", None)
        threads = max(1, sum(self.client.nthreads().values()))
        pending: deque = deque()
        for chunk in partitions(items, threads):
            pending.append((chunk, self._submit(chunk, options, fetch_options)))
            if len(pending) >= 2 * threads:
                yield from self._outcomes(*pending.popleft(), options, fetch_options)
        while pending:
            yield from self._outcomes(*pending.popleft(), options, fetch_options)

    def _submit(self, chunk: list[Item], options: Options, fetch_options):
        return self.client.submit(_audit_partition, chunk, options, fetch_options, pure=False)

    def _outcomes(self, chunk, future, options, fetch_options) -> Iterator[Outcome]:
        from distributed import KilledWorker

        try:
            yield from future.result()
        except KilledWorker:
            if len(chunk) == 1:
                yield Outcome(_error_row(chunk[0], _CRASHED, "crashed"))
                return
            alone = [(item, self._submit([item], options, fetch_options)) for item in chunk]
            for item, single in alone:
                yield from self._outcomes([item], single, options, fetch_options)
        except Exception as exc:  # the cluster's failure (a lost scheduler, a bad worker install)
            cause = " ".join(str(exc).split())[:160] or type(exc).__name__
            for item in chunk:
                yield Outcome(_error_row(item, f"the Dask cluster failed: {cause}", "internal"))

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def partitions(items: Iterable[Item], threads: int) -> Iterator[list[Item]]:
    """``items`` in partitions of :data:`PARTITION`, smaller towards the end.

    The inputs are read a few partitions ahead; once their end is in sight, each
    partition takes a share of what is left, ``ceil(left / (2 * threads))`` (guided
    self-scheduling), so the last tasks are small and the workers finish together
    instead of one auditing a full partition alone.
    """
    ahead: deque[Item] = deque()
    source = iter(items)
    more = True
    while True:
        while more and len(ahead) < 2 * threads * PARTITION:
            item = next(source, None)
            if item is None:
                more = False
            else:
                ahead.append(item)
        if not ahead:
            return
        size = PARTITION if more else min(PARTITION, -(-len(ahead) // (2 * threads)))
        yield [ahead.popleft() for _ in range(size)]


def connect(address: str, settings: Settings | None = None) -> DaskBackend:
    """A backend on the scheduler at ``address`` (``tcp://host:port``) or ``local:N``.

    A local cluster's workers are forked (on Linux) once the engine for ``settings`` is
    built here. A scheduler that cannot be reached is an error with the network exit
    code (5).
    """
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--dask needs Dask: pip install 'auditor[dask]'") from None
    local = _LOCAL.match(address.strip())
    if local is not None:
        workers = int(local[1])
        if workers < 1:
            raise UsageError(f"--dask {address}: local:N needs at least one worker")
        config = dict(_LOCAL_CONFIG)
        if _FORK:
            config["distributed.worker.multiprocessing-method"] = "fork"
            _warm(settings or Settings())
        with dask.config.set(config):
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.CRITICAL,
            )
        client = Client(cluster)
        client.run(_quiet)
        return DaskBackend(client, cluster)
    if address.strip().startswith("local:"):
        raise UsageError(f"--dask {address}: local:N takes a number of workers")
    try:
        client = Client(address, timeout=_CONNECT_TIMEOUT)
    except Exception as exc:  # OSError, TimeoutError, a bad address: Dask raises all of them
        cause = " ".join(str(exc).split())[:160] or type(exc).__name__
        raise AuditorError(
            f"cannot reach the Dask scheduler at {address} ({cause})", ExitCode.NETWORK
        ) from None
    return DaskBackend(client)


def _warm(settings: Settings) -> None:
    """Build the engine and load what an audit loads (extraction, the sentence splitter).

    Done once here, before the local workers fork from this process, instead of once in
    each of them: they start ready and share these pages until they write to them.
    """
    from auditor.api import label
    from auditor.ingest import RawInput, ingest

    page = RawInput(_WARM_UP, "file", "warm-up", "utf-8", html=True)
    with contextlib.suppress(Exception):  # declined by the settings, or a fault each row shows
        label(ingest(page, settings), settings)
    gc.freeze()  # long-lived from here on: the collector leaves them, and their pages, alone


# --- in the Dask workers -------------------------------------------------------------------

_READY: tuple | None = None  # the options and fetch options this worker was set up for
_POOL = None  # the worker's WorkerPool of one process, which audits
_FETCHER = None


def _quiet() -> None:
    """Silence a local worker's log (its shutdown logs heartbeat errors with tracebacks).

    Every failure of an input is its error row anyway.
    """
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _audit_partition(items: list[Item], options: Options, fetch_options) -> list[Outcome]:
    """Audit a partition in a worker: each input in the worker's pool, within the time limit.

    URLs are fetched here, each while the pool audits the input before it.
    """
    _set_up(options, fetch_options)
    started = [(item, _start(item)) for item in items]
    return [_settled(item, found, options) for item, found in started]


def _settled(item: Item, found, options: Options) -> Outcome:
    """The outcome of a started input: a process that dies auditing it gets a second try.

    As Dask retries a worker's death, an input whose process died twice is a crashed row.
    """
    if isinstance(found, Outcome):
        return found
    from auditor.workerpool import WorkerDied

    future, raw = found
    if isinstance(future.exception(), WorkerDied):
        future = _POOL.submit(item, raw)
    return settle(item, future, options.article_timeout)


def _set_up(options: Options, fetch_options) -> None:
    global _READY, _POOL, _FETCHER
    if (options, fetch_options) == _READY:
        return
    import multiprocessing

    from auditor.batch import _worker_main
    from auditor.workerpool import WorkerPool

    if _POOL is not None:
        _POOL.close()
    _POOL = None
    if multiprocessing.current_process().daemon:  # may not start processes: audit in-thread
        from auditor import batch
        from auditor.api import engine_for

        batch._OPTIONS = options  # what batch._work reads, as in a pool worker
        engine_for(options.settings)
    else:
        # Forked on Linux: a local cluster's worker holds the client's engine, and so does
        # its pool's process; elsewhere (or on a worker not warmed) that process builds it.
        context = multiprocessing.get_context("fork" if _FORK else "spawn")
        _POOL = WorkerPool(1, context, _worker_main, (options,), options.article_timeout)
    _FETCHER = None
    if fetch_options is not None:
        from auditor.cache import FetchCache
        from auditor.fetch import Fetcher

        _FETCHER = Fetcher(fetch_options, cache=FetchCache())
    _READY = (options, fetch_options)


def _start(item: Item):
    """``item`` sent to the worker's pool (its future and bytes), or its outcome if it is done."""
    if item.kind in _SKIPPED:
        return passed_over(item)
    raw = None
    if item.kind == "url":
        from auditor.ingest import read_url

        try:
            raw = read_url(item.target, _FETCHER)
        except AuditorError as exc:
            return Outcome(_error_row(item, str(exc), exc.reason))
        except Exception as exc:  # a bug must not lose the partition
            return Outcome(_error_row(item, _internal(exc), "internal"))
    if _POOL is None:
        from auditor.batch import _work

        return _work(item, raw)  # no time limit on a daemonic worker (see docs/scale.md)
    return _POOL.submit(item, raw), raw
