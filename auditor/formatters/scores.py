"""Evaluation scores as rich tables: per question, per class, and a confusion matrix."""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.table import Table

from auditor.evaluate import Evaluation, Question
from auditor.formatters.console import console as make_console


def write_scores(result: Evaluation, stream: TextIO) -> None:
    console = make_console(stream)
    console.print(f"{result.path}: {result.sentences} sentences in {result.documents} documents")
    for question in result.questions:
        console.print(_question(question))
        console.print(_confusion(question))
    flags = result.extra.get("flags")
    if flags:
        table = Table(title="Flags", title_justify="left", box=box.SIMPLE)
        for column in ("flag", "precision", "recall", "F1", "gold"):
            table.add_column(column, justify="left" if column == "flag" else "right")
        for name, s in flags.items():
            table.add_row(
                name,
                f"{s['precision']:.3f}",
                f"{s['recall']:.3f}",
                f"{s['f1']:.3f}",
                str(s["support"]),
            )
        console.print(table)
    overlap = result.extra.get("propaganda_loaded_overlap")
    if overlap:
        console.print(
            "Loaded_Language and Name_Calling spans outside quotes overlapping a reported"
            " framing cue: "
            f"{overlap['share']:.3f} of {overlap['spans']}"
        )
    segmentation = result.extra.get("segmentation")
    if segmentation:
        table = Table(title="Sentence boundaries", title_justify="left", box=box.SIMPLE)
        for column in ("subset", "records", "exact match", "precision", "recall", "F1"):
            table.add_column(column, justify="left" if column == "subset" else "right")
        rows = {"overall": segmentation["overall"], **segmentation.get("subsets", {})}
        for name, s in rows.items():
            table.add_row(
                name, str(s["records"]), f"{s['exact_match']:.3f}",
                f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
            )  # fmt: skip
        console.print(table)


def _question(question: Question) -> Table:
    table = Table(
        title=f"{question.name}: n={question.n}  accuracy={question.accuracy:.3f}  "
        f"macro-F1={question.macro_f1:.3f}",
        title_justify="left",
        box=box.SIMPLE,
    )
    for column in ("class", "precision", "recall", "F1", "gold"):
        table.add_column(column, justify="left" if column == "class" else "right")
    for name, s in question.classes.items():
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    return table


def _confusion(question: Question) -> Table:
    classes = list(question.confusion)
    predicted = list(dict.fromkeys(p for row in question.confusion.values() for p in row))
    table = Table(
        title="confusion (rows: gold, columns: predicted)", title_justify="left", box=box.SIMPLE
    )
    table.add_column("")
    for name in predicted:
        table.add_column(name, justify="right")
    for gold in classes:
        table.add_row(gold, *(str(question.confusion[gold].get(p, 0)) for p in predicted))
    return table
