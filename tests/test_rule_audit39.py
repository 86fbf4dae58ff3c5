"""Issue 21's cross-corpus rule audit, rerun by one command (rule-audit39, docs/tuning.md).

'Failed' in evaluative.magnitude fired at or below the base rate of every file it fired on
often: a measure's or a bid's outcome of record ('failed 52-48', 'failed in the Senate', 'a
failed bid') is a fact; the graded adjective ('a failed state') keeps its cue. And
benchmarks/rule_audit.py, the audit's one command, judges a rule on each file against that
file's base rate. Sentences and files here are invented.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import rule_audit


@pytest.mark.parametrize(
    "text",
    [
        "The harbour levy failed 5-4 on Tuesday.",
        "A second pier bill failed in the Senate on Thursday.",
        "Similar ferry levies failed in 2019 and 2021.",
        "After a failed bid for the island seat, she went back to fishing.",
        "Two failed votes left the pier plan in limbo.",
        "The motion failed twice before the council passed it.",
    ],
)
def test_an_outcome_of_record_is_no_grading(text: str) -> None:
    s = one(text)
    assert "sense.failed-outcome" in neutral_senses(s)
    assert "evaluative.magnitude" not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The island is run like a failed state.",
        "The board keeps pushing the same failed policies on the harbour.",
        "He propped up his failing hotels with ferry money.",
        "The motion failed three times to win over the council's doubters.",
    ],
)
def test_the_graded_adjective_keeps_its_cue(text: str) -> None:
    s = one(text)
    assert "sense.failed-outcome" not in neutral_senses(s)
    assert "evaluative.magnitude" in fired(s)


def _write(path: Path, rows: list[tuple[str, dict]]) -> str:
    with path.open("w", encoding="utf-8") as out:
        for i, (text, gold) in enumerate(rows):
            out.write(json.dumps({"doc": "d1", "i": i, "text": text, "gold": gold}) + "\n")
    return str(path)


def test_the_audit_judges_each_rule_against_its_file(tmp_path: Path) -> None:
    from auditor.api import engine_for

    engine = engine_for(None)
    framing = [r for r in engine.ruleset.rules if r.kind == "framing"]
    weights = {r.id: r.weight for r in framing}
    path = _write(
        tmp_path / "invented.jsonl",
        [
            ("The pier plan is a shameful waste of money.", {"label": "EDITORIAL"}),
            ("The new timetable is a shameful mess.", {"label": "UNSOURCED"}),
            ("The ferry leaves at noon.", {"label": "UNSOURCED"}),
            ("The harbour master said the ferry was late.", {"label": "SOURCED"}),
        ],
    )
    audit = rule_audit.audit_file(path, engine, weights, "evaluative.strong")
    assert audit.framing is not None and audit.framing.sentences == 3
    strong = audit.framing.rules["evaluative.strong"]
    assert (strong.fires, strong.hits) == (2, 1)
    assert audit.words["shameful"] == {"fires": 2, "hits": 1}
    assert audit.cue_fired["cue.speech"] == 1 and audit.cue_right["cue.speech"] == 1
    rows = rule_audit.framing_rows(
        [audit], [r.id for r in framing], weights, 2, 0.05, show_all=False
    )
    flagged = {row[0]: row[-1] for row in rows}
    # 50% editorial against a base of 33%: above the base rate, not flagged
    assert "evaluative.strong" not in flagged
    rows = rule_audit.framing_rows(
        [audit], [r.id for r in framing], weights, 2, 0.2, show_all=False
    )
    assert {row[0]: row[-1] for row in rows}["evaluative.strong"] == "invented at base"


@pytest.mark.parametrize(
    "text",
    [
        "Ferry operator accused of faking safety logs",
        "Ex-harbour master's aide accused of steering contracts to his cousin",
        "Ana Ruiz Accused Of Hiding Pier Repairs",
        "Island Skipper Criticized For Storm Crossing",
        "The former treasurer went on trial on Monday accused of taking bribes from ferry firms.",
        "A skipper appeared in court on Friday accused of smuggling eels.",
    ],
)
def test_the_accused_is_no_source(text: str) -> None:
    s = one(text)
    assert s.label is not Label.SOURCED, (text, s.attribution)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The union accused the mayor of lying about the pier.", "The union"),
        ("Ana Ruiz accused the ferry firm of faking safety logs.", "Ana Ruiz"),
    ],
)
def test_an_accuser_is_still_a_source(text: str, source: str) -> None:
    s = one(text)
    assert s.label is Label.SOURCED
    assert s.attribution is not None and s.attribution.source.text == source
