"""Fit framing weights by logistic regression on some evaluation files; check them on others.

    python tools/fit_weights.py EVAL_DIR            # fit and report, write nothing
    python tools/fit_weights.py EVAL_DIR --write    # also write [weights] in scoring.toml
    python tools/fit_weights.py EVAL_DIR --fit checkthat-dev --check babe-dev labels-dev2

Features are the framing rules that fire on a sentence not attributed to a source
(presence, from the shipped pack's own labelling); the answer is the gold's
"editorial". An L2-regularised logistic regression is fitted on the --fit files;
each weight, divided by minus the intercept, is on the threshold's scale (a
sentence is EDITORIAL when its weights add up to 1.0). Only rules that fire at
least --min-count times on the fit files are refitted; the rest keep their hand
weight. Weights are rounded to quarters and kept within [0, 1.5]. The report gives
the editorial macro-F1 of every file with the current and the fitted weights
(simulated: overlapping cues are not re-resolved), the fit files and the check
files apart. Nothing here is shipped but the weights: every decision stays a named
rule with its evidence (docs/tuning.md).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor.api import engine_for  # noqa: E402
from auditor.evaluate import document_reports, read_records  # noqa: E402
from auditor.models import EvidenceKind, Label  # noqa: E402
from auditor.rulestats import gold_editorial  # noqa: E402

SCORING = ROOT / "auditor" / "data" / "scoring.toml"
Sample = tuple[frozenset[str], bool, bool]  # rules fired, gold editorial, attributed


def samples(path: Path) -> list[Sample]:
    """One sample per sentence with an editorial answer.

    The features are the writer-voice cues the engine counted (evidence of kind framing):
    framing words inside a quotation or a reported paraphrase are shown but never counted,
    and a sentence of page furniture (scoring.toml's ``voiceless``) counts none, so neither
    enters the fit (before frame-checkthat21 they did, and the simulated figures were lower
    than the engine's).
    """
    records = read_records(path)
    found = []
    for _, group, report in document_reports(records):
        for record, sentence in zip(group, report.sentences, strict=True):
            editorial = gold_editorial(record.get("gold") or {})
            if editorial is None:
                continue
            cues = [e for e in sentence.evidence if e.kind is EvidenceKind.FRAMING]
            voiceless = not sentence.framing_score and any(e.weight for e in cues)
            rules = frozenset() if voiceless else frozenset(e.rule for e in cues)
            found.append((rules, editorial, sentence.label is Label.SOURCED))
    return found


def fit(data: list[Sample], l2: float, steps: int = 3000, rate: float = 2.0) -> dict[str, float]:
    """Logistic-regression weights on the threshold's scale (weight / -intercept)."""
    rows = [(rules, gold) for rules, gold, attributed in data if not attributed]
    names = sorted({r for rules, _ in rows for r in rules})
    w = dict.fromkeys(names, 0.0)
    b = 0.0
    n = len(rows)
    for _ in range(steps):
        grad = dict.fromkeys(names, 0.0)
        grad_b = 0.0
        for rules, gold in rows:
            z = b + sum(w[r] for r in rules)
            err = 1 / (1 + math.exp(-z)) - gold
            grad_b += err
            for r in rules:
                grad[r] += err
        b -= rate * grad_b / n
        for r in names:
            w[r] -= rate * (grad[r] / n + l2 * w[r])
    return {r: w[r] / -b for r in names} if b < 0 else {}


def macro_f1(data: list[Sample], weights: dict[str, float], threshold: float = 1.0) -> float:
    pairs = [
        (gold, not attributed and sum(weights.get(r, 0.0) for r in rules) >= threshold)
        for rules, gold, attributed in data
    ]
    f1s = []
    for positive in (True, False):
        tp = sum(g == positive and p == positive for g, p in pairs)
        fp = sum(g != positive and p == positive for g, p in pairs)
        fn = sum(g == positive and p != positive for g, p in pairs)
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 2


def chosen(
    fitted: dict[str, float], hand: dict[str, float], counts: dict[str, int], min_count: int
) -> dict[str, float]:
    """The weights to use: fitted (rounded to quarters, within [0, 1.5]) where data is enough."""
    out = {}
    for rule, value in fitted.items():
        if counts.get(rule, 0) >= min_count:
            weight = min(1.5, max(0.0, round(value * 4) / 4))
            if weight != hand.get(rule):
                out[rule] = weight
    return out


def write_weights(weights: dict[str, float], note: str) -> None:
    text = SCORING.read_text("utf-8")
    text = re.split(r"\n# Fitted weights", text)[0].rstrip("\n") + "\n"
    if weights:
        lines = [f'"{rule}" = {weight:g}' for rule, weight in sorted(weights.items())]
        text += f"\n# Fitted weights ({note}); they replace the rules' hand weights.\n"
        text += "[weights]\n" + "\n".join(lines) + "\n"
    SCORING.write_text(text, "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--fit", nargs="+", default=["checkthat-dev", "babe-dev"])
    parser.add_argument("--check", nargs="+", default=["labels-dev", "labels-dev2"])
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--min-count", type=int, default=25)
    parser.add_argument("--write", action="store_true", help="write [weights] into scoring.toml")
    args = parser.parse_args()
    data = {name: samples(args.eval_dir / f"{name}.jsonl") for name in args.fit + args.check}
    hand = {r.id: r.weight for r in engine_for().ruleset.rules if r.kind == "framing"}
    train = [s for name in args.fit for s in data[name]]
    counts: dict[str, int] = {}
    for rules, _, attributed in train:
        for rule in rules if not attributed else ():
            counts[rule] = counts.get(rule, 0) + 1
    fitted = fit(train, args.l2)
    new = chosen(fitted, hand, counts, args.min_count)
    print("rule | n (fit files) | hand | fitted | chosen")
    for rule in sorted(fitted, key=lambda r: -counts.get(r, 0)):
        pick = new.get(rule, hand.get(rule, 0.0))
        n, before = counts.get(rule, 0), hand.get(rule, 0)
        print(f"{rule} | {n} | {before:g} | {fitted[rule]:.2f} | {pick:g}")
    print("\nfile | role | editorial macro-F1 now | with the chosen weights")
    for name, rows in data.items():
        role = "fit" if name in args.fit else "check"
        print(
            f"{name} | {role} | {macro_f1(rows, hand):.4f} | {macro_f1(rows, {**hand, **new}):.4f}"
        )
    if args.write:
        write_weights(new, f"tools/fit_weights.py, fitted on {', '.join(args.fit)}")
        print(f"\nwrote {len(new)} weights into {SCORING.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
