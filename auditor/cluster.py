"""Batch audits on a Dask cluster: ``auditor batch --dask ADDRESS`` (needs ``auditor[dask]``).

The client (this process) discovers the inputs as without Dask and hands them out in
partitions of :data:`PARTITION` inputs, a bounded number at a time, so a folder or a
WARC of any size streams through. Each worker process builds the engine once (on its
first partition) and fetches URLs with its own fetcher; outcomes come back in input
order and the caller writes the reports and the summary exactly as without Dask.

A worker death is retried by Dask (a local cluster allows one retry); a partition
that still fails is split and its inputs tried alone, and an input whose worker died
twice becomes a ``crashed`` error row. Dask is imported only here.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from auditor.batch import (
    _SKIPPED,
    Item,
    Options,
    Outcome,
    _error_row,
    _internal,
    _work,
    passed_over,
)
from auditor.errors import AuditorError, ExitCode, UsageError

PARTITION = 16  # inputs per task: enough to spread Dask's cost per task thin
_LOCAL = re.compile(r"^local:(\d+)$")
_CONNECT_TIMEOUT = "10s"
# A local cluster allows one retry after a worker death, and gives a worker only the
# task it runs (Dask queues up to 1.1x its threads, rounded up: two tasks on one
# thread), so a worker's death is charged to the task that killed it, not to one
# queued behind it.
_LOCAL_CONFIG = {
    "distributed.scheduler.allowed-failures": 1,
    "distributed.scheduler.worker-saturation": 1.0,
}
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
        window = 2 * max(1, sum(self.client.nthreads().values()))
        pending: deque = deque()
        remaining = iter(items)
        while chunk := list(islice(remaining, PARTITION)):
            pending.append((chunk, self._submit(chunk, options, fetch_options)))
            if len(pending) >= window:
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


def connect(address: str) -> DaskBackend:
    """A backend on the scheduler at ``address`` (``tcp://host:port``) or ``local:N``.

    A scheduler that cannot be reached is an error with the network exit code (5).
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
        with dask.config.set(_LOCAL_CONFIG):
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
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


# --- in the Dask workers -------------------------------------------------------------------

_READY: tuple | None = None  # the options and fetch options this worker was set up for
_FETCHER = None


def _quiet() -> None:
    """Silence a local worker's log (its shutdown logs heartbeat errors with tracebacks).

    Every failure of an input is its error row anyway.
    """
    import logging

    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _audit_partition(items: list[Item], options: Options, fetch_options) -> list[Outcome]:
    """Audit a partition in a worker: the engine and fetcher are built once per process."""
    _set_up(options, fetch_options)
    return [_audit(item) for item in items]


def _set_up(options: Options, fetch_options) -> None:
    global _READY, _FETCHER
    if (options, fetch_options) == _READY:
        return
    from auditor import batch
    from auditor.api import engine_for

    batch._OPTIONS = options  # what batch._work reads, as in a pool worker
    engine_for(options.settings)
    _FETCHER = None
    if fetch_options is not None:
        from auditor.cache import FetchCache
        from auditor.fetch import Fetcher

        _FETCHER = Fetcher(fetch_options, cache=FetchCache())
    _READY = (options, fetch_options)


def _audit(item: Item) -> Outcome:
    raw = None
    if item.kind in _SKIPPED:
        return passed_over(item)
    if item.kind == "url":
        from auditor.ingest import read_url

        try:
            raw = read_url(item.target, _FETCHER)
        except AuditorError as exc:
            return Outcome(_error_row(item, str(exc), exc.reason))
        except Exception as exc:  # a bug must not lose the partition
            return Outcome(_error_row(item, _internal(exc), "internal"))
    return _work(item, raw)
