"""Worker processes that take one task at a time, and outlive any worker's death.

Each worker has a pipe of its own. A worker that dies (a crash, SIGKILL from the
out-of-memory killer) ends only its own pipe, even halfway through a result, so
its task fails with :class:`WorkerDied` and a new worker takes its place; with
one pipe shared by all (``concurrent.futures``), a half-written result could
leave the reader waiting for ever. A task that runs past ``timeout`` seconds has
its worker killed and fails with :class:`TimedOut`. :meth:`WorkerPool.close`
kills what is still running, so Ctrl-C never waits on a stuck worker.

A worker's ``main(conn, *args)`` sends ``READY`` once it has started, then
answers each task received on ``conn`` with one result, until it receives None.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from multiprocessing.connection import wait

READY = "ready"
_MAX_START_FAILURES = 3  # workers in a row that die before they are ready: the pool is broken


class WorkerDied(Exception):
    """The worker process running the task ended before it answered."""


class TimedOut(Exception):
    """The task ran past the pool's time limit; its worker was killed."""


@dataclass
class _Worker:
    process: object
    conn: object
    ready: bool = False
    task: Future | None = None
    started: float = 0.0


class WorkerPool:
    """``size`` worker processes running ``main``; :meth:`submit` returns a Future."""

    def __init__(
        self, size: int, context, main: Callable, args: tuple, timeout: float | None = None
    ) -> None:
        self._context, self._main, self._args, self._timeout = context, main, args, timeout
        self._tasks: deque[tuple[Future, tuple]] = deque()
        self._lock = threading.Lock()
        self._closed = False
        self._broken: BaseException | None = None
        self._start_failures = 0
        self._wake_read, self._wake_write = os.pipe()
        self._workers = [self._spawn() for _ in range(size)]
        self._thread = threading.Thread(target=self._dispatch, name="auditor-pool", daemon=True)
        self._thread.start()

    def submit(self, *args) -> Future:
        if self._closed:
            raise RuntimeError("the pool is closed")
        future: Future = Future()
        with self._lock:
            if self._broken is not None:
                future.set_exception(self._broken)
                return future
            self._tasks.append((future, args))
        self._wake()
        return future

    def close(self, wait: bool = True) -> None:
        """Stop the workers: ask idle ones to leave (``wait``), kill the rest."""
        self._closed = True
        self._wake()
        self._thread.join(5)
        for worker in self._workers:
            if wait and worker.ready and worker.task is None:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
                    worker.process.join(2)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(2)
            worker.conn.close()
        with self._lock:
            for future, _ in self._tasks:
                future.cancel()
            self._tasks.clear()
        for fd in (self._wake_read, self._wake_write):
            os.close(fd)

    # --- the dispatcher thread -------------------------------------------------------------

    def _dispatch(self) -> None:
        while not self._closed and self._broken is None:
            self._assign()
            busy = [w.started + self._timeout for w in self._workers if w.task and self._timeout]
            pause = max(0.0, min(busy) - time.monotonic()) if busy else None
            watched = [self._wake_read]
            for worker in self._workers:
                watched += [worker.conn, worker.process.sentinel]
            ready = wait(watched, pause)
            if self._closed:
                return
            if self._wake_read in ready:
                os.read(self._wake_read, 4096)
            for k, worker in enumerate(self._workers):
                if worker.conn in ready:
                    self._receive(k, worker)
                elif worker.process.sentinel in ready:
                    self._replace(k, WorkerDied())
            self._expire()

    def _assign(self) -> None:
        for k, worker in enumerate(self._workers):
            if not (worker.ready and worker.task is None):
                continue
            with self._lock:
                if not self._tasks:
                    return
                future, args = self._tasks.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            worker.task, worker.started = future, time.monotonic()
            try:
                worker.conn.send(args)
            except (OSError, ValueError):  # the worker is gone
                self._replace(k, WorkerDied())
            except Exception as exc:  # the task cannot be sent (not picklable)
                worker.task = None
                future.set_exception(exc)

    def _receive(self, k: int, worker: _Worker) -> None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):  # died, perhaps halfway through its answer
            self._replace(k, WorkerDied())
            return
        if message == READY:
            worker.ready = True
            self._start_failures = 0
        elif worker.task is not None:
            worker.task.set_result(message)
            worker.task = None

    def _expire(self) -> None:
        now = time.monotonic()
        for k, worker in enumerate(self._workers):
            if worker.task and self._timeout and now - worker.started >= self._timeout:
                self._replace(k, TimedOut())

    def _replace(self, k: int, error: BaseException) -> None:
        """End worker ``k`` (failing its task with ``error``) and start another."""
        worker = self._workers[k]
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        if worker.task is not None:
            worker.task.set_exception(error)
        elif not worker.ready:
            self._start_failures += 1
            if self._start_failures >= _MAX_START_FAILURES:
                self._break(WorkerDied("worker processes die as they start"))
                return
        self._workers[k] = self._spawn()

    def _break(self, error: BaseException) -> None:
        with self._lock:
            self._broken = error
            tasks, self._tasks = list(self._tasks), deque()
        for future, _ in tasks:
            future.set_exception(error)

    def _spawn(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(
            target=self._main, args=(theirs, *self._args), daemon=True, name="auditor-worker"
        )
        process.start()
        theirs.close()
        return _Worker(process, ours)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):  # closed: the pool is over
            os.write(self._wake_write, b"x")
