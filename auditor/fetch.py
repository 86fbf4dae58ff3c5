"""Fetch a URL the way a careful fact-checker would: bounded, honest about failures.

This is the only module that touches the network. A :class:`Fetcher` enforces:

- time: connect and read timeouts, and an overall deadline for the whole fetch,
  redirects and retries included (waiting for the per-host politeness gate is not
  counted: it is time spent on other fetches, each bounded by its own deadline);
- size: the body is streamed and abandoned as soon as it passes ``max_bytes``;
- redirects: at most ``max_redirects``, to http(s) only, loops detected, each hop kept;
- TLS: always verified, against certifi's CA bundle or the given ``ca_bundle``;
- content: HTML and plain text only, judged from the header and from the bytes;
- retries: 429 and 503 are retried with backoff, honouring Retry-After, within the deadline.

Every failure is a :class:`~auditor.errors.FetchError` whose one-line message names
the URL and the cause, and whose exit code is the documented one for that cause.
urllib3 is imported lazily so that importing this module stays cheap.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import math
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from types import TracebackType
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from auditor import __version__
from auditor.encoding import binary_kind
from auditor.errors import ExitCode, FetchError, UsageError
from auditor.fetched import (  # the values shared with the cache and the archive
    HOP_BODY,
    HTML_TYPES,
    FetchResult,
    Hop,
    decode_body,
    parse_content_type,
)
from auditor.politeness import HostGate
from auditor.printable import printable

if TYPE_CHECKING:
    from urllib3 import BaseHTTPResponse

    from auditor.cache import FetchCache

#: Response headers worth keeping as evidence, lower-case.
KEPT_HEADERS = (
    "content-type",
    "content-length",
    "content-encoding",
    "content-language",
    "last-modified",
    "etag",
    "date",
    "server",
)

_TEXT_TYPES = HTML_TYPES | {"text/plain"}
_TYPE_KINDS = {
    "application/pdf": "a PDF document",
    "application/json": "JSON data",
    "application/octet-stream": "unlabelled binary data",
    "image": "an image",
    "audio": "audio",
    "video": "a video",
}
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({429, 503})
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1"
_CHUNK = 64 * 1024
# A timeout that fires with less than this left before the deadline is the deadline's.
_DEADLINE_SLACK = 0.05


def default_user_agent() -> str:
    """The User-Agent sent unless the options name another one."""
    return f"auditor/{__version__} (+source-attribution auditor for fact-checkers)"


@dataclass(frozen=True)
class FetchOptions:
    """Limits for one fetch; every one has a CLI option and a config key."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # overall seconds for the whole fetch incl. redirects and retries
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2  # for 429 and 503
    backoff: float = 1.0  # first pause when the server gives no Retry-After; doubles each time
    max_retry_after: float = 30.0  # a longer Retry-After ends the fetch instead of waiting
    user_agent: str | None = None  # None: default_user_agent()
    host_delay: float = 0.0  # seconds between the end of one request to a host and the next
    max_per_host: int = 1  # requests to one host at the same time
    ca_bundle: str | None = None  # a CA file to trust instead of certifi's; never "no verification"

    def __post_init__(self) -> None:
        positive = ("connect_timeout", "read_timeout", "deadline", "max_bytes", "max_per_host")
        for name in positive:  # "not > 0" is also true of NaN
            if not 0 < getattr(self, name) < math.inf:
                raise UsageError(f"{name} must be positive and finite, not {getattr(self, name)}")
        not_negative = ("max_redirects", "retries", "backoff", "max_retry_after", "host_delay")
        for name in not_negative:
            if not 0 <= getattr(self, name) < math.inf:
                raise UsageError(
                    f"{name} must be zero or more and finite, not {getattr(self, name)}"
                )


class _Clock:
    """The deadline of one fetch; it can be pushed back by time that must not count."""

    def __init__(self, budget: float) -> None:
        self.budget = budget
        self._end = time.monotonic() + budget

    def remaining(self) -> float:
        return self._end - time.monotonic()

    def extend(self, seconds: float) -> None:
        self._end += seconds


class Fetcher:
    """Fetches URLs under :class:`FetchOptions`; one instance may serve many threads."""

    def __init__(self, options: FetchOptions | None = None, *, cache: FetchCache | None = None):
        import certifi
        import urllib3

        self.options = options or FetchOptions()
        ca_bundle = self.options.ca_bundle
        if ca_bundle is not None and not os.path.isfile(ca_bundle):
            raise UsageError(f"CA bundle not found: {ca_bundle}")
        self._cache = cache
        self._headers = {
            "User-Agent": self.options.user_agent or default_user_agent(),
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",
        }
        self._pool = urllib3.PoolManager(
            num_pools=64,
            maxsize=self.options.max_per_host,
            cert_reqs="CERT_REQUIRED",
            ca_certs=ca_bundle or certifi.where(),
        )
        self._pool.pool_classes_by_scheme = _watched_pool_classes()
        self._gate = HostGate(self.options.max_per_host, self.options.host_delay)
        self._resolved: set[str] = set()
        self._resolved_lock = threading.Lock()

    def fetch(self, url: str) -> FetchResult:
        """Fetch ``url``, or raise :class:`FetchError` naming why it could not be."""
        if self._cache is None:
            return self._fetch(url)
        return self._cache.get_or_fetch(url, self._fetch)

    def close(self) -> None:
        """Close pooled connections."""
        self._pool.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _fetch(self, url: str) -> FetchResult:
        started = time.monotonic()
        clock = _Clock(self.options.deadline)
        problem = _url_problem(url)
        if problem:
            raise _error(url, url, problem, ExitCode.INPUT)
        current = url
        hops: list[Hop] = []
        retried = 0
        while True:
            host = urlsplit(current).hostname or ""
            self._resolve(url, current, host, clock)
            with self._gate.hold(host) as waited:
                clock.extend(waited)
                response = self._open(url, current, clock)
                try:
                    if response.status in _REDIRECT_STATUSES:
                        hops.append(self._redirect(current, response, clock))
                        current = self._follow(url, hops)
                        continue
                    if response.status not in _RETRY_STATUSES or retried == self.options.retries:
                        hops.append(Hop(current, response.status, None))
                        return self._finish(url, response, tuple(hops), retried, clock, started)
                    pause = self._retry_pause(url, current, response, retried, clock)
                    self._gate.defer(host, pause)
                finally:
                    _discard(response)
            # Only a 429 or 503 to retry gets here; sleep without holding the gate.
            time.sleep(pause)
            retried += 1

    def _resolve(self, url: str, current: str, host: str, clock: _Clock) -> None:
        """Look ``host`` up once per fetcher, bounded in time (getaddrinfo itself is not)."""
        with self._resolved_lock:
            if host in self._resolved:
                return
        limit = max(0.0, min(self.options.connect_timeout, clock.remaining()))
        failure: list[BaseException] = []
        done = threading.Event()

        def lookup() -> None:
            try:
                socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
            except (OSError, UnicodeError) as exc:
                failure.append(exc)
            finally:
                done.set()

        threading.Thread(target=lookup, name="auditor-dns", daemon=True).start()
        if not done.wait(limit):
            if clock.remaining() < _DEADLINE_SLACK:
                raise _deadline_error(url, current, clock, f"looking up {host}")
            cause = f"DNS lookup of {host} timed out after {limit:.1f} s (connect timeout)"
            raise _error(url, current, cause, ExitCode.TIMEOUT)
        if failure:
            reason = getattr(failure[0], "strerror", None) or str(failure[0])
            cause = f"could not resolve host name {host} (DNS failure: {reason})"
            raise _error(url, current, cause, ExitCode.NETWORK)
        with self._resolved_lock:
            self._resolved.add(host)

    def _open(self, url: str, current: str, clock: _Clock) -> BaseHTTPResponse:
        """Send the request and return the response with its body unread."""
        import urllib3

        remaining = clock.remaining()
        if remaining <= 0:
            raise _deadline_error(url, current, clock, "before the request could be sent")
        timeout = urllib3.Timeout(
            total=remaining, connect=self.options.connect_timeout, read=self.options.read_timeout
        )
        # Read timeouts bound each wait, not a status line and headers dripped a byte at a
        # time: at the deadline the watchdog shuts the connection's socket.
        _WATCHED.connections = connections = []
        expired = threading.Event()

        def stop() -> None:
            expired.set()
            for connection in connections:
                with contextlib.suppress(OSError, AttributeError):
                    connection.sock.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(remaining, stop)
        watchdog.daemon = True
        watchdog.start()
        try:
            for attempt in (1, 2):
                try:
                    response = self._request(current, timeout)
                    break
                except urllib3.exceptions.HTTPError as exc:
                    if expired.is_set():
                        raise _deadline_error(
                            url, current, clock, "waiting for the server"
                        ) from exc
                    # A pooled connection the server had closed: a GET may be sent again, once.
                    if attempt == 2 or not _stale(exc, connections):
                        raise self._failure(
                            url, current, exc, clock, "waiting for the server"
                        ) from exc
        finally:
            watchdog.cancel()
            _WATCHED.connections = None
        if expired.is_set():
            _discard(response)
            raise _deadline_error(url, current, clock, "waiting for the server")
        return response

    def _request(self, current: str, timeout) -> BaseHTTPResponse:
        return self._pool.request(
            "GET",
            current,
            headers=self._headers,
            timeout=timeout,
            retries=False,
            redirect=False,
            preload_content=False,
        )

    def _redirect(self, current: str, response: BaseHTTPResponse, clock: _Clock) -> Hop:
        """The redirect with its headers and body (for the archive), read within the limits."""
        import urllib3

        seconds = max(0.0, min(clock.remaining(), self.options.read_timeout))
        expired = threading.Event()

        def stop() -> None:
            expired.set()
            with contextlib.suppress(ValueError, RuntimeError, OSError):
                response.shutdown()

        watchdog = threading.Timer(seconds, stop)
        watchdog.daemon = True
        watchdog.start()
        body, truncated = b"", None
        try:
            while len(body) <= HOP_BODY and (chunk := response.read1(HOP_BODY + 1 - len(body))):
                body += chunk
        except urllib3.exceptions.TimeoutError:
            truncated = "time"
        except (urllib3.exceptions.HTTPError, OSError):
            truncated = "disconnect"
        finally:
            watchdog.cancel()
        if expired.is_set():
            truncated = "time"
        elif len(body) > HOP_BODY:
            body, truncated = body[:HOP_BODY], "length"
        headers = tuple(response.headers.iteritems())
        location = response.headers.get("Location")
        return Hop(current, response.status, location, headers, body, truncated)

    def _follow(self, url: str, hops: list[Hop]) -> str:
        """The URL the last hop redirects to, if it may be followed."""
        hop = hops[-1]
        if not hop.location:
            cause = f"{_status_text(hop.status)} redirect without a Location header"
            raise _error(url, hop.url, cause, ExitCode.REDIRECTS)
        try:
            target = urljoin(hop.url, hop.location)
        except ValueError as exc:  # e.g. an unclosed IPv6 bracket
            cause = f"redirected to a malformed URL ({exc})"
            raise _error(url, hop.url, cause, ExitCode.REDIRECTS) from None
        problem = _url_problem(target)
        if problem:
            raise _error(url, hop.url, f"redirected to {target}: {problem}", ExitCode.REDIRECTS)
        visited = [h.url for h in hops]
        if target in visited:
            loop = " -> ".join([*visited[visited.index(target) :], target])
            raise _error(url, hop.url, f"redirect loop: {loop}", ExitCode.REDIRECTS)
        if len(hops) > self.options.max_redirects:
            cause = f"more than {self.options.max_redirects} redirects"
            raise _error(url, hop.url, cause, ExitCode.REDIRECTS)
        return target

    def _retry_pause(
        self, url: str, current: str, response: BaseHTTPResponse, retried: int, clock: _Clock
    ) -> float:
        """Seconds to wait before retrying a 429 or 503, or the error if waiting is pointless."""
        status = _status_text(response.status)
        asked = _retry_after(response.headers.get("Retry-After"))
        if asked is None:
            pause = self.options.backoff * 2**retried
        elif asked > self.options.max_retry_after:
            cause = (
                f"{status}; the server asked to retry after {asked:.0f} s, more than "
                f"the {self.options.max_retry_after:.1f} s allowed (max_retry_after)"
            )
            raise _error(url, current, cause, ExitCode.HTTP_STATUS)
        else:
            pause = asked
        if pause >= clock.remaining():
            budget = clock.budget
            cause = f"{status}; retrying in {pause:.1f} s would pass the {budget:.1f} s deadline"
            raise _error(url, current, cause, ExitCode.HTTP_STATUS)
        return pause

    def _finish(
        self,
        url: str,
        response: BaseHTTPResponse,
        hops: tuple[Hop, ...],
        retried: int,
        clock: _Clock,
        started: float,
    ) -> FetchResult:
        """Check the final response, read its body and build the result."""
        current = hops[-1].url
        if not 200 <= response.status < 300:
            cause = _status_text(response.status)
            if retried:
                cause += f" (after {retried} {'retry' if retried == 1 else 'retries'})"
            raise _error(url, current, cause, ExitCode.HTTP_STATUS)
        content_type = response.headers.get("Content-Type")
        media_type, _ = parse_content_type(content_type)
        if media_type and media_type not in _TEXT_TYPES:
            raise _error(url, current, _unsupported(media_type), ExitCode.UNSUPPORTED)
        fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        body = self._read_body(url, current, response, clock)
        kind = binary_kind(body)
        if kind:
            cause = (
                f"served as {media_type or 'an unnamed type'} but the body is {kind}; "
                "only HTML and plain text can be audited"
            )
            raise _error(url, current, cause, ExitCode.UNSUPPORTED)
        decoded = decode_body(body, content_type)
        return FetchResult(
            url=url,
            final_url=current,
            status=response.status,
            headers={name: value for name in KEPT_HEADERS if (value := response.headers.get(name))},
            content_type=media_type,
            body=body,
            text=decoded.text,
            encoding=decoded.encoding,
            encoding_method=decoded.method,
            hops=hops,
            fetched_at=fetched_at,
            sha256=hashlib.sha256(body).hexdigest(),
            elapsed=time.monotonic() - started,
        )

    def _read_body(
        self, url: str, current: str, response: BaseHTTPResponse, clock: _Clock
    ) -> bytes:
        """Stream the (decompressed) body, within ``max_bytes`` and the deadline."""
        import urllib3

        limit = self.options.max_bytes
        declared = response.headers.get("Content-Length", "")
        if _digits(declared) and (len(declared) > 18 or int(declared) > limit):
            size = f"{len(declared)}-digit" if len(declared) > 18 else _size(int(declared))
            cause = f"the body is {size}, over the {_size(limit)} limit (max_bytes)"
            raise _error(url, current, cause, ExitCode.TOO_LARGE)
        # A read blocked on a silent server only ends at the read timeout; at the
        # deadline the watchdog shuts the socket so that the read returns at once.
        expired = threading.Event()

        def stop() -> None:
            expired.set()
            # Fails harmlessly if the body is complete and the connection released.
            with contextlib.suppress(ValueError, RuntimeError, OSError):
                response.shutdown()

        watchdog = threading.Timer(max(0.0, clock.remaining()), stop)
        watchdog.daemon = True
        watchdog.start()
        chunks: list[bytes] = []
        size = 0
        try:
            while chunk := response.read1(_CHUNK):
                size += len(chunk)
                if size > limit:
                    cause = f"the body passed the {_size(limit)} limit (max_bytes); stopped reading"
                    raise _error(url, current, cause, ExitCode.TOO_LARGE)
                chunks.append(chunk)
                if clock.remaining() <= 0:
                    raise _deadline_error(url, current, clock, "while reading the body")
        except urllib3.exceptions.HTTPError as exc:
            if expired.is_set():
                raise _deadline_error(url, current, clock, "while reading the body") from exc
            raise self._failure(url, current, exc, clock, "waiting for more of the body") from exc
        finally:
            watchdog.cancel()
        if expired.is_set():  # the shut socket looked like the end of a body without length
            raise _deadline_error(url, current, clock, "while reading the body")
        return b"".join(chunks)

    def _failure(
        self, url: str, current: str, exc: Exception, clock: _Clock, waiting: str
    ) -> FetchError:
        """Translate a urllib3 error into a FetchError with the right exit code."""
        from urllib3 import exceptions as ux

        parts = urlsplit(current)
        where = parts.netloc
        cause = _innermost(exc)
        if isinstance(exc, ux.NameResolutionError):
            message = f"could not resolve host name {parts.hostname} (DNS failure)"
            return _error(url, current, message, ExitCode.NETWORK)
        if isinstance(exc, ux.NewConnectionError):
            if isinstance(cause, ConnectionRefusedError):
                return _error(url, current, f"connection refused by {where}", ExitCode.NETWORK)
            reason = getattr(cause, "strerror", None) or str(cause)
            message = f"could not connect to {where} ({reason})"
            return _error(url, current, message, ExitCode.NETWORK)
        if isinstance(exc, ux.TimeoutError):
            if isinstance(exc, ux.ConnectTimeoutError):
                doing, limit = f"connecting to {where}", self.options.connect_timeout
                name = "connect"
            else:
                doing, limit, name = waiting, self.options.read_timeout, "read"
            if clock.remaining() < _DEADLINE_SLACK:
                return _deadline_error(url, current, clock, doing)
            message = f"timed out after {limit:.1f} s {doing} ({name} timeout)"
            return _error(url, current, message, ExitCode.TIMEOUT)
        if isinstance(exc, ux.SSLError):
            return _error(url, current, _tls_reason(exc), ExitCode.TLS)
        if isinstance(exc, ux.LocationValueError):
            return _error(url, current, f"malformed URL ({exc})", ExitCode.INPUT)
        if isinstance(exc, ux.DecodeError):
            message = "the server sent a compressed body that could not be decompressed"
            return _error(url, current, message, ExitCode.NETWORK)
        return _error(url, current, _broken_connection(cause), ExitCode.NETWORK)


# The connections a fetch thread is sending on, for the watchdog of _open.
_WATCHED = threading.local()


@functools.cache
def _watched_pool_classes() -> dict[str, type]:
    """urllib3's connection pools, whose connections tell the fetch thread they are in use."""
    from urllib3.connection import HTTPConnection, HTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

    def watched(connection_class: type) -> type:
        class Watched(connection_class):
            def request(self, *args, **kwargs) -> None:
                self.auditor_reused = self.sock is not None  # kept open from a request before
                connections = getattr(_WATCHED, "connections", None)
                if connections is not None:
                    connections.append(self)
                return super().request(*args, **kwargs)

        return Watched

    http = type("HTTPPool", (HTTPConnectionPool,), {"ConnectionCls": watched(HTTPConnection)})
    https = type("HTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": watched(HTTPSConnection)})
    return {"http": http, "https": https}


def _stale(error: Exception, connections: list) -> bool:
    """Whether ``error`` is a reset or hang-up on a connection reused from the pool."""
    from urllib3.exceptions import ProtocolError

    reused = any(getattr(c, "auditor_reused", False) for c in connections)
    return (
        reused
        and isinstance(error, ProtocolError)
        and isinstance(_innermost(error), ConnectionResetError)
    )


def fetch(url: str, options: FetchOptions | None = None) -> FetchResult:
    """Fetch one URL with a fetcher of its own."""
    with Fetcher(options) as fetcher:
        return fetcher.fetch(url)


def _error(url: str, current: str, cause: str, code: ExitCode) -> FetchError:
    where = "" if current == url else f" (at {current})"
    message = f"could not fetch {url}: {cause}{where}"
    return FetchError(printable(message), code)


def _deadline_error(url: str, current: str, clock: _Clock, doing: str) -> FetchError:
    cause = f"gave up after {clock.budget:.1f} s (overall deadline) {doing}"
    return _error(url, current, cause, ExitCode.TIMEOUT)


def _url_problem(url: str) -> str | None:
    """Why ``url`` cannot be fetched, or None if it is a well-formed http(s) URL."""
    if any(not c.isprintable() for c in url):
        return "control characters in the URL"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError as exc:
        return f"malformed URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return "not an http(s) URL"
    if not parts.hostname:
        return "no host name in the URL"
    return None


def _status_text(status: int) -> str:
    try:
        return f"HTTP {status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"HTTP {status}"


def _retry_after(value: str | None) -> float | None:
    """Seconds asked for by a Retry-After header (delay or HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if _digits(value):
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _digits(value: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also takes "²" and other digits float() refuses."""
    return value.isascii() and value.isdigit()


def _unsupported(media_type: str) -> str:
    kind = _TYPE_KINDS.get(media_type) or _TYPE_KINDS.get(media_type.partition("/")[0])
    if kind is None and media_type.endswith("+json"):
        kind = "JSON data"
    described = f"{media_type} ({kind})" if kind else media_type
    return f"unsupported content type {described}; only HTML and plain text can be audited"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MiB"
    if n >= 1024:
        return f"{n / 1024:.0f} KiB"
    return f"{n} bytes"


def _innermost(exc: BaseException) -> BaseException:
    """The original error under urllib3's wrappers (via __cause__ or the arguments)."""
    seen: set[int] = set()
    while id(exc) not in seen:
        seen.add(id(exc))
        nested = exc.__cause__ or next((a for a in exc.args if isinstance(a, BaseException)), None)
        if nested is None:
            break
        exc = nested
    return exc


def _tls_reason(exc: BaseException) -> str:
    import ssl

    cause = _innermost(exc)
    if isinstance(cause, ssl.SSLCertVerificationError):
        return f"TLS certificate verification failed ({cause.verify_message})"
    if isinstance(cause, ssl.SSLError):
        return f"TLS handshake failed ({cause.reason or cause})"
    return f"TLS error ({cause})"


def _broken_connection(cause: BaseException) -> str:
    from http.client import IncompleteRead, RemoteDisconnected

    if isinstance(cause, RemoteDisconnected):  # a subclass of ConnectionResetError
        return "the server closed the connection without answering"
    if isinstance(cause, ConnectionResetError):
        return "the connection was reset by the server"
    if isinstance(cause, IncompleteRead):
        return "the server closed the connection before sending the whole body"
    return f"the connection broke ({cause})"


def _discard(response: BaseHTTPResponse) -> None:
    """Close a response whose body is not needed (or already read) and free its slot."""
    response.close()
    response.release_conn()
