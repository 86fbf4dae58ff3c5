"""Per-rule precision of framing rules on judged samples of EDITORIAL sentences.

    python tools/sample_audit.py EVAL.jsonl SAMPLE_DIR [SAMPLE_DIR ...]

A sample folder holds ``sample-keys.json`` (the sampled ``[doc, i]`` keys, in
sample order) and ``judge.txt`` (or ``judge0.txt``): one line ``N CLASS note``
for each sentence N (0-based, in sample order) judged wrong, ``#`` comments;
an unlisted N is right. The documents holding sampled sentences are labelled
with the pack in force; for each sampled sentence still EDITORIAL, right or
wrong is credited to every writer-voice rule that fired, to the deciding rules
(those without whose weight the score falls below the threshold) and to a rule
that fired alone (docs/tuning.md, the per-rule audit).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.models import EvidenceKind  # noqa: E402


class Judged(NamedTuple):
    """One sampled sentence: its key, whether the judge found it right, and the rules' weights."""

    key: tuple[str, int]
    right: bool
    editorial: bool
    weights: dict[str, float]
    deciding: tuple[str, ...]


def read_sample(folder: Path) -> dict[tuple[str, int], bool]:
    """The sample's keys and whether each was judged right."""
    keys = [(str(doc), i) for doc, i in json.loads((folder / "sample-keys.json").read_text())]
    judge = folder / "judge.txt"
    if not judge.is_file():
        judge = folder / "judge0.txt"
    wrong = set()
    for line in judge.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            wrong.add(int(line.split()[0]))
    return {key: n not in wrong for n, key in enumerate(keys)}


def deciding(weights: dict[str, float], threshold: float) -> tuple[str, ...]:
    """The rules without whose weight the score falls below the threshold."""
    total = sum(weights.values())
    if total < threshold:
        return ()
    return tuple(rule for rule, w in weights.items() if total - w < threshold - 1e-9)


def judge(records: list[dict], judged: dict[tuple[str, int], bool], settings=None) -> list[Judged]:
    """Label the documents that hold judged sentences; one Judged per judged sentence found."""
    from auditor.api import engine_for
    from auditor.evaluate import document_reports, documents

    threshold = engine_for(settings).settings.threshold
    wanted = {doc for doc, _ in judged}
    found = []
    sampled = [r for doc, group in documents(records).items() if doc in wanted for r in group]
    for doc, group, report in document_reports(sampled, settings):
        for record, sentence in zip(group, report.sentences, strict=True):
            key = (doc, record["i"])
            if key not in judged:
                continue
            weights: dict[str, float] = defaultdict(float)
            for e in sentence.evidence:
                if e.kind is EvidenceKind.FRAMING and e.weight > 0:
                    weights[e.rule] += e.weight
            editorial = sentence.label.value == "EDITORIAL"
            decide = deciding(weights, threshold) if editorial else ()
            found.append(Judged(key, judged[key], editorial, dict(weights), decide))
    return found


def tally(items: Iterable[Judged]) -> dict[str, dict[str, list[int]]]:
    """Per rule, [count, right] for 'fires', 'decides' and 'alone' (sentences still EDITORIAL)."""
    table: dict[str, dict[str, list[int]]] = defaultdict(
        lambda: {"fires": [0, 0], "decides": [0, 0], "alone": [0, 0]}
    )
    for item in items:
        if not item.editorial:
            continue
        cells = [(r, "fires") for r in item.weights] + [(r, "decides") for r in item.deciding]
        if len(item.weights) == 1:
            cells.append((next(iter(item.weights)), "alone"))
        for rule, column in cells:
            table[rule][column][0] += 1
            table[rule][column][1] += item.right
    return table


def _cell(count: list[int]) -> str:
    n, right = count
    return f"{right}/{n} ({100 * right / n:.0f}%)" if n else "0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_file", type=Path)
    parser.add_argument("samples", type=Path, nargs="+")
    args = parser.parse_args()
    from auditor.evaluate import read_records

    judged: dict[tuple[str, int], bool] = {}
    for folder in args.samples:
        judged.update(read_sample(folder))
    items = judge(read_records(args.eval_file), judged)
    still = [i for i in items if i.editorial]
    right = sum(i.right for i in still)
    print(f"{len(items)} judged sentences found; still EDITORIAL {len(still)}, right {right}")
    table = tally(items)
    print("| rule | fires, right | decides, right | alone, right |\n|---|---|---|---|")
    for rule, row in sorted(table.items(), key=lambda kv: (-kv[1]["decides"][0], kv[0])):
        cells = " | ".join(_cell(row[column]) for column in ("fires", "decides", "alone"))
        print(f"| `{rule}` | {cells} |")


if __name__ == "__main__":
    main()
