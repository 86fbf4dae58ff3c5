"""The opinion piece: weak writer-voice cues read as framing in an article that argues.

An article argues throughout when enough of its other unattributed claims are already
EDITORIAL FRAMING, or when its own text says what kind it is (a "Column:" label, a
columnist's sign-off): scoring.toml ``[opinion]``; docs/tuning.md "Weak cues in an opinion
piece" and "opinion57".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from operator import attrgetter

from auditor.models import Evidence, EvidenceKind, Flag, Label, Sentence
from auditor.settings import Opinion, Settings

_PLACE = attrgetter("start", "end")  # evidence is shown in the order of the text


def in_opinion(
    sentences: tuple[Sentence, ...], settings: Settings, text: str = ""
) -> tuple[Sentence, ...]:
    """Weak writer-voice cues read as framing in an article that argues throughout.

    Where at least a share of the article's other unattributed claims are EDITORIAL FRAMING,
    an unattributed claim whose framing score reaches ``floor`` times the threshold is too, and
    so is one with a cue of ``rules`` (a question) whatever its weight (scoring.toml
    ``[opinion]``; docs/tuning.md). The share asked is ``share`` of an article that attributes
    a fifth of its claims or more, and falls to ``uncited`` as fewer are: a report cites its
    sources, a column argues in its own voice.
    """
    opinion = settings.opinion
    floor = opinion.floor * settings.threshold
    rules = opinion.rules
    claims = cited = framed = 0
    weak = []  # the unattributed claims with weak cues
    for s in sentences:  # (one walk, counting: this is asked of every article)
        if Flag.NOT_A_CLAIM in s.flags:
            continue
        claims += 1
        if s.label is Label.SOURCED:
            cited += 1
        elif s.label is Label.EDITORIAL:
            framed += 1
        elif s.framing_score and (
            s.framing_score >= floor or (rules and not rules.isdisjoint(e.rule for e in s.evidence))
        ):
            weak.append(s)
    others = claims - cited - 1  # the other unattributed claims
    if others < opinion.min_claims or not weak:
        return sentences
    mark = opinion.mark(cited / claims)
    kind = ""
    if framed < mark * others:
        if opinion.declared is None or framed < opinion.declared * others:
            return sentences
        kind = _declared(sentences, opinion, text)
        if not kind:
            return sentences
    message = (
        f"weak cues counted: {framed} of the article's {others} other unattributed claims"
        f" are framing, and {cited} of its {claims} claims are attributed (an opinion piece"
        + (f" by its own account: {kind})" if kind else ")")
    )
    relabelled = list(sentences)
    for s in weak:
        context = Evidence(EvidenceKind.CONTEXT, "context.opinion", s.start, s.start, "", message)
        evidence = tuple(sorted((*s.evidence, context), key=_PLACE))
        relabelled[s.index] = replace(s, label=Label.EDITORIAL, evidence=evidence)
    return tuple(relabelled)


def _declared(sentences: tuple[Sentence, ...], opinion: Opinion, text: str = "") -> str:
    """What in the article's own text says it is an opinion piece, or "".

    A label of its kind and a colon or bar opening one of its first three lines ("News
    analysis:", "Our view:", "Film review:"; a score label only before a critic's score,
    "Rating: 4/5"), a columnist's sign-off among its last three ("X is a columnist for", "The
    views expressed are the author's own"), or a mention of the piece as a column outside a
    quotation ("would not speak to this column"): scoring.toml
    ``[opinion]`` ``labels``, ``scores``, ``signoffs`` (where one of ``signoff_words`` is),
    ``mentions``. Asked only of an article under the share mark that has weak cues to count.
    """
    for s in sentences[:3]:
        if ":" not in s.text and "|" not in s.text:
            continue
        found = _LABEL.match(s.text)
        if found is None:
            continue
        label = " ".join(found["label"].lower().split())
        if label in opinion.labels or (label in opinion.scores and _SCORE.match(found["rest"])):
            return f"{found['label']}:"
    # (a sign-off or a mention is rare: each is looked for only where str's quick search finds
    # a word it must hold)
    signoffs = _patterns(opinion.signoffs)
    if signoffs is not None:
        tail = " ".join([s.text for s in sentences[-3:]])
        if any(word in tail for word in opinion.signoff_words):
            for s in sentences[-3:]:
                if (found := signoffs.search(s.text)) is not None:
                    return found[0]
    if opinion.mentions:
        if text:  # the article's: the sentences' offsets point into it
            return _mention(text, opinion.mentions, [s.start for s in sentences])
        for s in sentences:
            if found := _mention(s.text, opinion.mentions, [0]):
                return found
    return ""


# a label of the article's kind: up to four words, then a colon or a bar, opening a line
_LABEL = re.compile(
    r"[\s\"'“‘*#]*(?P<label>[A-Za-z][\w'’-]*(?: [\w'’-]+){0,3})\s*[:|]\s*(?P<rest>.*)", re.S
)
# a critic's score: "4/5", "3.5 out of 5", "★★★★"
_SCORE = re.compile(r"\d+(?:\.\d+)?\s*(?:/|out of)\s*\d+|[★☆*]{2,}")


def _mention(text: str, phrases: tuple[str, ...], starts: list[int]) -> str:
    """The first of ``phrases`` (lower-case) in ``text`` as whole words outside a quotation
    opened earlier in its sentence (``starts``: the sentences' offsets), or "".

    Looked for by their last five letters as written, with str's quick search: a pattern
    searched through every article under the mark cost ten times as much."""
    for anchor in {phrase[-5:] for phrase in phrases}:
        end = text.find(anchor) + 5
        while end >= 5:
            for phrase in phrases:
                begin = end - len(phrase)
                if (
                    begin >= 0
                    and text[begin:end].lower() == phrase
                    and not (begin and text[begin - 1].isalnum())
                    and not text[end : end + 1].isalnum()
                    and not _quoted(text[starts[max(0, bisect_right(starts, begin) - 1)] : begin])
                ):
                    return text[begin:end]
            end = text.find(anchor, end) + 5
    return ""


def _quoted(before: str) -> bool:
    """Whether a quotation opened in ``before`` (a sentence's text up to a point) is open."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


@lru_cache(maxsize=8)
def _patterns(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern of the alternatives in ``patterns`` (None for none); case matters."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
