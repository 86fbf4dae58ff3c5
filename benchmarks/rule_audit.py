"""Cross-corpus rule audit (issue 21): each rule's precision per file, against the file's base rate.

    python benchmarks/rule_audit.py EVAL/labels-dev.jsonl EVAL/labels-dev2.jsonl \\
        EVAL/checkthat-dev.jsonl EVAL/babe-dev.jsonl EVAL/basil-dev.jsonl EVAL/ptc-train.jsonl \\
        EVAL/polnear-dev.jsonl FRESH.jsonl > audit.md
    python benchmarks/rule_audit.py FILES... --all          # every rule, not only the flagged ones
    python benchmarks/rule_audit.py FILES... --words evaluative.magnitude   # one rule, word by word

Each file is labelled once. Framing rules (weighted cues) are judged as `auditor rules stats`
judges them: on files with an editorial answer (`label` or `editorial`), the share of the
unattributed sentences a rule fires on that the gold calls editorial, and of the sentences the
rule alone makes EDITORIAL ("decides"), how many are right; on span files, the share of its
matches that overlap a gold loaded-language span (only for word-list rules: a speculation or a
question rule marks no loaded word). Attribution cues are judged as
benchmarks/cue_precision.py judges them, on files with a `sourced` answer (or a `label`): the
share of the sentences a cue (or a mode: quote, orphan quote, continuation) labels SOURCED that
the gold calls sourced.

A rule is flagged on a file where it fires at least `--min` times and its precision is within
`--margin` of the file's base rate or below it (framing: base = the share of editorial
sentences; on span files, at or below half the share of sentences holding a span, since a
match covers a few words of its sentence), or where it decides at least `--min` / 2 sentences
and the share right is at the base rate or below; a cue is flagged `--cue-margin` below the
precision of all cues on that file. A flagged rule is constrained (a context guard, a sense
rule, a narrower construction) or its weight reconsidered, and every change is checked on all
files (docs/tuning.md, rule-audit39).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.evaluate import document_reports, prediction, read_records
from auditor.rulestats import FileFigures, file_figures, gold_editorial, gold_spans, overlaps

# rule families whose matches are words a span annotator could mark as loaded
LEXICAL = ("evaluative.", "labels.", "intensifier.", "quotes.scare-loaded", "doubt.")


class Audit:
    """Framing and attribution figures of one file."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.framing: FileFigures | None = None
        self.cue_fired: Counter[str] = Counter()
        self.cue_right: Counter[str] = Counter()
        self.words: dict[str, Counter[str]] = defaultdict(Counter)  # word -> fires, hits

    @property
    def cue_base(self) -> float | None:
        total = sum(self.cue_fired.values())
        return sum(self.cue_right.values()) / total if total else None


def _gold_sourced(gold: dict) -> bool | None:
    if "sourced" in gold:
        return bool(gold["sourced"])
    if "label" in gold:
        return gold["label"] == "SOURCED"
    return None


def _word_hits(audit: Audit, rule: str, record: dict, pred: dict) -> None:
    """Per matched word of ``rule``: firings and hits (editorial sentence or overlapped span)."""
    gold, text = record.get("gold") or {}, record["text"]
    matches = [(s, e) for s, e, r in pred["framing"] if r == rule]
    if not matches:
        return
    spans = gold_spans(gold)
    if spans is not None:
        for s, e in matches:
            word = text[s:e].lower()
            audit.words[word]["fires"] += 1
            audit.words[word]["hits"] += overlaps(s, e, spans)
        return
    editorial = gold_editorial(gold)
    if editorial is None or pred["label"] == "SOURCED":
        return
    for word in {text[s:e].lower() for s, e in matches}:
        audit.words[word]["fires"] += 1
        audit.words[word]["hits"] += editorial


def audit_file(path: str, engine, weights: dict[str, float], word_rule: str | None) -> Audit:
    """Label one file once; its framing figures, cue precision and (optionally) one rule's words."""
    records = read_records(path)
    audit = Audit(Path(path).stem)
    predictions = []
    for doc, group, report in document_reports(records, engine.settings):
        for record, sentence in zip(group, report.sentences, strict=True):
            pred = prediction(doc, record["i"], sentence)
            predictions.append(pred)
            if word_rule:
                _word_hits(audit, word_rule, record, pred)
            sourced = _gold_sourced(record.get("gold") or {})
            attribution = sentence.attribution
            if sourced is None or attribution is None:
                continue
            key = attribution.cue.rule if attribution.mode == "direct" else attribution.mode
            audit.cue_fired[key] += 1
            audit.cue_right[key] += sourced
    audit.framing = file_figures(
        audit.name, records, predictions, weights, engine.settings.threshold
    )
    return audit


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def framing_rows(audits, rule_ids, weights, least: int, margin: float, show_all: bool):
    """One row per framing rule: weight, then 'fires / share (; right/decides)' per file, flags."""
    rows = []
    for rule in rule_ids:
        cells, flags, fired = [], [], False
        for audit in audits:
            figures = audit.framing
            if figures is None:
                cells.append("")
                continue
            one = figures.rules.get(rule)
            if one is None or not one.fires:
                cells.append("0")
                continue
            fired = True
            cell = f"{one.fires} / {_pct(one.share)}"
            if figures.kind == "editorial" and one.decides:
                cell += f"; {one.decides_right}/{one.decides}"
            cells.append(cell)
            judged = figures.kind == "editorial" or rule.startswith(LEXICAL)
            if not judged or not weights.get(rule):
                continue
            # (span files: their base is the share of sentences holding a span, and one match
            # covers a few words of its sentence: flagged at half the base or below)
            near = figures.base + margin if figures.kind == "editorial" else figures.base / 2
            if one.fires >= least and one.share <= near:
                flags.append(f"{audit.name} at base")
            if (
                figures.kind == "editorial"
                and one.decides >= max(2, least // 2)
                and one.decides_right / one.decides <= figures.base + margin
            ):
                flags.append(f"{audit.name} decides at base")
        if fired and (flags or show_all):
            rows.append([rule, f"{weights.get(rule, 0):g}", *cells, "; ".join(flags)])
    return rows


def cue_rows(audits, least: int, margin: float, show_all: bool):
    """One row per attribution cue or mode: 'sentences / precision' per file, flags."""
    keys = Counter()
    for audit in audits:
        keys.update(audit.cue_fired)
    rows = []
    for key, _ in keys.most_common():
        cells, flags = [], []
        for audit in audits:
            n = audit.cue_fired.get(key, 0)
            if audit.cue_base is None:
                cells.append("")
                continue
            if not n:
                cells.append("0")
                continue
            share = audit.cue_right[key] / n
            cells.append(f"{n} / {_pct(share)}")
            if n >= least and share <= audit.cue_base - margin:
                flags.append(f"{audit.name} below")
        if flags or show_all:
            rows.append([key, *cells, "; ".join(flags)])
    return rows


def markdown(header, rows) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", help="evaluation files (FORMAT.md)")
    parser.add_argument("--min", type=int, default=8, help="firings for a figure to count")
    parser.add_argument("--margin", type=float, default=0.05, help="how near the base rate flags")
    parser.add_argument(
        "--cue-margin", type=float, default=0.1, help="how far below all cues' precision flags"
    )
    parser.add_argument("--all", action="store_true", help="every rule, not only flagged ones")
    parser.add_argument("--words", metavar="RULE", help="one framing rule's figures word by word")
    args = parser.parse_args()

    from auditor.api import engine_for

    engine = engine_for(None)
    framing = [r for r in engine.ruleset.rules if r.kind == "framing"]
    weights = {r.id: r.weight for r in framing}
    audits = [audit_file(path, engine, weights, args.words) for path in args.files]
    names = [a.name for a in audits]
    if args.words:
        total = Counter()
        for audit in audits:
            total.update({w: c["fires"] for w, c in audit.words.items()})
        rows = [
            [w]
            + [
                f"{a.words[w]['fires']} / {_pct(a.words[w]['hits'] / a.words[w]['fires'])}"
                if a.words.get(w, {}).get("fires")
                else "-"
                for a in audits
            ]
            for w, n in total.most_common()
            if n >= max(2, args.min // 2)
        ]
        print(f"`{args.words}`, word by word (firings / share editorial or overlapping a span)\n")
        print(markdown(["word", *names], rows))
        return
    base = ["base rate", ""]
    for audit in audits:
        f = audit.framing
        base.append(f"{f.sentences} / {_pct(f.base)}" if f else "")
    rows = framing_rows(audits, [r.id for r in framing], weights, args.min, args.margin, args.all)
    print("Framing rules (firings / share editorial or overlapping a span; right/decides)\n")
    print(markdown(["rule", "weight", *names, "flags"], [[*base, ""], *rows]))
    cue_base = ["all cues", *(_pct(a.cue_base) for a in audits), ""]
    print(
        "Attribution cues and modes (sentences labelled SOURCED / share the gold calls sourced)\n"
    )
    print(
        markdown(
            ["cue", *names, "flags"],
            [cue_base, *cue_rows(audits, args.min, args.cue_margin, args.all)],
        )
    )


if __name__ == "__main__":
    main()
