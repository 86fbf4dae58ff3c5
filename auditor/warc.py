"""Web archives: the pages of WARC (ISO 28500) and WACZ files, and fetches written as WARC.

:func:`pages` streams an archive and names each page in it: every ``response``
(status 2xx) or ``resource`` record whose payload is HTML or plain text, and every
``revisit`` record whose payload is a page earlier in the same WARC. Other records
(requests, metadata, images, scripts, redirects) are skipped. Only offsets are
kept, so memory stays flat however large the file; :func:`read_record` reads one
page back at its offset. Damage (a truncated or corrupt record) ends the file's
pages with one :class:`RecordRef` carrying the damage, which reads as an error.

:func:`write_fetch` writes what the fetcher got as WARC records (see
:mod:`auditor.archive`). warcio is imported only when an archive is read or written.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from auditor.errors import ExitCode, InputError
from auditor.settings import Settings

if TYPE_CHECKING:
    from auditor.fetched import FetchResult

SUFFIXES = (".warc", ".warc.gz", ".wacz")
PATTERNS = tuple(f"*{suffix}" for suffix in SUFFIXES)
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})
_PEEK = 1024  # bytes of an untyped payload read to tell a page from binary data


@dataclass(frozen=True)
class RecordRef:
    """Where one page of an archive is: enough for any process to read it again."""

    path: str  # the .warc, .warc.gz or .wacz file
    member: str  # the WARC inside a WACZ; "" for a WARC file
    offset: int  # the record (a response, resource or revisit)
    payload_offset: int  # the record holding the payload: itself, or what a revisit points to
    damage: str | None = None  # why the archive cannot be read from ``offset`` on: an error

    @property
    def where(self) -> str:
        """The record's place, for messages and stable names: ``path[#member]@offset``."""
        member = f"#{self.member}" if self.member else ""
        return f"{self.path}{member}@{self.offset}"


def is_archive(path: str) -> bool:
    """Whether ``path`` is named like a WARC or WACZ file."""
    return path.lower().endswith(SUFFIXES)


def pages(path: str) -> Iterator[tuple[str, RecordRef]]:
    """``(WARC-Target-URI, ref)`` of every page of the archive at ``path``, in file order.

    A damaged archive yields the pages before the damage, then ``(path, ref)`` with
    ``ref.damage`` set, and stops.
    """
    if not os.path.isfile(path):
        missing = "is not a file" if os.path.exists(path) else "no such file"
        yield path, RecordRef(path, "", 0, 0, missing)
        return
    try:
        open(path, "rb").close()
        members = _members(path)
    except Exception as exc:  # unreadable, or not a zip: zipfile's errors have no common base
        yield path, RecordRef(path, "", 0, 0, f"cannot be read ({_cause(exc)})")
        return
    for member in members:
        for uri, ref in _member_pages(path, member):
            yield uri, ref
            if ref.damage is not None:
                return


def _members(path: str) -> list[str]:
    """The WARCs to read: the file itself, or a WACZ's ``archive/*.warc[.gz]`` in order."""
    if not path.lower().endswith(".wacz"):
        return [""]
    import zipfile

    with zipfile.ZipFile(path) as wacz:
        names = [n for n in wacz.namelist() if n.startswith("archive/")]
    return sorted(n for n in names if n.lower().endswith((".warc", ".warc.gz")))


@contextlib.contextmanager
def _open(path: str, member: str) -> Iterator[IO[bytes]]:
    if not member:
        with open(path, "rb") as stream:
            yield stream
        return
    import zipfile

    with zipfile.ZipFile(path) as wacz, wacz.open(member) as stream:
        yield stream


def _member_pages(path: str, member: str) -> Iterator[tuple[str, RecordRef]]:
    """The pages of one WARC; a page is yielded once the record after it has parsed whole."""
    seen: dict[str, int] = {}  # payload digest or record id of a page -> its offset
    pending: tuple[str, RecordRef] | None = None
    offset = 0
    try:
        with _open(path, member) as stream:
            records = _iterator(stream)
            while True:
                offset = records.offset
                try:
                    record = next(records)
                except StopIteration:
                    break
                if record.format != "warc":  # warcio reads any line as an ARC header
                    raise InputError("not a WARC record")
                if pending is not None:
                    yield pending
                    pending = None
                pending = _page(path, member, offset, record, seen)
                records.read_to_end()
                # what is left of the record's declared length (no LimitReader: no length)
                if getattr(record.raw_stream, "limit", None) != 0 or records.err_count:
                    raise InputError("the record is truncated or its length is wrong")
    except Exception as exc:  # warcio's ArchiveLoadFailed, zlib's error, EOF: any damage
        place = f"byte offset {offset}" + (f" of {member}" if member else "")
        yield path, RecordRef(path, member, offset, offset, f"damaged at {place} ({_cause(exc)})")
        return
    if pending is not None:
        yield pending


def _iterator(stream: IO[bytes]):
    from warcio.archiveiterator import ArchiveIterator

    class _Quiet(ArchiveIterator):
        INC_RECORD = ""  # warcio prints a warning for a wrong length; it is counted instead

    return _Quiet(stream)


def _page(path: str, member: str, offset: int, record, seen: dict[str, int]):
    """``(uri, ref)`` if the record is a page (or a revisit of one), else None."""
    kind = record.rec_type
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or path
    if kind == "revisit":
        keys = (headers.get_header(k) for k in ("WARC-Payload-Digest", "WARC-Refers-To"))
        target = next((seen[key] for key in keys if key in seen), None)
        return None if target is None else (uri, RecordRef(path, member, offset, target))
    if kind not in ("response", "resource") or not _is_page(record):
        return None
    for key in ("WARC-Payload-Digest", "WARC-Record-ID"):
        if headers.get_header(key):
            seen[headers.get_header(key)] = offset
    return uri, RecordRef(path, member, offset, offset)


def _is_page(record) -> bool:
    """A 2xx HTTP response, or a resource, whose payload is HTML or plain text."""
    from auditor.encoding import binary_kind
    from auditor.fetched import parse_content_type

    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
    media_type, _ = parse_content_type(_content_type(record))
    if media_type not in _PAGE_TYPES:
        return False
    return media_type != "" or binary_kind(record.content_stream().read(_PEEK)) is None


def _content_type(record) -> str | None:
    if record.http_headers is not None:
        return record.http_headers.get_header("Content-Type")
    return record.rec_headers.get_header("Content-Type")


def read_record(ref: RecordRef, settings: Settings):
    """The page at ``ref`` as a :class:`~auditor.ingest.RawInput`, or an InputError."""
    from auditor.fetched import is_html_document, parse_content_type
    from auditor.ingest import RawInput

    if ref.damage is not None:
        raise InputError(f"{ref.path}: {ref.damage}")
    try:
        with _open(ref.path, ref.member) as stream:
            record = _record_at(stream, ref.offset)
            uri = record.rec_headers.get_header("WARC-Target-URI") or ref.path
            date = record.rec_headers.get_header("WARC-Date")
            if ref.payload_offset != ref.offset:
                record = _record_at(stream, ref.payload_offset)
            status = record.http_headers.get_statuscode() if record.http_headers else None
            content_type = _content_type(record)
            data = record.content_stream().read(settings.max_bytes + 1)
    except InputError:
        raise
    except Exception as exc:  # the file changed since it was listed, or cannot be read
        cause = f"cannot read the record at {_in(ref)} ({_cause(exc)})"
        raise InputError(f"{ref.path}: {cause}") from None
    if len(data) > settings.max_bytes:
        raise InputError(
            f"{uri} (record at {_in(ref)} of {ref.path}) is over the "
            f"{settings.max_bytes:,}-byte limit (--max-bytes)",
            ExitCode.TOO_LARGE,
        )
    media_type, charset = parse_content_type(content_type)
    archive = {
        "path": ref.path,
        "format": "warc",
        "member": ref.member or None,
        "offset": ref.offset,
        "url": uri,
        "fetched_at": date,
        "status": int(status) if status and status.isdigit() else None,
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    return RawInput(
        data,
        "warc",
        uri,
        declared_charset=charset,
        html=is_html_document(media_type, data),
        url=uri,
        archive=archive,
    )


def _record_at(stream: IO[bytes], offset: int):
    stream.seek(offset)
    return next(_iterator(stream))


def read_single(path: str, settings: Settings):
    """The one page of a one-page archive (such as ``--archive`` writes), for ``auditor audit``."""
    found = []
    for _, ref in pages(path):
        found.append(ref)
        if ref.damage is not None or len(found) > 1:
            break
    if not found:
        raise InputError(f"{path} holds no HTML or plain-text page")
    if found[-1].damage is None and len(found) > 1:
        raise InputError(f"{path} holds more than one page: audit it with 'auditor batch'")
    return read_record(found[0], settings)


def _in(ref: RecordRef) -> str:
    return f"{ref.offset}" + (f" of {ref.member}" if ref.member else "")


def _cause(exc: BaseException) -> str:
    """The exception's message on one line, printable, shortened (it may quote binary data)."""
    text = "".join(c if c.isprintable() else "?" for c in " ".join(str(exc).split()))
    return text[:80] or type(exc).__name__


def write_fetch(result: FetchResult, stream: IO[bytes], notes: dict[str, object]) -> None:
    """Write a fetch as gzipped WARC records: a request and a response per hop, then metadata.

    Each redirect is a response with its status, the headers it was sent with and its
    body (cut at :data:`~auditor.fetched.HOP_BODY` bytes, marked WARC-Truncated); a hop
    known only by its Location (a fetch cache entry of an earlier version) has that
    header alone. The last
    response holds the headers kept and the body exactly as read. Bodies are stored
    after HTTP content decoding, so the Content-Encoding and lengths sent are replaced
    by the stored body's length. The metadata record (JSON) holds the fetch's
    provenance and ``notes``.
    """
    import io
    import json

    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(stream, gzip=True)
    date = {"WARC-Date": _warc_date(result.fetched_at)}
    for hop in result.hops:
        warc_headers = dict(date)
        if hop is result.hops[-1]:
            headers, body = _kept(result.headers), result.body
        else:
            headers = _as_sent(hop.headers) or [("Location", hop.location or "")]
            body = hop.body
            if hop.truncated:
                warc_headers["WARC-Truncated"] = hop.truncated
        writer.write_record(_request(writer, hop.url, date))
        http = _status_and_headers(hop.status, [*headers, ("Content-Length", str(len(body)))])
        writer.write_record(
            writer.create_warc_record(
                hop.url, "response", payload=io.BytesIO(body), http_headers=http,
                warc_headers_dict=warc_headers,
            )
        )  # fmt: skip
    metadata = json.dumps({**result.provenance(), **notes}, indent=2, ensure_ascii=False)
    writer.write_record(
        writer.create_warc_record(
            result.url, "metadata", payload=io.BytesIO(metadata.encode("utf-8")),
            warc_headers_dict={**date, "Content-Type": "application/json"},
        )
    )  # fmt: skip


_NOT_KEPT = frozenset({"content-encoding", "content-length", "transfer-encoding"})


def _kept(headers: dict[str, str]) -> list[tuple[str, str]]:
    return [(name.title(), value) for name, value in headers.items() if name not in _NOT_KEPT]


def _as_sent(headers: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """A redirect's headers in their order and case, but for the lengths and encodings."""
    return [(name, value) for name, value in headers if name.lower() not in _NOT_KEPT]


def _request(writer, url: str, date: dict[str, str]):
    """The request as far as it is known: method, target and Host."""
    import io
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    http = _status_and_headers(None, [("Host", parts.netloc)], f"GET {target} HTTP/1.1")
    return writer.create_warc_record(
        url, "request", payload=io.BytesIO(b""), http_headers=http, warc_headers_dict=dict(date)
    )


def _status_and_headers(status: int | None, headers, line: str | None = None):
    from http import HTTPStatus

    from warcio.statusandheaders import StatusAndHeaders

    if line is None:
        phrase = HTTPStatus(status).phrase if status in HTTPStatus._value2member_map_ else ""
        line = f"{status} {phrase}".strip()
    return StatusAndHeaders(line, headers, protocol="" if status is None else "HTTP/1.1")


def _warc_date(iso: str) -> str:
    """``2026-12-04T10:00:00+00:00`` as WARC writes it: ``2026-12-04T10:00:00Z``."""
    return iso.replace("+00:00", "Z")
