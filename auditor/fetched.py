"""What a fetch gives: the values the fetcher, the cache and the archive share.

This module sits below all three (it imports none of them), so the fetcher can use
the cache and the archive while they read and write :class:`FetchResult` without
importing the fetcher and its network code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.encoding import Decoded, decode

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
HOP_BODY = 64 * 1024  # bytes of a redirect's body kept: they are usually a line or two


@dataclass(frozen=True)
class Hop:
    """One response on the way to the page: a redirect, or the final answer.

    A redirect also keeps, for the archive, the headers it came with (in order, as
    sent) and its body after content decoding: at most :data:`HOP_BODY` bytes, with
    ``truncated`` saying why it stops short (WARC-Truncated: ``length``, ``time`` or
    ``disconnect``). They are evidence, not the hop's identity (nor in the report):
    hops read from the sidecars of earlier archives have only the URL, status and
    Location.
    """

    url: str
    status: int
    location: str | None
    headers: tuple[tuple[str, str], ...] = field(default=(), compare=False, repr=False)
    body: bytes = field(default=b"", compare=False, repr=False)
    truncated: str | None = field(default=None, compare=False, repr=False)

    def provenance(self) -> dict[str, object]:
        return {"url": self.url, "status": self.status, "location": self.location}


@dataclass(frozen=True)
class FetchResult:
    """A fetched page: the exact bytes, their text, and where and when they came from."""

    url: str
    final_url: str
    status: int
    headers: dict[str, str]  # the KEPT_HEADERS the server sent, lower-case names
    content_type: str  # media type without parameters, e.g. "text/html"; "" if none was sent
    body: bytes = field(repr=False)
    text: str = field(repr=False)
    encoding: str
    encoding_method: str
    hops: tuple[Hop, ...]
    fetched_at: str  # ISO 8601, UTC
    sha256: str
    elapsed: float

    @property
    def is_html(self) -> bool:
        return is_html_document(self.content_type, self.body)

    def provenance(self) -> dict[str, object]:
        """Where and when the body came from, JSON-ready (everything but body and text)."""
        return {
            "url": self.url,
            "final_url": self.final_url,
            "hops": [hop.provenance() for hop in self.hops],
            "fetched_at": self.fetched_at,
            "status": self.status,
            "headers": dict(self.headers),
            "content_type": self.content_type,
            "encoding": self.encoding,
            "encoding_method": self.encoding_method,
            "size": len(self.body),
            "sha256": self.sha256,
        }


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """Split a Content-Type header into the lower-case media type and its charset."""
    if not value:
        return "", None
    media_type, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'") or None
    return media_type.strip().lower(), charset


def looks_like_html(body: bytes) -> bool:
    """True if ``body`` starts like an HTML document (``<!doctype html`` or ``<html``)."""
    head = body[:1024].removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def is_html_document(content_type: str, body: bytes) -> bool:
    """HTML by its declared type, or plain text (or untyped) that is HTML inside."""
    if content_type in HTML_TYPES:
        return True
    return content_type in ("", "text/plain") and looks_like_html(body)


def decode_body(body: bytes, content_type_header: str | None) -> Decoded:
    """Decode a body as the fetcher does: header charset, then HTML meta, then detection."""
    media_type, charset = parse_content_type(content_type_header)
    return decode(body, charset, html=is_html_document(media_type, body))
