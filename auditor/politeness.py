"""Politeness towards web servers: few requests at a time per host, spaced out.

A :class:`HostGate` is shared by all the threads of a batch. Each request to a
host holds the gate for that host while it runs; at most ``limit`` requests per
host run at once, and a new one starts no sooner than ``delay`` seconds after
the previous one to that host ended. A server that answers "429 Too Many
Requests" can push back every request to its host with :meth:`HostGate.defer`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class HostGate:
    """Per-host concurrency limit and spacing between requests; thread-safe."""

    def __init__(self, limit: int = 1, delay: float = 0.0) -> None:
        self._limit = limit
        self._delay = delay
        self._lock = threading.Lock()
        self._slots: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def hold(self, host: str) -> Iterator[float]:
        """Run one request to ``host``; yields the seconds spent waiting for the turn."""
        host = host.lower()
        arrived = time.monotonic()
        with self._lock:
            slots = self._slots.setdefault(host, threading.Semaphore(self._limit))
        slots.acquire()
        try:
            with self._lock:
                start = max(time.monotonic(), self._next_start.get(host, 0.0))
                self._next_start[host] = start + self._delay
            pause = start - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            yield time.monotonic() - arrived
        finally:
            self._push_back(host, self._delay)
            slots.release()

    def defer(self, host: str, seconds: float) -> None:
        """Start no request to ``host`` in the next ``seconds`` seconds."""
        self._push_back(host.lower(), seconds)

    def _push_back(self, host: str, seconds: float) -> None:
        with self._lock:
            not_before = time.monotonic() + seconds
            self._next_start[host] = max(self._next_start.get(host, 0.0), not_before)
