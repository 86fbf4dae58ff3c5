"""The colour-coded terminal report, with rich.

Article text is never parsed as rich markup: every sentence is a ``Text``
object whose spans are styled from the evidence. Symbols stand beside the
colours, so the report reads the same without colour (rich drops colour when
the stream is not a terminal or ``NO_COLOR`` is set).
"""

from __future__ import annotations

from typing import Any, TextIO

from rich import box
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text
from rich.theme import Theme

from auditor.formatters.console import coloured
from auditor.formatters.console import console as make_console
from auditor.formatters.describe import set_aside_rows, why_lines
from auditor.models import Label, Report, Sentence
from auditor.printable import printable
from auditor.theme import EVIDENCE_STYLES, LABELS, NOT_A_CLAIM, RICH_STYLES, SPAN_ORDER, percent

_SPAN_LEGEND = (
    ("reporting cue", "span.cue"),
    ("source", "span.source"),
    ("framing", "span.framing"),
    ("vague or loaded", "span.vague"),
    ("quotation", "span.quote"),
)
_STYLE_NAMES = {
    Label.SOURCED: "label.sourced",
    Label.EDITORIAL: "label.editorial",
    Label.UNSOURCED: "label.unsourced",
}


def write(
    report: Report,
    stream: TextIO,
    *,
    width: int | None = None,
    color: bool | None = None,
    only: frozenset[Label] | None = None,
    **_: Any,
) -> None:
    """Write the report; ``only`` limits the sentences shown to some labels."""
    render(make_console(stream, width=width, color=color, theme=Theme(RICH_STYLES)), report, only)


def render(console: Console, report: Report, only: frozenset[Label] | None = None) -> None:
    """Print the whole report on ``console`` (a recording console can save it as SVG)."""
    console.print(_header(report))
    if coloured(console):  # without colour, the legend has nothing to explain
        console.print(legend())
    console.print()
    _sentences(console, report, only)
    console.print(summary_table(report))
    if report.sources:
        console.print(ledger_table(report))
    cues = report.summary.top_framing_cues
    if cues:
        line = Text("Most frequent framing cues: ", style="heading")
        line.append(", ".join(f"{cue} ×{count}" for cue, count in cues))
        console.print(line)


def _header(report: Report) -> Panel:
    article, source = report.article, report.input
    lines = [Text(article.title or "(untitled)", style="heading")]
    byline = " · ".join(x for x in (article.site, article.author, article.date) if x)
    if byline:
        lines.append(Text(byline))
    where = printable(source.location or source.kind)
    details = [where, source.format]
    if source.sha256:
        details.append(f"sha256 {source.sha256[:16]}…")
    if article.language:
        details.append(f"language {article.language}")
    lines.append(Text(" · ".join(details), style="why"))
    if source.fetch:
        final = source.fetch.get("final_url")
        when = source.fetch.get("fetched_at")
        lines.append(
            Text(f"fetched {when} from {final} (HTTP {source.fetch.get('status')})", style="why")
        )
    if source.archive:
        path = source.archive.get("path") or source.archive.get("file")
        lines.append(
            Text(
                f"archived copy: {path} (sha256 {source.archive.get('sha256', '')[:16]}…)",
                style="why",
            )
        )
    for warning in report.warnings:
        lines.append(Text(f"warning: {warning}", style="label.unsourced"))
    return Panel(Group(*lines), title="auditor", title_align="left", box=box.ROUNDED)


def legend() -> Text:
    text = Text()
    for label, style in LABELS.items():
        text.append(f"{style.symbol} {style.name}", style=_STYLE_NAMES[label])
        text.append("  ")
    text.append(f"{NOT_A_CLAIM.symbol} {NOT_A_CLAIM.name}", style="label.not_a_claim")
    text.append("\nspans: ")
    for name, style in _SPAN_LEGEND:
        text.append(name, style=style)
        text.append("  ")
    return text


def _sentences(console: Console, report: Report, only: frozenset[Label] | None) -> None:
    grid = _grid()
    paragraph = None
    for sentence in report.sentences:
        if only is not None and sentence.label not in only:
            continue
        if paragraph is not None and sentence.paragraph != paragraph:
            grid.add_row("", "", "")
        paragraph = sentence.paragraph
        number, symbol, body = sentence_cells(sentence)
        grid.add_row(number, symbol, body)
        for line in why_lines(sentence):
            grid.add_row("", "", Text(f"↳ {line}", style="why"))
    console.print(grid)
    console.print()


def _grid() -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True)
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    return grid


def sentence_cells(sentence: Sentence) -> tuple[Text, Text, Text]:
    """Number, symbol and text of a sentence, its evidence spans styled."""
    style = LABELS[sentence.label]
    symbol = Text(style.symbol, style=_STYLE_NAMES[sentence.label])
    if not sentence.is_claim:
        symbol.append(NOT_A_CLAIM.symbol[1], style="label.not_a_claim")
    else:
        symbol.append(" ")
    body = Text(sentence.text)
    for kind in SPAN_ORDER:
        for evidence in sentence.evidence_of(kind):
            start, end = evidence.start - sentence.start, evidence.end - sentence.start
            if 0 <= start < end <= len(sentence.text):
                body.stylize(EVIDENCE_STYLES[kind], start, end)
    return Text(str(sentence.index + 1)), symbol, body


def summary_table(report: Report) -> Table:
    summary = report.summary
    table = Table(title="Summary", title_justify="left", box=box.SIMPLE_HEAVY)
    table.add_column("", no_wrap=True)
    table.add_column("claims", justify="right")
    table.add_column("share", justify="right")
    for label, count in (
        (Label.SOURCED, summary.sourced),
        (Label.EDITORIAL, summary.editorial),
        (Label.UNSOURCED, summary.unsourced),
    ):
        style = LABELS[label]
        table.add_row(
            Text(f"{style.symbol} {style.name}", style=_STYLE_NAMES[label]),
            str(count),
            percent(summary.share(count)),
        )
    table.add_row(
        Text("all claims", style="heading"), str(summary.claims), "100%" if summary.claims else "–"
    )
    table.add_row(
        Text(f"not a claim {NOT_A_CLAIM.symbol}", style="label.not_a_claim"),
        str(summary.sentences - summary.claims),
        "",
    )
    for reason, count in set_aside_rows(report):
        table.add_row(Text(f"  {reason}", style="label.not_a_claim"), str(count), "")
    table.add_section()
    table.add_row(
        "sourced claims resting on anonymous sources",
        str(summary.sourced_anonymous),
        percent(summary.anonymous_share),
    )
    table.add_row("distinct named sources", str(summary.named_sources), "")
    table.add_row("distinct anonymous sources", str(summary.anonymous_sources), "")
    table.add_row("vague attributions", str(summary.vague_attributions), "")
    table.add_row("loaded attribution verbs", str(summary.loaded_verbs), "")
    table.add_row("framing in sourced sentences", str(summary.framing_in_sourced), "")
    table.add_row("framing cues per 100 words", f"{summary.framing_density:.1f}", "")
    return table


def ledger_table(report: Report) -> Table:
    table = Table(title="Who is cited", title_justify="left", box=box.SIMPLE_HEAVY)
    table.add_column("#", justify="right")
    table.add_column("source")
    table.add_column("type")
    table.add_column("strength")
    table.add_column("sentences", justify="right")
    table.add_column("also called")
    for entry in report.sources:
        others = [m for m in entry.mentions if m != entry.name]
        relayed = f" (relayed by {', '.join(entry.relayed_by)})" if entry.relayed_by else ""
        table.add_row(
            str(entry.id + 1),
            Text(entry.name + relayed),
            entry.type.value,
            Text(
                entry.strength.value,
                style="label.unsourced" if entry.strength.value == "anonymous" else "",
            ),
            f"{len(entry.sentences)}: " + ", ".join(str(k + 1) for k in entry.sentences),
            Text(", ".join(others)),
        )
    return table
