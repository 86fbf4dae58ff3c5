"""The URL a saved page gives for itself: its canonical link, else its og:url.

Trafilatura finds it on most pages, but not when the tags come after a stray
``</head>`` (the parser then puts them in the body); the outlet of a saved page
rests on it (:mod:`auditor.domains`). The first tags of each kind count.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<(?:meta|link)\b[^>]*>", re.I)
_ATTRIBUTE = re.compile(r"""([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_HEAD = 200_000  # characters searched: more than the head of any real page


def page_url(page: str) -> str | None:
    """The absolute http(s) URL of ``page``'s canonical link or og:url meta tag, if any."""
    found: dict[str, str] = {}
    for tag in _TAG.finditer(page, 0, _HEAD):
        text = tag.group()
        low = text.lower()
        if "canonical" not in low and "og:url" not in low and "&" not in low:
            continue  # most tags: neither, not even behind a character reference
        attributes = {
            m.group(1).lower(): html.unescape(m.group(2) or m.group(3) or m.group(4) or "")
            for m in _ATTRIBUTE.finditer(text)
        }
        if "canonical" in attributes.get("rel", "").lower().split():
            found.setdefault("canonical", attributes.get("href", ""))
        elif attributes.get("property", attributes.get("name", "")).lower() == "og:url":
            found.setdefault("og", attributes.get("content", ""))
    for key in ("canonical", "og"):
        url = found.get(key, "").strip()
        if url.lower().startswith(("http://", "https://")):
            return url
    return None
