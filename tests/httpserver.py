"""A local HTTP(S) server for tests, with a route for every hostile case a fetch can meet.

It listens on 127.0.0.1 (port 0, so the system picks a free one) in a background
thread and never touches the internet. Fixtures, registered in ``conftest.py``:

- ``http_server``: a fresh plain-HTTP :class:`LocalServer` per test;
- ``https_server``: the same routes over TLS with a self-signed certificate, whose
  PEM file (usable as a CA bundle) is ``https_server.cert_file``;
- ``refused_url``: a URL on a port nobody listens on;
- ``blackhole_url``: a URL whose TCP connect never completes (a full accept queue).

A server counts hits per path, records when each request arrived and the peak
number of requests it served at once, so tests can check caching and politeness.
"""

from __future__ import annotations

import gzip
import ipaddress
import socket
import ssl
import struct
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest

UTF8_PAGE = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Zoë’s report</title>'
    "</head><body><p>“We will not comment,” said Zoë Müller, a spokesperson.</p></body></html>"
)
NO_META_PAGE = "<html><body><p>“We will not comment,” said Zoë Müller.</p></body></html>"
FRENCH = (
    "Le café de la place était fermé lundi. « Nous n'avons pas été prévenus », a déclaré "
    "le maire à l'AFP, qui a ajouté que la décision relevait de la préfecture."
)
FRENCH_PAGE = f"<html><body><p>{FRENCH}</p></body></html>"
EURO_PAGE = (
    '<html><head><meta charset="windows-1252"></head>'
    "<body><p>Prix : 5 € – « cher »</p></body></html>"
)
CYRILLIC = "Министр заявил журналистам, что решение будет принято на следующей неделе."
CYRILLIC_PAGE = (
    f'<html><head><meta charset="iso-8859-5"></head><body><p>{CYRILLIC}</p></body></html>'
)
PLAIN_TEXT = "Zoë said: plain words, no markup.\n"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(17)
BOMB_SIZE = 20 * 1024 * 1024
SLOW_BODY_SIZE = 400  # bytes, one every SLOW_BYTE_INTERVAL seconds
SLOW_BYTE_INTERVAL = 0.05
HUGE_SIZE = 100 * 1024 * 1024
_BLOCK = b"x" * 65536

Route = Callable[["_Handler"], None]
ROUTES: dict[str, Route] = {}


def route(name: str) -> Callable[[Route], Route]:
    """Register a handler for the paths whose first segment is ``name``."""

    def register(handler: Route) -> Route:
        ROUTES[name] = handler
        return handler

    return register


class LocalServer:
    """A threaded HTTP(S) server on 127.0.0.1 serving :data:`ROUTES`."""

    def __init__(self, tls: ssl.SSLContext | None = None, cert_file: Path | None = None):
        self.cert_file = cert_file
        self.stop = threading.Event()
        self._lock = threading.Lock()
        self._hits: Counter[str] = Counter()
        self._arrivals: defaultdict[str, list[float]] = defaultdict(list)
        self._active = 0
        self.peak = 0
        self._httpd = _Server(("127.0.0.1", 0), _Handler, self, tls)
        self.port = self._httpd.server_address[1]
        self._scheme = "https" if tls else "http"
        self._thread = threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def url(self, path: str) -> str:
        return f"{self._scheme}://127.0.0.1:{self.port}{path}"

    def hits(self, path: str) -> int:
        with self._lock:
            return self._hits[path]

    def arrivals(self, path: str) -> list[float]:
        """``time.monotonic()`` at each request for ``path``."""
        with self._lock:
            return list(self._arrivals[path])

    def close(self) -> None:
        self.stop.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()

    def enter(self, path: str) -> int:
        """Record a request; returns how many times ``path`` was asked for, this one included."""
        with self._lock:
            self._hits[path] += 1
            self._arrivals[path].append(time.monotonic())
            self._active += 1
            self.peak = max(self.peak, self._active)
            return self._hits[path]

    def leave(self) -> None:
        with self._lock:
            self._active -= 1


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, handler, local: LocalServer, tls: ssl.SSLContext | None):
        self.local = local
        self.tls = tls
        super().__init__(address, handler)

    def finish_request(self, request, client_address) -> None:
        if self.tls is None:
            super().finish_request(request, client_address)
            return
        request.settimeout(10)
        with self.tls.wrap_socket(request, server_side=True) as tls_request:
            super().finish_request(tls_request, client_address)

    def handle_error(self, request, client_address) -> None:
        # Clients that give up (timeouts, size limits, rejected certificates) are the point.
        pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        path = urlsplit(self.path).path
        local = self.server.local
        self.hit = local.enter(path)
        try:
            ROUTES.get("/" + path.split("/")[1], _not_found)(self)
        except OSError:
            self.close_connection = True  # the client went away
        finally:
            local.leave()

    def log_message(self, format: str, *args: object) -> None:
        pass

    @property
    def segments(self) -> list[str]:
        return urlsplit(self.path).path.split("/")[2:]

    @property
    def stopped(self) -> threading.Event:
        return self.server.local.stop


def send(
    h: _Handler,
    status: int,
    body: bytes,
    content_type: str | None,
    headers: tuple[tuple[str, str], ...] = (),
) -> None:
    h.send_response(status)
    if content_type:
        h.send_header("Content-Type", content_type)
    for name, value in headers:
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def redirect(h: _Handler, status: int, location: str) -> None:
    send(h, status, b"", "text/html", (("Location", location),))


def _not_found(h: _Handler) -> None:
    send(h, 404, b"<html><body>no such page</body></html>", "text/html")


def _html(text: str, encoding: str = "utf-8") -> bytes:
    return text.encode(encoding)


# -- pages that work ---------------------------------------------------------------------


@route("/ok")
def _ok(h: _Handler) -> None:
    headers = (
        ("ETag", '"v1"'),
        ("Last-Modified", "Mon, 01 Jan 2024 00:00:00 GMT"),
        ("Content-Language", "en"),
        ("X-Not-Kept", "1"),
    )
    send(h, 200, _html(UTF8_PAGE), "text/html; charset=utf-8", headers)


@route("/plain")
def _plain(h: _Handler) -> None:
    send(h, 200, PLAIN_TEXT.encode(), "text/plain; charset=utf-8")


@route("/html-as-plain")
def _html_as_plain(h: _Handler) -> None:
    send(h, 200, _html(UTF8_PAGE), "text/plain")


@route("/untyped")
def _untyped(h: _Handler) -> None:
    send(h, 200, _html(UTF8_PAGE), None)


@route("/echo")
def _echo(h: _Handler) -> None:
    send(h, 200, str(h.headers).encode(), "text/plain; charset=utf-8")


@route("/sleep")
def _sleep(h: _Handler) -> None:
    h.stopped.wait(float(h.segments[0]))
    send(h, 200, _html(UTF8_PAGE), "text/html; charset=utf-8")


# -- charsets ------------------------------------------------------------------------------


@route("/latin1")
def _latin1(h: _Handler) -> None:
    send(h, 200, _html(FRENCH_PAGE, "latin-1"), "text/html")


@route("/meta-charset")
def _meta_charset(h: _Handler) -> None:
    send(h, 200, _html(EURO_PAGE, "cp1252"), "text/html")


@route("/declared-latin1-is-utf8")
def _declared_latin1_is_utf8(h: _Handler) -> None:
    send(h, 200, _html(NO_META_PAGE), "text/html; charset=iso-8859-1")


@route("/declared-utf8-is-latin1")
def _declared_utf8_is_latin1(h: _Handler) -> None:
    send(h, 200, _html(FRENCH_PAGE, "latin-1"), "text/html; charset=utf-8")


@route("/header-beats-meta")
def _header_beats_meta(h: _Handler) -> None:
    send(h, 200, _html(CYRILLIC_PAGE, "cp1251"), "text/html; charset=windows-1251")


@route("/gzip")
def _gzip(h: _Handler) -> None:
    headers = (("Content-Encoding", "gzip"),)
    send(h, 200, gzip.compress(_html(UTF8_PAGE)), "text/html; charset=utf-8", headers)


_bomb: list[bytes] = []


@route("/gzip-bomb")
def _gzip_bomb(h: _Handler) -> None:
    if not _bomb:
        _bomb.append(gzip.compress(b"a" * BOMB_SIZE, compresslevel=9))
    send(h, 200, _bomb[0], "text/plain", (("Content-Encoding", "gzip"),))


# -- content types that are not articles -----------------------------------------------------


@route("/pdf")
def _pdf(h: _Handler) -> None:
    send(h, 200, PDF, "application/pdf")


@route("/json")
def _json(h: _Handler) -> None:
    send(h, 200, b'{"headline": "not an article"}', "application/json")


@route("/image")
def _image(h: _Handler) -> None:
    send(h, 200, PNG, "image/png")


@route("/octet")
def _octet(h: _Handler) -> None:
    send(h, 200, PDF, "application/octet-stream")


@route("/pdf-as-html")
def _pdf_as_html(h: _Handler) -> None:
    send(h, 200, PDF, "text/html")


# -- statuses and retries --------------------------------------------------------------------


@route("/404")
def _status_404(h: _Handler) -> None:
    send(h, 404, b"<html><body>gone</body></html>", "text/html")


@route("/500")
def _status_500(h: _Handler) -> None:
    send(h, 500, b"<html><body>oops</body></html>", "text/html")


def _http_date(offset: timedelta) -> str:
    return format_datetime(datetime.now(timezone.utc) + offset, usegmt=True)


@route("/429-once")
def _429_once(h: _Handler) -> None:
    if h.hit == 1:
        send(h, 429, b"slow down", "text/plain", (("Retry-After", "1"),))
    else:
        _ok(h)


@route("/429-always")
def _429_always(h: _Handler) -> None:
    send(h, 429, b"slow down", "text/plain", (("Retry-After", "1"),))


@route("/429-far")
def _429_far(h: _Handler) -> None:
    send(h, 429, b"slow down", "text/plain", (("Retry-After", "3600"),))


@route("/429-past-date")
def _429_past_date(h: _Handler) -> None:
    if h.hit == 1:
        retry_after = _http_date(timedelta(hours=-1))
        send(h, 429, b"slow down", "text/plain", (("Retry-After", retry_after),))
    else:
        _ok(h)


@route("/429-future-date")
def _429_future_date(h: _Handler) -> None:
    retry_after = _http_date(timedelta(hours=1))
    send(h, 429, b"slow down", "text/plain", (("Retry-After", retry_after),))


@route("/503-once")
def _503_once(h: _Handler) -> None:
    if h.hit == 1:
        send(h, 503, b"busy", "text/plain")
    else:
        _ok(h)


# -- redirects -----------------------------------------------------------------------------


@route("/chain")
def _chain(h: _Handler) -> None:
    """``/chain/N`` redirects N times (relative Locations, every redirect status) to a page."""
    left = int(h.segments[0])
    if left == 0:
        _ok(h)
    else:
        redirect(h, (301, 302, 303, 307, 308)[left % 5], str(left - 1))


MOVED = b"<html><body>Moved to <a href='/ok'>/ok</a>.</body></html>"


@route("/moved")
def _moved(h: _Handler) -> None:
    """A redirect with a body and headers of its own (one of them twice), as servers send."""
    headers = (("Location", "/ok"), ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("X-Hop", "1"))
    send(h, 302, MOVED, "text/html", headers)


@route("/moved-long")
def _moved_long(h: _Handler) -> None:
    """A redirect whose body is longer than the fetcher keeps of one."""
    send(h, 301, _BLOCK * 2, "text/plain", (("Location", "/ok"),))


@route("/moved-stalled")
def _moved_stalled(h: _Handler) -> None:
    """A redirect that promises a body, sends a little of it and stalls."""
    h.send_response(302)
    h.send_header("Location", "/ok")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    h.wfile.write(b"Moved ")
    h.wfile.flush()
    h.stopped.wait(3)


@route("/loop-a")
def _loop_a(h: _Handler) -> None:
    redirect(h, 302, "/loop-b")


@route("/loop-b")
def _loop_b(h: _Handler) -> None:
    redirect(h, 301, f"http://{h.headers['Host']}/loop-a")


@route("/many")
def _many(h: _Handler) -> None:
    redirect(h, 302, f"/many/{int(h.segments[0]) + 1}")


@route("/to-ftp")
def _to_ftp(h: _Handler) -> None:
    redirect(h, 302, "ftp://127.0.0.1/article.html")


@route("/to-file")
def _to_file(h: _Handler) -> None:
    redirect(h, 301, "file:///etc/passwd")


@route("/no-location")
def _no_location(h: _Handler) -> None:
    send(h, 302, b"", "text/html")


# -- slow, endless, huge and broken ----------------------------------------------------------


@route("/slow-headers")
def _slow_headers(h: _Handler) -> None:
    if not h.stopped.wait(30):
        _ok(h)


@route("/slow-body")
def _slow_body(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", str(SLOW_BODY_SIZE))
    h.end_headers()
    for _ in range(SLOW_BODY_SIZE):
        h.wfile.write(b"x")
        if h.stopped.wait(SLOW_BYTE_INTERVAL):
            return


@route("/stall-body")
def _stall_body(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    h.wfile.write(b"x" * 10)
    h.stopped.wait(30)


@route("/hostile-header")
def _hostile_header(h: _Handler) -> None:
    """One header a careless parser chokes on, named by the path: /hostile-header/<case>."""
    header = {
        "ipv6-location": (301, ("Location", "http://[::1/next")),
        "superscript-retry": (503, ("Retry-After", "\u00b2")),
        "long-length": (200, ("Content-Length", "9" * 5000)),
    }[h.segments[0]]
    status, (name, value) = header
    h.send_response(status)
    h.send_header("Content-Type", "text/plain")
    h.send_header(name, value)
    if name != "Content-Length":
        h.send_header("Content-Length", "2")
    h.end_headers()
    h.wfile.write(b"ok")


@route("/drip-headers")
def _drip_headers(h: _Handler) -> None:
    """The status line and headers a byte every 0.1 s (for up to a minute): never a read timeout."""
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Padding: " + b"x" * 600
    for byte in head:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        if h.stopped.wait(0.1):
            return


@route("/drip-then-stall")
def _drip_then_stall(h: _Handler) -> None:
    """A byte every 0.1 s for 1.2 s, then silence: the stall starts late in the fetch."""
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", "1000")
    h.end_headers()
    for _ in range(12):
        h.wfile.write(b"x")
        if h.stopped.wait(0.1):
            return
    h.stopped.wait(30)


@route("/stall-undeclared")
def _stall_undeclared(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Connection", "close")
    h.end_headers()
    h.close_connection = True
    h.wfile.write(b"x" * 10)
    h.stopped.wait(30)


@route("/endless")
def _endless(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    h.wfile.write(b"5\r\n<html\r\n")
    chunk = b"%x\r\n%s\r\n" % (len(_BLOCK), _BLOCK)
    while not h.stopped.is_set():
        h.wfile.write(chunk)


@route("/huge")
def _huge(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Content-Length", str(HUGE_SIZE))
    h.end_headers()
    for _ in range(HUGE_SIZE // len(_BLOCK)):
        h.wfile.write(_BLOCK)


@route("/huge-undeclared")
def _huge_undeclared(h: _Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Connection", "close")
    h.end_headers()
    h.close_connection = True
    for _ in range(HUGE_SIZE // len(_BLOCK)):
        h.wfile.write(_BLOCK)


@route("/reset")
def _reset(h: _Handler) -> None:
    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.connection.close()
    h.close_connection = True


@route("/hang-up-on-reuse")
def _hang_up_on_reuse(h: _Handler) -> None:
    """Answers a connection's first request; hangs up on the next one sent on it."""
    if getattr(h, "answered", False):
        h.close_connection = True
        return
    h.answered = True
    _ok(h)


@route("/hang-up")
def _hang_up(h: _Handler) -> None:
    h.close_connection = True


# -- fixtures --------------------------------------------------------------------------------


def make_self_signed_certificate(directory: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost: (cert PEM, key PEM)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "auditor test server")])
    now = datetime.now(timezone.utc)
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    names = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(key.public_key()), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_file = directory / "self-signed.pem"
    key_file = directory / "self-signed.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture(scope="session")
def self_signed_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_self_signed_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def https_server(self_signed_certificate: tuple[Path, Path]) -> Iterator[LocalServer]:
    cert_file, key_file = self_signed_certificate
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    server = LocalServer(tls=context, cert_file=cert_file)
    yield server
    server.close()


@pytest.fixture
def refused_url() -> str:
    """A URL on a port that was just free: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/article"


@pytest.fixture
def blackhole_url() -> Iterator[str]:
    """A URL whose TCP handshake never completes: the listener's queue is full."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        filler = socket.socket()
        filler.setblocking(False)
        filler.connect_ex(("127.0.0.1", port))
        fillers.append(filler)
    time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/article"
    for sock in [*fillers, listener]:
        sock.close()
