"""Extraction with structure: headings from the page's markup, the page's own headline."""

from __future__ import annotations

from auditor.api import audit_html
from auditor.extract import extract_html

BODY = (
    "The harbour board met on Monday and voted to extend the quay by forty metres. "
    "Work will start in spring and last two years. The ferry company welcomed the vote. "
    "Fishermen asked for a second slipway, which the board will discuss in June."
)
PAGE = f"""<html><head><title>Board extends quay - Harbour Gazette</title></head><body>
<article><h1>Board extends quay</h1>
<p>{BODY}</p>
<h2>What comes next</h2>
<p>{BODY.replace("Monday", "Tuesday")}</p>
<p>{BODY.replace("Monday", "Friday")}</p>
</article></body></html>"""


def test_headings_in_the_markup_are_headings_and_the_h1_is_the_headline() -> None:
    article = extract_html(PAGE)
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Board extends quay"  # the page's headline, not the <title>
    assert article.headline == 0
    assert article.roles is not None and len(article.roles) == len(paragraphs)
    assert article.roles[paragraphs.index("What comes next")] == "heading"
    assert article.roles.count("body") == 3


def test_a_heading_is_not_a_claim_and_body_paragraphs_are() -> None:
    report = audit_html(PAGE)
    heading = next(s for s in report.sentences if s.text == "What comes next")
    assert not heading.is_claim
    assert all(s.is_claim for s in report.sentences if s.paragraph not in (0, heading.paragraph))
    assert dict(report.summary.not_claims) == {"headline": 1, "heading": 1}
    text = report.article.text
    assert all(text[s.start : s.end] == s.text for s in report.sentences)
