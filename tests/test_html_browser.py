"""The HTML reports in a real headless Chromium: they render, and injected markup stays text.

Uses Debian's ``/usr/bin/chromium`` (or ``$AUDITOR_CHROMIUM``); skipped when it
is not installed. Nothing is downloaded: the browser runs with networking
features off and a fresh profile, and the pages forbid external requests.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.api import audit_text
from auditor.batchrows import result_row
from auditor.formatters import index, write
from auditor.models import Report

CHROMIUM = os.environ.get("AUDITOR_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(
    not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)),
    reason="Chromium is not installed (apt-get install chromium; .ci/run installs it)",
)
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--no-first-run", "--disable-sync",
    "--disable-default-apps", "--virtual-time-budget=3000",
)  # fmt: skip
# Each would leave a visible trace in the DOM if it ran.
SCRIPT = "<script>document.title='PWNED'</script>"
IMAGE = "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"


def chromium(tmp_path: Path, page: Path, *args: str) -> str:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def hostile_report() -> Report:
    report = audit_text(
        f"Rivers rise in {SCRIPT} the valley\n\n"
        f"Officials said the dam {IMAGE} held on Monday. The flood was clearly a disaster."
    )
    article = replace(report.article, title=SCRIPT, author=IMAGE, site=IMAGE, url=IMAGE)
    source = replace(report.input, kind="url", location=f"https://news.example/{IMAGE}")
    return replace(report, article=article, input=source)


def assert_inert(dom: str) -> None:
    assert "<title>PWNED</title>" not in dom and 'data-pwned="1"' not in dom
    assert "<img" not in dom and "<script" not in dom


def test_article_page_renders_sentences_legend_and_keeps_injections_as_text(tmp_path) -> None:
    report = hostile_report()
    page = tmp_path / "report.html"
    with page.open("w", encoding="utf-8") as stream:
        write(report, "html", stream)
    dom = chromium(tmp_path, page, "--dump-dom")
    assert_inert(dom)
    for sentence in report.sentences:
        assert f'id="s{sentence.index + 1}"' in dom
    assert "EDITORIAL FRAMING" in dom and "UNSOURCED" in dom and 'class="legend"' in dom
    assert "&lt;script&gt;document.title='PWNED'&lt;/script&gt;" in dom
    assert "&lt;img src=x onerror=" in dom
    shot = tmp_path / "report.png"
    chromium(tmp_path, page, f"--screenshot={shot}", "--window-size=1000,1200")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_batch_index_renders_rows_and_keeps_injections_as_text(tmp_path) -> None:
    report = hostile_report()
    row = result_row(0, f"https://news.example/{IMAGE}", "url", report, report="articles/a.json")
    page = tmp_path / "index.html"
    stream = io.StringIO()
    index.write([row], stream)
    page.write_text(stream.getvalue(), encoding="utf-8")
    dom = chromium(tmp_path, page, "--dump-dom")
    assert_inert(dom)
    assert 'href="articles/a.html"' in dom and "By outlet" in dom and "<svg" in dom
    chromium(tmp_path, page, f"--screenshot={tmp_path / 'index.png'}", "--window-size=1200,900")
    assert (tmp_path / "index.png").stat().st_size > 0


# Measured inside an iframe as wide as a phone or a laptop (a headless window is at least
# 500 px wide); the page keeps its own CSP, the script runs in the harness around it.
MEASURE = """<!doctype html><body style="margin:0">
<iframe id="f" style="border:0;width:%dpx;height:900px" srcdoc="%s"></iframe>
<script>
document.getElementById('f').onload = function () {
  const d = this.contentDocument, w = d.documentElement.clientWidth;
  const css = (q, p) => { const e = d.querySelector(q); return e && getComputedStyle(e)[p]; };
  const wide = [...d.querySelectorAll('table')].filter(
    t => t.getBoundingClientRect().right > w + 1 || t.scrollWidth > t.parentElement.clientWidth + 1
  ).map(t => t.className);
  document.body.setAttribute('data-m', JSON.stringify({
    page: d.documentElement.scrollWidth, width: w, wide,
    dark: this.contentWindow.matchMedia('(prefers-color-scheme: dark)').matches,
    background: getComputedStyle(d.body).backgroundColor,
    aside: css('.s.not-claim', 'backgroundColor'),
    claim: css('.s.unsourced:not(.not-claim)', 'backgroundColor'),
    asideInk: css('.s.not-claim', 'color'), ink: css('.s.unsourced:not(.not-claim)', 'color'),
    anonStyle: css('.ev-anon', 'borderTopStyle'),
    named: css('.ev-source:not(.ev-anon)', 'fontStyle'),
    anon: css('.ev-anon', 'fontStyle'), numbers: d.querySelectorAll('.s > .num').length,
  }));
};
</script></body>"""


def measure(tmp_path: Path, html_page: str, width: int, dark: bool = False) -> dict:
    import html as html_module
    import json
    import re

    harness = tmp_path / f"measure-{width}-{dark}.html"
    harness.write_text(MEASURE % (width, html_module.escape(html_page)), encoding="utf-8")
    dom = chromium(tmp_path, harness, "--dump-dom", *(["--force-dark-mode"] if dark else []))
    found = re.search(r'data-m="([^"]*)"', dom)
    assert found, dom[-2000:]
    return json.loads(html_module.unescape(found.group(1)))


def sample_report():
    from auditor.api import audit_file

    return audit_file(str(Path(__file__).parent.parent / "samples" / "state-media.txt"))


def article_page() -> str:
    stream = io.StringIO()
    write(sample_report(), "html", stream)
    return stream.getvalue()


@pytest.mark.parametrize(("width", "dark"), [(390, False), (1280, False), (390, True)])
def test_article_page_fits_marks_anonymous_sources_and_sets_aside_non_claims(
    tmp_path, width, dark
) -> None:
    m = measure(tmp_path, article_page(), width, dark)
    assert m["wide"] == [] and m["page"] <= m["width"], m  # the ledger fits a phone
    assert m["numbers"] == len(sample_report().sentences)  # every sentence shows its number
    assert m["anonStyle"] == "dashed" and m["anon"] == "italic" and m["named"] == "normal"
    assert m["aside"] != m["claim"] and m["asideInk"] != m["ink"], m  # set aside, greyed
    assert m["dark"] is dark
    assert (m["background"] == "rgb(255, 255, 255)") is not dark


def test_batch_index_tables_fit_a_laptop_screen(tmp_path) -> None:
    report = hostile_report()
    long_url = "https://news.example/" + "very-long-path-segment-" * 12 + "story.html"
    rows = [result_row(k, long_url, "url", report, report=f"articles/{k}.json") for k in range(3)]
    stream = io.StringIO()
    index.write(rows, stream)
    for width in (1280, 390):
        m = measure(tmp_path, stream.getvalue(), width)
        assert m["page"] <= m["width"], m
        if width == 1280:
            assert m["wide"] == [], m
