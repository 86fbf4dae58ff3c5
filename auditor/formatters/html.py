"""HTML: one self-contained page per article, each sentence coloured by label with its evidence.

Hovering over or clicking (focusing) a sentence shows why it has its label, in
a panel at the bottom of the window; this is CSS only, the page has no script.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any, TextIO

from auditor.formatters.describe import set_aside_rows, why_lines
from auditor.formatters.htmlpage import esc, label_class, legend, link, page, share_bar
from auditor.models import Evidence, EvidenceKind, Label, Report, Sentence, Strength
from auditor.theme import ANONYMOUS, LABELS, NOT_A_CLAIM, SPAN_ORDER, percent

_SPAN_CLASSES = {
    EvidenceKind.QUOTE: "ev-quote",
    EvidenceKind.SOURCE: "ev-source",
    EvidenceKind.VAGUE: "ev-vague",
    EvidenceKind.LOADED_VERB: "ev-loaded",
    EvidenceKind.FRAMING: "ev-framing",
    EvidenceKind.CUE: "ev-cue",
}
_ANON = "ev-source ev-anon"
_NO_EVIDENCE = {
    Label.SOURCED: "attributed",
    Label.EDITORIAL: "framing in the writer's voice",
    Label.UNSOURCED: "no attribution and no framing cue were found",
}


def write(report: Report, stream: TextIO, *, index_href: str | None = None, **_: Any) -> None:
    """Write the page; ``index_href`` adds a link back to a batch's index page."""
    title = report.article.title or report.input.location or "untitled article"
    stream.write(page(f"{title} – auditor report", body(report, index_href)))


def body(report: Report, index_href: str | None = None) -> str:
    parts = [
        _header(report, index_href),
        legend(),
        "<h2>Summary</h2>",
        summary_html(report),
        '<h2>Article</h2>\n<div class="article">',
        *_paragraphs(report),
        "</div>",
    ]
    if report.sources:
        parts += ["<h2>Who is cited</h2>", _ledger(report)]
    cues = report.summary.top_framing_cues
    if cues:
        listed = ", ".join(f"“{esc(cue)}” ×{count}" for cue, count in cues)
        parts.append(f"<h2>Most frequent framing cues</h2><p>{listed}</p>")
    parts.append(
        f"<footer><p>auditor {esc(report.tool_version)} · report schema "
        f"{report.schema_version}</p></footer>"
    )
    return "\n".join(parts)


def _header(report: Report, index_href: str | None) -> str:
    article, source = report.article, report.input
    lines = ['<header><p class="kicker">auditor report']
    if index_href:
        lines[0] += f' · <a href="{esc(index_href)}">all articles</a>'
    lines[0] += "</p>"
    lines.append(f"<h1>{esc(article.title or source.location or '(untitled)')}</h1>")
    byline = " · ".join(esc(x) for x in (article.site, article.author, article.date) if x)
    if byline:
        lines.append(f'<p class="byline">{byline}</p>')
    details = [link(source.location) if source.kind == "url" else esc(source.location or "")]
    if article.url and article.url != source.location:
        details.append("page " + link(article.url))
    details += [esc(source.format), f"language {esc(article.language or 'unknown')}"]
    if source.sha256:
        details.append(f"sha256 <code>{esc(source.sha256)}</code>")
    lines.append(f'<p class="meta">{" · ".join(d for d in details if d)}</p>')
    if source.fetch:
        lines.append(
            f'<p class="meta">fetched {esc(source.fetch.get("fetched_at"))} from '
            f"{link(source.fetch.get('final_url'))} (HTTP {esc(source.fetch.get('status'))})</p>"
        )
    if source.archive:
        path = source.archive.get("path") or source.archive.get("file")
        lines.append(
            f'<p class="meta">archived copy: {esc(path)} '
            f"(sha256 <code>{esc(source.archive.get('sha256'))}</code>)</p>"
        )
    lines += [f'<p class="warn">warning: {esc(w)}</p>' for w in report.warnings]
    lines.append("</header>")
    return "\n".join(lines)


def summary_html(report: Report) -> str:
    """The label shares as a chart and a table, and the sourcing figures."""
    s = report.summary
    rows = [
        (f'<span class="key {label_class(label)}">{esc(LABELS[label].symbol)} '
         f"{esc(LABELS[label].name)}</span>", count, percent(s.share(count)))
        for label, count in (
            (Label.SOURCED, s.sourced), (Label.EDITORIAL, s.editorial),
            (Label.UNSOURCED, s.unsourced),
        )
    ]  # fmt: skip
    rows += [
        ("all claims", s.claims, "100%" if s.claims else "–"),
        (f'<span class="key not-claim">{esc(NOT_A_CLAIM.symbol)} not a claim</span>',
         s.sentences - s.claims, ""),
        *((f'<span class="not-claim">{esc(reason)}</span>', count, "")
          for reason, count in set_aside_rows(report)),
        ("sourced claims resting on anonymous sources", s.sourced_anonymous,
         percent(s.anonymous_share)),
        ("distinct named sources", s.named_sources, ""),
        ("distinct anonymous sources", s.anonymous_sources, ""),
        ("vague attributions", s.vague_attributions, ""),
        ("loaded attribution verbs", s.loaded_verbs, ""),
        ("framing in sourced sentences", s.framing_in_sourced, ""),
        ("framing cues per 100 words", f"{s.framing_density:.1f}", ""),
    ]  # fmt: skip
    cells = "".join(
        f'<tr><td>{name}</td><td class="n">{value}</td><td class="n">{share}</td></tr>'
        for name, value, share in rows
    )
    return (
        f"{share_bar(s.sourced, s.editorial, s.unsourced)}\n"
        '<table class="summary"><thead><tr><th></th><th class="n">claims</th>'
        f'<th class="n">share</th></tr></thead><tbody>{cells}</tbody></table>'
    )


def _paragraphs(report: Report) -> list[str]:
    return [
        "<p>" + " ".join(sentence_html(s) for s in sentences) + "</p>"
        for _, sentences in groupby(report.sentences, key=lambda s: s.paragraph)
    ]


def sentence_html(sentence: Sentence) -> str:
    """A focusable sentence: its symbol, its text with evidence spans, and its hidden evidence."""
    style = LABELS[sentence.label]
    classes = f"s {label_class(sentence.label)}" + ("" if sentence.is_claim else " not-claim")
    symbol = style.symbol + ("" if sentence.is_claim else NOT_A_CLAIM.symbol)
    number = sentence.index + 1
    lines = why_lines(sentence) or [_NO_EVIDENCE[sentence.label]]
    why = "".join(f"<span>{esc(line)}</span>" for line in lines)
    return (
        f'<span class="{classes}" id="s{number}" tabindex="0" aria-describedby="w{number}">'
        f'<span class="num" title="sentence {number}">{number}</span>'
        f'<span class="sym">{esc(symbol)}</span>{_marked_text(sentence)}'
        f'<span class="why" id="w{number}" role="tooltip"><b>{esc(style.symbol)} '
        f"{esc(style.name)} · sentence {number}</b>{why}</span></span>"
    )


def _marked_text(sentence: Sentence) -> str:
    """The sentence's text, escaped, with evidence spans wrapped (later kinds drawn on top)."""
    text = sentence.text
    marks: list[str | None] = [None] * len(text)
    for kind in SPAN_ORDER:
        for evidence in sentence.evidence_of(kind):
            start, end = evidence.start - sentence.start, evidence.end - sentence.start
            if 0 <= start < end <= len(text):
                css = _ANON if _anonymous(sentence, evidence) else _SPAN_CLASSES[kind]
                marks[start:end] = [css] * (end - start)
    out, position = [], 0
    for css, run in groupby(marks):
        length = len(list(run))
        chunk = esc(text[position : position + length])
        if css == _ANON:
            chunk = f'<span class="anon-sym" aria-hidden="true">{ANONYMOUS.symbol}</span>{chunk}'
            css += '" title="anonymous source'
        out.append(f'<span class="{css}">{chunk}</span>' if css else chunk)
        position += length
    return "".join(out)


def _anonymous(sentence: Sentence, evidence: Evidence) -> bool:
    """Whether ``evidence`` is the span of the sentence's source, and that is anonymous."""
    source = sentence.attribution.source if sentence.attribution else None
    if evidence.kind is not EvidenceKind.SOURCE or source is None:
        return False
    if source.strength is not Strength.ANONYMOUS:
        return False
    return source.start is None or (evidence.start < source.end and source.start < evidence.end)


def _ledger(report: Report) -> str:
    rows = []
    for entry in report.sources:
        relayed = f" (relayed by {esc(', '.join(entry.relayed_by))})" if entry.relayed_by else ""
        where = ", ".join(f'<a href="#s{k + 1}">{k + 1}</a>' for k in entry.sentences)
        others = ", ".join(esc(m) for m in entry.mentions if m != entry.name)
        anonymous = entry.strength is Strength.ANONYMOUS
        strength = esc(entry.strength.value)
        if anonymous:
            strength = f'<span class="key anon">{ANONYMOUS.symbol} {strength}</span>'
        rows.append(
            f'<tr class="{"anon" if anonymous else "named"}"><td class="n">{entry.id + 1}</td>'
            f'<td data-h="source">{esc(entry.name)}{relayed}</td>'
            f'<td data-h="type">{esc(entry.type.value)}</td>'
            f'<td data-h="strength">{strength}</td><td data-h="sentences">{where}</td>'
            f'<td data-h="also called">{others}</td></tr>'
        )
    return (
        '<table class="ledger"><thead><tr><th class="n">#</th><th>source</th><th>type</th>'
        "<th>strength</th><th>sentences</th><th>also called</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )
