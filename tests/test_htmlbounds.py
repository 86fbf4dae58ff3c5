"""The quick check that a page is within bounds agrees with the bounding pass itself."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor import htmlbounds
from auditor.errors import InputError

# The token pattern as first written (lazy bodies): the quicker one must match the same.
_LAZY = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)|<(/?)([a-zA-Z][^\s/>]*)([^>]*)>",
    re.S | re.I,
)
_PIECES = st.sampled_from(
    [
        "<p>", "</p>", "<P class=x>", "<li>", "</li>", "<div>", "</DIV>", "<span>", "</span>",
        "<td>", "<tr>", "</table>", "<br>", "<img src=a/>", "<div/>", "<script>", "</script>",
        "</SCRIPT >", "<style type=x>", "</style>", "<!--", "-->", "--", "->", "<!-->", "<",
        ">", "/", "-", "<a b='>'>", "<x a=1 b=2 c=3 d=4>", "<x " + "a=1 " * 300 + ">",
        "<x " + "a=1  " * 300 + "/>", "<x" + " a=1" * 255 + "z>", "text", " ", "\n",
    ]
)  # fmt: skip
_HTML = st.lists(_PIECES, max_size=60).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTML)
@example("<!-- a -> b --> <script>x</scrip></script ><p>")
def test_the_token_pattern_reads_pages_as_the_lazy_one(html: str) -> None:
    tokens = [(m.span(), m.groups()) for m in htmlbounds._TOKEN.finditer(html)]
    assert tokens == [(m.span(), m.groups()) for m in _LAZY.finditer(html)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTML, st.integers(1, 6), st.integers(1, 3), st.integers(3, 40))
@example("<div><div><div><p>a</div></div></div>", 2, 64, 50_000)
@example("<ul><li>a<li>b<li>c</ul><p>a<p>b<p>c", 2, 64, 50_000)
def test_a_page_called_within_bounds_is_one_the_pass_leaves_alone(
    html: str, depth: int, attributes: int, elements: int
) -> None:
    """Under small bounds too, so that pages past each of them are drawn."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(htmlbounds, "MAX_DEPTH", depth)
        patch.setattr(htmlbounds, "MAX_ATTRIBUTES", attributes)
        patch.setattr(htmlbounds, "MAX_ELEMENTS", elements)
        try:
            bounded = htmlbounds._Bounder().run(html)
        except InputError:
            bounded = None
        assert not htmlbounds._within_bounds(html) or bounded == html


def _depth(tree) -> int:
    """The levels of the tree's elements, but for line breaks (a dropped tag's stand-in)."""
    elements = (e for e in tree.iter() if e.tag != "br")
    return max(sum(1 for _ in element.iterancestors()) + 1 for element in elements)


def test_an_ordinary_page_is_parsed_as_it_is(monkeypatch) -> None:
    from lxml import etree
    from trafilatura.utils import load_html

    def fail(html: str) -> str:
        raise AssertionError("read tag by tag")

    monkeypatch.setattr(htmlbounds, "bound_html", fail)
    page = "<html><body>" + "<div><p>The council met.</p>" * 40 + "</div>" * 40 + "</body></html>"
    tree = htmlbounds.bounded_tree(page)
    assert etree.tostring(tree) == etree.tostring(load_html(page))


@pytest.mark.parametrize("levels", [7, 300])
def test_a_page_as_deep_as_the_bound_is_flattened_and_keeps_its_text(monkeypatch, levels) -> None:
    monkeypatch.setattr(htmlbounds, "MAX_DEPTH", 6)
    page = "<html><body>" + "<div>" * levels + "deep words" + "</div>" * levels + "<p>after</p>"
    tree = htmlbounds.bounded_tree(page + "</body></html>")
    assert _depth(tree) <= 6
    assert "deep words" in "".join(tree.itertext()) and "after" in "".join(tree.itertext())


def test_a_page_one_level_shallower_than_the_bound_is_left_alone(monkeypatch) -> None:
    monkeypatch.setattr(htmlbounds, "MAX_DEPTH", 6)
    page = "<html><body>" + "<div>" * 3 + "words" + "</div>" * 3 + "</body></html>"
    assert _depth(htmlbounds.bounded_tree(page)) == 5  # html, body, three divs


def test_a_long_tag_keeps_its_first_attributes_in_the_tree() -> None:
    attributes = " ".join(f"a{i}=x" for i in range(2_000))
    tree = htmlbounds.bounded_tree(f"<html><body><p {attributes}>Text.</p></body></html>")
    paragraph = next(tree.iter("p"))
    assert len(paragraph.attrib) == htmlbounds.MAX_ATTRIBUTES and paragraph.text == "Text."


def test_too_many_elements_are_refused_before_parsing(monkeypatch) -> None:
    monkeypatch.setattr(htmlbounds, "MAX_ELEMENTS", 50)
    with pytest.raises(InputError, match="over the limit"):
        htmlbounds.bounded_tree("<html><body>" + "<p>a</p>" * 200 + "</body></html>")


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HTML, st.integers(1, 400))
@example("<script>if (a <b" + " c=1" * 400 + ") {}</script>", 64)
@example("<text<!--><x" + " a=1" * 400 + " >", 1)  # a comment's opening inside a tag
@example("<p><x" + " a=1" * 255 + "z>", 1)  # a tag of exactly _LONG_TAG characters
def test_the_quick_attribute_test_agrees_with_the_tags_the_pass_reads(
    html: str, attributes: int
) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(htmlbounds, "MAX_ATTRIBUTES", attributes)
        tags = [m for m in htmlbounds._TOKEN.finditer(html) if m.group(3) and not m.group(2)]
        expected = any(
            len(m.group()) >= htmlbounds._LONG_TAG
            and len(htmlbounds._ATTRIBUTE.findall(m.group(4))) > attributes
            for m in tags
        )
        assert htmlbounds._any_capped(html) == expected
