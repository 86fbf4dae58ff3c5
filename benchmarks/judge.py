"""Score this tree on the project's judge set: pieces written from LABELS.md alone.

    python benchmarks/judge.py                    # both halves, every set
    python benchmarks/judge.py --half tune --errors   # the tune half's wrong sentences

The judge set (benchmarks/judge/README.md, which says what kind of text each set holds)
is sets of whole pieces, each split by piece into a tune half and a sealed half. Rule work
may read the tune half's errors; the sealed half only ever gives figures, so that it stays
a judge of whether a change generalises.
Figures: 3-way accuracy and macro-F1 (all sentences / without the ones the writer marked
doubtful), per-label precision, recall and F1, and source strength on sentences both call
SOURCED.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.evaluate import predict  # noqa: E402

JUDGE = ROOT / "benchmarks" / "judge"
SETS = tuple(sorted(path.name.split(".")[0] for path in JUDGE.glob("*.jsonl.gz")))
LABELS = ("SOURCED", "EDITORIAL", "UNSOURCED")


def read_set(name: str) -> list[dict]:
    """The records of one set (one of ``SETS``: ``a``, ``b``, ...), in order."""
    with gzip.open(JUDGE / f"{name}.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _prf(pairs: list[tuple[str, str]], label: str) -> tuple[float, float, float]:
    tp = sum(g == label and p == label for g, p in pairs)
    predicted = sum(p == label for _, p in pairs)
    actual = sum(g == label for g, _ in pairs)
    precision = tp / predicted if predicted else 0.0
    recall = tp / actual if actual else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def figures(rows: list[tuple[dict, dict]]) -> dict:
    """Accuracy, macro-F1, per-label P/R/F1 and strength of (record, prediction) pairs."""
    pairs = [(r["gold"]["label"], p["label"]) for r, p in rows]
    per_label = {label: _prf(pairs, label) for label in LABELS}
    strengths = [
        r["gold"]["strength"] == p["strength"]
        for r, p in rows
        if r["gold"]["label"] == "SOURCED" and p["label"] == "SOURCED"
    ]
    return {
        "sentences": len(pairs),
        "accuracy": sum(g == p for g, p in pairs) / max(1, len(pairs)),
        "macro_f1": sum(f for _, _, f in per_label.values()) / len(LABELS),
        "labels": per_label,
        "strength": (sum(strengths), len(strengths)),
    }


def report(name: str, half: str, rows: list[tuple[dict, dict]]) -> str:
    every = figures(rows)
    sure = figures([(r, p) for r, p in rows if not r.get("meta", {}).get("doubtful")])
    right, asked = every["strength"]
    scores = every["labels"].items()
    lines = [
        f"set {name} ({half}): {every['sentences']} sentences, "
        f"accuracy {every['accuracy']:.3f} / {sure['accuracy']:.3f}, "
        f"macro-F1 {every['macro_f1']:.3f} / {sure['macro_f1']:.3f}, strength {right}/{asked}",
        "    "
        + "  ".join(f"{label} P {p:.3f} R {r:.3f} F1 {f:.3f}" for label, (p, r, f) in scores),
    ]
    return "\n".join(lines)


def errors(rows: list[tuple[dict, dict]]) -> list[str]:
    """One line per wrong label or strength (doubtful ones marked ``?``)."""
    lines = []
    for record, pred in rows:
        gold = record["gold"]
        if gold["label"] != pred["label"]:
            what = f"{gold['label']} -> {pred['label']}"
        elif gold["label"] == "SOURCED" and gold["strength"] != pred["strength"]:
            what = f"strength {gold['strength']} -> {pred['strength']}"
        else:
            continue
        mark = "?" if record.get("meta", {}).get("doubtful") else " "
        rules = [rule for *_, rule in pred["framing"]]
        lines.append(f"{mark} {what}: {record['doc']}#{record['i']}: {record['text']}")
        lines.append(f"      source {pred['source']!r}, cue {pred['cue']!r}, framing {rules}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tune", "sealed", "all"), default="all")
    parser.add_argument("--set", dest="sets", action="append", choices=SETS)
    parser.add_argument("--errors", action="store_true", help="list the wrong sentences (tune)")
    args = parser.parse_args()
    if args.errors and args.half != "tune":
        parser.error("--errors lists the tune half only: the sealed half stays a judge")
    halves = ("tune", "sealed") if args.half == "all" else (args.half,)
    pooled: dict[str, list[tuple[dict, dict]]] = {half: [] for half in halves}
    names = args.sets or list(SETS)
    for name in names:
        records = read_set(name)
        predictions = {(p["doc"], p["i"]): p for p in predict(records)}
        for half in halves:
            rows = [
                (r, predictions[(r["doc"], r["i"])]) for r in records if r["meta"]["half"] == half
            ]
            pooled[half] += rows
            print(report(name, half, rows))
            if args.errors:
                print("\n".join(errors(rows)))
    if len(names) > 1:
        for half, rows in pooled.items():
            print(report("+".join(names), half, rows))


if __name__ == "__main__":
    main()
