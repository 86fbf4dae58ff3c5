"""Bound HTML before extraction: nesting flattened, attributes capped, element count limited.

lxml (libxml2) stops at 256 levels of nesting and drops that text and all that
follows, silently; a browser shows it. The extraction libraries also take
time that grows faster than the page (200,000 tiny paragraphs: minutes; one tag
with 80,000 attributes: minutes). So, before the page reaches them:

- elements deeper than :data:`MAX_DEPTH` lose their tags (their text joins the
  ancestor at that depth; a block tag leaves a line break);
- a tag keeps its first :data:`MAX_ATTRIBUTES` attributes;
- a page with more than :data:`MAX_ELEMENTS` elements is refused (exit 8).

The pass is one regular expression over the tags; scripts, styles and comments
are passed over untouched. Implied end tags (``<p>`` after ``<p>``, ``<li>`` after
``<li>``) are closed as a parser closes them, so ordinary pages count true depths.
Most pages are within every bound, and :func:`bounded_tree` learns it without reading
the tags in Python: too few ``<`` to exceed the element limit, no tag long enough to
be capped, and the parsed tree not as deep as :data:`MAX_DEPTH` (a question lxml
answers in C). Only a page that fails one of these is read tag by tag and parsed again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from auditor.errors import ExitCode, InputError

MAX_DEPTH = 128
MAX_ATTRIBUTES = 64
MAX_ELEMENTS = 50_000

# A comment, a script or style (to the end of the page if unclosed), or a tag. A comment's
# or script's body is read a run of characters at a time, not one lazy step at a time
# (the same matches as "<!--.*?(?:-->|\Z)" and "<(script|style)\b.*?(?:</\1\s*>|\Z)",
# five times quicker over a page's inline scripts).
_PASSED_OVER = (
    r"<!--[^-]*(?:-(?!->)[^-]*)*(?:-->|\Z)"
    r"|<(script|style)\b[^<]*(?:<(?!/\1\s*>)[^<]*)*(?:</\1\s*>|\Z)"
)
_TOKEN = re.compile(_PASSED_OVER + r"|<(/?)([a-zA-Z][^\s/>]*)([^>]*)>", re.S | re.I)
_ATTRIBUTE = re.compile(r"""\s*[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?""")
_BREAKS = re.compile(r"(?:<br>\s*){2,}")  # the stand-ins of a run of dropped tags: one
_LONG_TAG = 1024  # characters; a shorter tag cannot hold too many attributes
_LONG_TAG_START = rf"<[a-zA-Z][^>]{{{_LONG_TAG - 3}}}"  # (or a "<" in a script's text)
_LONG_TAGS = re.compile(_LONG_TAG_START)
# The tokens as _TOKEN reads them, with the long opening tags apart ("long") and the other
# tags read a run at a time with the text between them: a "<!--" or "<script" inside a tag
# is the tag's, not the start of a comment or script.
_PASSED_OVER_OR_LONG_TAG = re.compile(
    rf"{_PASSED_OVER}|(?P<long>{_LONG_TAG_START}[^>]*>)"
    rf"|(?:(?:<(?!(?:script|style)\b)[a-zA-Z][^>]{{0,{_LONG_TAG - 4}}}>|</[a-zA-Z][^>]*>)[^<]*)+",
    re.S | re.I,
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
# An opening tag that closes an open one of these names first (as an HTML parser does).
_IMPLIED = {
    "p": ("p",),
    "li": ("li",),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "tr": ("tr", "td", "th"),
    "td": ("td", "th"),
    "th": ("td", "th"),
    "option": ("option",),
}
_INLINE = frozenset(
    [
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "code",
        "em",
        "font",
        "i",
        "kbd",
        "mark",
        "q",
        "s",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "u",
    ]
)


def bounded_tree(html: str):
    """``html`` parsed (by trafilatura's ``load_html``), bounded first when it has to be."""
    from trafilatura.utils import load_html

    if html.count("<") <= MAX_ELEMENTS and not _any_capped(html):
        tree = load_html(html)
        if tree is None or not _reaching(MAX_DEPTH)(tree):
            return tree
    return load_html(bound_html(html))


@cache
def _reaching(depth: int):
    """An XPath test for an element ``depth`` levels down, the root being the first."""
    from lxml import etree

    return etree.XPath(f"boolean(/*{'/*' * (depth - 1)})")


def _any_capped(html: str) -> bool:
    """Whether some long tag of ``html`` has more than :data:`MAX_ATTRIBUTES` attributes.
    Long tags are rare: only when one seems to, are scripts and comments passed over."""
    return _over_capped(_LONG_TAGS.finditer(html), html) and _over_capped(
        (m for m in _PASSED_OVER_OR_LONG_TAG.finditer(html) if m.group("long")), html
    )


def _over_capped(found: Iterator[re.Match[str]], html: str) -> bool:
    for start in found:
        tag = _TOKEN.match(html, start.start())
        if tag and tag.group(3) and len(_ATTRIBUTE.findall(tag.group(4))) > MAX_ATTRIBUTES:
            return True
    return False


def bound_html(html: str) -> str:
    """``html`` flattened below :data:`MAX_DEPTH`, its tags' attributes capped; see the module."""
    if html.count("<") <= MAX_DEPTH and len(html) < _LONG_TAG * 4:
        return html  # too few tags to nest too deep or hold too many attributes
    if _within_bounds(html):
        return html
    return _Bounder().run(html)


def _within_bounds(html: str) -> bool:
    """Whether :class:`_Bounder` would return ``html`` unchanged: no tag dropped, none
    long enough to be capped, not too many elements (the same reading of the tags)."""
    stack: list[str] = []  # the names of the open elements
    elements = 0
    for _script, slash, name, rest in _TOKEN.findall(html):
        if not name:  # a comment, script or style
            continue
        if slash:  # closes the last open element of its name; a stray one is ignored
            name = name.lower()
            if stack and stack[-1] == name:
                stack.pop()
            elif name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
            continue
        elements += 1
        if elements > MAX_ELEMENTS:
            return False
        if len(name) + len(rest) + 2 >= _LONG_TAG and _capped(name, rest) != f"<{name}{rest}>":
            return False
        name = name.lower()
        if name in _VOID:
            continue
        closes = _IMPLIED.get(name)
        if closes and stack and stack[-1] in closes:
            stack.pop()
        if len(stack) >= MAX_DEPTH:
            return False
        stack.append(name)
    return True


class _Bounder:
    def __init__(self) -> None:
        self.stack: list[tuple[str, bool]] = []  # open elements: name, whether its tag is kept
        self.elements = 0
        self.dropped = 0

    def run(self, html: str) -> str:
        bounded = _TOKEN.sub(self._token, html)
        if self.elements > MAX_ELEMENTS:
            raise InputError(
                f"the page has {self.elements:,} HTML elements, over the limit of {MAX_ELEMENTS:,}",
                ExitCode.TOO_LARGE,
            )
        return _BREAKS.sub("<br>", bounded) if self.dropped else bounded

    def _token(self, match: re.Match[str]) -> str:
        name = match.group(3)
        if name is None:  # a comment, script or style
            return match.group()
        name = name.lower()
        if match.group(2):
            return self._close(name, match.group())
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            return ""  # refused in run(); no need to build the rest
        tag = match.group()
        if len(tag) >= _LONG_TAG:
            tag = _capped(match.group(3), match.group(4))
        if name in _VOID:  # "<div/>" opens a div in HTML, as a parser reads it
            return tag
        closes = _IMPLIED.get(name)
        if closes and self.stack and self.stack[-1][0] in closes:
            self.stack.pop()
        kept = len(self.stack) < MAX_DEPTH
        self.stack.append((name, kept))
        self.dropped += not kept
        return tag if kept else _stand_in(name)

    def _close(self, name: str, tag: str) -> str:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == name:
                kept = self.stack[depth][1]
                del self.stack[depth:]
                return tag if kept else _stand_in(name)
        return tag  # a stray end tag: the parser ignores it


def _capped(name: str, rest: str) -> str:
    """The tag ``<{name}{rest}>`` with its first :data:`MAX_ATTRIBUTES` attributes."""
    attributes = _ATTRIBUTE.findall(rest)
    closing = "/" if rest.rstrip().endswith("/") else ""
    return f"<{name}{''.join(attributes[:MAX_ATTRIBUTES])}{closing}>"


def _stand_in(name: str) -> str:
    """What a dropped tag leaves: nothing inside a line, a line break between blocks."""
    return "" if name in _INLINE else "<br>"
