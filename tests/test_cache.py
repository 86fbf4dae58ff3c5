"""The fetch cache: once per run in memory, and on disk up to a maximum age."""

from __future__ import annotations

import hashlib
import json
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from auditor.cache import FetchCache
from auditor.errors import ExitCode, FetchError, UsageError
from auditor.fetch import Fetcher, FetchOptions
from tests.httpserver import CYRILLIC, MOVED, UTF8_PAGE, LocalServer

OPTIONS = FetchOptions(connect_timeout=1.0, read_timeout=1.0, deadline=2.0, retries=0)


def cached_fetcher(directory: Path | None = None, max_age: float = 3600.0) -> Fetcher:
    return Fetcher(OPTIONS, cache=FetchCache(directory, max_age=max_age))


def entry_paths(directory: Path, url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode()).hexdigest()
    return directory / f"{key}.body", directory / f"{key}.json"


def test_same_url_is_fetched_once_per_run(http_server: LocalServer) -> None:
    url = http_server.url("/ok")
    with cached_fetcher() as fetcher:
        first = fetcher.fetch(url)
        assert fetcher.fetch(url) is first
        assert fetcher.fetch(http_server.url("/plain")) is not first
    assert http_server.hits("/ok") == 1
    assert http_server.hits("/plain") == 1


def test_concurrent_requests_for_one_url_wait_for_the_first(http_server: LocalServer) -> None:
    url = http_server.url("/sleep/0.3")
    with cached_fetcher() as fetcher, ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(fetcher.fetch, [url] * 6))
    assert http_server.hits("/sleep/0.3") == 1
    assert all(result is results[0] for result in results)


def test_a_failure_is_remembered_for_the_run(http_server: LocalServer) -> None:
    url = http_server.url("/404")
    with cached_fetcher() as fetcher:
        for _ in range(2):
            with pytest.raises(FetchError, match="HTTP 404 Not Found") as caught:
                fetcher.fetch(url)
            assert caught.value.exit_code is ExitCode.HTTP_STATUS
    assert http_server.hits("/404") == 1


def test_disk_cache_serves_a_later_run(http_server: LocalServer, tmp_path: Path) -> None:
    url = http_server.url("/header-beats-meta")
    with cached_fetcher(tmp_path) as fetcher:
        original = fetcher.fetch(url)
    with cached_fetcher(tmp_path) as fetcher:
        again = fetcher.fetch(url)
    assert http_server.hits("/header-beats-meta") == 1
    assert again == original
    assert CYRILLIC in again.text  # decoded with the recorded header charset, not the meta
    body_path, meta_path = entry_paths(tmp_path, url)
    assert body_path.read_bytes() == original.body
    assert json.loads(meta_path.read_text())["sha256"] == original.sha256
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([body_path.name, meta_path.name])


def test_disk_cache_ignores_entries_older_than_max_age(
    http_server: LocalServer, tmp_path: Path
) -> None:
    url = http_server.url("/ok")
    with cached_fetcher(tmp_path, max_age=600) as fetcher:
        fetcher.fetch(url)
    _, meta_path = entry_paths(tmp_path, url)
    meta = json.loads(meta_path.read_text())
    meta["fetched_at"] = (datetime.now(timezone.utc) - timedelta(minutes=11)).isoformat()
    meta_path.write_text(json.dumps(meta))
    with cached_fetcher(tmp_path, max_age=600) as fetcher:
        assert fetcher.fetch(url).text == UTF8_PAGE
    assert http_server.hits("/ok") == 2
    with cached_fetcher(tmp_path, max_age=600) as fetcher:
        fetcher.fetch(url)  # the refetch refreshed the entry
    assert http_server.hits("/ok") == 2


def test_disk_cache_ignores_a_body_that_does_not_match_its_hash(
    http_server: LocalServer, tmp_path: Path
) -> None:
    url = http_server.url("/ok")
    with cached_fetcher(tmp_path) as fetcher:
        fetcher.fetch(url)
    body_path, _ = entry_paths(tmp_path, url)
    body_path.write_bytes(b"<html>tampered</html>")
    with cached_fetcher(tmp_path) as fetcher:
        assert fetcher.fetch(url).text == UTF8_PAGE
    assert http_server.hits("/ok") == 2


def test_failures_are_not_kept_on_disk(http_server: LocalServer, tmp_path: Path) -> None:
    url = http_server.url("/404")
    for _ in range(2):
        with cached_fetcher(tmp_path) as fetcher, pytest.raises(FetchError):
            fetcher.fetch(url)
    assert http_server.hits("/404") == 2
    assert list(tmp_path.iterdir()) == []


def test_negative_max_age_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        FetchCache(max_age=-1)


def test_unusable_cache_directory_is_a_usage_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(UsageError, match="cache directory"):
        FetchCache(blocker / "cache")


def test_the_cache_does_not_import_the_fetcher():
    """Fetch results, the cache and the archive point one way: the fetcher uses the cache."""
    import subprocess
    import sys

    code = "import sys, auditor.cache, auditor.archive; print('auditor.fetch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_disk_cache_keeps_each_redirect_whole_for_the_archive(
    http_server: LocalServer, tmp_path: Path
) -> None:
    url = http_server.url("/moved")
    with cached_fetcher(tmp_path) as fetcher:
        fetched = fetcher.fetch(url)
    with cached_fetcher(tmp_path) as fetcher:
        kept = fetcher.fetch(url)
    assert http_server.hits("/moved") == 1  # the second came from the disk
    assert kept.hops == fetched.hops
    assert kept.hops[0].headers == fetched.hops[0].headers
    assert ("Set-Cookie", "b=2") in kept.hops[0].headers
    assert (kept.hops[0].body, kept.hops[0].truncated) == (MOVED, None)
