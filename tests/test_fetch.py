"""The fetcher against a local HTTP(S) server: every outcome, each within its deadline."""

from __future__ import annotations

import hashlib
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import NamedTuple

import pytest

from auditor import __version__
from auditor.errors import ExitCode, FetchError, UsageError
from auditor.fetch import Fetcher, FetchOptions, FetchResult, Hop, fetch
from tests.httpserver import (
    CYRILLIC,
    FRENCH,
    PLAIN_TEXT,
    UTF8_PAGE,
    LocalServer,
)

OPTIONS = FetchOptions(
    connect_timeout=1.0,
    read_timeout=1.0,
    deadline=2.0,
    max_bytes=1_000_000,
    retries=2,
    backoff=0.05,
    max_retry_after=5.0,
)
MARGIN = 0.75  # seconds of scheduling slack allowed past a deadline on a busy machine


class Failure(NamedTuple):
    message: str
    elapsed: float


def fetched(url: str, options: FetchOptions = OPTIONS) -> FetchResult:
    """Fetch ``url``, asserting that it took no longer than the deadline."""
    started = time.monotonic()
    with Fetcher(options) as fetcher:
        result = fetcher.fetch(url)
    assert time.monotonic() - started < options.deadline + MARGIN
    return result


def fails(url: str, code: ExitCode, *words: str, options: FetchOptions = OPTIONS) -> Failure:
    """Fetch ``url``, asserting a one-line error with ``code`` and ``words``, in time."""
    with Fetcher(options) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError) as caught:
            fetcher.fetch(url)
        elapsed = time.monotonic() - started
    message = str(caught.value)
    assert caught.value.exit_code is code, message
    assert "\n" not in message
    assert message.startswith("could not fetch ")
    for word in words:
        assert word in message
    assert elapsed < options.deadline + MARGIN, f"{elapsed:.2f} s: {message}"
    return Failure(message, elapsed)


# -- pages that work ---------------------------------------------------------------------------


def test_utf8_page_is_fetched_with_its_provenance(http_server: LocalServer) -> None:
    url = http_server.url("/ok")
    before = datetime.now(timezone.utc) - timedelta(seconds=1)
    result = fetched(url)
    assert result.text == UTF8_PAGE
    assert result.body == UTF8_PAGE.encode()
    assert (result.encoding, result.encoding_method) == ("utf-8", "declared")
    assert result.is_html and result.content_type == "text/html"
    assert (result.url, result.final_url, result.status) == (url, url, 200)
    assert result.hops == (Hop(url, 200, None),)
    assert result.sha256 == hashlib.sha256(result.body).hexdigest()
    fetched_at = datetime.fromisoformat(result.fetched_at)
    assert fetched_at.utcoffset() == timedelta(0)
    assert before <= fetched_at <= datetime.now(timezone.utc)
    assert result.headers["etag"] == '"v1"'
    assert result.headers["content-language"] == "en"
    assert result.headers["last-modified"] == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert {"content-type", "content-length", "date", "server"} <= result.headers.keys()
    assert "x-not-kept" not in result.headers


def test_plain_text_is_accepted_as_text(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/plain"))
    assert result.text == PLAIN_TEXT
    assert not result.is_html


def test_html_served_as_plain_text_is_recognised(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/html-as-plain"))
    assert result.content_type == "text/plain"
    assert result.is_html
    assert result.text == UTF8_PAGE


def test_page_without_content_type_is_sniffed(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/untyped"))
    assert result.content_type == ""
    assert result.is_html


def test_gzip_body_is_stored_decompressed(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/gzip"))
    assert result.body == UTF8_PAGE.encode()
    assert result.headers["content-encoding"] == "gzip"


def test_user_agent_names_the_tool_and_its_version(http_server: LocalServer) -> None:
    assert f"User-Agent: auditor/{__version__} (+" in fetched(http_server.url("/echo")).text
    custom = replace(OPTIONS, user_agent="newsroom-bot/2.0")
    assert "User-Agent: newsroom-bot/2.0\n" in fetched(http_server.url("/echo"), custom).text


def test_module_level_fetch(http_server: LocalServer) -> None:
    assert fetch(http_server.url("/ok"), OPTIONS).text == UTF8_PAGE


# -- charsets ------------------------------------------------------------------------------------


def test_latin1_page_without_declaration_is_detected(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/latin1"))
    assert FRENCH in result.text
    assert result.encoding_method == "detected"


def test_wrong_declared_latin1_on_utf8_bytes(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/declared-latin1-is-utf8"))
    assert "said Zoë Müller" in result.text
    assert result.encoding == "utf-8"


def test_wrong_declared_utf8_on_latin1_bytes(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/declared-utf8-is-latin1"))
    assert FRENCH in result.text
    assert result.encoding_method == "detected"


def test_meta_charset_is_used_when_the_header_has_none(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/meta-charset"))
    assert "Prix : 5 € – « cher »" in result.text
    assert result.encoding_method == "meta"


def test_header_charset_comes_before_meta(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/header-beats-meta"))
    assert CYRILLIC in result.text
    assert (result.encoding, result.encoding_method) == ("cp1251", "declared")


# -- content types that are not articles ---------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/pdf", ("application/pdf", "PDF document")),
        ("/json", ("application/json", "JSON")),
        ("/image", ("image/png", "image")),
        ("/octet", ("application/octet-stream",)),
        ("/pdf-as-html", ("served as text/html", "PDF document")),
    ],
)
def test_unsupported_content_is_rejected(
    http_server: LocalServer, path: str, words: tuple[str, ...]
) -> None:
    fails(http_server.url(path), ExitCode.UNSUPPORTED, *words, "only HTML and plain text")


# -- statuses and retries ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status"), [("/404", "HTTP 404 Not Found"), ("/500", "HTTP 500 Internal Server Error")]
)
def test_error_status_is_reported_without_retry(
    http_server: LocalServer, path: str, status: str
) -> None:
    fails(http_server.url(path), ExitCode.HTTP_STATUS, status)
    assert http_server.hits(path) == 1


def test_429_is_retried_after_retry_after(http_server: LocalServer) -> None:
    started = time.monotonic()
    result = fetched(http_server.url("/429-once"))
    assert result.text == UTF8_PAGE
    assert http_server.hits("/429-once") == 2
    assert time.monotonic() - started >= 0.95  # "Retry-After: 1" was honoured


def test_429_that_persists_ends_after_the_retries(http_server: LocalServer) -> None:
    options = replace(OPTIONS, retries=1, deadline=3.0)
    failure = fails(
        http_server.url("/429-always"),
        ExitCode.HTTP_STATUS,
        "HTTP 429",
        "after 1 retry",
        options=options,
    )
    assert http_server.hits("/429-always") == 2
    assert failure.elapsed >= 0.95


def test_429_retry_that_would_pass_the_deadline_ends_at_once(http_server: LocalServer) -> None:
    fails(http_server.url("/429-always"), ExitCode.HTTP_STATUS, "HTTP 429", "deadline")
    assert http_server.hits("/429-always") == 2  # the first retry fitted, the second did not


@pytest.mark.parametrize("path", ["/429-far", "/429-future-date"])
def test_429_asking_for_too_long_a_wait_is_not_waited_for(
    http_server: LocalServer, path: str
) -> None:
    failure = fails(http_server.url(path), ExitCode.HTTP_STATUS, "HTTP 429", "max_retry_after")
    assert "retry after 3600 s" in failure.message or "retry after 3599 s" in failure.message
    assert http_server.hits(path) == 1


def test_429_with_a_past_date_is_retried_at_once(http_server: LocalServer) -> None:
    assert fetched(http_server.url("/429-past-date")).text == UTF8_PAGE
    assert http_server.hits("/429-past-date") == 2


def test_503_is_retried_with_backoff(http_server: LocalServer) -> None:
    assert fetched(http_server.url("/503-once")).text == UTF8_PAGE
    assert http_server.hits("/503-once") == 2


def test_no_retry_when_retries_are_off(http_server: LocalServer) -> None:
    options = replace(OPTIONS, retries=0)
    fails(http_server.url("/503-once"), ExitCode.HTTP_STATUS, "HTTP 503", options=options)
    assert http_server.hits("/503-once") == 1


# -- redirects -----------------------------------------------------------------------------------


def test_redirect_chain_is_followed_and_every_hop_recorded(http_server: LocalServer) -> None:
    result = fetched(http_server.url("/chain/4"))
    assert result.final_url == http_server.url("/chain/0")
    assert result.text == UTF8_PAGE
    assert result.hops == (
        Hop(http_server.url("/chain/4"), 308, "3"),
        Hop(http_server.url("/chain/3"), 307, "2"),
        Hop(http_server.url("/chain/2"), 303, "1"),
        Hop(http_server.url("/chain/1"), 302, "0"),
        Hop(http_server.url("/chain/0"), 200, None),
    )


def test_redirects_up_to_the_limit_are_followed(http_server: LocalServer) -> None:
    assert fetched(http_server.url("/chain/4"), replace(OPTIONS, max_redirects=4)).status == 200
    options = replace(OPTIONS, max_redirects=3)
    fails(http_server.url("/chain/4"), ExitCode.REDIRECTS, "more than 3 redirects", options=options)
    assert http_server.hits("/chain/0") == 1


def test_redirect_loop(http_server: LocalServer) -> None:
    failure = fails(http_server.url("/loop-a"), ExitCode.REDIRECTS, "redirect loop")
    assert http_server.url("/loop-b") in failure.message


def test_endless_redirects(http_server: LocalServer) -> None:
    options = replace(OPTIONS, max_redirects=2)
    fails(http_server.url("/many/0"), ExitCode.REDIRECTS, "more than 2 redirects", options=options)
    assert http_server.hits("/many/3") == 0


@pytest.mark.parametrize(
    ("path", "target"), [("/to-ftp", "ftp://127.0.0.1/"), ("/to-file", "file:///etc/passwd")]
)
def test_redirect_to_a_non_http_scheme(http_server: LocalServer, path: str, target: str) -> None:
    fails(
        http_server.url(path), ExitCode.REDIRECTS, f"redirected to {target}", "not an http(s) URL"
    )


def test_redirect_without_location(http_server: LocalServer) -> None:
    fails(http_server.url("/no-location"), ExitCode.REDIRECTS, "without a Location header")


# -- time limits ---------------------------------------------------------------------------------


def test_slow_headers_hit_the_read_timeout(http_server: LocalServer) -> None:
    options = replace(OPTIONS, read_timeout=0.5)
    failure = fails(
        http_server.url("/slow-headers"),
        ExitCode.TIMEOUT,
        "timed out after 0.5 s waiting for the server (read timeout)",
        options=options,
    )
    assert failure.elapsed >= 0.45


def test_slow_headers_hit_the_deadline(http_server: LocalServer) -> None:
    options = replace(OPTIONS, read_timeout=5.0, deadline=1.0)
    fails(http_server.url("/slow-headers"), ExitCode.TIMEOUT, "overall deadline", options=options)


@pytest.mark.parametrize(
    ("case", "code"),
    [
        ("ipv6-location", ExitCode.REDIRECTS),
        ("superscript-retry", ExitCode.HTTP_STATUS),
        ("long-length", ExitCode.TOO_LARGE),
    ],
)
def test_a_hostile_header_is_one_clear_error(
    http_server: LocalServer, case: str, code: ExitCode
) -> None:
    fails(http_server.url(f"/hostile-header/{case}"), code)


def test_dripped_headers_stop_at_the_deadline(http_server: LocalServer) -> None:
    options = replace(OPTIONS, read_timeout=1.0, deadline=1.0)
    failure = fails(
        http_server.url("/drip-headers"), ExitCode.TIMEOUT, "overall deadline", options=options
    )
    assert failure.elapsed < 3


def test_slow_body_byte_by_byte_stops_at_the_deadline(http_server: LocalServer) -> None:
    options = replace(OPTIONS, deadline=1.0)
    failure = fails(
        http_server.url("/slow-body"),
        ExitCode.TIMEOUT,
        "gave up after 1.0 s (overall deadline) while reading the body",
        options=options,
    )
    assert failure.elapsed >= 0.95


def test_stalled_body_hits_the_read_timeout(http_server: LocalServer) -> None:
    options = replace(OPTIONS, read_timeout=0.5)
    fails(
        http_server.url("/stall-body"),
        ExitCode.TIMEOUT,
        "waiting for more of the body (read timeout)",
        options=options,
    )


def test_stalled_body_is_cut_at_the_deadline_before_the_read_timeout(
    http_server: LocalServer,
) -> None:
    options = replace(OPTIONS, read_timeout=10.0, deadline=1.0)
    fails(http_server.url("/stall-body"), ExitCode.TIMEOUT, "overall deadline", options=options)


def test_late_stall_is_cut_at_the_deadline(http_server: LocalServer) -> None:
    # Each read may wait up to the time left when the request began (1.5 s), so a
    # stall 1.2 s into the body would end at 2.7 s; the deadline must end it at 1.5 s.
    options = replace(OPTIONS, read_timeout=10.0, deadline=1.5)
    failure = fails(
        http_server.url("/drip-then-stall"), ExitCode.TIMEOUT, "overall deadline", options=options
    )
    assert failure.elapsed < 2.0


def test_stalled_body_without_length_is_not_taken_for_complete_at_the_deadline(
    http_server: LocalServer,
) -> None:
    options = replace(OPTIONS, read_timeout=10.0, deadline=1.0)
    fails(
        http_server.url("/stall-undeclared"), ExitCode.TIMEOUT, "overall deadline", options=options
    )


def test_connect_timeout(blackhole_url: str) -> None:
    options = replace(OPTIONS, connect_timeout=0.5)
    failure = fails(blackhole_url, ExitCode.TIMEOUT, "(connect timeout)", options=options)
    assert failure.elapsed >= 0.45


def test_slow_dns_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    released = threading.Event()

    def slow_getaddrinfo(*args: object, **kwargs: object) -> list[object]:
        released.wait(10)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", slow_getaddrinfo)
    options = replace(OPTIONS, connect_timeout=0.5)
    try:
        fails("http://slow-resolver.invalid/", ExitCode.TIMEOUT, "DNS lookup", options=options)
    finally:
        released.set()


# -- sizes ---------------------------------------------------------------------------------------


def test_endless_body_stops_at_the_size_limit(http_server: LocalServer) -> None:
    fails(http_server.url("/endless"), ExitCode.TOO_LARGE, "max_bytes", "stopped reading")


def test_huge_declared_body_is_refused_before_reading(http_server: LocalServer) -> None:
    fails(http_server.url("/huge"), ExitCode.TOO_LARGE, "the body is 100.0 MiB", "max_bytes")


def test_huge_undeclared_body_stops_at_the_size_limit(http_server: LocalServer) -> None:
    fails(http_server.url("/huge-undeclared"), ExitCode.TOO_LARGE, "stopped reading")


def test_compressed_body_is_limited_after_decompression(http_server: LocalServer) -> None:
    fails(http_server.url("/gzip-bomb"), ExitCode.TOO_LARGE, "stopped reading")


# -- network and TLS failures --------------------------------------------------------------------


def test_dns_failure() -> None:
    fails(
        "http://nonexistent.invalid/article",
        ExitCode.NETWORK,
        "could not resolve host name nonexistent.invalid (DNS failure",
    )


def test_refused_connection(refused_url: str) -> None:
    fails(refused_url, ExitCode.NETWORK, "connection refused by 127.0.0.1:")


def test_a_pooled_connection_the_server_closed_is_retried_once(http_server: LocalServer) -> None:
    url = http_server.url("/hang-up-on-reuse")
    with Fetcher(OPTIONS) as fetcher:
        assert fetcher.fetch(url).status == 200
        assert fetcher.fetch(url).status == 200  # the reused connection hung up: sent again
    assert http_server.hits("/hang-up-on-reuse") == 3


def test_connection_reset(http_server: LocalServer) -> None:
    fails(http_server.url("/reset"), ExitCode.NETWORK, "reset by the server")


def test_server_hanging_up_without_answer(http_server: LocalServer) -> None:
    fails(http_server.url("/hang-up"), ExitCode.NETWORK, "closed the connection without answering")


def test_self_signed_certificate_is_refused(https_server: LocalServer) -> None:
    fails(
        https_server.url("/ok"),
        ExitCode.TLS,
        "TLS certificate verification failed (self-signed certificate)",
    )
    assert https_server.hits("/ok") == 0


def test_self_signed_certificate_is_trusted_when_given_as_ca_bundle(
    https_server: LocalServer,
) -> None:
    options = replace(OPTIONS, ca_bundle=str(https_server.cert_file))
    assert fetched(https_server.url("/ok"), options).text == UTF8_PAGE


def test_late_tls_stall_is_cut_at_the_deadline(https_server: LocalServer) -> None:
    options = replace(
        OPTIONS, ca_bundle=str(https_server.cert_file), read_timeout=10.0, deadline=1.5
    )
    failure = fails(
        https_server.url("/drip-then-stall"), ExitCode.TIMEOUT, "overall deadline", options=options
    )
    assert failure.elapsed < 2.0


def test_missing_ca_bundle_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="CA bundle not found"):
        Fetcher(replace(OPTIONS, ca_bundle=str(tmp_path / "missing.pem")))


# -- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("ftp://example.org/article", "not an http(s) URL"),
        ("example.org/article", "not an http(s) URL"),
        ("javascript:alert(1)", "not an http(s) URL"),
        ("http:///article", "no host name"),
        ("http://example.org:99999/", "malformed URL"),
        ("https://example.org/a\nb", "control characters"),
    ],
)
def test_unusable_url_is_an_input_error(url: str, words: str) -> None:
    failure = fails(url, ExitCode.INPUT, words)
    shown = url.replace("\n", "\\n")
    assert failure.message.startswith(f"could not fetch {shown}: ")


@pytest.mark.parametrize(
    "changes",
    [{"deadline": 0}, {"read_timeout": -1}, {"max_bytes": 0}, {"retries": -1}, {"max_per_host": 0}],
)
def test_nonsensical_options_are_usage_errors(changes: dict[str, float]) -> None:
    with pytest.raises(UsageError):
        replace(OPTIONS, **changes)


# -- politeness and threads ----------------------------------------------------------------------


def fetch_all(fetcher: Fetcher, urls: list[str]) -> list[FetchResult]:
    with ThreadPoolExecutor(max_workers=len(urls)) as pool:
        return list(pool.map(fetcher.fetch, urls))


def test_one_request_at_a_time_per_host_by_default(http_server: LocalServer) -> None:
    urls = [http_server.url("/sleep/0.3") for _ in range(3)]
    with Fetcher(OPTIONS) as fetcher:
        results = fetch_all(fetcher, urls)
    assert [r.text for r in results] == [UTF8_PAGE] * 3
    assert http_server.peak == 1


def test_more_requests_per_host_when_allowed(http_server: LocalServer) -> None:
    urls = [http_server.url("/sleep/0.5") for _ in range(3)]
    with Fetcher(replace(OPTIONS, max_per_host=3)) as fetcher:
        fetch_all(fetcher, urls)
    assert http_server.peak == 3


def test_waiting_for_the_host_does_not_count_against_the_deadline(
    http_server: LocalServer,
) -> None:
    urls = [http_server.url("/sleep/0.6") for _ in range(3)]
    with Fetcher(replace(OPTIONS, deadline=1.0)) as fetcher:
        results = fetch_all(fetcher, urls)  # the last one waits 1.2 s for its turn
    assert len(results) == 3


def test_host_delay_spaces_requests(http_server: LocalServer) -> None:
    with Fetcher(replace(OPTIONS, host_delay=0.4)) as fetcher:
        fetcher.fetch(http_server.url("/ok"))
        fetcher.fetch(http_server.url("/plain"))
    assert http_server.arrivals("/plain")[0] - http_server.arrivals("/ok")[0] >= 0.4


def test_host_delay_spaces_concurrent_requests(http_server: LocalServer) -> None:
    urls = [http_server.url("/sleep/0.5")] * 2
    with Fetcher(replace(OPTIONS, max_per_host=2, host_delay=0.3)) as fetcher:
        fetch_all(fetcher, urls)
    first, second = http_server.arrivals("/sleep/0.5")
    assert second - first >= 0.25  # 0.3 s between starts, less what the first took to arrive
    assert http_server.peak == 2


def test_429_holds_back_other_requests_to_the_host(http_server: LocalServer) -> None:
    with Fetcher(OPTIONS) as fetcher, ThreadPoolExecutor(max_workers=2) as pool:
        first = pool.submit(fetcher.fetch, http_server.url("/429-once"))
        while http_server.hits("/429-once") == 0:
            time.sleep(0.01)
        second = pool.submit(fetcher.fetch, http_server.url("/ok"))
        assert first.result().status == second.result().status == 200
    refused_at = http_server.arrivals("/429-once")[0]
    assert http_server.arrivals("/ok")[0] - refused_at >= 0.95


# -- packaging -----------------------------------------------------------------------------------


def test_importing_the_fetcher_does_not_import_urllib3() -> None:
    code = (
        "import sys, auditor.fetch, auditor.cache, auditor.archive; print('urllib3' in sys.modules)"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == "False"
