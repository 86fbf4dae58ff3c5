"""Issue 21's cross-corpus rule audit, rerun by one command (rule-audit39, docs/tuning.md).

benchmarks/rule_audit.py, the audit's one command, judges a rule on each file against that
file's base rate. Sentences and files here are invented.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import rule_audit


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
