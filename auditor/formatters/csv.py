"""CSV: one row per sentence, for spreadsheets.

A text cell that a spreadsheet would run as a formula (it starts with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) is written with a leading
``'``, so that opening a hostile page's report cannot run anything;
:func:`unguard` undoes it.
"""

from __future__ import annotations

import csv
from typing import Any, TextIO

from auditor.formatters.describe import why_lines
from auditor.models import EvidenceKind, Report, Sentence

COLUMNS = (
    "sentence", "paragraph", "label", "claim", "strength", "source", "source_type",
    "resolved_to", "relayed_by", "cue", "cue_rule", "mode", "from_sentence", "flags",
    "framing_words", "framing_score", "text", "why",
)  # fmt: skip
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard(value: object) -> str:
    """A cell value that spreadsheets show as text."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def unguard(cell: str) -> str:
    """The value :func:`guard` was given."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(_FORMULA_STARTS) else cell


def csv_writer(stream: TextIO):
    """A CSV writer with RFC 4180 line ends, so a bare CR in a cell is quoted too."""
    return csv.writer(stream, lineterminator="\r\n")


def write(report: Report, stream: TextIO, **_: Any) -> None:
    writer = csv_writer(stream)
    writer.writerow(COLUMNS)
    for sentence in report.sentences:
        writer.writerow(guard(v) for v in row(sentence))


def row(sentence: Sentence) -> tuple[object, ...]:
    """The values of ``COLUMNS`` for one sentence (sentence numbers count from 1)."""
    attribution = sentence.attribution
    source = attribution.source if attribution else None
    origin = attribution.from_sentence if attribution else None
    framing = "; ".join(e.text for e in sentence.evidence_of(EvidenceKind.FRAMING))
    return (
        sentence.index + 1,
        sentence.paragraph + 1,
        sentence.label.value,
        "yes" if sentence.is_claim else "no",
        sentence.strength.value if sentence.strength else "",
        source.text if source else "",
        source.type.value if source else "",
        source.resolved_to or "" if source else "",
        source.relayed_by or "" if source else "",
        attribution.cue.text if attribution else "",
        attribution.cue.rule if attribution else "",
        attribution.mode if attribution else "",
        origin + 1 if origin is not None else "",
        "; ".join(f.value for f in sentence.flags),
        framing,
        f"{sentence.framing_score:g}",
        sentence.text,
        " | ".join(why_lines(sentence)),
    )
