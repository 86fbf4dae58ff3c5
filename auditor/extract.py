"""HTML to article: trafilatura's main text, with paragraphs, their roles, and metadata.

Reader comments, navigation and boilerplate are left out by trafilatura; the
paragraph structure (including block quotes) is kept, one paragraph per line
of trafilatura's text. Each paragraph takes its role from trafilatura's element
tree of the body: a short ``<head>`` is a ``heading`` (not a claim), a list item
of a page's link list is a ``link`` (not a claim), a paragraph of a
``<blockquote>`` is a ``quote`` (someone else's words: the engine reads it as a
quotation), anything else is ``body``.
A link list is a list of three or more items that each hold a link, most of
them short: related stories, not the article. The page's own headline (a first heading, or the first
paragraph when it repeats the title) is the headline paragraph; otherwise the
page title is put first as the headline.

Some pages split the body into several containers of one class, with an
advertisement between them; trafilatura keeps one. When a body paragraph's
container has later namesakes holding paragraphs, their content is moved into
it and the page is extracted again (kept only if it reads more).
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
HEADING, BODY, LINK, QUOTE = "heading", "body", "link", "quote"
_HEADING_WORDS = 20  # a longer <head> is a paragraph in heading markup: body text
_PROBE = 60  # characters of a paragraph that find it in the page
_LINK_ITEMS = 3  # a link list has at least this many items
_SHORT_ITEM = 16  # words; at least two thirds of a link list's items are no longer


def extract_html(html: str, url: str | None = None) -> Article:
    """The article in ``html``; its text is empty when the page holds none."""
    import trafilatura

    from auditor.htmlbounds import bounded_tree

    tree = bounded_tree(html)  # parsed once: trafilatura works on a copy of a tree it is given
    document = (
        trafilatura.bare_extraction(tree, url=url, **EXTRACTION) if tree is not None else None
    )
    if document is None:
        return Article(text="", url=url)
    paragraphs = _paragraphs(document.text)
    rejoined = _rejoined(tree, paragraphs)
    if rejoined is not None:
        again = trafilatura.bare_extraction(rejoined, url=url, **EXTRACTION)
        more = _paragraphs(again.text) if again is not None else []
        if sum(len(p) for p in more) > sum(len(p) for p in paragraphs):
            document, paragraphs = again, more
    listed = any(p.startswith("- ") for p in paragraphs)
    links = _link_items(tree) if listed else frozenset()
    headings = _headings(document.body)
    roles = _roles(paragraphs, [text for text, _ in headings], links, _quoted(document.body))
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


def _paragraphs(text: str | None) -> list[str]:
    lines = (" ".join(line.split()) for line in (text or "").split("\n"))
    return [line for line in lines if line]


def _link_items(tree) -> frozenset[str]:
    """The keys (:func:`_key`) of the items of the page's link lists."""
    found: set[str] = set()
    for listing in tree.iter("ul", "ol"):
        items = [e for e in listing if e.tag == "li"]
        if len(items) < _LINK_ITEMS or any(e.find(".//a") is None for e in items):
            continue
        texts = [e.text_content().split() for e in items]
        if 3 * sum(0 < len(t) <= _SHORT_ITEM for t in texts) >= 2 * len(texts):
            found.update(_key(" ".join(t)) for t in texts)
    return frozenset(found)


def _rejoined(tree, paragraphs: list[str]):
    """The page's tree with the body's later containers moved into the first, when a
    container of extracted paragraphs has namesakes (same tag and class) further down
    that hold paragraphs; None when it has none."""
    probes = {p[:_PROBE] for p in paragraphs if len(p) >= _PROBE}
    if not probes:
        return None
    found = next(
        (p for p in tree.iter("p") if " ".join(p.text_content().split())[:_PROBE] in probes),
        None,
    )
    if found is None:
        return None
    container = next((a for a in found.iterancestors() if a.get("class")), None)
    if container is None or container.getparent() is None or len(container.findall(".//p")) < 2:
        return None  # no container, or one per paragraph: not a part of a split body
    namesakes = tree.xpath(f"//{container.tag}[@class=$c]", c=container.get("class"))
    later = namesakes[namesakes.index(container) + 1 :]
    later = [e for e in later if _kin(e, container) and _unread(e, probes)]
    if not later:
        return None
    for element in later:
        for child in list(element):
            container.append(child)
    return tree


def _unread(element, probes: set[str]) -> bool:
    """Whether ``element`` holds a paragraph that the extraction left out."""
    texts = (" ".join(p.text_content().split()) for p in element.iter("p"))
    return any(len(t) >= _PROBE and t[:_PROBE] not in probes for t in texts)


def _kin(element, container) -> bool:
    """Whether ``element`` is a namesake of ``container`` in a parent of the same kind, and
    not inside it."""
    parent, home = element.getparent(), container.getparent()
    return (
        parent is not None
        and (parent.tag, parent.get("class")) == (home.tag, home.get("class"))
        and container not in element.iterancestors()
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


def _quoted(body) -> frozenset[str]:
    """The texts of the paragraphs inside the body's ``<quote>`` elements (block quotations)."""
    if body is None:
        return frozenset()
    found = set()
    for quote in body.iter("quote"):
        parts = [p for p in quote if p.tag == "p"] or [quote]
        found.update(" ".join("".join(p.itertext()).split()) for p in parts)
    return frozenset(found)


def _roles(
    paragraphs: list[str],
    headings: list[str],
    links: frozenset[str],
    quoted: frozenset[str] = frozenset(),
) -> list[str]:
    """Each paragraph's role: a heading when it is the next heading of the tree, in order;
    a link when it is a list item ("- ...") of a link list; a quote inside a block quotation."""
    roles, k = [], 0
    for paragraph in paragraphs:
        if k < len(headings) and paragraph == headings[k]:
            roles.append(HEADING)
            k += 1
        elif links and paragraph.startswith("- ") and _key(paragraph) in links:
            roles.append(LINK)
        elif paragraph in quoted:
            roles.append(QUOTE)
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
