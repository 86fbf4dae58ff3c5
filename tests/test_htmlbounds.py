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
        "<x " + "a=1  " * 300 + "/>", "text", " ", "\n",
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
