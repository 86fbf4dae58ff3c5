"""`auditor eval-pages`: claims against a page's known body."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from auditor.cli import app
from auditor.errors import ExitCode
from auditor.evaluate_pages import check_page, words

BODY = [
    "The harbour board met on Monday and voted to extend the quay by forty metres.",
    "Work will start in spring and last two years, the board's chair said.",
    "Fishermen asked for a second slipway, which the board will discuss in June.",
]


def _pages(tmp_path: Path) -> Path:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        "<html><head><title>Board extends quay</title></head><body><article>"
        f"<h1>Board extends quay</h1><p>Published: 3 June 2021, 10:15</p>{paragraphs}"
        "<p>Sign up for the Morning Brief</p></article></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    (tmp_path / "empty.html").write_text("<html><body></body></html>", encoding="utf-8")
    lines = [
        {"file": "page.html", "text": "\n\n".join(BODY)},
        {"file": "empty.html", "text": "Nothing."},
        {"file": "other.html", "text": "x", "english": False},
    ]
    path = tmp_path / "pages.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_page_furniture_is_not_counted_as_claims_and_the_body_is_kept(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval-pages", str(_pages(tmp_path)), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["pages"] == 2  # the non-English page is skipped
    assert figures["claims_in_body"] == 1.0
    assert figures["body_words_in_claims"] == 1.0
    assert len(figures["errors"]) == 1 and "empty.html" in figures["errors"][0]


def test_a_claim_outside_the_body_is_listed() -> None:
    from auditor.api import audit_text

    report = audit_text("Quay plan\n\nThe board met on Monday.\n\nTen ferries were sold in May.")
    result = check_page(report, "The board met on Monday.", "page")
    assert result.claims == 2
    assert result.claims_outside == ["Ten ferries were sold in May."]
    assert result.words_in_claims == len(words("The board met on Monday."))


def test_a_missing_pages_file_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval-pages", str(tmp_path / "none.jsonl")])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.startswith("error: ")
