"""Web archives made by the tests: WARC files written with warcio, record by record."""

from __future__ import annotations

import base64
import hashlib
import io
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Capture:
    """One record to write: a response (with HTTP headers), a resource or a revisit of a URL."""

    uri: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    kind: str = "response"
    status: str = "200 OK"
    date: str = "2026-11-02T10:00:00Z"


def write_warc(
    path: Path, captures: list[Capture], *, gzip: bool | None = None, warcinfo: bool = True
) -> Path:
    """Write ``captures`` to ``path``, after a warcinfo record unless told not to."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    gzip = path.name.endswith(".gz") if gzip is None else gzip
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        if warcinfo:
            writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for capture in captures:
            writer.write_record(_record(writer, capture, StatusAndHeaders))
    return path


def _record(writer, capture: Capture, status_and_headers):
    dated = {"WARC-Date": capture.date}
    if capture.kind == "resource":
        dated["Content-Type"] = capture.content_type
        return writer.create_warc_record(
            capture.uri, "resource", payload=io.BytesIO(capture.body), warc_headers_dict=dated
        )
    headers = [("Content-Type", capture.content_type), ("Content-Length", str(len(capture.body)))]
    http = status_and_headers(capture.status, headers, protocol="HTTP/1.1")
    if capture.kind == "revisit":  # of an identical payload: warcio's SHA-1 digest of it
        digest = "sha1:" + base64.b32encode(hashlib.sha1(capture.body).digest()).decode()
        return writer.create_revisit_record(capture.uri, digest, capture.uri, capture.date, http)
    return writer.create_warc_record(
        capture.uri,
        "response",
        payload=io.BytesIO(capture.body),
        http_headers=http,
        warc_headers_dict=dated,
    )


def page(n: int, words: str = "") -> bytes:
    """A small news page of our own writing, numbered ``n``."""
    text = words or (
        f"The council approved budget number {n} on Monday after a long debate. "
        f"The mayor said the plan would fund {n} new buses next year."
    )
    return (
        f"<!doctype html><html><head><title>Budget {n}</title></head><body><article>"
        f"<h1>Council approves budget {n}</h1><p>{text}</p><p>{text}</p></article>"
        "</body></html>"
    ).encode()


PNG = b"\x89PNG\r\n\x1a\n" + bytes(300)
