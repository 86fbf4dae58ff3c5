"""Remember fetches: in memory for the run, and optionally on disk up to a maximum age.

In memory, a URL is fetched at most once per run. Threads asking for a URL that
is being fetched wait for that fetch, and a failure is remembered like a success,
so every row of a batch naming the URL reports the same outcome.

On disk (when a directory is given), successful fetches are kept as
``<sha256 of the URL>.body`` (the exact bytes) and ``.json`` (the provenance, and
the headers and body of each redirect, for the archive), written atomically, and
reused while younger than ``max_age`` seconds. Entries that are stale, unreadable
or whose body does not match its hash are ignored.
"""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from auditor.atomic import write_bytes
from auditor.errors import FetchError, UsageError
from auditor.fetched import FetchResult, Hop, decode_body

logger = logging.getLogger(__name__)


@dataclass
class _Entry:
    """The outcome of one URL's fetch, once ``done`` is set."""

    done: threading.Event = field(default_factory=threading.Event)
    result: FetchResult | None = None
    error: FetchError | None = None


class FetchCache:
    """A thread-safe cache of fetch results; see the module docstring."""

    def __init__(self, directory: str | os.PathLike[str] | None = None, max_age: float = 3600.0):
        if max_age < 0:
            raise UsageError(f"the cache's max_age must not be negative, not {max_age}")
        self.max_age = max_age
        self.directory = Path(directory) if directory is not None else None
        if self.directory is not None:
            try:
                self.directory.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise UsageError(f"cannot use {self.directory} as cache directory: {exc}") from exc
        self._lock = threading.Lock()
        self._entries: dict[str, _Entry] = {}

    def get_or_fetch(self, url: str, fetch: Callable[[str], FetchResult]) -> FetchResult:
        """The cached outcome for ``url``, calling ``fetch(url)`` only if there is none."""
        while True:
            with self._lock:
                entry = self._entries.get(url)
                if entry is None:
                    entry = self._entries[url] = _Entry()
                    break
            entry.done.wait()
            if entry.result is not None:
                return entry.result
            if entry.error is not None:
                raise FetchError(str(entry.error), entry.error.exit_code)
            # The fetch this thread waited for was interrupted; try again.
        try:
            entry.result = self._load(url) or self._store(fetch(url))
        except FetchError as exc:
            entry.error = exc
            raise
        except BaseException:
            with self._lock:
                del self._entries[url]
            raise
        finally:
            entry.done.set()
        return entry.result

    @staticmethod
    def _paths(directory: Path, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()
        return directory / f"{key}.body", directory / f"{key}.json"

    def _load(self, url: str) -> FetchResult | None:
        if self.directory is None:
            return None
        body_path, meta_path = self._paths(self.directory, url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            age = datetime.now(timezone.utc) - datetime.fromisoformat(meta["fetched_at"])
            if meta["url"] != url or not 0 <= age.total_seconds() <= self.max_age:
                return None
            body = body_path.read_bytes()
            if hashlib.sha256(body).hexdigest() != meta["sha256"]:
                return None
            decoded = decode_body(body, meta["headers"].get("content-type"))
            return FetchResult(
                url=url,
                final_url=meta["final_url"],
                status=meta["status"],
                headers=meta["headers"],
                content_type=meta["content_type"],
                body=body,
                text=decoded.text,
                encoding=decoded.encoding,
                encoding_method=decoded.method,
                hops=_hops(meta),
                fetched_at=meta["fetched_at"],
                sha256=meta["sha256"],
                elapsed=meta["elapsed"],
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def _store(self, result: FetchResult) -> FetchResult:
        if self.directory is not None:
            body_path, meta_path = self._paths(self.directory, result.url)
            meta = {
                **result.provenance(),
                "elapsed": result.elapsed,
                "redirects": _redirects(result),
            }
            try:
                write_bytes(body_path, result.body)
                write_bytes(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))
            except OSError as exc:
                logger.warning("could not keep %s in the fetch cache: %s", result.url, exc)
        return result


def _redirects(result: FetchResult) -> list[dict[str, object]]:
    """What the report's provenance leaves out of each redirect: its headers and body."""
    return [
        {
            "headers": [list(header) for header in hop.headers],
            "body": base64.b64encode(hop.body).decode("ascii"),
            "truncated": hop.truncated,
        }
        for hop in result.hops[:-1]
    ]


def _hops(meta: dict) -> tuple[Hop, ...]:
    """The hops of a kept fetch, each redirect with its headers and body if they were kept."""
    hops = [Hop(**hop) for hop in meta["hops"]]
    for k, kept in enumerate(meta.get("redirects", ())[: max(0, len(hops) - 1)]):
        headers = tuple((str(name), str(value)) for name, value in kept["headers"])
        body = base64.b64decode(kept["body"], validate=True)
        hops[k] = replace(hops[k], headers=headers, body=body, truncated=kept["truncated"])
    return tuple(hops)
