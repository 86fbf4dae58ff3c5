"""HTML to article: trafilatura's main text, with paragraphs, and the page's metadata.

Reader comments, navigation and boilerplate are left out by trafilatura; the
paragraph structure (including block quotes) is kept, one paragraph per line
of trafilatura's text. The page title becomes the headline paragraph.
"""

from __future__ import annotations

import re

from auditor.articletype import article_type
from auditor.models import Article
from auditor.pageurl import page_url

# How trafilatura is asked for the article (the benchmark times the same call alone).
EXTRACTION = {
    "include_comments": False,
    "include_tables": False,
    "include_images": False,
    "with_metadata": True,
}


def extract_html(html: str, url: str | None = None) -> Article:
    """The article in ``html``; its text is empty when the page holds none."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, **EXTRACTION)
    if document is None:
        return Article(text="", url=url)
    paragraphs = [" ".join(line.split()) for line in (document.text or "").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    title = " ".join(document.title.split()) if document.title else None
    headline = 0 if paragraphs and title else None
    if headline is not None and _key(paragraphs[0]) != _key(title):
        paragraphs.insert(0, title)
    return Article(
        text="\n\n".join(paragraphs),
        title=title,
        author=document.author,
        date=document.date,
        site=document.sitename or document.hostname,
        url=document.url or page_url(html) or url,
        language=document.language,
        headline=headline,
        type=article_type(document.pagetype, document.categories, document.url or url),
    )


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()
