"""Per-rule figures across evaluation files: how often each framing rule fires, and how right.

A rule is judged on each file separately, against that file's base rate, so a
rule that looks precise on one corpus and is no better than chance on another
shows up (docs/tuning.md). For files with an editorial answer (``label`` or
``editorial``), a rule's figure is the share of the sentences it fires on (among
those not attributed to a source, where framing decides the label) that the gold
calls editorial; the base rate is that share over all unattributed sentences.
For span files (``propaganda_spans``), it is the share of the rule's matches that
overlap a gold Loaded_Language or Name_Calling span outside quotes; the base rate
is the share of sentences holding such a span. On editorial files the table also
gives, of the sentences that would not be EDITORIAL without the rule, how many
the gold calls editorial ("right/decides").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.evaluate import PROPAGANDA_TECHNIQUES


@dataclass
class RuleFigures:
    fires: int = 0
    hits: int = 0  # fired on an editorial sentence, or overlapped a gold span
    decides: int = 0
    decides_right: int = 0

    @property
    def share(self) -> float | None:
        return self.hits / self.fires if self.fires else None


@dataclass
class FileFigures:
    name: str
    kind: str  # "editorial" or "spans"
    sentences: int = 0  # sentences judged (unattributed ones for editorial files)
    positive: int = 0  # of those: editorial, or holding a gold span
    # RuleFigures, or UnderFigures for the sentences left under the threshold
    rules: dict[str, Any] = field(default_factory=lambda: defaultdict(RuleFigures))

    @property
    def base(self) -> float:
        return self.positive / self.sentences if self.sentences else 0.0


def overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``start..end`` overlaps one of the gold ``spans``."""
    return any(start < e and end > s for s, e in spans)


def gold_editorial(gold: dict[str, Any]) -> bool | None:
    if "label" in gold:
        return gold["label"] == "EDITORIAL"
    if "editorial" in gold:
        return bool(gold["editorial"])
    return None


def gold_spans(gold: dict[str, Any]) -> list[tuple[int, int]] | None:
    if "propaganda_spans" not in gold:
        return None
    return [
        (s, e)
        for s, e, technique, inside in gold["propaganda_spans"]
        if not inside and technique in PROPAGANDA_TECHNIQUES
    ]


def file_figures(
    name: str,
    records: Sequence[dict[str, Any]],
    predictions: Sequence[dict[str, Any]],
    weights: dict[str, float],
    threshold: float,
) -> FileFigures | None:
    """Figures for one file; None when it has neither an editorial answer nor spans."""
    by_key = {(p["doc"], p["i"]): p for p in predictions}
    result: FileFigures | None = None
    for record in records:
        pred = by_key.get((str(record["doc"]), record["i"]))
        gold = record.get("gold") or {}
        if pred is None:
            continue
        editorial, spans = gold_editorial(gold), gold_spans(gold)
        if editorial is None and spans is None:
            continue
        if result is None:
            result = FileFigures(name, "editorial" if editorial is not None else "spans")
        if editorial is not None:
            if pred["label"] == "SOURCED":
                continue
            _count_editorial(result, pred, editorial, weights, threshold)
        elif spans is not None:
            _count_spans(result, pred, spans)
    return result


def _count_editorial(
    result: FileFigures,
    pred: dict[str, Any],
    editorial: bool,
    weights: dict[str, float],
    threshold: float,
) -> None:
    result.sentences += 1
    result.positive += editorial
    fired = {rule for _, _, rule in pred["framing"]}
    total = sum(weights.get(rule, 0.0) for _, _, rule in pred["framing"])
    for rule in fired:
        figures = result.rules[rule]
        figures.fires += 1
        figures.hits += editorial
        without = total - sum(weights.get(r, 0.0) for _, _, r in pred["framing"] if r == rule)
        if pred["label"] == "EDITORIAL" and without < threshold:
            figures.decides += 1
            figures.decides_right += editorial


def _count_spans(result: FileFigures, pred: dict[str, Any], spans: list[tuple[int, int]]) -> None:
    result.sentences += 1
    result.positive += bool(spans)
    for start, end, rule in pred["framing"]:
        figures = result.rules[rule]
        figures.fires += 1
        figures.hits += overlaps(start, end, spans)


def collect(paths: Sequence[str | Path], settings=None) -> tuple[list[FileFigures], list[str]]:
    """Label every file with the pack in force; its figures, and the rule ids in pack order."""
    from auditor.api import engine_for
    from auditor.evaluate import predict, read_records

    engine = engine_for(settings)
    rules = [r for r in engine.ruleset.rules if r.kind == "framing"]
    weights = {r.id: r.weight for r in rules}
    threshold = engine.settings.threshold
    found = []
    for path in paths:
        records = read_records(path)
        predictions = predict(records, engine.settings)
        figures = file_figures(Path(path).stem, records, predictions, weights, threshold)
        if figures is not None:
            found.append(figures)
    return found, [r.id for r in rules]


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def _cell(figures: RuleFigures | None, kind: str) -> str:
    if figures is None or not figures.fires:
        return "0"
    cell = f"{figures.fires} / {_percent(figures.share)}"
    if kind == "editorial" and figures.decides:
        cell += f"; {figures.decides_right}/{figures.decides}"
    return cell


def table_rows(files: Sequence[FileFigures], rule_ids: Sequence[str]) -> list[list[str]]:
    """Rows of the per-rule table: a header, the base rates, then one row per rule that fired.

    A cell is "firings / share", and on editorial files "; right/decides": of the
    sentences that are EDITORIAL only because of the rule, how many the gold calls so.
    """
    rows = _head_rows(files)
    for rule in rule_ids:
        cells = [f.rules.get(rule) for f in files]
        if any(c and c.fires for c in cells):
            rows.append([rule] + [_cell(c, f.kind) for c, f in zip(cells, files, strict=True)])
    return rows


def _head_rows(files: Sequence[FileFigures]) -> list[list[str]]:
    """A table's header (the files and their kinds) and its base-rate row."""
    header = ["rule"] + [f"{f.name} ({'span' if f.kind == 'spans' else 'ed'})" for f in files]
    return [header, ["base rate"] + [f"{f.sentences} / {_percent(f.base)}" for f in files]]


def markdown(rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    for i, row in enumerate(rows[1:]):
        first = row[0] if i == 0 else f"`{row[0]}`"
        lines.append("| " + " | ".join([first, *row[1:]]) + " |")
    return "\n".join(lines) + "\n"


def plain(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[c]) for r in rows) for c in range(len(rows[0]))]
    return "".join(
        "  ".join(
            cell.ljust(w) if c == 0 else cell.rjust(w)
            for c, (cell, w) in enumerate(zip(row, widths, strict=True))
        ).rstrip()
        + "\n"
        for row in rows
    )


# --- cues under the threshold (issue 21) ---------------------------------------------
#
# A cue weighted under the threshold decides nothing alone. Whether it could is a
# question about the sentences where it fires and the sentence stays UNSOURCED: does
# the gold call them editorial (or do the rule's matches overlap a gold span) more
# often than the file's base rate? "alone" counts the sentences where the rule is the
# only writer-voice cue with a weight; "under" counts every sentence under the
# threshold where it fires, whatever other sub-threshold cues fire with it.


@dataclass
class UnderFigures:
    alone: int = 0
    alone_hits: int = 0
    under: int = 0
    under_hits: int = 0


# a writer-voice cue: (start, end, rule id, weight), offsets within the sentence
Cue = tuple[int, int, str, float]


def under_file(
    name: str,
    rows: Sequence[tuple[dict[str, Any], str, Sequence[Cue]]],
    threshold: float,
) -> FileFigures | None:
    """Figures of the sub-threshold cues of one file; None without editorial answers or spans.

    ``rows`` are (gold, label, writer-voice cues) per sentence. Only sentences not
    attributed to a source count; a sentence under the threshold is one whose cues'
    weights add up to less than it (cues of weight 0 are not counted as firing).
    """
    result: FileFigures | None = None
    for gold, label, cues in rows:
        editorial, spans = gold_editorial(gold), gold_spans(gold)
        if (editorial is None and spans is None) or label == "SOURCED":
            continue
        if result is None:
            kind = "editorial" if editorial is not None else "spans"
            result = FileFigures(name, kind, rules=defaultdict(UnderFigures))
        positive = bool(editorial) if editorial is not None else bool(spans)
        result.sentences += 1
        result.positive += positive
        weighted = [c for c in cues if c[3] > 0]
        if not weighted or sum(c[3] for c in weighted) >= threshold - 1e-9:
            continue
        fired = {c[2] for c in weighted}
        for rule in fired:
            if editorial is not None:
                hit = bool(editorial)
            else:
                hit = any(overlaps(s, e, spans) for s, e, r, _ in weighted if r == rule)
            figures = result.rules[rule]
            figures.under += 1
            figures.under_hits += hit
            if len(fired) == 1:
                figures.alone += 1
                figures.alone_hits += hit
    return result


def writer_cues(sentence) -> list[Cue]:
    """A labelled sentence's writer-voice framing cues, with their weights."""
    from auditor.models import EvidenceKind

    return [
        (e.start - sentence.start, e.end - sentence.start, e.rule, e.weight)
        for e in sentence.evidence
        if e.kind is EvidenceKind.FRAMING
    ]


def collect_under(
    paths: Sequence[str | Path], settings=None
) -> tuple[list[FileFigures], list[str]]:
    """Sub-threshold figures of every file (pack in force), and the rule ids in pack order."""
    from auditor.api import engine_for
    from auditor.evaluate import document_reports, read_records

    engine = engine_for(settings)
    rule_ids = [r.id for r in engine.ruleset.rules if r.kind == "framing"]
    found = []
    for path in paths:
        rows = [
            (record.get("gold") or {}, sentence.label.value, writer_cues(sentence))
            for _, group, report in document_reports(read_records(path), engine.settings)
            for record, sentence in zip(group, report.sentences, strict=True)
        ]
        figures = under_file(Path(path).stem, rows, engine.settings.threshold)
        if figures is not None:
            found.append(figures)
    return found, rule_ids


def _share(hits: int, n: int) -> str:
    return f"{n} / {_percent(hits / n)}" if n else "0"


def under_rows(files: Sequence[FileFigures], rule_ids: Sequence[str]) -> list[list[str]]:
    """Rows of the sub-threshold table: a header, the base rates, one row per rule under it.

    A cell is "alone n / share; under n / share" (just "0" when the rule never stays under).
    """
    rows = _head_rows(files)
    for rule in rule_ids:
        cells = [f.rules.get(rule) for f in files]
        if not any(c and c.under for c in cells):
            continue
        row = [rule]
        for c in cells:
            if c is None or not c.under:
                row.append("0")
            else:
                row.append(f"{_share(c.alone_hits, c.alone)}; {_share(c.under_hits, c.under)}")
        rows.append(row)
    return rows
