"""Per-rule figures across evaluation files (auditor rules stats)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.rulestats import file_figures, markdown, table_rows, under_file, under_rows

WEIGHTS = {"a.strong": 1.0, "b.weak": 0.5}


def _pred(i: int, label: str, framing: list) -> dict:
    return {"doc": "d", "i": i, "label": label, "framing": framing}


def _rec(i: int, gold: dict) -> dict:
    return {"doc": "d", "i": i, "text": "x" * 40, "gold": gold}


def test_editorial_share_and_base_rate_count_unattributed_sentences_only() -> None:
    records = [
        _rec(0, {"label": "EDITORIAL"}),
        _rec(1, {"label": "UNSOURCED"}),
        _rec(2, {"label": "SOURCED"}),
        _rec(3, {"label": "UNSOURCED"}),
    ]
    predictions = [
        _pred(0, "EDITORIAL", [[0, 4, "a.strong"], [5, 9, "b.weak"]]),
        _pred(1, "UNSOURCED", [[0, 4, "b.weak"]]),
        _pred(2, "SOURCED", [[0, 4, "a.strong"]]),
        _pred(3, "EDITORIAL", [[0, 4, "a.strong"]]),
    ]
    figures = file_figures("f", records, predictions, WEIGHTS, 1.0)
    assert figures is not None and figures.kind == "editorial"
    assert (figures.sentences, figures.positive) == (3, 1)
    strong, weak = figures.rules["a.strong"], figures.rules["b.weak"]
    assert (strong.fires, strong.hits, strong.decides, strong.decides_right) == (2, 1, 2, 1)
    assert (weak.fires, weak.hits, weak.decides) == (2, 1, 0)


def test_span_files_count_matches_that_overlap_a_gold_span_outside_quotes() -> None:
    records = [
        _rec(0, {"propaganda_spans": [[0, 5, "Loaded_Language", False]]}),
        _rec(1, {"propaganda_spans": [[0, 5, "Loaded_Language", True], [0, 5, "Doubt", False]]}),
    ]
    predictions = [
        _pred(0, "EDITORIAL", [[2, 4, "a.strong"], [10, 12, "a.strong"]]),
        _pred(1, "EDITORIAL", [[2, 4, "a.strong"]]),
    ]
    figures = file_figures("spans", records, predictions, WEIGHTS, 1.0)
    assert figures is not None and figures.kind == "spans"
    assert figures.base == 0.5
    assert (figures.rules["a.strong"].fires, figures.rules["a.strong"].hits) == (3, 1)


def test_a_file_without_editorial_answers_or_spans_gives_no_figures() -> None:
    records = [_rec(0, {"sourced": True})]
    assert file_figures("f", records, [_pred(0, "SOURCED", [])], WEIGHTS, 1.0) is None


def test_the_table_lists_rules_that_fired_with_base_rates() -> None:
    records = [_rec(0, {"editorial": True}), _rec(1, {"editorial": False})]
    predictions = [_pred(0, "EDITORIAL", [[0, 4, "a.strong"]]), _pred(1, "UNSOURCED", [])]
    figures = file_figures("one", records, predictions, WEIGHTS, 1.0)
    rows = table_rows([figures], ["a.strong", "b.weak"])
    assert rows[1] == ["base rate", "2 / 50%"]
    assert rows[2:] == [["a.strong", "1 / 100%; 1/1"]]
    assert "| `a.strong` | 1 / 100%; 1/1 |" in markdown(rows)


def test_rules_stats_command_prints_a_row_per_rule_that_fired(tmp_path: Path) -> None:
    lines = [
        {
            "doc": "a",
            "i": 0,
            "text": "The plan was clearly a disastrous mistake.",
            "gold": {"editorial": True},
        },
        {"doc": "b", "i": 0, "text": "The bridge opened in 1932.", "gold": {"editorial": False}},
    ]
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    result = CliRunner().invoke(app, ["rules", "stats", str(path), "--markdown"])
    assert result.exit_code == 0, result.output
    assert "| base rate | 2 / 50% |" in result.stdout
    assert "`evaluative.strong` | 1 / 100%" in result.stdout


def test_rules_stats_refuses_files_with_nothing_to_judge(tmp_path: Path) -> None:
    path = tmp_path / "sourced.jsonl"
    path.write_text(
        json.dumps({"doc": "a", "i": 0, "text": "He said so.", "gold": {"sourced": True}}) + "\n"
    )
    result = CliRunner().invoke(app, ["rules", "stats", str(path)])
    assert result.exit_code == 2 and "error:" in result.output


# -- cues under the threshold (auditor rules stats --under, tools/tuning_table.py) ---------


def test_under_counts_only_unattributed_sentences_left_under_the_threshold() -> None:
    rows = [
        ({"label": "EDITORIAL"}, "UNSOURCED", [(0, 4, "b.weak", 0.5)]),
        ({"label": "UNSOURCED"}, "UNSOURCED", [(0, 4, "b.weak", 0.5), (5, 9, "c.weak", 0.25)]),
        ({"label": "EDITORIAL"}, "EDITORIAL", [(0, 4, "b.weak", 0.5), (5, 9, "b.weak", 0.5)]),
        ({"label": "SOURCED"}, "SOURCED", [(0, 4, "b.weak", 0.5)]),
        ({"label": "UNSOURCED"}, "UNSOURCED", [(0, 4, "z.zero", 0.0)]),
    ]
    figures = under_file("f", rows, 1.0)
    assert figures is not None and figures.kind == "editorial"
    assert (figures.sentences, figures.positive) == (4, 2)
    weak = figures.rules["b.weak"]
    assert (weak.alone, weak.alone_hits, weak.under, weak.under_hits) == (1, 1, 2, 1)
    other = figures.rules["c.weak"]
    assert (other.alone, other.under, other.under_hits) == (0, 1, 0)
    assert "z.zero" not in figures.rules  # a cue of weight 0 does not fire


def test_under_on_span_files_asks_whether_the_rules_match_overlaps_a_span() -> None:
    rows = [
        (
            {"propaganda_spans": [[0, 6, "Loaded_Language", False]]},
            "UNSOURCED",
            [(2, 5, "b.weak", 0.5)],
        ),
        (
            {"propaganda_spans": [[0, 6, "Loaded_Language", False]]},
            "UNSOURCED",
            [(9, 12, "b.weak", 0.5)],
        ),
        (
            {"propaganda_spans": [[0, 6, "Loaded_Language", True]]},
            "UNSOURCED",
            [(2, 5, "b.weak", 0.5)],
        ),
    ]
    figures = under_file("spans", rows, 1.0)
    assert figures is not None and figures.kind == "spans"
    assert figures.base == pytest.approx(2 / 3)
    weak = figures.rules["b.weak"]
    assert (weak.alone, weak.alone_hits) == (3, 1)


def test_under_rows_give_alone_and_under_shares_and_leave_out_rules_that_never_stay_under() -> None:
    rows = [({"editorial": True}, "UNSOURCED", [(0, 4, "b.weak", 0.5)])]
    rows += [({"editorial": False}, "EDITORIAL", [(0, 4, "a.strong", 1.0)])]
    figures = under_file("one", rows, 1.0)
    table = under_rows([figures], ["a.strong", "b.weak"])
    assert table[1] == ["base rate", "2 / 50%"]
    assert table[2:] == [["b.weak", "1 / 100%; 1 / 100%"]]


def test_rules_stats_under_prints_the_sub_threshold_table(tmp_path: Path) -> None:
    lines = [
        {
            "doc": "a",
            "i": 0,
            "text": "The ferry company is trying to sell its two oldest boats.",
            "gold": {"editorial": False},
        },
        {"doc": "b", "i": 0, "text": "The pier opened in 1911.", "gold": {"editorial": False}},
    ]
    path = tmp_path / "mine.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), "utf-8")
    result = CliRunner().invoke(app, ["rules", "stats", str(path), "--under", "--markdown"])
    assert result.exit_code == 0, result.output
    assert "| base rate | 2 / 0% |" in result.stdout
    assert "| `motive.intent` | 1 / 0%; 1 / 0% |" in result.stdout
