"""The evidence archive: a WARC named by the body's hash, and the older bytes-and-sidecar copies."""

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
from auditor.fetched import HOP_BODY
from auditor.settings import Settings
from auditor.warc import read_single
from tests.httpserver import CYRILLIC, MOVED, LocalServer

OPTIONS = FetchOptions(connect_timeout=1.0, read_timeout=1.0, deadline=2.0)


def fetch(url: str) -> FetchResult:
    with Fetcher(OPTIONS) as fetcher:
        return fetcher.fetch(url)


def records(path: Path) -> list[tuple[str, str | None, str | None, bytes]]:
    """(type, target URI, HTTP status, payload) of every record of a WARC."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        return [
            (
                r.rec_type,
                r.rec_headers.get_header("WARC-Target-URI"),
                r.http_headers.get_statuscode() if r.rec_type == "response" else None,
                r.content_stream().read(),
            )
            for r in ArchiveIterator(stream)
        ]


def test_a_fetch_is_archived_as_a_warc_named_by_the_body_hash(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/chain/1"))
    copy = save(result, tmp_path / "evidence")
    digest = hashlib.sha256(result.body).hexdigest()
    assert copy.sha256 == digest
    assert copy.path == tmp_path / "evidence" / f"{digest}.warc.gz"
    assert [p.name for p in copy.path.parent.iterdir()] == [f"{digest}.warc.gz"]
    found = records(copy.path)
    first, final = http_server.url("/chain/1"), http_server.url("/chain/0")
    assert [(kind, uri, status) for kind, uri, status, _ in found] == [
        ("request", first, None),
        ("response", first, "302"),
        ("request", final, None),
        ("response", final, "200"),
        ("metadata", first, None),
    ]
    assert found[3][3] == result.body  # the exact bytes
    metadata = json.loads(found[4][3])
    assert metadata["sha256"] == digest and metadata["tool_version"] == __version__
    assert metadata["hops"][0] == {"url": first, "status": 302, "location": "0"}
    assert metadata["fetched_at"] == result.fetched_at
    assert read_single(str(copy.path), Settings()).url == final  # the page, not the redirect


def responses(path: Path) -> list[tuple[str, list[tuple[str, str]], str | None, bytes]]:
    """(HTTP status, headers, WARC-Truncated, payload) of every response record of a WARC."""
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as stream:
        return [
            (
                r.http_headers.get_statuscode(),
                r.http_headers.headers,
                r.rec_headers.get_header("WARC-Truncated"),
                r.content_stream().read(),
            )
            for r in ArchiveIterator(stream)
            if r.rec_type == "response"
        ]


def test_every_redirect_is_archived_with_its_headers_and_body(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/moved"))
    (status, headers, truncated, body), final = responses(save(result, tmp_path).path)
    assert (status, truncated, body) == ("302", None, MOVED)  # the bytes the server sent
    sent = [(n, v) for n, v in headers if n not in ("Server", "Date")]
    assert sent == [
        ("Content-Type", "text/html"),
        ("Location", "/ok"),
        ("Set-Cookie", "a=1"),
        ("Set-Cookie", "b=2"),
        ("X-Hop", "1"),
        ("Content-Length", str(len(MOVED))),
    ]
    assert final[0] == "200" and final[3] == result.body
    assert result.hops[0].provenance() == {
        "url": result.url, "status": 302, "location": "/ok"
    }  # fmt: skip  # the report's provenance is as before: no bytes in it


def test_a_long_redirect_body_is_archived_cut_and_marked_truncated(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/moved-long"))
    (status, headers, truncated, body), final = responses(save(result, tmp_path).path)
    assert (status, truncated, len(body)) == ("301", "length", HOP_BODY)
    assert ("Content-Length", str(HOP_BODY)) in headers
    assert final[3] == result.body


def test_a_stalled_redirect_body_is_archived_as_far_as_it_came(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/moved-stalled"))  # the page is still fetched in time
    (status, _, truncated, body), final = responses(save(result, tmp_path).path)
    assert (status, truncated, body) == ("302", "time", b"Moved ")
    assert final[3] == result.body


def test_the_archived_response_keeps_the_headers_that_decode_it(
    http_server: LocalServer, tmp_path: Path
) -> None:
    # The charset is only in the HTTP header (the page's meta names another one).
    result = fetch(http_server.url("/header-beats-meta"))
    raw = read_single(str(save(result, tmp_path).path), Settings())
    assert raw.data == result.body
    assert raw.url == result.final_url and raw.archive["sha256"] == result.sha256
    assert decode(raw.data, raw.declared_charset, html=raw.html).text == result.text
    assert CYRILLIC in result.text


def test_saving_the_same_bytes_twice_keeps_one_copy(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/ok"))
    first, second = save(result, tmp_path), save(result, tmp_path)
    assert first == second
    assert len(list(tmp_path.iterdir())) == 1


def old_copy(result: FetchResult, folder: Path) -> Path:
    """An archived copy as versions before WARC wrote it: the bytes and a JSON sidecar."""
    path = folder / f"{result.sha256}{'.html' if result.is_html else '.txt'}"
    path.write_bytes(result.body)
    record = {
        "file": path.name,
        **result.provenance(),
        "tool": "auditor",
        "tool_version": "0.1.0",
    }
    Path(f"{path}.json").write_text(json.dumps(record), encoding="utf-8")
    return path


def test_load_sidecar_finds_the_provenance(http_server: LocalServer, tmp_path: Path) -> None:
    result = fetch(http_server.url("/chain/1"))
    path = old_copy(result, tmp_path)
    sidecar = load_sidecar(path)
    assert sidecar is not None
    assert sidecar.path == Path(f"{path}.json")
    assert (sidecar.url, sidecar.final_url) == (result.url, result.final_url)
    assert sidecar.hops == result.hops
    assert sidecar.hops[0] == Hop(result.url, 302, "0")
    assert (sidecar.fetched_at, sidecar.status, sidecar.sha256) == (
        result.fetched_at,
        200,
        result.sha256,
    )
    assert sidecar.headers == result.headers
    assert sidecar.matches_file


def test_load_sidecar_notices_an_altered_file(http_server: LocalServer, tmp_path: Path) -> None:
    path = old_copy(fetch(http_server.url("/ok")), tmp_path)
    path.write_bytes(path.read_bytes().replace(b"Zo", b"Jo"))
    sidecar = load_sidecar(path)
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


def test_old_archived_bytes_decode_to_the_same_text_with_the_recorded_header(
    http_server: LocalServer, tmp_path: Path
) -> None:
    result = fetch(http_server.url("/header-beats-meta"))
    path = old_copy(result, tmp_path)
    sidecar = load_sidecar(path)
    assert sidecar is not None
    assert decode_body(path.read_bytes(), sidecar.headers["content-type"]).text == result.text
    assert CYRILLIC not in decode(path.read_bytes(), html=True).text


def test_unwritable_archive_directory_is_a_usage_error(
    http_server: LocalServer, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(UsageError, match="could not archive"):
        save(fetch(http_server.url("/ok")), blocker / "evidence")
