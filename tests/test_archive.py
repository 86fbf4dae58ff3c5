"""The evidence archive: exact bytes named by their hash, and a sidecar naming their source."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from auditor import __version__
from auditor.archive import load_sidecar, save
from auditor.encoding import decode
from auditor.errors import InputError, UsageError
from auditor.fetch import Fetcher, FetchOptions, FetchResult, Hop, decode_body
from tests.httpserver import CYRILLIC, LocalServer

OPTIONS = FetchOptions(connect_timeout=1.0, read_timeout=1.0, deadline=2.0)


def fetch(url: str) -> FetchResult:
    with Fetcher(OPTIONS) as fetcher:
        return fetcher.fetch(url)


def test_archived_copy_is_the_exact_bytes_named_by_their_hash(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/chain/1"))
    copy = save(result, tmp_path / "evidence")
    digest = hashlib.sha256(result.body).hexdigest()
    assert copy.sha256 == digest
    assert copy.path == tmp_path / "evidence" / f"{digest}.html"
    assert copy.path.read_bytes() == result.body
    assert copy.sidecar_path == tmp_path / "evidence" / f"{digest}.html.json"
    assert sorted(p.name for p in copy.path.parent.iterdir()) == [
        f"{digest}.html",
        f"{digest}.html.json",
    ]


def test_sidecar_records_where_and_when(http_server: LocalServer, tmp_path: Path) -> None:
    result = fetch(http_server.url("/chain/1"))
    record = json.loads(save(result, tmp_path).sidecar_path.read_text(encoding="utf-8"))
    assert record["file"] == f"{result.sha256}.html"
    assert record["url"] == http_server.url("/chain/1")
    assert record["final_url"] == http_server.url("/chain/0")
    assert record["hops"] == [
        {"url": http_server.url("/chain/1"), "status": 302, "location": "0"},
        {"url": http_server.url("/chain/0"), "status": 200, "location": None},
    ]
    assert record["fetched_at"] == result.fetched_at
    assert record["fetched_at"].endswith("+00:00")
    assert record["status"] == 200
    assert record["headers"]["content-type"] == "text/html; charset=utf-8"
    assert record["headers"]["etag"] == '"v1"'
    assert record["sha256"] == result.sha256
    assert record["size"] == len(result.body)
    assert record["tool_version"] == __version__


def test_plain_text_is_archived_as_txt(http_server: LocalServer, tmp_path: Path) -> None:
    result = fetch(http_server.url("/plain"))
    assert save(result, tmp_path).path.name == f"{result.sha256}.txt"


def test_html_served_as_plain_text_is_archived_as_html(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/html-as-plain"))
    assert save(result, tmp_path).path.suffix == ".html"


def test_saving_the_same_bytes_twice_keeps_one_copy(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/ok"))
    first, second = save(result, tmp_path), save(result, tmp_path)
    assert first == second
    assert len(list(tmp_path.iterdir())) == 2


def test_load_sidecar_finds_the_provenance(http_server: LocalServer, tmp_path: Path) -> None:
    result = fetch(http_server.url("/chain/1"))
    copy = save(result, tmp_path)
    sidecar = load_sidecar(copy.path)
    assert sidecar is not None
    assert sidecar.path == copy.sidecar_path
    assert (sidecar.url, sidecar.final_url) == (result.url, result.final_url)
    assert sidecar.hops == result.hops
    assert sidecar.hops[0] == Hop(result.url, 302, "0")
    assert (sidecar.fetched_at, sidecar.status, sidecar.sha256) == (
        result.fetched_at,
        200,
        result.sha256,
    )
    assert sidecar.headers == result.headers
    assert sidecar.tool_version == __version__
    assert sidecar.matches_file


def test_load_sidecar_notices_an_altered_file(http_server: LocalServer, tmp_path: Path) -> None:
    copy = save(fetch(http_server.url("/ok")), tmp_path)
    copy.path.write_bytes(copy.path.read_bytes().replace(b"Zo", b"Jo"))
    sidecar = load_sidecar(copy.path)
    assert sidecar is not None and not sidecar.matches_file


def test_file_without_sidecar_has_no_provenance(tmp_path: Path) -> None:
    page = tmp_path / "saved-by-hand.html"
    page.write_text("<html></html>")
    assert load_sidecar(page) is None


def test_broken_sidecar_is_an_input_error(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html></html>")
    (tmp_path / "page.html.json").write_text('{"url": "https://example.org/"')
    with pytest.raises(InputError, match="not a valid archive sidecar"):
        load_sidecar(page)


def test_archived_bytes_decode_to_the_same_text_with_the_recorded_header(
    http_server: LocalServer, tmp_path: Path
) -> None:
    # The charset is only in the HTTP header (the page's meta names another one),
    # so re-auditing the file needs the sidecar to reproduce the fetched text.
    result = fetch(http_server.url("/header-beats-meta"))
    copy = save(result, tmp_path)
    data = copy.path.read_bytes()
    sidecar = load_sidecar(copy.path)
    assert sidecar is not None
    assert decode_body(data, sidecar.headers["content-type"]).text == result.text
    assert CYRILLIC in result.text
    assert CYRILLIC not in decode(data, html=True).text


def test_unwritable_archive_directory_is_a_usage_error(
    http_server: LocalServer, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(UsageError, match="could not archive"):
        save(fetch(http_server.url("/ok")), blocker / "evidence")
