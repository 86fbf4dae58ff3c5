"""Generated articles for the benchmarks: the bundled samples recombined, as text and HTML.

Every article is built from paragraphs of the project's own samples, shuffled
and renamed deterministically, so runs are repeatable and nothing is copied
from elsewhere.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_NAMES = ["Ana Reyes", "Tomas Berg", "Lina Okafor", "Pavel Marek", "Sara Lindqvist", "Omar Haddad"]
_PLACES = ["Valdonia", "Kessaria", "Port Ellery", "Marrowfield", "Brenmoor", "Lirana"]


# The samples the generated articles draw on, named so that a new sample leaves the
# benchmark's input, and so its figures across commits, unchanged.
_SAMPLES = (
    "long-quote.txt",
    "mixed-sourcing.txt",
    "op-ed.txt",
    "press-release.txt",
    "state-media.txt",
    "wire-report.txt",
)


def _paragraphs() -> list[str]:
    found = []
    for path in (ROOT / "samples" / name for name in _SAMPLES):
        blocks = path.read_text(encoding="utf-8").split("\n\n")
        found += [" ".join(b.split()) for b in blocks[1:] if len(b.split()) > 8]
    return found


def text_article(seed: int, paragraphs: int = 26) -> str:
    """A plain-text article: a headline and ``paragraphs`` paragraphs (about 33 sentences,
    the median of a newsroom's saved articles)."""
    rng = random.Random(seed)
    pool = _paragraphs()
    body = [rng.choice(pool) for _ in range(paragraphs)]
    name, place = rng.choice(_NAMES), rng.choice(_PLACES)
    body = [p.replace("Draganov", name.split()[1]).replace("Valdonia", place) for p in body]
    headline = (
        f"{place} officials dispute report on {rng.choice(['dam', 'clinic', 'ferry', 'trams'])}"
    )
    return "\n\n".join([headline, *body]) + "\n"


_SECTIONS = ["News", "World", "Business", "Politics", "Science", "Health", "Sport", "Culture",
             "Opinion", "Travel"]  # fmt: skip
_TOPICS = ["budget", "ferry", "clinic", "dam", "trams", "schools", "harbour", "elections",
           "water", "housing", "wages", "bridge"]  # fmt: skip


def html_page(text: str, seed: int) -> str:
    """The article of ``text`` inside a page weighted like a real news page.

    The saved pages of a newsroom's archive have a median of about 115 KB and 800
    elements: menus, teasers, share bars, comments, a footer of links, inline
    styles, structured data and scripts. Extraction time grows with all of it, so
    a bare page would flatter every ratio measured against extraction. This page
    has that weight (about 120 KB, 780 elements), written out of our own words.
    """
    rng = random.Random(seed)
    headline, *body = text.strip().split("\n\n")
    title = html.escape(headline)
    return "\n".join(
        [
            '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
            f"<title>{title} | The Valley Record</title>",
            _head(title, seed, rng),
            '</head><body class="article-page">',
            _header(rng),
            '<main id="content"><div class="layout">',
            _article(title, body, seed, rng),
            _sidebar(rng),
            "</div>",
            _comments(rng),
            "</main>",
            _footer(rng),
            _scripts(rng, 3, 100),
            "</body></html>\n",
        ]
    )


def _teaser(rng: random.Random) -> str:
    return (
        f"{rng.choice(_PLACES)} {rng.choice(['weighs', 'delays', 'approves', 'reviews'])} "
        f"{rng.choice(_TOPICS)} plan"
    )


def _link(rng: random.Random, text: str) -> str:
    slug = text.lower().replace(" ", "-")
    section = rng.choice(_SECTIONS).lower()
    return (
        f'<a class="link link--{section}" href="/{section}/{slug}-{rng.randrange(10**6)}"'
        f' data-track="click|{section}|{slug}">{text}</a>'
    )


def _head(title: str, seed: int, rng: random.Random) -> str:
    date = f"2025-03-{1 + seed % 28:02d}"
    metas = [
        f'<meta name="description" content="{title}">',
        f'<meta name="author" content="Staff reporter {seed}">',
        '<meta property="og:site_name" content="The Valley Record">',
        f'<meta property="og:title" content="{title}">',
        '<meta property="og:type" content="article">',
        f'<meta property="article:published_time" content="{date}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        *(f'<meta name="twitter:{k}" content="{title}">' for k in ("title", "description")),
        *(f'<link rel="stylesheet" href="/static/css/{k}.{seed % 97:x}.css">' for k in range(6)),
        *(f'<link rel="preload" href="/static/fonts/serif-{k}.woff2" as="font">' for k in range(4)),
    ]
    rules = "\n".join(
        f".c{k} .item-{k % 9} > a:hover {{ color: #{rng.randrange(16**6):06x};"
        f" margin: {k % 7}px {k % 5}px; font-size: {12 + k % 6}px; }}"
        for k in range(120)
    )
    data = (
        '{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "{title}", "datePublished": "{date}", '
        '"publisher": {"@type": "Organization", "name": "The Valley Record"}}'
    )
    return "\n".join(
        [
            *metas,
            f"<style>{rules}</style>",
            f'<script type="application/ld+json">{data}</script>',
            _scripts(rng, 2, 110),
        ]
    )


def _scripts(rng: random.Random, count: int, lines: int) -> str:
    """Inline scripts like a page's tag managers and ad configuration."""
    blocks = []
    for _ in range(count):
        code = "\n".join(
            f"  window.cfg{k} = {{slot: 'ad-{rng.randrange(999)}', sizes: [[300, 250], [728, 90]],"
            f" targeting: {{section: '{rng.choice(_SECTIONS).lower()}', k: {k}}}}};"
            for k in range(lines)
        )
        blocks.append(f"<script>\n(function () {{\n{code}\n}})();\n</script>")
    return "\n".join(blocks)


def _header(rng: random.Random) -> str:
    menu = "".join(
        f'<li class="menu-item">{_link(rng, section)}<ul class="sub-menu">'
        + "".join(f"<li>{_link(rng, _teaser(rng))}</li>" for _ in range(14))
        + "</ul></li>"
        for section in _SECTIONS
    )
    ticker = "".join(f"<li>{_link(rng, _teaser(rng))}</li>" for _ in range(8))
    return (
        '<header class="site-header"><div class="logo"><a href="/">The Valley Record</a></div>'
        f'<nav class="main-nav"><ul>{menu}</ul></nav>'
        f'<div class="ticker"><span>Latest</span><ul>{ticker}</ul></div>'
        '<form class="search" action="/search"><input name="q"><button>Search</button></form>'
        "</header>"
    )


def _article(title: str, body: list[str], seed: int, rng: random.Random) -> str:
    share = "".join(
        f'<li><a class="share-{n}" href="/share/{n}?u={seed}">{n.title()}</a></li>'
        for n in ("facebook", "x", "whatsapp", "telegram", "email", "print")
    )
    paragraphs = []
    for k, paragraph in enumerate(body):
        paragraphs.append(f"<p>{html.escape(paragraph)}</p>")
        if k == 3:
            related = "".join(f"<li>{_link(rng, _teaser(rng))}</li>" for _ in range(3))
            paragraphs.append(
                f'<aside class="related"><h4>Read more</h4><ul>{related}</ul></aside>'
            )
        if k % 6 == 5:
            paragraphs.append(f'<div class="ad-slot" id="ad-{k}" data-size="300x250"></div>')
    tags = "".join(f"<li>{_link(rng, t.title())}</li>" for t in rng.sample(_TOPICS, 5))
    return (
        f'<article class="story"><div class="breadcrumb">{_link(rng, rng.choice(_SECTIONS))}</div>'
        f"<h1>{title}</h1>"
        f'<div class="byline">By <a href="/staff/{seed}">Staff reporter {seed}</a>'
        f' <time datetime="2025-03-{1 + seed % 28:02d}">March {1 + seed % 28}, 2025</time></div>'
        f'<ul class="share">{share}</ul>'
        f'<figure><img src="/img/{seed}.jpg" alt=""><figcaption>{title}</figcaption></figure>'
        f'<div class="story-body">{"".join(paragraphs)}</div>'
        f'<ul class="tags">{tags}</ul></article>'
    )


def _sidebar(rng: random.Random) -> str:
    most_read = "".join(f"<li>{_link(rng, _teaser(rng))}</li>" for _ in range(10))
    cards = "".join(
        f'<div class="card"><img src="/img/t{rng.randrange(999)}.jpg" alt="">'
        f"<h3>{_link(rng, _teaser(rng))}</h3>"
        f"<p>{_teaser(rng)}, and what it means for you.</p></div>"
        for _ in range(18)
    )
    return (
        f'<aside class="sidebar"><section class="most-read"><h3>Most read</h3><ol>{most_read}</ol>'
        '</section><section class="newsletter"><h3>The morning briefing</h3>'
        '<form><input type="email" placeholder="Email"><button>Sign up</button></form></section>'
        f'<section class="more"><h3>More from the Record</h3>{cards}</section></aside>'
    )


def _comments(rng: random.Random) -> str:
    comments = "".join(
        f'<div class="comment"><p class="who">Reader {k}</p>'
        f"<p>I {rng.choice(['disagree with', 'agree with', 'doubt'])} this piece entirely.</p>"
        "</div>"
        for k in range(8)
    )
    return f'<section class="comments"><h2>Comments</h2>{comments}</section>'


def _footer(rng: random.Random) -> str:
    columns = "".join(
        f"<div><h4>{section}</h4><ul>"
        + "".join(f"<li>{_link(rng, _teaser(rng))}</li>" for _ in range(10))
        + "</ul></div>"
        for section in _SECTIONS[:8]
    )
    return (
        f'<footer class="site-footer"><div class="columns">{columns}</div>'
        "<p>© The Valley Record. All rights reserved.</p>"
        '<div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>'
        "</footer>"
    )


def write_folder(folder: Path, count: int, *, html_share: float = 0.5) -> Path:
    """``count`` generated articles in ``folder``, some as text, some as HTML pages."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(count):
        text = text_article(k)
        if (k * 7919) % 100 < html_share * 100:
            (folder / f"article-{k:05d}.html").write_text(html_page(text, k), encoding="utf-8")
        else:
            (folder / f"article-{k:05d}.txt").write_text(text, encoding="utf-8")
    return folder
