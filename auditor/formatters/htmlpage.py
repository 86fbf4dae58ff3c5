"""What the HTML reports share: the page shell, the CSS, escaping, the legend and the share chart.

Pages are self-contained: inline CSS, no script, no external request (a
Content-Security-Policy in the page forbids them too). Every piece of text
that comes from an article or its metadata goes through :func:`esc`.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from auditor.models import Label
from auditor.theme import LABELS, NOT_A_CLAIM

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
    "base-uri 'none'; form-action 'none'"
)

_CLASSES = {Label.SOURCED: "sourced", Label.EDITORIAL: "editorial", Label.UNSOURCED: "unsourced"}


def esc(value: object) -> str:
    """Text for HTML content or a quoted attribute value."""
    return html.escape("" if value is None else str(value), quote=True)


def label_class(label: Label) -> str:
    return _CLASSES[label]


def link(url: str | None, text: str | None = None) -> str:
    """A link for http(s) URLs (opened without referrer); anything else as plain text."""
    if not url:
        return esc(text or "")
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return esc(text or url)
    return f'<a href="{esc(url)}" rel="noopener noreferrer nofollow">{esc(text or url)}</a>'


def _tint(hex_colour: str, alpha: float) -> str:
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def _label_css() -> str:
    rules = []
    for label, style in LABELS.items():
        name = label_class(label)
        rules.append(
            f".s.{name}{{background:{_tint(style.css, 0.12)};"
            f"border-bottom:2px solid {style.css}}}"
            f".{name} .sym,.key.{name}{{color:{style.css}}}"
            f".fill-{name}{{fill:{style.css}}}"
        )
    rules.append(f".s.not-claim .sym,.key.not-claim{{color:{NOT_A_CLAIM.css}}}")
    return "".join(rules)


STYLE = """
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem 1rem 12rem;font:16px/1.6 system-ui,
-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line)}
.kicker,.meta,.byline,footer{color:var(--muted);font-size:.9rem;margin:.2rem 0}
.meta code{font-size:.85rem;word-break:break-all}
a{color:#0969da}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:.6rem .8rem;margin:1rem 0;
border:1px solid var(--line);border-radius:6px;font-size:.92rem}
.legend .key{font-weight:600}
.legend .spans{flex-basis:100%;color:var(--muted)}
.warn{background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;padding:.4rem .8rem}
table{border-collapse:collapse;margin:.4rem 0;font-size:.92rem}
th,td{border-bottom:1px solid var(--line);padding:.25rem .6rem;text-align:left;
vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.article p{margin:0 0 1rem}
.s{padding:.05rem .1rem;border-radius:3px;cursor:pointer;outline-offset:1px}
.s:focus{outline:2px solid #0969da}
.sym{font:600 .8rem ui-monospace,SFMono-Regular,Menlo,monospace;margin-right:.2rem}
.s.not-claim{background:#f6f8fa;border-bottom:2px dotted #6e7781}
.ev-cue{font-weight:700;text-decoration:underline}
.ev-source{font-weight:700;color:#0a5a8a}
.ev-framing{text-decoration:underline wavy #b3128a}
.ev-vague,.ev-loaded{text-decoration:underline dashed #9a6700}
.ev-quote{font-style:italic}
.why{display:none;position:fixed;left:0;right:0;bottom:0;z-index:10;margin:0;
padding:.7rem 1rem;max-height:40vh;overflow:auto;background:#fff;color:var(--ink);
border-top:3px solid #0969da;box-shadow:0 -4px 16px rgba(0,0,0,.15);font-size:.92rem;
cursor:auto}
.why b{display:block}
.why span{display:block}
.s:hover>.why,.s:focus>.why,.s:target>.why{display:block}
.chart{width:100%;max-width:32rem;height:1.2rem;display:block}
.bars td.bar{width:50%;min-width:10rem}
.err{color:#cf222e}
.articles tr.group th{text-align:left;padding-top:1rem;border-bottom:2px solid var(--line)}
.hint{color:var(--muted);font-size:.9rem}
@media print{body{padding-bottom:1rem}.why{display:block;position:static;box-shadow:none;
border:0;border-left:3px solid var(--line);padding:.1rem .5rem;margin:.2rem 0}}
""" + _label_css()


def page(title: str, body: str) -> str:
    """A complete, self-contained HTML document; ``title`` is plain text, ``body`` is HTML."""
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style></head>\n"
        f"<body>\n{body}\n</body></html>\n"
    )


def legend() -> str:
    """The label legend, symbols beside colours, and the evidence span styles."""
    keys = [
        f'<span class="key {label_class(label)}">{esc(style.symbol)} {esc(style.name)}</span>'
        f" {esc(style.description)}"
        for label, style in LABELS.items()
    ]
    keys.append(
        f'<span class="key not-claim">{esc(NOT_A_CLAIM.symbol)} {esc(NOT_A_CLAIM.name)}</span>'
        f" {esc(NOT_A_CLAIM.description)}"
    )
    spans = (
        'Inside sentences: <span class="ev-cue">reporting cue</span>, '
        '<span class="ev-source">source</span>, <span class="ev-framing">framing</span>, '
        '<span class="ev-vague">vague or loaded</span>, <span class="ev-quote">quotation</span>. '
        "Hover over or click a sentence to see why it has its label."
    )
    items = "".join(f"<span>{key}</span>" for key in keys)
    return (
        f'<section class="legend" aria-label="Legend">{items}'
        f'<span class="spans">{spans}</span></section>'
    )


def share_bar(sourced: int, editorial: int, unsourced: int) -> str:
    """An inline SVG bar of the label shares of ``sourced + editorial + unsourced`` claims."""
    claims = sourced + editorial + unsourced
    parts = ((Label.SOURCED, sourced), (Label.EDITORIAL, editorial), (Label.UNSOURCED, unsourced))
    described = ", ".join(
        f"{LABELS[label].name} {_percent(count, claims)}" for label, count in parts
    )
    rects, x = [], 0.0
    for label, count in parts:
        width = 100.0 * count / claims if claims else 0.0
        if width:
            rects.append(
                f'<rect class="fill-{label_class(label)}" x="{x:.3f}" y="0" '
                f'width="{width:.3f}" height="10"><title>{esc(LABELS[label].name)}: '
                f"{count} of {claims} claims</title></rect>"
            )
        x += width
    if not claims:
        rects.append('<rect x="0" y="0" width="100" height="10" fill="#eaeef2"/>')
    return (
        '<svg class="chart" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" '
        f'aria-label="{esc(described)}" xmlns="http://www.w3.org/2000/svg">{"".join(rects)}</svg>'
    )


def _percent(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "–"
