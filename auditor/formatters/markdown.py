"""Markdown: the report as a document to paste into a ticket, a wiki or a chat.

Article text is escaped so that it shows as written: no emphasis, links or
HTML can come from it.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any, TextIO

from auditor.formatters.describe import headline, set_aside_rows, why_lines
from auditor.models import Label, Report, Sentence
from auditor.printable import printable
from auditor.theme import LABELS, NOT_A_CLAIM, percent

_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$#@])")  # what can start markup inside a line
_SPACE = re.compile(r"\s+")
# What makes a block at the start of a line (a list item, a setext underline: "#" and ">"
# are escaped anywhere), and what autolinks ("https:", "www."): one character escaped.
_LINE_START = re.compile(r"^(?:[-+=]|\d{1,9}[.)])")
_AUTOLINK = re.compile(r"(?i)\b(?:(https?|ftp)(:)|(www)(\.))")


def md(value: object) -> str:
    """``value`` as Markdown text that renders exactly as written, on one line.

    It may start a line (site or author metadata does): it never starts a block, and
    a bare URL in it does not become a link.
    """
    text = printable(_SPACE.sub(" ", "" if value is None else str(value)).strip())
    text = _SPECIAL.sub(r"\\\1", text)
    text = _AUTOLINK.sub(lambda m: f"{m[1] or m[3]}\\{m[2] or m[4]}", text)
    return _LINE_START.sub(lambda m: f"{m[0][:-1]}\\{m[0][-1]}", text)  # "1\." or "\-"


def write(report: Report, stream: TextIO, **_: Any) -> None:
    stream.write("\n".join(lines(report)) + "\n")


def lines(report: Report) -> list[str]:
    article, source = report.article, report.input
    out = [f"# {md(headline(report))}", ""]
    byline = " · ".join(md(x) for x in (article.site, article.author, article.date) if x)
    if byline:
        out += [byline, ""]
    details = [md(source.location or source.kind), md(source.format)]
    if source.sha256:
        details.append(f"sha256 `{source.sha256}`")
    out += [" · ".join(details), ""]
    out += [f"> **warning:** {md(w)}" for w in report.warnings]
    out += ["", legend(), "", "## Summary", "", *summary_table(report), "", "## Article", ""]
    for _, sentences in groupby(report.sentences, key=lambda s: s.paragraph):
        for sentence in sentences:
            out += sentence_lines(sentence)
        out.append("")
    if report.sources:
        out += ["## Who is cited", "", *ledger_table(report), ""]
    cues = report.summary.top_framing_cues
    if cues:
        listed = ", ".join(f"“{md(cue)}” ×{count}" for cue, count in cues)
        out += ["## Most frequent framing cues", "", listed, ""]
    out.append(f"_auditor {md(report.tool_version)}, report schema {report.schema_version}_")
    return out


def legend() -> str:
    keys = [f"**{md(style.symbol)}** {style.name}" for style in LABELS.values()]
    keys.append(f"**{md(NOT_A_CLAIM.symbol)}** {NOT_A_CLAIM.name}")
    return "Legend: " + " · ".join(keys)


def sentence_lines(sentence: Sentence) -> list[str]:
    """``- **3 [S]** text`` and one indented line per piece of evidence."""
    symbol = LABELS[sentence.label].symbol + ("" if sentence.is_claim else NOT_A_CLAIM.symbol)
    out = [f"- **{sentence.index + 1} {md(symbol)}** {md(sentence.text)}"]
    out += [f"  - ↳ {md(line)}" for line in why_lines(sentence)]
    return out


def summary_table(report: Report) -> list[str]:
    s = report.summary
    rows = [
        (f"{md(LABELS[label].symbol)} {LABELS[label].name}", count, percent(s.share(count)))
        for label, count in (
            (Label.SOURCED, s.sourced), (Label.EDITORIAL, s.editorial),
            (Label.UNSOURCED, s.unsourced),
        )
    ]  # fmt: skip
    rows += [
        ("all claims", s.claims, "100%" if s.claims else "–"),
        ("not a claim", s.sentences - s.claims, ""),
        *((md(reason), count, "") for reason, count in set_aside_rows(report)),
        ("sourced claims resting on anonymous sources", s.sourced_anonymous,
         percent(s.anonymous_share)),
        ("distinct named sources", s.named_sources, ""),
        ("distinct anonymous sources", s.anonymous_sources, ""),
        ("vague attributions", s.vague_attributions, ""),
        ("loaded attribution verbs", s.loaded_verbs, ""),
        ("framing in sourced sentences", s.framing_in_sourced, ""),
        ("framing cues per 100 words", f"{s.framing_density:.1f}", ""),
    ]  # fmt: skip
    return ["| | claims | share |", "|---|--:|--:|"] + [
        f"| {name} | {value} | {share} |" for name, value, share in rows
    ]


def ledger_table(report: Report) -> list[str]:
    out = [
        "| # | source | type | strength | sentences | also called |",
        "|--:|---|---|---|---|---|",
    ]
    for entry in report.sources:
        name = md(entry.name)
        if entry.relayed_by:
            name += f" (relayed by {md(', '.join(entry.relayed_by))})"
        others = ", ".join(md(m) for m in entry.mentions if m != entry.name)
        where = ", ".join(str(k + 1) for k in entry.sentences)
        out.append(
            f"| {entry.id + 1} | {name} | {entry.type.value} | {entry.strength.value} "
            f"| {where} | {others} |"
        )
    return out
