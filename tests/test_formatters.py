"""Every report format round-trips or parses back, and escapes hostile article text."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from auditor.api import audit_file, audit_text
from auditor.formatters import write
from auditor.formatters.csv import COLUMNS, guard, unguard
from auditor.formatters.markdown import md
from auditor.models import Label, Report

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
INJECTIONS = ("<script>window.pwned = 1</script>", '"><img src=x onerror="window.pwned=1">')


def render(report: Report, fmt: str) -> str:
    stream = io.StringIO()
    write(report, fmt, stream)
    return stream.getvalue()


@pytest.fixture(scope="module")
def report() -> Report:
    return audit_file(SAMPLES / "state-media.txt")


def hostile_report() -> Report:
    """An article whose text, title, author, site and URL all carry injection strings."""
    text = (
        f"Officials said {INJECTIONS[0]} was found on Monday.\n\n"
        f"The page {INJECTIONS[1]} reportedly loads fast. Critics said it was = 1+1."
    )
    report = audit_text(text)
    article = replace(
        report.article, title=INJECTIONS[0], author=INJECTIONS[1], site=INJECTIONS[1],
        url=f'javascript:alert(1)//{INJECTIONS[1]}',
    )  # fmt: skip
    source = replace(report.input, kind="url", location=f"https://x.example/{INJECTIONS[1]}")
    return replace(report, article=article, input=source)


def test_json_round_trips(report: Report) -> None:
    data = json.loads(render(report, "json"))
    assert Report.from_dict(data) == report


def test_csv_has_one_row_per_sentence_with_label_source_cue_flags(report: Report) -> None:
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == len(report.sentences)
    for row, sentence in zip(rows, report.sentences, strict=True):
        assert unguard(row["text"]) == sentence.text
        assert row["label"] == sentence.label.value
        assert row["flags"].split("; ") == [f.value for f in sentence.flags] or not sentence.flags
        if sentence.attribution:
            assert unguard(row["source"]) == sentence.attribution.source.text
            assert row["cue"] == sentence.attribution.cue.text
            assert row["strength"] == sentence.strength.value
        else:
            assert row["source"] == row["cue"] == row["strength"] == ""
    assert any(row["framing_words"] or row["flags"] for row in rows)


@pytest.mark.parametrize("value", ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)", "plain", ""])
def test_csv_cells_never_start_a_formula_and_unguard_restores_them(value: str) -> None:
    cell = guard(value)
    assert not cell.startswith(("=", "+", "-", "@"))
    assert unguard(cell) == value


def test_markdown_lists_every_sentence_legend_summary_and_ledger(report: Report) -> None:
    text = render(report, "markdown")
    assert text.startswith("# ")
    assert "Legend:" in text and "## Summary" in text and "## Who is cited" in text
    for sentence in report.sentences:
        assert f"- **{sentence.index + 1} " in text
        assert md(sentence.text) in text


def test_markdown_escapes_markup_in_article_text() -> None:
    text = render(hostile_report(), "markdown")
    assert re.search(r"(?<!\\)[<>]", text) is None  # every angle bracket is escaped
    assert r"\<script\>" in text


class _Collect(HTMLParser):
    """Tags, attributes and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data) -> None:
        self.text.append(data)


def parse_html(page: str) -> _Collect:
    parser = _Collect()
    parser.feed(page)
    return parser


def test_html_has_every_sentence_coloured_with_symbol_and_evidence(report: Report) -> None:
    parsed = parse_html(render(report, "html"))
    sentences = [a for tag, a in parsed.tags if tag == "span" and a.get("id", "").startswith("s")]
    assert len(sentences) == len(report.sentences)
    for attrs, sentence in zip(sentences, report.sentences, strict=True):
        assert Label(attrs["class"].split()[1].upper()) is sentence.label
    text = "".join(parsed.text)
    assert "[S] SOURCED" in text and "EDITORIAL FRAMING" in text and "Who is cited" in text
    assert "source: A senior military source (anonymous person)" in text
    assert any(tag == "svg" for tag, _ in parsed.tags)


def test_html_is_self_contained(report: Report) -> None:
    page = render(report, "html")
    parsed = parse_html(page)
    assert not [t for t, _ in parsed.tags if t in ("script", "link", "img", "iframe", "object")]
    policy = [
        a["content"] for t, a in parsed.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert policy and "default-src 'none'" in policy[0]
    for _, attrs in parsed.tags:
        for name in ("src", "href"):
            value = attrs.get(name) or "#"
            assert value.startswith(("#", "http://", "https://")), value


def test_html_escapes_text_title_author_and_url() -> None:
    page = render(hostile_report(), "html")
    parsed = parse_html(page)
    assert [t for t, _ in parsed.tags if t in ("script", "img")] == []
    assert not any(name.startswith("on") for _, a in parsed.tags for name in a)
    assert not any((a.get("href") or "").startswith("javascript") for _, a in parsed.tags)
    text = "".join(parsed.text)
    assert INJECTIONS[0] in text and INJECTIONS[1] in text


def test_framing_below_the_threshold_is_named_as_weak() -> None:
    from auditor.formatters.describe import framing_line

    weak = audit_text("The crisis deepened on Monday.").sentences[0]
    strong = audit_text("The regime's thugs attacked the brave protesters.").sentences[0]
    assert weak.label is Label.UNSOURCED
    assert framing_line(weak).startswith("weak framing cues, under the threshold: “crisis”")
    assert strong.label is Label.EDITORIAL
    assert framing_line(strong).startswith("framing: ")
