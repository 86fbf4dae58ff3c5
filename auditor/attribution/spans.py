"""What the readers find: a typed, graded source expression and a cue with its source."""

from __future__ import annotations

from dataclasses import dataclass, replace

from auditor.attribution.grammar import PEOPLE, PRONOUN_TYPES, SPEAKERS
from auditor.models import SourceType, Strength
from auditor.rules import Match
from auditor.tokens import Token


@dataclass(slots=True)  # not frozen, to be quick to make (docs/speed.md)
class SourceSpan:
    """A source expression found in a sentence, typed and graded."""

    start: int
    end: int
    text: str
    type: SourceType
    strength: Strength
    head: str  # lower-cased head word ("minister", "reuters", "he")
    form: str  # "name", "pronoun", "definite", "indefinite", "plural", "bare"
    names: tuple[str, ...] = ()  # proper-name runs, for merging mentions
    vague: bool = False  # "reports", bare "sources": a gesture, not a source
    anaphoric: bool = False  # "the sources", "these people": only an earlier mention names them

    @property
    def is_pronoun(self) -> bool:
        return self.form == "pronoun"


def pronoun_span(token: Token, host: str) -> SourceSpan:
    """``token``, a pronoun standing for ``host`` ("he", "she", "they", "it"; "her claim",
    "according to him"): a named source, its person found in the sentences before."""
    kind = PRONOUN_TYPES[host]
    return SourceSpan(token.start, token.end, token.text, kind, Strength.NAMED, host, "pronoun")


def titled_work(source: SourceSpan) -> bool:
    """A work known by its proper name ("the journal Tidewater"), which another work may be
    published in; not "the investigation" a document was reviewed in."""
    return source.type is SourceType.DOCUMENT and source.form == "name"


# the categories of cues whose source is the agent of a "by" ("quoted by X", "reported by X")
_BY_AGENT = frozenset({"citing", "agent"})


@dataclass(slots=True)  # not frozen, to be quick to make (docs/speed.md)
class Cue:
    """A cue match and what the reader found for it."""

    match: Match
    source: SourceSpan | None
    relayed_by: SourceSpan | None = None
    # an -ing form with no auxiliary ("a statement announcing"), or a speaker an anonymous
    # "according to" relays (``framed``): either loses a tie in ``best_cue``
    participle: bool = False
    relative: bool = False  # in a relative or adverbial clause: "X, who backs Cruz, warned"

    @property
    def usable(self) -> bool:
        return self.source is not None and not self.source.vague


def combine(cues: list[Cue]) -> list[Cue]:
    """Attach relays: 'X, citing Y, said' makes Y the source relayed by X."""
    if not any(c.match.rule.relay for c in cues):
        return cues  # most sentences: no relaying cue (a quick test before the two below)
    cited = [c for c in cues if c.usable and c.match.rule.relay == "cited"]
    relayers = [c for c in cues if c.usable and c.match.rule.relay == "relayer"]
    if not cited and not relayers:
        return cues
    combined = []
    for cue in cues:
        if cue.usable and not cue.match.rule.relay:
            if cited:
                assert cited[0].source is not None
                cue = Cue(cue.match, cited[0].source, cue.source, cue.participle, cue.relative)
            elif relayers:
                cue = Cue(cue.match, cue.source, relayers[0].source, cue.participle, cue.relative)
        combined.append(cue)
    return combined


def without_inner(cues: list[Cue]) -> list[Cue]:
    """A "by X" cue inside another cue's source is a part of that source's phrase, not a
    source of the sentence: in "according to engineers quoted by the Courier" the Courier
    relays the engineers (``combine`` keeps it as their relayer), it does not speak itself."""
    sources = [c.source for c in cues if c.usable]
    if len(sources) < 2:
        return cues  # most sentences: one usable cue, or none
    return [
        Cue(c.match, None)
        if c.usable
        and c.match.rule.category in _BY_AGENT
        and any(
            s is not c.source and s.start <= c.match.start and c.match.end <= s.end for s in sources
        )
        else c
        for c in cues
    ]


# cues whose speaker "according to X" relays: "According to the Courier, engineers warned ..."
_RELAYED_SAYING = frozenset({"speech", "position", "statement", "loaded"})
# a poll's share of the people it asked: "according to the poll, 52 percent say" is the poll's
_POLL_SHARES = frozenset(
    {"percent", "majority", "minority", "plurality", "half", "respondents", "respondent"}
)


def framed(cues: list[Cue]) -> list[Cue]:
    """'According to X' frames the sentence it is in. Beside a speaker's own cue of saying
    it relays that speaker ("According to the Courier, engineers warned ...": the engineers,
    relayed by the Courier), and the speaker's cue labels the sentence unless X is the weaker
    link (LABELS.md: a relay is as strong as its weakest link). Beside any other cue it is the
    sentence's source: "Ruiz plans to visit, according to a campaign aide" is the aide's,
    not Ruiz's. The reader flags "according" an -ing participle (it loses every tie in
    ``best_cue``); where it frames the sentence it is none."""
    if len(cues) < 2:
        return cues  # most sentences
    frame = next((c for c in cues if c.match.rule.category == "according_to" and c.usable), None)
    if frame is None:
        return cues
    source = frame.source
    assert source is not None
    speakers = [
        c
        for c in cues
        if c is not frame
        and c.usable
        and c.match.rule.category in _RELAYED_SAYING
        and not c.relative  # "a strike that executives said could ...": no speaker of the sentence
        and c.source.type in SPEAKERS
        and (c.source.end <= source.start or source.end <= c.source.start)
        and not (source.type is SourceType.DOCUMENT and c.source.head in _POLL_SHARES)
    ]
    if not speakers:
        # "according to exit polls the network reported": the polls, relayed by the
        # network that the "by" names, keep the tie they had; so does a document graded
        # anonymous ("according to a leaked copy of an audit") beside a named finding
        if not any(
            c.usable
            and (
                (c.match.rule.category in _BY_AGENT and 0 <= c.match.start - source.end <= 1)
                or (
                    source.strength is Strength.ANONYMOUS
                    and source.type not in PEOPLE
                    and c.source.strength is Strength.NAMED
                )
            )
            for c in cues
            if c is not frame
        ):
            frame.participle = False
        return cues
    if (
        source.type in PEOPLE
        and source.strength is Strength.ANONYMOUS
        and all(c.source.strength is Strength.NAMED for c in speakers)
    ):
        # "X told aides ..., according to two people present": the people are the weaker
        # link, and win the tie; a document ("according to court records, X told police")
        # is X's record
        frame.participle = False
        for c in speakers:
            c.participle = True
        return cues
    return [
        replace(c, relayed_by=source)
        if c.relayed_by is None and any(c is s for s in speakers)
        else c
        for c in cues
    ]


def best_cue(cues: list[Cue]) -> Cue | None:
    """The cue that labels the sentence: usable, most confident, earliest; a partial
    attribution only when no other cue is usable."""
    usable = [c for c in cues if c.usable]
    if len(usable) < 2:
        return usable[0] if usable else None  # most sentences: one usable cue, or none
    return max(
        usable,
        key=lambda c: (
            not c.match.rule.partial,
            not c.participle,
            not c.relative,
            c.match.rule.confidence,
            -c.match.start,
        ),
    )
