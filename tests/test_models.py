"""The report model round-trips through its JSON form."""

from __future__ import annotations

import json

import pytest

import auditor
from auditor.models import SCHEMA_VERSION, Report

ARTICLE = """Ministers reject claims of cover-up

Interior Minister Ana Reyes said on Monday that the inquiry would be published in full.
"Nothing will be hidden," she told reporters. "Every page will be public."
The so-called watchdog has reportedly been silenced, critics claimed.
The bridge was completed in 1932.
"""


@pytest.fixture(scope="module")
def report() -> Report:
    return auditor.audit_text(ARTICLE)


def test_report_round_trips_through_json(report: Report) -> None:
    data = json.loads(json.dumps(report.to_dict()))
    again = Report.from_dict(data)
    assert again == report
    assert again.to_dict() == report.to_dict()


def test_json_carries_schema_and_tool_version(report: Report) -> None:
    data = report.to_dict()
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["tool"] == {"name": "auditor", "version": auditor.__version__}


def test_an_unknown_schema_version_is_refused(report: Report) -> None:
    data = report.to_dict()
    data["schema_version"] = 99
    with pytest.raises(ValueError, match="schema_version"):
        Report.from_dict(data)


def test_offsets_slice_the_article(report: Report) -> None:
    text = report.article.text
    for sentence in report.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for evidence in sentence.evidence:
            assert text[evidence.start : evidence.end] == evidence.text


def test_summary_shares_are_over_claims(report: Report) -> None:
    summary = report.summary
    assert summary.claims == sum(1 for s in report.sentences if s.is_claim)
    assert summary.sourced + summary.editorial + summary.unsourced == summary.claims
    assert 0 <= summary.sourced_share <= 1


def _asdict_then_plain(value):
    """The plain rule the model's own walk replaces: ``asdict``, then enums to values and
    tuples to lists."""
    from dataclasses import asdict, is_dataclass
    from enum import Enum

    def walk(item):
        if isinstance(item, Enum):
            return item.value
        if isinstance(item, dict):
            return {k: walk(v) for k, v in item.items()}
        if isinstance(item, (list, tuple)):
            return [walk(v) for v in item]
        return item

    return walk(asdict(value) if is_dataclass(value) else value)


@pytest.mark.parametrize("sample", ["wire-report.txt", "state-media.txt", "saved-page.html"])
def test_to_dict_is_asdict_with_plain_values(sample: str) -> None:
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "samples" / sample
    report = auditor.audit_file(path)
    assert any(s.attribution for s in report.sentences) and report.sources
    data = report.to_dict()
    # repr tells 1 from 1.0 and True, a tuple from a list, and a str enum from its value
    assert repr(data["sentences"]) == repr([_asdict_then_plain(s) for s in report.sentences])
    assert repr(data["sources"]) == repr([_asdict_then_plain(s) for s in report.sources])
    assert repr(data["input"]) == repr(_asdict_then_plain(report.input))
    assert repr(data["article"]) == repr(_asdict_then_plain(report.article))
    summary = _asdict_then_plain(report.summary)
    assert repr({k: data["summary"][k] for k in summary}) == repr(summary)


def test_quickly_built_models_are_the_frozen_dataclasses_they_were() -> None:
    from dataclasses import FrozenInstanceError, dataclass, replace

    from auditor.models import Evidence, EvidenceKind, _quick_init

    @dataclass(frozen=True)
    class Plain:
        a: int
        b: str = "x"

    @_quick_init
    @dataclass(frozen=True)
    class Quick:
        a: int
        b: str = "x"

    assert vars(Quick(1)) == vars(Plain(1)) and vars(Quick(2, b="y")) == vars(Plain(2, b="y"))
    evidence = Evidence(EvidenceKind.QUOTE, "quote", 1, 5, "word", "direct quotation")
    assert evidence.weight == 0.0 and hash(evidence) == hash(replace(evidence))
    with pytest.raises(FrozenInstanceError):
        evidence.start = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Evidence(EvidenceKind.QUOTE, "quote")  # type: ignore[call-arg]
