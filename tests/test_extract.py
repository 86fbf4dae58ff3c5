"""Extraction with structure: headings from the page's markup, the page's own headline."""

from __future__ import annotations

from dataclasses import dataclass

from auditor.api import audit_html, engine_for
from auditor.extract import _link_items, _rejoined, _roles, extract_html
from auditor.models import Article, EvidenceKind, InputInfo, Label

BODY = (
    "The harbour board met on Monday and voted to extend the quay by forty metres. "
    "Work will start in spring and last two years. The ferry company welcomed the vote. "
    "Fishermen asked for a second slipway, which the board will discuss in June."
)


def _retold(day: str, season: str, who: str, month: str) -> str:
    """BODY with other details, so that no sentence repeats another paragraph's."""
    return (
        BODY.replace("Monday", day)
        .replace("spring", season)
        .replace("ferry company", who)
        .replace("June", month)
    )


PAGE = f"""<html><head><title>Board extends quay - Harbour Gazette</title></head><body>
<article><h1>Board extends quay</h1>
<p>{BODY}</p>
<h2>What comes next</h2>
<p>{_retold("Tuesday", "summer", "council", "July")}</p>
<p>{_retold("Friday", "autumn", "union", "May")}</p>
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


def _split_page(tail: str = "") -> str:
    """A page whose body is split into two containers of one class around an advert."""
    second = _retold("Friday", "autumn", "union", "May").replace("quay", "pier")
    middle = _retold("Tuesday", "summer", "council", "July")
    return f"""<html><head><title>Board extends quay</title></head><body>
<div class="layout"><div class="story body"><p>{BODY}</p><p>{middle}</p></div>
<aside class="rail"><p>Advertisement</p></aside></div>
<div class="ad wide"><p>Advertisement</p></div>
<div class="layout"><div class="story body"><p>{second}</p>{tail}</div></div>
<footer><p>About us. Contact. Terms.</p></footer></body></html>"""


def test_a_body_split_around_an_advert_is_joined_before_a_second_reading() -> None:
    from trafilatura.utils import load_html

    tree = load_html(_split_page())
    joined = _rejoined(tree, [BODY])
    assert joined is not None
    first = joined.xpath('//div[@class="story body"]')[0]
    assert len(first.findall("p")) == 3  # the advert between stays where it was
    elsewhere = _split_page().replace(
        'layout"><div class="story body"><p>The harbour board met on F',
        'rail"><div class="story body"><p>The harbour board met on F',
    )
    assert _rejoined(load_html(elsewhere), [BODY]) is None  # a namesake in another layout
    text = extract_html(_split_page()).text
    assert "voted to extend the pier" in text and "voted to extend the quay" in text


def test_items_of_a_link_list_are_not_claims() -> None:
    from trafilatura.utils import load_html

    titles = ["Ferry fares rise", "Port strike ends", "New dock opens"]
    links = "".join(f'<li>{t} <a href="/s/{k}">today</a></li>' for k, t in enumerate(titles))
    plain = "<li>Two cups of flour</li><li>One cup of milk</li><li>Three eggs</li>"
    page = _split_page(f"<ul>{links}</ul><ul>{plain}</ul>")
    paragraphs = [BODY, "- Ferry fares rise today", "- Two cups of flour"]
    roles = _roles(paragraphs, [], _link_items(load_html(page)))
    assert roles == ["body", "link", "body"]
    text = "\n\n".join(paragraphs)
    spans = [_Span(text.index(p), text.index(p) + len(p), k) for k, p in enumerate(paragraphs)]
    article = Article(text=text, roles=tuple(roles))
    report = engine_for().label(article, spans, InputInfo(kind="html"))
    assert [s.is_claim for s in report.sentences] == [True, False, True]
    assert dict(report.summary.not_claims) == {"related": 1}


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    paragraph: int


def test_a_block_quotation_is_someone_elses_words() -> None:
    """A <blockquote> paragraph is a quotation: it takes the speaker of the colon line
    before it, and its loaded words are not the writer's framing."""
    page = (
        "<html><head><title>Council closes parks</title></head><body><article>"
        "<h1>Council closes parks</h1>"
        "<p>The council met on Monday and voted to close the parks at dusk, a decision"
        " that surprised many residents of the city.</p>"
        "<p>The mayor posted a statement on the city website on Tuesday morning:</p>"
        "<blockquote><p>This is a shameful and disgraceful attack on our families."
        " We will fight it with everything we have.</p></blockquote>"
        "<p>The council will meet again on Friday to review the decision and hear from"
        " residents who oppose it strongly.</p></article></body></html>"
    )
    article = extract_html(page)
    assert article.roles is not None and "quote" in article.roles
    report = audit_html(page)
    quoted = [s for s in report.sentences if s.text.startswith(("This is", "We will"))]
    assert [s.label for s in quoted] == [Label.SOURCED, Label.SOURCED]
    assert quoted[0].attribution.source.text == "The mayor"
    assert not quoted[0].evidence_of(EvidenceKind.FRAMING)
