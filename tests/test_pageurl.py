"""The URL a saved page gives for itself."""

from __future__ import annotations

import pytest

from auditor.pageurl import page_url


@pytest.mark.parametrize(
    ("page", "url"),
    [
        ('<head><link href="https://a.example/x?b=1&amp;c=2" rel="canonical"></head>',
         "https://a.example/x?b=1&c=2"),
        ("<head><meta property='og:url' content='https://a.example/y'></head>",
         "https://a.example/y"),
        ('<head></head><body><meta property="og:url" content="https://a.example/z">',
         "https://a.example/z"),  # after a stray </head>
        ('<link rel="canonical" href="https://a.example/c"><meta property="og:url" '
         'content="https://a.example/o">', "https://a.example/c"),  # canonical first
        ('<meta property="og:url" content="/relative/path">', None),
        ('<link rel="stylesheet" href="https://a.example/s.css">', None),
        ("plain text, no tags", None),
    ],
)  # fmt: skip
def test_page_url(page: str, url: str | None) -> None:
    assert page_url(page) == url
