"""The tuning tools (tools/): the fit of framing weights, the audit of judged samples."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_puts_a_telling_rule_above_the_threshold_and_a_useless_one_below() -> None:
    fit = _load("fit_weights")
    data = (
        [(frozenset({"telling"}), True, False)] * 40
        + [(frozenset({"telling"}), False, False)] * 4
        + [(frozenset({"noise"}), True, False)] * 20
        + [(frozenset({"noise"}), False, False)] * 20
        + [(frozenset(), False, False)] * 60
        + [(frozenset(), True, False)] * 6
    )
    weights = fit.fit(data, l2=0.001)
    assert weights["telling"] > 1.0 > weights["noise"]
    assert fit.macro_f1(data, weights) > fit.macro_f1(data, {"noise": 1.0})


def test_chosen_weights_are_quarters_within_bounds_and_need_enough_data() -> None:
    fit = _load("fit_weights")
    fitted = {"a": 2.4, "b": 0.61, "c": 0.9}
    hand = {"a": 1.0, "b": 1.0, "c": 1.0}
    counts = {"a": 30, "b": 30, "c": 3}
    assert fit.chosen(fitted, hand, counts, 25) == {"a": 1.5, "b": pytest.approx(0.5)}


def test_written_weights_replace_the_previous_fit_and_load(tmp_path, monkeypatch) -> None:
    from auditor.settings import tomllib

    fit = _load("fit_weights")
    scoring = tmp_path / "scoring.toml"
    scoring.write_text("# header\nthreshold = 1.0\n", "utf-8")
    monkeypatch.setattr(fit, "SCORING", scoring)
    fit.write_weights({"evaluative.strong": 1.25}, "first")
    fit.write_weights({"stance.booster": 0.75}, "second")
    data = tomllib.loads(scoring.read_text("utf-8"))
    assert data == {"threshold": 1.0, "weights": {"stance.booster": 0.75}}
    fit.write_weights({}, "none")
    assert scoring.read_text("utf-8") == "# header\nthreshold = 1.0\n"


def test_sample_audit_credits_the_deciding_rule_with_the_judgement(tmp_path) -> None:
    audit = _load("sample_audit")
    texts = ["The new ferry timetable is a disgrace.", "The ferry left at noon on Monday."]
    records = [{"doc": "d1", "i": i, "text": t} for i, t in enumerate(texts)]
    records.append({"doc": "d2", "i": 0, "text": "The ferry timetable is a disgrace."})
    (tmp_path / "sample-keys.json").write_text(json.dumps([["d1", 0], ["d1", 1], ["d2", 0]]))
    (tmp_path / "judge.txt").write_text("# judged\n2 neutral a test judgement\n")
    judged = audit.read_sample(tmp_path)
    assert judged == {("d1", 0): True, ("d1", 1): True, ("d2", 0): False}
    items = audit.judge(records, judged)
    assert [i.editorial for i in items] == [True, False, True]
    rule = items[0].deciding[0]
    row = audit.tally(items)[rule]
    assert row["decides"] == [2, 1] and row["fires"] == [2, 1]


def test_a_rule_decides_only_when_the_rest_fall_below_the_threshold() -> None:
    audit = _load("sample_audit")
    assert audit.deciding({"a": 1.0, "b": 0.25}, 1.0) == ("a",)
    assert audit.deciding({"a": 1.0, "b": 1.0}, 1.0) == ()
    assert audit.deciding({"a": 0.5, "b": 0.5}, 1.0) == ("a", "b")
    assert audit.deciding({"a": 0.5}, 1.0) == ()
