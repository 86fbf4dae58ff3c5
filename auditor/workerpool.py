"""Worker processes that work through their tasks in order, and outlive any worker's death.

Each worker has a pipe of its own. A worker that dies (a crash, SIGKILL from the
out-of-memory killer) ends only its own pipe, even halfway through a result, so
its task fails with :class:`WorkerDied` and a new worker takes its place; with
one pipe shared by all (``concurrent.futures``), a half-written result could
leave the reader waiting for ever. A task that runs past ``timeout`` seconds has
its worker killed and fails with :class:`TimedOut`. :meth:`WorkerPool.close`
kills what is still running, so Ctrl-C never waits on a stuck worker.

A worker is sent its next task while it works on one (``DEPTH`` in flight), so it
never waits a round trip for work; only a task small enough to wait in the pipe's
buffer is sent ahead (a larger one would block the sending thread). A worker's
tasks are answered in order, so only the first of them runs: its clock starts when
the one before it is answered, and when the worker dies or is killed only that one
fails; the task waiting behind it goes back to the front of the queue.

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
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from multiprocessing.reduction import ForkingPickler

READY = "ready"
_MAX_START_FAILURES = 3  # workers in a row that die before they are ready: the pool is broken
DEPTH = 2  # tasks in flight per worker
_AHEAD_BYTES = 16_384  # largest task sent to a busy worker: it waits in the socket's buffer


class WorkerDied(Exception):
    """The worker process running the task ended before it answered."""


class TimedOut(Exception):
    """The task ran past the pool's time limit; its worker was killed."""


@dataclass
class _Worker:
    process: object
    conn: object
    ready: bool = False
    tasks: deque = field(default_factory=deque)  # (future, payload) sent, the running one first
    started: float = 0.0  # when the first of ``tasks`` started running

    @property
    def task(self) -> Future | None:
        """The future of the task running."""
        return self.tasks[0][0] if self.tasks else None


class WorkerPool:
    """``size`` worker processes running ``main``; :meth:`submit` returns a Future."""

    def __init__(
        self, size: int, context, main: Callable, args: tuple, timeout: float | None = None
    ) -> None:
        self._context, self._main, self._args, self._timeout = context, main, args, timeout
        self._tasks: deque[tuple[Future, tuple, bytes | None]] = deque()  # with args pickled
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
            self._tasks.append((future, args, None))
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
            for future, _, _ in self._tasks:
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
        for k in range(len(self._workers)):
            while self._workers[k].ready and len(self._workers[k].tasks) < DEPTH:
                if not self._send_next(k, self._workers[k]):
                    break

    def _send_next(self, k: int, worker: _Worker) -> bool:
        """Send the next task to worker ``k``; False if there is none it can take now."""
        with self._lock:  # only this thread takes tasks off the queue
            if not self._tasks:
                return False
            future, args, payload = self._tasks[0]
        if payload is None:  # not yet started (a task put back is running)
            if not future.set_running_or_notify_cancel():
                self._pop()
                return True
            try:
                payload = bytes(ForkingPickler.dumps(args))
            except Exception as exc:  # the task cannot be sent (not picklable)
                self._pop()
                future.set_exception(exc)
                return True
            with self._lock:
                self._tasks[0] = (future, args, payload)
        if worker.tasks and len(payload) > _AHEAD_BYTES:
            return False
        self._pop()
        if not worker.tasks:
            worker.started = time.monotonic()
        worker.tasks.append((future, payload))
        try:
            worker.conn.send_bytes(payload)
        except (OSError, ValueError):  # the worker is gone
            self._replace(k, WorkerDied())
            return False
        return True

    def _pop(self) -> None:
        with self._lock:
            self._tasks.popleft()

    def _receive(self, k: int, worker: _Worker) -> None:
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):  # died, perhaps halfway through its answer
            self._replace(k, WorkerDied())
            return
        if message == READY:
            worker.ready = True
            self._start_failures = 0
        elif worker.tasks:
            future, _ = worker.tasks.popleft()
            worker.started = time.monotonic()  # the next task starts now
            future.set_result(message)

    def _expire(self) -> None:
        now = time.monotonic()
        for k, worker in enumerate(self._workers):
            if worker.task and self._timeout and now - worker.started >= self._timeout:
                self._replace(k, TimedOut())

    def _replace(self, k: int, error: BaseException) -> None:
        """End worker ``k`` (failing its running task with ``error``) and start another.

        The tasks sent to it behind that one go back to the front of the queue.
        """
        worker = self._workers[k]
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(5)
        worker.conn.close()
        if worker.tasks:
            (future, _), *waiting = worker.tasks
            with self._lock:
                self._tasks.extendleft((f, None, p) for f, p in reversed(waiting))
            future.set_exception(error)
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
        for future, _, _ in tasks:
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
