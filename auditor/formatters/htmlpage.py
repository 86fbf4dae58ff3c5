"""What the HTML reports share: the page shell, the CSS, escaping, the legend and the share chart.

Pages are self-contained: inline CSS, no script, no external request (a
Content-Security-Policy in the page forbids them too). Every piece of text
that comes from an article or its metadata goes through :func:`esc`.
"""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from auditor.models import Label
from auditor.theme import ANONYMOUS, LABELS, NOT_A_CLAIM

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


def _label_css() -> str:
    """Colours by label and for anonymous sources, as variables that dark mode swaps."""
    styles = {label_class(label): style for label, style in LABELS.items()}
    styles |= {"not-claim": NOT_A_CLAIM, "anon": ANONYMOUS}
    light = ";".join(f"--{name}:{style.css}" for name, style in styles.items())
    dark = ";".join(f"--{name}:{style.css_dark}" for name, style in styles.items())
    rules = [f":root{{{light}}}@media (prefers-color-scheme:dark){{:root{{{dark}}}}}"]
    for label in LABELS:
        name = label_class(label)
        rules.append(
            f".s.{name}{{background:color-mix(in srgb,var(--{name}) 12%,transparent);"
            f"border-bottom:2px solid var(--{name})}}"
            f".{name} .sym,.key.{name}{{color:var(--{name})}}"
            f".fill-{name}{{fill:var(--{name})}}"
        )
    # After the label rules, which it must override: a set-aside sentence is greyed out.
    rules.append(
        ".s.not-claim{background:var(--aside);border-bottom:2px dotted var(--not-claim);"
        "color:var(--muted)}.s.not-claim .sym,.key.not-claim{color:var(--not-claim)}"
    )
    return "".join(rules)


STYLE = """
:root{color-scheme:light dark;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#fff;
--aside:#f6f8fa;--link:#0969da;--source:#0a5a8a;--warn-bg:#fff8c5;--err:#cf222e}
@media (prefers-color-scheme:dark){:root{--ink:#e6edf3;--muted:#9198a1;--line:#3d444d;
--bg:#0d1117;--aside:#151b23;--link:#4493f8;--source:#79c0ff;--warn-bg:#3b2e00;
--err:#f85149}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1.5rem 1rem 12rem;font:16px/1.6 system-ui,
-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);
overflow-wrap:break-word}
body.wide{max-width:96rem}
h1{font-size:1.6rem;line-height:1.25;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line)}
.kicker,.meta,.byline,footer{color:var(--muted);font-size:.9rem;margin:.2rem 0}
.meta code{font-size:.85rem;word-break:break-all}
a{color:var(--link)}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:.6rem .8rem;margin:1rem 0;
border:1px solid var(--line);border-radius:6px;font-size:.92rem}
.legend .key{font-weight:600}
.legend .spans{flex-basis:100%;color:var(--muted)}
.warn{background:var(--warn-bg);border:1px solid #d4a72c;border-radius:6px;padding:.4rem .8rem}
table{border-collapse:collapse;margin:.4rem 0;font-size:.92rem;max-width:100%}
th,td{border-bottom:1px solid var(--line);padding:.25rem .6rem;text-align:left;
vertical-align:top}
td{overflow-wrap:anywhere}
table.bars td:first-child,table.articles td:nth-child(3){min-width:8rem}
table.articles td:nth-child(2){min-width:14rem}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;overflow-wrap:normal}
.table{max-width:100%;overflow-x:auto}
table.articles,table.bars{width:100%}
table.articles th,table.bars th{font-size:.85rem}
.article p{margin:0 0 1rem}
.s{padding:.05rem .1rem;border-radius:3px;cursor:pointer;outline-offset:1px}
.s:focus{outline:2px solid var(--link)}
.num{font:.7rem ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted);
vertical-align:super;margin-right:.15rem}
.sym{font:600 .8rem ui-monospace,SFMono-Regular,Menlo,monospace;margin-right:.2rem}
.ev-cue{font-weight:700;text-decoration:underline}
.ev-source{font-weight:700;color:var(--source)}
.ev-anon{font-weight:600;font-style:italic;color:inherit;border:1px dashed var(--anon);
border-radius:3px;padding:0 .15rem}
.anon-sym,.key.anon{color:var(--anon);font-weight:700;font-style:normal}
.anon-sym{margin-right:.15rem}
.ledger tr.anon td{background:color-mix(in srgb,var(--anon) 10%,transparent)}
.ledger tr.anon td:nth-child(2){font-style:italic}
.ev-framing{text-decoration:underline wavy #b3128a}
.ev-vague,.ev-loaded{text-decoration:underline dashed #9a6700}
.ev-quote{font-style:italic}
.why{display:none;position:fixed;left:0;right:0;bottom:0;z-index:10;margin:0;
padding:.7rem 1rem;max-height:40vh;overflow:auto;background:var(--bg);color:var(--ink);
border-top:3px solid var(--link);box-shadow:0 -4px 16px rgba(0,0,0,.15);font-size:.92rem;
cursor:auto;font-style:normal}
.why b{display:block}
.why span{display:block}
.s:hover>.why,.s:focus>.why,.s:target>.why{display:block}
.chart{width:100%;max-width:32rem;height:1.2rem;display:block}
.bars td.bar{width:30%;min-width:6rem}
.err{color:var(--err)}
.skip{color:var(--muted);font-style:italic}
.articles tr.group th{text-align:left;padding-top:1rem;border-bottom:2px solid var(--line)}
.hint{color:var(--muted);font-size:.9rem}
@media (max-width:40rem){
.ledger,.ledger tbody,.ledger tr,.ledger td{display:block;width:100%}
.ledger thead{display:none}
.ledger tr{border-bottom:1px solid var(--line);padding:.3rem 0}
.ledger td{border:0;padding:.05rem .3rem;text-align:left}
.ledger td[data-h]::before{content:attr(data-h) ": ";color:var(--muted)}
.ledger td:empty{display:none}
}
@media print{body{padding-bottom:1rem}.why{display:block;position:static;box-shadow:none;
border:0;border-left:3px solid var(--line);padding:.1rem .5rem;margin:.2rem 0}}
""" + _label_css()


_WIDE = ' class="wide"'


def page(title: str, body: str, wide: bool = False) -> str:
    """A complete, self-contained HTML document; ``title`` is plain text, ``body`` is HTML.

    ``wide`` lets the body use the window's width (the batch index's many columns)."""
    return (
        "<!doctype html>\n"
        '<html lang="en"><head><meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{STYLE}</style></head>\n"
        f"<body{_WIDE if wide else ''}>\n{body}\n</body></html>\n"
    )


def legend() -> str:
    """The label legend, symbols beside colours, and the evidence span styles."""
    keys = [
        f'<span class="key {label_class(label)}">{esc(style.symbol)} {esc(style.name)}</span>'
        f" {esc(style.description)}"
        for label, style in LABELS.items()
    ]
    keys += [
        f'<span class="key {css}">{esc(style.symbol)} {esc(style.name)}</span>'
        f" {esc(style.description)}"
        for css, style in (("not-claim", NOT_A_CLAIM), ("anon", ANONYMOUS))
    ]
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
        rects.append('<rect x="0" y="0" width="100" height="10" fill="#8c959f"/>')
    return (
        '<svg class="chart" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" '
        f'aria-label="{esc(described)}" xmlns="http://www.w3.org/2000/svg">{"".join(rects)}</svg>'
    )


def _percent(count: int, total: int) -> str:
    return f"{100 * count / total:.0f}%" if total else "–"
