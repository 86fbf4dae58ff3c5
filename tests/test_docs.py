"""The documentation matches the software: every JSON field is documented."""

from __future__ import annotations

import re
from pathlib import Path

import auditor

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = (ROOT / "docs" / "json-schema.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"`([a-z0-9_.]+)`", SCHEMA))


def _keys(report: dict) -> set[str]:
    sentence = next(s for s in report["sentences"] if s["attribution"])
    keys = set(report) | set(report["input"]) | set(report["article"]) | set(report["summary"])
    keys |= set(sentence) | set(sentence["evidence"][0]) | set(report["sources"][0])
    keys |= {k for k in sentence["attribution"] if k != "source"}
    keys |= {f"source.{k}" for k in sentence["attribution"]["source"]}
    return keys


def test_every_json_field_is_documented() -> None:
    report = auditor.audit_file(ROOT / "samples" / "wire-report.txt").to_dict()
    missing = {k for k in _keys(report) if k not in DOCUMENTED}
    assert not missing, f"fields missing from docs/json-schema.md: {sorted(missing)}"
