"""``auditor eval``: label the sentences of an evaluation file and score them.

The file format is described in ``docs/evaluation.md``: JSON Lines, one
sentence per line, the sentences of a document in order, with gold answers
under ``gold``. Documents are labelled as documents (continuations need the
sentences before) with the given boundaries, never re-split. Files of
``{"text", "sentences"}`` records score the sentence splitter instead.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import UsageError
from auditor.models import EvidenceKind, Report
from auditor.settings import Settings

LABELS = ("SOURCED", "EDITORIAL", "UNSOURCED")
FLAGS = ("vague_attribution", "framing_in_sourced", "loaded_attribution_verb", "not_a_claim")
PROPAGANDA_TECHNIQUES = ("Loaded_Language", "Name_Calling,Labeling")


@dataclass
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Question:
    """Scores for one gold question (``label``, ``sourced``, ``editorial``, ...)."""

    name: str
    n: int
    accuracy: float
    classes: dict[str, ClassScores]
    macro_f1: float
    confusion: dict[str, dict[str, int]]


@dataclass
class Evaluation:
    path: str
    sentences: int
    documents: int
    questions: list[Question] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)  # flags, propaganda overlap, segmentation

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """Read a JSON Lines evaluation file; a malformed line is a UsageError naming it."""
    records = []
    try:
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise UsageError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
                if not isinstance(record, dict):
                    raise UsageError(f"{path}:{number}: each line must be a JSON object")
                records.append(record)
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    if not records:
        raise UsageError(f"{path} holds no records")
    return records


def is_segmentation(records: Sequence[dict[str, Any]]) -> bool:
    return "sentences" in records[0] and "gold" not in records[0]


def documents(records: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Records grouped by ``doc`` and ordered by ``i``."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for number, record in enumerate(records, 1):
        if not isinstance(record.get("text"), str) or "doc" not in record or "i" not in record:
            raise UsageError(f"record {number} needs 'doc', 'i' and 'text'")
        grouped[str(record["doc"])].append(record)
    for group in grouped.values():
        group.sort(key=lambda r: r["i"])
    return grouped


def document_reports(
    records: Iterable[dict[str, Any]], settings: Settings | None = None
) -> Iterator[tuple[str, list[dict[str, Any]], Report]]:
    """Each document of an evaluation file with its records, in order, and its report (a
    document whose first record is its sentence 0 opens with a headline)."""
    from auditor.api import audit_sentences

    for doc, group in documents(records).items():
        report = audit_sentences(
            [r["text"] for r in group], settings=settings, headline=group[0]["i"] == 0
        )
        yield doc, group, report


def predict(
    records: Sequence[dict[str, Any]], settings: Settings | None = None
) -> list[dict[str, Any]]:
    """One prediction per record, in the form docs/evaluation.md describes."""
    predictions = []
    for doc, group, report in document_reports(records, settings):
        for record, sentence in zip(group, report.sentences, strict=True):
            predictions.append(prediction(doc, record["i"], sentence))
    return predictions


# framing words marked, whoever's voice they are in: the label counts only the writer's
_MARKED = (
    EvidenceKind.FRAMING,
    EvidenceKind.QUOTED_FRAMING,
    EvidenceKind.REPORTED_FRAMING,
    EvidenceKind.LOADED_VERB,
)


def prediction(doc: str, i: Any, sentence) -> dict[str, Any]:
    attribution = sentence.attribution
    return {
        "doc": doc,
        "i": i,
        "label": sentence.label.value,
        "strength": sentence.strength.value if sentence.strength else None,
        "flags": [f.value for f in sentence.flags],
        "source": attribution.source.text if attribution else None,
        "cue": attribution.cue.text if attribution else None,
        "framing": [
            [e.start - sentence.start, e.end - sentence.start, e.rule]
            for e in sentence.evidence
            if e.kind in _MARKED
        ],
    }


def score(
    path: str, records: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]]
) -> Evaluation:
    """Score ``predictions`` against the gold answers of ``records``."""
    by_key = {(p["doc"], p["i"]): p for p in predictions}
    pairs = [
        (r, by_key[(str(r["doc"]), r["i"])]) for r in records if (str(r["doc"]), r["i"]) in by_key
    ]
    result = Evaluation(path, len(records), len({r["doc"] for r in records}))
    gold = [(r.get("gold") or {}, p) for r, p in pairs]
    labelled = [(g["label"], p["label"]) for g, p in gold if "label" in g]
    if labelled:
        result.questions.append(_question("label", labelled, LABELS))
        strengths = [
            (g["strength"], p["strength"] or "none")
            for g, p in gold
            if g.get("label") == "SOURCED" and p["label"] == "SOURCED" and g.get("strength")
        ]
        if strengths:
            result.questions.append(_question("strength", strengths, ("named", "anonymous")))
        result.extra["flags"] = _flags([(g, p) for g, p in gold if "label" in g])
    for name in ("sourced", "editorial"):
        target = "SOURCED" if name == "sourced" else "EDITORIAL"
        binary = [
            (str(g[name]).lower(), str(p["label"] == target).lower()) for g, p in gold if name in g
        ]
        if binary:
            result.questions.append(_question(name, binary, ("true", "false")))
    spans = [(g["propaganda_spans"], p) for g, p in gold if "propaganda_spans" in g]
    if spans:
        result.extra["propaganda_loaded_overlap"] = _overlap(spans)
    return result


def score_segmentation(path: str, records: Sequence[dict[str, Any]]) -> Evaluation:
    from auditor.evaluate_segments import score_boundaries

    result = Evaluation(path, len(records), len(records))
    result.extra["segmentation"] = score_boundaries(records)
    return result


def _question(name: str, pairs: list[tuple[str, str]], classes: Sequence[str]) -> Question:
    confusion: dict[str, dict[str, int]] = {g: dict.fromkeys(classes, 0) for g in classes}
    for g, p in pairs:
        confusion.setdefault(g, dict.fromkeys(classes, 0))
        confusion[g][p] = confusion[g].get(p, 0) + 1
    scores = {c: _prf(pairs, c) for c in classes}
    return Question(
        name=name,
        n=len(pairs),
        accuracy=round(sum(g == p for g, p in pairs) / len(pairs), 4),
        classes=scores,
        macro_f1=round(sum(s.f1 for s in scores.values()) / len(scores), 4),
        confusion=confusion,
    )


def _prf(pairs: list[tuple[Any, Any]], positive: Any) -> ClassScores:
    tp = sum(g == positive and p == positive for g, p in pairs)
    fp = sum(g != positive and p == positive for g, p in pairs)
    fn = sum(g == positive and p != positive for g, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ClassScores(round(precision, 4), round(recall, 4), round(f1, 4), tp + fn)


def _flags(gold: list[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, dict[str, float]]:
    found = {}
    for flag in FLAGS:
        pairs = [(flag in (g.get("flags") or []), flag in (p.get("flags") or [])) for g, p in gold]
        scores = _prf(pairs, True)
        found[flag] = {
            "precision": scores.precision,
            "recall": scores.recall,
            "f1": scores.f1,
            "support": scores.support,
        }
    return found


def _overlap(spans: list[tuple[list, dict[str, Any]]]) -> dict[str, float]:
    hit = total = 0
    for gold_spans, p in spans:
        marks = p.get("framing") or []
        for start, end, technique, inside_quotes in gold_spans:
            if inside_quotes or technique not in PROPAGANDA_TECHNIQUES:
                continue
            total += 1
            hit += any(ms < end and me > start for ms, me, *_ in marks)
    return {"share": round(hit / total, 4) if total else 0.0, "spans": total}
