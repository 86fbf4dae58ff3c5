"""Whether a page calls itself news, opinion or something other than an article.

Read from the page's metadata only (its type, its section, the folders of its URL),
with the words of ``data/article-types.toml``; None when the page does not say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

TYPES = ("opinion", "news", "other")  # checked in this order


def article_type(
    page_type: str | None, sections: Iterable[str] | None = (), url: str | None = None
) -> str | None:
    """``opinion``, ``news``, ``other`` or None, from what the page says of itself."""
    page_type = (page_type or "").strip().lower()
    words = {w.strip().lower() for w in sections or ()}
    if url and "://" in url:
        words.update(p.lower() for p in re.split(r"/+", urlsplit(url).path)[1:-1])
    for kind in TYPES:
        wanted = _words()[kind]
        if page_type in wanted["page_types"] or words & wanted["sections"]:
            return kind
    return None


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, frozenset[str]]]:
    text = (resources.files("auditor") / "data" / "article-types.toml").read_text("utf-8")
    data = tomllib.loads(text)
    return {
        kind: {key: frozenset(data[kind].get(key, ())) for key in ("page_types", "sections")}
        for kind in TYPES
    }


def examples() -> list[dict]:
    """The examples of the data file, for the tests."""
    text = (resources.files("auditor") / "data" / "article-types.toml").read_text("utf-8")
    return tomllib.loads(text)["examples"]
