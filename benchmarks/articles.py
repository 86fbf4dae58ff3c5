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


def _paragraphs() -> list[str]:
    found = []
    for path in sorted((ROOT / "samples").glob("*.txt")):
        blocks = path.read_text(encoding="utf-8").split("\n\n")
        found += [" ".join(b.split()) for b in blocks[1:] if len(b.split()) > 8]
    return found


def text_article(seed: int, paragraphs: int = 14) -> str:
    """A plain-text article: a headline and ``paragraphs`` paragraphs."""
    rng = random.Random(seed)
    pool = _paragraphs()
    body = [rng.choice(pool) for _ in range(paragraphs)]
    name, place = rng.choice(_NAMES), rng.choice(_PLACES)
    body = [p.replace("Draganov", name.split()[1]).replace("Valdonia", place) for p in body]
    headline = (
        f"{place} officials dispute report on {rng.choice(['dam', 'clinic', 'ferry', 'trams'])}"
    )
    return "\n\n".join([headline, *body]) + "\n"


def html_page(text: str, seed: int) -> str:
    """The article of ``text`` inside a realistic news page: navigation, comments, footer."""
    headline, *body = text.strip().split("\n\n")
    paragraphs = "\n".join(f"      <p>{html.escape(p)}</p>" for p in body)
    comments = "\n".join(
        f'      <div class="comment"><p>Reader {k}: I disagree with this piece entirely.</p></div>'
        for k in range(6)
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(headline)} | The Valley Record</title>
<meta name="author" content="Staff reporter {seed}">
<meta property="og:site_name" content="The Valley Record">
<meta property="article:published_time" content="2025-03-{1 + seed % 28:02d}">
</head><body>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
  <li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  <aside class="most-read"><h3>Most read</h3><ul><li>Storm closes schools</li>
  <li>Council approves budget</li><li>Ferry timetable changes</li></ul></aside>
  <main><article>
      <h1>{html.escape(headline)}</h1>
{paragraphs}
  </article>
  <section class="comments"><h2>Comments</h2>
{comments}
  </section></main>
  <footer><p>© The Valley Record. All rights reserved.</p></footer>
</body></html>
"""


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
