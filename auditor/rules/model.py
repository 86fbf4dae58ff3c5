"""A rule is data: what it matches, what it means, and examples that prove it.

Five kinds of rule produce five kinds of evidence:

- ``cue``: a reporting construction ("said", "according to"); the attribution
  engine then looks for its source on the side ``source`` names;
- ``vague``: a gesture at a source without one ("reportedly");
- ``framing``: a framing cue in the writer's voice, with a ``weight``;
- ``structure``: a sentence that is not a claim (byline, boilerplate);
- ``sense``: a collocation in which a charged word has a neutral or technical
  sense ("criminal charges", "pension scheme"): framing cues inside it do not count.

A rule matches in one of three ways: ``terms`` (a word list, matched on tokens),
``pattern`` (a regular expression, over the article or, with
``scope = "sentence"`` or ``"paragraph"``, over each sentence or paragraph), or
``quote`` (a short quotation with no speaker: a scare quote; with
``quote_loaded``, only one whose own words hold a framing cue). In a pattern, a
named group ``cue`` marks the words the match is about (the rest is context),
and a named group ``source`` marks the source of a cue. A pattern's ``near`` words
are a pre-filter: the pattern is only tried close to one of them, so every match
must contain (or stand within a few words of) one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from auditor.rules.lazypattern import LazyPattern

KINDS = ("cue", "vague", "framing", "structure", "sense")
SCOPES = ("text", "sentence", "paragraph")
SOURCE_SIDES = ("subject", "object", "group")
NEAR_SIDES = ("before", "after")
RELAYS = ("", "cited", "relayer")


@dataclass(frozen=True, slots=True)  # 36 fields: over 3.11's 30 in a dict (docs/speed.md)
class Rule:
    id: str
    kind: str
    category: str
    message: str
    why: str
    confidence: float
    fire: tuple[str, ...]  # examples the rule must fire on
    quiet: tuple[str, ...]  # examples it must not fire on
    weight: float = 1.0
    terms: tuple[str, ...] = ()
    pattern: str | None = None
    quote_max_words: int | None = None
    quote_loaded: bool = False  # quote rules: only when the quoted words hold a framing cue
    # structure rules: fire only when this many sentences of the article match, each alone
    # in its paragraph if the text has paragraphs (0: no such condition)
    min_count: int = 0
    scope: str = "text"
    case_sensitive: bool = False
    before: str | None = None  # context that must precede the match
    not_before: str | None = None  # context that must not precede it
    after: str | None = None
    not_after: str | None = None
    source: str = "subject"  # cue rules: where the source is
    loaded: bool = False  # cue rules: a loaded attribution verb
    # cue rules: gives one quoted or named term to its owner ("the 'reset,' as the minister
    # described it"), who is not thereby the speaker of the sentence or of what follows
    partial: bool = False
    relay: str = ""  # cue rules: "cited" (the object is relayed by the subject), "relayer"
    requires: tuple[str, ...] = ()  # cue rules: source types accepted (default: any)
    near: tuple[
        str, ...
    ] = ()  # patterns: words one of which stands near every match (a pre-filter)
    # text patterns whose every match ends ("before") or starts ("after") with a near word:
    # tried only on that side of each ("" for both sides)
    near_side: str = ""
    # text patterns whose every match holds a near word and starts at most this many
    # tokens before it: tried from that token on, not from 100 characters before (None:
    # no such bound)
    near_back: int | None = None
    # text patterns whose every match holds a near word with one of these words among the
    # near_lead_back tokens before it: a window without such a near word is not searched
    near_lead: frozenset[str] = frozenset()
    near_lead_back: int = 0
    pack: str = "core"
    path: str = ""
    compiled: LazyPattern | None = field(default=None, compare=False, repr=False)
    # compiled (before, not_before, after, not_after); () when the rule has none of them
    context: tuple[LazyPattern | None, ...] = field(default=(), compare=False, repr=False)
    # patterns without near words: a quick search for strings every match holds (literals.py)
    gate: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    # sentence and paragraph patterns without near words: what a span they match starts
    # and ends with (edges.py)
    edges: tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...], tuple] = field(
        default=(None, (), ()), compare=False, repr=False
    )
    # patterns with near words: whether the strings are looked for in the text lower-cased
    # (a pattern that ignores case), and strings one of which every match holds, none part
    # of a near word (literals.window_strings): a window around a near word, or a sentence
    # or paragraph holding one (loader._span_gate), without one of them is not searched
    window_gate: tuple[bool, tuple[str, ...]] = field(
        default=(False, ()), compare=False, repr=False
    )

    @property
    def matcher(self) -> str:
        if self.terms:
            return "terms"
        return "pattern" if self.pattern else "quote"


@dataclass(slots=True)  # not frozen, to be quick to make (docs/speed.md)
class Match:
    """One place where a rule fired; offsets are into the article text."""

    rule: Rule
    start: int
    end: int
    text: str
    source_start: int | None = None  # cue patterns with a named group "source"
    source_end: int | None = None
