"""HTML to article: trafilatura's main text, with paragraphs, their roles, and metadata.

Reader comments, navigation and boilerplate are left out by trafilatura; the
paragraph structure (including block quotes) is kept, one paragraph per line
of trafilatura's text. Each paragraph takes its role from trafilatura's element
tree of the body: a short ``<head>`` is a ``heading`` (not a claim), anything
else is ``body``. The page's own headline (a first heading, or the first
paragraph when it repeats the title) is the headline paragraph; otherwise the
page title is put first as the headline.
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
HEADING, BODY = "heading", "body"
_HEADING_WORDS = 20  # a longer <head> is a paragraph in heading markup: body text


def extract_html(html: str, url: str | None = None) -> Article:
    """The article in ``html``; its text is empty when the page holds none."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, **EXTRACTION)
    if document is None:
        return Article(text="", url=url)
    paragraphs = [" ".join(line.split()) for line in (document.text or "").split("\n")]
    paragraphs = [p for p in paragraphs if p]
    headings = _headings(document.body)
    roles = _roles(paragraphs, [text for text, _ in headings])
    title = " ".join(document.title.split()) if document.title else None
    # the page's own headline: a first <h1>, or a first paragraph that repeats the title
    own = bool(paragraphs) and roles[0] == HEADING and headings[0][1] == "h1"
    headline = 0 if paragraphs and (title or own) else None
    if headline is not None and not own and not _same(paragraphs[0], title):
        paragraphs.insert(0, title)
        roles.insert(0, HEADING)
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
        roles=tuple(roles) if paragraphs else None,
    )


def _headings(body) -> list[tuple[str, str | None]]:
    """The texts and levels ("h2") of the body's short ``<head>`` elements, in order."""
    if body is None:
        return []
    found = []
    for element in body.iter("head"):
        text = " ".join("".join(element.itertext()).split())
        if text and len(text.split()) <= _HEADING_WORDS:
            found.append((text, element.get("rend")))
    return found


def _roles(paragraphs: list[str], headings: list[str]) -> list[str]:
    """Each paragraph's role: a heading when it is the next heading of the tree, in order."""
    roles, k = [], 0
    for paragraph in paragraphs:
        if k < len(headings) and paragraph == headings[k]:
            roles.append(HEADING)
            k += 1
        else:
            roles.append(BODY)
    return roles


def _same(paragraph: str, title: str | None) -> bool:
    """Whether the first paragraph is the title, less a " - Site" or " | Site" ending."""
    if title is None:
        return False
    short = re.sub(r"\s+[|\-–—]\s+[^|\-–—]{1,40}$", "", title)
    return _key(paragraph) in (_key(title), _key(short))


def _key(text: str) -> str:
    return re.sub(r"\W+", "", text).lower()
