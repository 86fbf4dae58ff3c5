"""Inputs: a file, standard input or a URL, read into an :class:`~auditor.models.Article`.

Whether a document is HTML or plain text is decided from its content, not its
name. Bytes are decoded by :mod:`auditor.encoding` and never crash on bad
bytes. Plain text keeps its paragraphs (blank lines) and takes its first line
as the headline when it looks like one. Every failure is an
:class:`~auditor.errors.AuditorError` with a one-line message.
"""

from __future__ import annotations

import hashlib
import re
import stat
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from auditor.encoding import binary_kind, decode
from auditor.errors import ExitCode, InputError, NoTextError
from auditor.models import Article, InputInfo
from auditor.settings import Settings
from auditor.warc import is_archive, read_single

# "scheme://...", or one of the schemes that take no "//" (never a file name in practice).
_URL = re.compile(
    r"^(?:[a-zA-Z][a-zA-Z0-9+.-]*://|(?:javascript|data|mailto|about|blob|vbscript):)", re.I
)
_HTML_SNIFF = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|article|title|div|p|br)\b", re.I)
# ASCII and C1 controls (U+0080-U+009F: escape sequences to a terminal), BOM, object mark.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ufffc]")
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")
# A lone surrogate (text that was never valid Unicode) cannot be written out: made U+FFFD.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Unicode's Stream-Safe Text Format (UAX #15) allows 30 combining marks in a row; longer
# runs ("Zalgo" text, megabytes of accents on one letter) only cost time and memory.
_MAX_MARKS = 30
_MARKS = ((0x300, 0x36F), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0xFE20, 0xFE2F))
_MARK = "[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _MARKS) + "]"
# Opening with a single mark, not a repeat, lets re skip to the next mark at C speed.
_MARK_RUN = re.compile(f"{_MARK}{_MARK}{{{_MAX_MARKS},}}")
# The UTF-8 of every mark opens with one of these (all its bytes but the last): text
# whose UTF-8 holds none of them has no mark, which bytes' ``in`` finds out quickest.
_MARK_LEADS = tuple(sorted({chr(c).encode()[:-1] for lo, hi in _MARKS for c in range(lo, hi + 1)}))
_CONTROL_BYTES = bytes(b for b in range(0x80) if _CONTROL.match(chr(b)))  # its ASCII part
_PLAIN_BYTES = bytes(b for b in range(0x80) if b not in _CONTROL_BYTES)  # ASCII but those
# Spaces and tabs, no-break, typographic and zero-width spaces: each run becomes one " ".
# Only the runs that are not one plain space already are matched (most gaps are one).
_OTHER_SPACES = "\t\u00a0\u2000-\u200b\u3000"
_SPACES = re.compile(f" [ {_OTHER_SPACES}]+|[{_OTHER_SPACES}][ {_OTHER_SPACES}]*")
_SPECIAL = {
    stat.S_IFIFO: "a FIFO (named pipe)",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}
_HEADLINE_WORDS = 25
_HEADLINE_MIN_WORDS = 3
_HEADLINE_SEARCH = 2  # breadcrumb or section lines that may stand above the headline
_BREADCRUMB = re.compile(r"\s[/|›»>]\s")
_HEADLINE_CHARS = 200


@dataclass(frozen=True)
class RawInput:
    """Bytes of one input and what is known of them before decoding."""

    data: bytes
    kind: str  # "file", "stdin", "url" or "warc" (a record of a web archive)
    location: str | None
    declared_charset: str | None = None
    html: bool | None = None  # known from the HTTP content type; None: sniff
    url: str | None = None  # the page's URL, for extraction metadata
    fetch: dict[str, Any] | None = None
    archive: dict[str, Any] | None = None
    extension: str = ""
    warnings: tuple[str, ...] = ()  # said with the report (an archive sidecar ignored)


@dataclass(frozen=True)
class Ingested:
    article: Article
    info: InputInfo
    warnings: tuple[str, ...] = field(default=())


def is_url(target: str) -> bool:
    return bool(_URL.match(target))


def read_file(path: str | Path, settings: Settings, *, streams: bool = True) -> RawInput:
    """The bytes of a file, or an InputError naming what is wrong with it.

    A FIFO or a character device is read up to ``max_bytes`` when ``streams`` is true
    (``auditor audit``), refused otherwise (a batch must not wait on one); a socket or
    a block device is always refused. A one-page web archive is read as its page.
    """
    if is_archive(str(path)):  # a one-page web archive, such as --archive writes
        return read_single(str(path), settings)
    path = Path(path)
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise InputError(
                f"{path} is a directory, not an article (use 'auditor batch' for folders)"
            )
        if not stat.S_ISREG(mode):
            kind = _SPECIAL.get(stat.S_IFMT(mode), "a special file")
            if not (streams and kind in (_SPECIAL[stat.S_IFIFO], _SPECIAL[stat.S_IFCHR])):
                raise InputError(f"{path} is {kind}, not a regular file; skipped")
            with path.open("rb") as stream:
                return read_stream(stream, settings, str(path), "file")
        size = path.stat().st_size
        if size > settings.max_bytes:
            raise InputError(
                f"{path} is {size:,} bytes, over the {settings.max_bytes:,}-byte limit"
                " (--max-bytes)",
                ExitCode.TOO_LARGE,
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return _with_sidecar(RawInput(data, "file", str(path), extension=path.suffix.lower()), path)


def read_stream(
    stream: BinaryIO, settings: Settings, name: str = "<stdin>", kind: str = "stdin"
) -> RawInput:
    """At most ``max_bytes`` of ``stream`` (stdin, a FIFO, a device), or an InputError."""
    data = stream.read(settings.max_bytes + 1)
    if len(data) > settings.max_bytes:
        raise InputError(
            f"{name} is over the {settings.max_bytes:,}-byte limit (--max-bytes)",
            ExitCode.TOO_LARGE,
        )
    return RawInput(data, kind, name)


def read_target(target: str, settings: Settings, fetcher=None, archive=None) -> RawInput:
    """Read ``target``: ``-`` for standard input, an http(s) URL, or a file path."""
    if target == "-":
        return read_stream(sys.stdin.buffer, settings)
    if is_url(target):
        return read_url(target, fetcher, archive)
    return read_file(target, settings)


def read_url(url: str, fetcher=None, archive: str | Path | None = None) -> RawInput:
    """Fetch ``url``; with ``archive``, keep the exact bytes there as evidence."""
    from auditor.fetch import Fetcher
    from auditor.fetched import parse_content_type

    if not url.lower().startswith(("http://", "https://")):
        raise InputError(f"{url}: only http and https URLs can be audited")
    result = (fetcher or Fetcher()).fetch(url)
    archived = None
    if archive is not None:
        from auditor.archive import save

        copy = save(result, archive)
        archived = {"path": str(copy.path), "format": "warc", "sha256": copy.sha256}
    return RawInput(
        result.body,
        "url",
        url,
        declared_charset=parse_content_type(result.headers.get("content-type"))[1],
        html=result.is_html,
        url=result.final_url,
        fetch=result.provenance(),
        archive=archived,
    )


def ingest(raw: RawInput, settings: Settings) -> Ingested:
    """Decode, sniff and extract ``raw`` into an article."""
    name = raw.location or raw.kind
    kind = binary_kind(raw.data)
    if kind is not None:
        raise InputError(f"{name} is {kind}, not an article")
    if not raw.data.strip():
        raise InputError(f"{name} is empty")
    decoded = decode(raw.data, raw.declared_charset, html=raw.html)
    # UTF-8 decoding keeps every ASCII byte as its character and makes no other ASCII one,
    # so the bytes tell what ASCII control characters the text holds
    text = _clean(decoded.text, raw.data if decoded.encoding == "utf-8" else None)
    html = raw.html if raw.html is not None else looks_like_html(text)
    if html:
        from auditor.extract import extract_html

        article = extract_html(text, raw.url)
    else:
        article = text_article(text, markdown=raw.extension == ".md")
    if not article.text.strip():
        what = "the page has no article text (a paywall, a JavaScript-only page, or not an article)"
        raise NoTextError(f"{name}: {what}" if html else f"{name} holds no text")
    info = InputInfo(
        kind=raw.kind,
        location=raw.location,
        format="html" if html else "text",
        sha256=hashlib.sha256(raw.data).hexdigest(),
        size=len(raw.data),
        encoding=decoded.encoding,
        encoding_method=decoded.method,
        fetch=raw.fetch,
        archive=raw.archive,
    )
    warnings = raw.warnings + (
        ()
        if decoded.method != "fallback"
        else (f"{name}: the encoding could not be determined; undecodable bytes were replaced",)
    )
    return Ingested(article, info, warnings)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document, judged by its first tags."""
    head = text[:4096]
    return len(_HTML_SNIFF.findall(head)) >= 2 or head.lstrip().lower().startswith(
        ("<!doctype", "<html")
    )


def text_article(text: str, *, markdown: bool = False) -> Article:
    """A plain-text article: paragraphs at blank lines, the headline found at the top."""
    if markdown:
        text = _strip_markdown(text)
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    paragraphs = [_SPACES.sub(" ", _joined_lines(b)).strip() for b in blocks]
    paragraphs = [p for p in paragraphs if p]
    headline = _headline(paragraphs)
    title = paragraphs[headline] if headline is not None else None
    return Article(text="\n\n".join(paragraphs), title=title, headline=headline)


def _joined_lines(block: str) -> str:
    if "\n" not in block:
        return block
    return " ".join(line.strip() for line in block.split("\n"))


def _headline(paragraphs: list[str]) -> int | None:
    """The headline paragraph: the first headline-like one, after any breadcrumb lines."""
    for k, paragraph in enumerate(paragraphs[: _HEADLINE_SEARCH + 1]):
        if k + 1 >= len(paragraphs) or not looks_like_headline(paragraph):
            return None
        breadcrumb = _BREADCRUMB.search(paragraph) or len(paragraph.split()) < _HEADLINE_MIN_WORDS
        if not (breadcrumb and looks_like_headline(paragraphs[k + 1])):
            return k
    return None


def looks_like_headline(line: str) -> bool:
    """Short, and not ending like a sentence (or ending in a headline's ': Report')."""
    words = line.split()
    if not words or len(words) > _HEADLINE_WORDS or len(line) > _HEADLINE_CHARS:
        return False
    return not line.rstrip().endswith((".", ",", ";")) or line.rstrip().endswith("..")


def _clean(text: str, utf8: bytes | None = None) -> str:
    """Line breaks ``\\n``; NUL, BOM dropped; controls spaces; surrogates U+FFFD; marks bounded.

    ``utf8``, when given, is the UTF-8 of ``text``, which spares encoding it to look for
    control characters.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    if utf8 is None:
        try:
            utf8 = text.encode("utf-8")
        except UnicodeEncodeError:
            text = _SURROGATE.sub("\ufffd", text)
            utf8 = text.encode("utf-8")
    # The checks look for ASCII controls and sequences of bytes beyond ASCII, which
    # keep together when every other ASCII byte is dropped: one pass, then a few bytes
    rare = utf8.translate(None, _PLAIN_BYTES)
    if _has_control(text, rare):
        text = _CONTROL.sub(lambda m: "" if m.group() in "\x00\ufeff" else " ", text)
    if not text.isascii() and _may_hold_marks(rare):
        text = _MARK_RUN.sub(lambda m: m.group()[:_MAX_MARKS], text)
    return text


def _may_hold_marks(utf8: bytes) -> bool:
    """Whether ``utf8`` holds the lead of a combining mark's UTF-8 (:data:`_MARK_LEADS`).

    Each byte of a lead is looked for alone first: one byte is found by ``memchr``,
    many times quicker than two in a row, and text without marks nearly always lacks
    one of them (curly quotes and dashes share the lead byte of U+20D0-U+20FF).
    """
    return any(all(byte in utf8 for byte in lead) and lead in utf8 for lead in _MARK_LEADS)


def _has_control(text: str, utf8: bytes) -> bool:
    """Whether ``text`` holds a :data:`_CONTROL` character (C loops: faster than the regex).

    The ASCII and C1 ones are looked for in ``utf8``, the UTF-8 of ``text`` (see :func:`_clean`),
    or those bytes without their plain ASCII ones.
    """
    if "\ufeff" in text or "\ufffc" in text:
        return True
    if b"\xc2" in utf8 and _C1_UTF8.search(utf8):
        return True
    return len(utf8.translate(None, _CONTROL_BYTES)) != len(utf8)


_MD_RULES = (
    (re.compile(r"^\s{0,3}#{1,6}\s*", re.M), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),
)


def _strip_markdown(text: str) -> str:
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


def _with_sidecar(raw: RawInput, path: Path) -> RawInput:
    """An archived copy (``auditor audit DIR/<hash>.html``) is read as it was fetched."""
    from auditor.archive import load_sidecar

    try:
        sidecar = load_sidecar(path)
    except InputError as exc:  # anything the archive did not write changes nothing
        return replace(raw, warnings=(f"{exc}; ignored",))
    if sidecar is None:
        return raw
    if not sidecar.matches_file:
        note = f"{sidecar.path} records another SHA-256 than {path}'s; ignored"
        return replace(raw, warnings=(note,))
    from auditor.fetched import is_html_document, parse_content_type

    media_type, charset = parse_content_type(sidecar.headers.get("content-type"))
    archive = {
        "path": str(path),
        "sidecar": str(sidecar.path),
        "sha256": sidecar.sha256,
        "url": sidecar.url,
        "final_url": sidecar.final_url,
        "fetched_at": sidecar.fetched_at,
        "status": sidecar.status,
        "matches_file": sidecar.matches_file,
    }
    return replace(
        raw,
        declared_charset=charset,
        html=is_html_document(media_type, raw.data),
        url=sidecar.final_url,
        archive=archive,
    )
