"""Registrable domains from the Public Suffix List shipped with publicsuffixlist."""

from __future__ import annotations

import pytest

from auditor.domains import host_of, registrable_domain


@pytest.mark.parametrize(
    ("given", "domain"),
    [
        ("www.bbc.co.uk", "bbc.co.uk"),
        ("news.bbc.co.uk", "bbc.co.uk"),
        ("https://www.bbc.co.uk/news/world-123", "bbc.co.uk"),
        ("HTTPS://WWW.Example.COM./a", "example.com"),
        ("https://someone.github.io/post", "someone.github.io"),  # a private suffix counts
        ("http://www.bücher.de/x", "bücher.de"),
        ("http://127.0.0.1:8000/page", "127.0.0.1"),
        ("http://[::1]/page", "::1"),
        ("localhost", "localhost"),
        ("co.uk", None),  # a public suffix alone is nobody's domain
        (None, None),
        ("", None),
        ("not a url", None),
    ],
)
def test_registrable_domain(given, domain) -> None:
    assert registrable_domain(given) == domain


def test_host_of_only_reads_urls() -> None:
    assert host_of("https://News.Example.org:8080/x?y") == "news.example.org"
    assert host_of("/tmp/story.html") is None
    assert host_of("http://[bad") is None
