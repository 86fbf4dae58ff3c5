"""One map from labels and evidence to colours, symbols and CSS, shared by every formatter.

Symbols stand beside colours so that every report reads without colour too.
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.models import EvidenceKind, Label


@dataclass(frozen=True)
class LabelStyle:
    symbol: str  # shown beside the colour: reads without colour, in any font
    name: str
    colour: str  # rich colour name
    css: str  # CSS colour
    description: str
    css_dark: str = ""  # CSS colour on a dark background (prefers-color-scheme: dark)


LABELS = {
    Label.SOURCED: LabelStyle(
        "[S]",
        "SOURCED",
        "green",
        "#1a7f37",
        "attributed to a named or described source",
        "#3fb950",
    ),
    Label.EDITORIAL: LabelStyle(
        "[E]",
        "EDITORIAL FRAMING",
        "magenta",
        "#b3128a",
        "the writer's own evaluation or speculation",
        "#db61a2",
    ),
    Label.UNSOURCED: LabelStyle(
        "[U]",
        "UNSOURCED",
        "yellow",
        "#9a6700",
        "a factual assertion with no attribution",
        "#d29922",
    ),
}
NOT_A_CLAIM = LabelStyle(
    "[·]",
    "not a claim",
    "bright_black",
    "#6e7781",
    "headline, byline, caption, boilerplate: set aside, not scored",
    "#9198a1",
)
# Beside an anonymous source, in the article and the ledger: a mark, not a colour alone.
ANONYMOUS = LabelStyle(
    "◌", "anonymous source", "", "#9a6700", "a source the reader cannot identify", "#d29922"
)

# rich style names, registered in a Theme by the terminal formatter
RICH_STYLES = {
    "label.sourced": "bold green",
    "label.editorial": "bold magenta",
    "label.unsourced": "bold yellow",
    "label.not_a_claim": "bright_black",
    "span.cue": "bold underline green",
    "span.source": "bold cyan",
    "span.framing": "underline magenta",
    "span.vague": "underline yellow",
    "span.quote": "italic",
    "why": "bright_black",
    "heading": "bold",
}

EVIDENCE_STYLES = {
    EvidenceKind.CUE: "span.cue",
    EvidenceKind.SOURCE: "span.source",
    EvidenceKind.FRAMING: "span.framing",
    EvidenceKind.VAGUE: "span.vague",
    EvidenceKind.LOADED_VERB: "span.vague",
    EvidenceKind.QUOTE: "span.quote",
}

# Which spans win where several overlap: later in this list is drawn on top.
SPAN_ORDER = (
    EvidenceKind.QUOTE,
    EvidenceKind.SOURCE,
    EvidenceKind.VAGUE,
    EvidenceKind.LOADED_VERB,
    EvidenceKind.FRAMING,
    EvidenceKind.CUE,
)


def percent(share: float) -> str:
    return f"{100 * share:.0f}%"
