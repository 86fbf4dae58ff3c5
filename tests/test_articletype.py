"""Article types from page metadata: every example of the data file."""

from __future__ import annotations

import pytest

from auditor.api import audit_html
from auditor.articletype import article_type, examples


@pytest.mark.parametrize("example", examples(), ids=lambda e: f"{e['type'] or 'none'}:{e['url']}")
def test_examples(example) -> None:
    found = article_type(example.get("page_type"), example.get("sections", ()), example["url"])
    assert found == (example["type"] or None)


def test_an_opinion_page_is_marked_in_its_report() -> None:
    page = (
        "<html><head><title>Why the bridge must wait</title>"
        '<meta property="og:type" content="article">'
        '<meta property="article:section" content="Opinion"></head><body><article>'
        "<h1>Why the bridge must wait</h1>"
        + "<p>The council should think again about the bridge before it spends the money.</p>" * 3
        + "</article></body></html>"
    )
    report = audit_html(page, url="https://www.example.com/2026/03/bridge")
    assert report.article.type == "opinion"
    assert report.to_dict()["article"]["type"] == "opinion"
