"""Golden articles: the bundled samples, checked by the labels of their key sentences.

Each ``tests/golden/<sample>.json`` lists sentences by a substring that occurs
once in the article, with the label, strength, source and flags LABELS.md
gives them (decided by the sample's author, independently of the software).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

import auditor
from auditor.models import Report, Sentence

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.json"))


@cache
def report_for(sample: str) -> Report:
    return auditor.audit_file(ROOT / sample)


def sentence_at(report: Report, contains: str) -> Sentence:
    text = report.article.text
    position = text.find(contains)
    if position < 0:
        position = text.lower().find(contains.lower())
    assert position >= 0, f"{contains!r} is not in the article text"
    return next(s for s in report.sentences if s.start <= position < s.end)


def _cases():
    for path in GOLDEN:
        data = json.loads(path.read_text(encoding="utf-8"))
        for expected in data["sentences"]:
            yield pytest.param(
                data["sample"], expected, id=f"{path.stem}:{expected['contains'][:40]}"
            )


@pytest.mark.parametrize(("sample", "expected"), list(_cases()))
def test_key_sentence(sample: str, expected: dict) -> None:
    sentence = sentence_at(report_for(sample), expected["contains"])
    why = f"{sentence.text!r}: {expected.get('why', '')}"
    assert sentence.label.value == expected["label"], why
    if "strength" in expected:
        assert sentence.strength is not None and sentence.strength.value == expected["strength"], (
            why
        )
    if "source" in expected:
        source = sentence.attribution.source
        seen = f"{source.text} {source.resolved_to or ''} {source.relayed_by or ''}".lower()
        assert expected["source"].lower() in seen, why
    flags = {f.value for f in sentence.flags}
    assert set(expected.get("flags", [])) <= flags, why
    assert not set(expected.get("not_flags", [])) & flags, why


def test_every_sample_has_a_golden_file() -> None:
    samples = {p.stem for p in (ROOT / "samples").iterdir() if p.suffix in {".txt", ".html"}}
    assert samples == {p.stem for p in GOLDEN}
