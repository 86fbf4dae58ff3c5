"""The batch summary: CSV columns, the spreadsheet option, and a table that keeps every number."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from auditor.api import audit_file
from auditor.batchrows import Row, result_row
from auditor.formatters import summary

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
NUMBERS = ("sentences", "claims", "sourced_pct", "anonymous_pct", "editorial_pct",
           "unsourced_pct", "named_sources")  # fmt: skip


@pytest.fixture(scope="module")
def rows() -> list[Row]:
    made = [
        result_row(k, str(SAMPLES / name), "file", audit_file(SAMPLES / name))
        for k, name in enumerate(("saved-page.html", "wire-report.txt", "op-ed.txt"))
    ]
    made[1] = result_row(1, "https://news.example.co.uk/a/story", "url", audit_file(
        SAMPLES / "wire-report.txt"))  # fmt: skip
    return [
        *made,
        Row(3, "/nowhere/missing-file.txt", "file", error="no such file", reason="input"),
    ]


def test_csv_rows_carry_url_domain_date_and_count_from_1(rows) -> None:
    stream = io.StringIO()
    summary.write(rows, "csv", stream)
    table = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [r["index"] for r in table] == ["1", "2", "3", "4"]
    page, wire = table[0], table[1]
    assert page["domain"] == "fenwickvalleyherald.example" and page["url"].startswith("https://")
    assert page["date"].startswith("20")
    assert (wire["url"], wire["domain"]) == ("https://news.example.co.uk/a/story", "example.co.uk")


@pytest.mark.parametrize("width", [60, 80, 120])
def test_the_table_keeps_every_number_at_any_width(rows, width: int) -> None:
    stream = io.StringIO()
    summary.write(rows, "table", stream, width=width, color=False)
    lines = [line.split() for line in stream.getvalue().splitlines()]
    for row in rows[:3]:
        values = row.to_dict()
        figures = [str(values[k]) for k in NUMBERS]
        assert any(words[-7:] == figures for words in lines), (figures, stream.getvalue())
    if width >= 80:
        table = stream.getvalue()
        assert max(len(line) for line in table.splitlines()[:12]) <= width
        assert "%edit" in table or "editorial" in table


def test_excel_csv_files_start_with_a_byte_order_mark(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "saved-page.html", folder / "page.html")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for option, bom in (("--excel", True), (None, False)):
        out = tmp_path / f"out-{bom}"
        args = [sys.executable, "-m", "auditor", "batch", str(folder), "--out", str(out), "-q"]
        args += ["-j", "1", "-f", "csv", "-o", str(out / "copy.csv"), *([option] if option else [])]
        done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode == 0, done.stderr
        for name in ("summary.csv", "sites.csv", "copy.csv"):
            assert (out / name).read_bytes().startswith(b"\xef\xbb\xbf") is bom, name
        assert not (out / "summary.jsonl").read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_html_index_groups_articles_by_outlet(rows) -> None:
    from dataclasses import replace

    from auditor.formatters import index

    extra = replace(rows[1], index=4, input="https://www.example.co.uk/b", title="Second <b>")
    stream = io.StringIO()
    index.write([*rows, extra], stream)
    page = stream.getvalue()
    groups = re.findall(r'<tr class="group"><th[^>]*>([^<]+) <small>\((\d+) article', page)
    assert groups == [
        ("example.co.uk", "2"), ("fenwickvalleyherald.example", "1"), ("(no site)", "1"),
        ("inputs that failed", "1"),
    ]  # fmt: skip
    assert "By outlet" in page and "Second &lt;b&gt;" in page


def test_the_table_names_the_folder_all_files_share_once(rows) -> None:
    from dataclasses import replace

    files = [
        replace(r, input=f"/data/saved/2026/{k}.html", kind="file") for k, r in enumerate(rows)
    ]
    stream = io.StringIO()
    summary.write(files, "table", stream, width=120, color=False)
    table = stream.getvalue()
    assert "inputs in /data/saved/2026" in table and " 0.html " in table
    assert "/data/saved/2026/0.html" not in table
