"""Framing in the writer's voice: which framing cues a sentence carries, and its score.

Framing rules are matched on the writer's voice only (direct quotations are
masked before matching), so a loaded word inside a quotation belongs to the
speaker. Scare quotes are found from the quotations themselves: a short quoted
fragment in a sentence that gives no speaker. Overlapping cues count once, at
the highest weight, and the sentence's score is the sum of its cue weights.
"""

from __future__ import annotations

from auditor.models import Evidence, EvidenceKind
from auditor.quotes import Quote
from auditor.rules import Match, Rule


def framing_evidence(matches: list[Match]) -> list[Evidence]:
    """Evidence for framing matches; overlapping matches keep the heaviest."""
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (-m.rule.weight, m.start)):
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    return [
        Evidence(EvidenceKind.FRAMING, m.rule.id, m.start, m.end, m.text, m.rule.message, m.rule.weight)
        for m in kept
    ]


def scare_quotes(text: str, quotes: list[Quote], rules: tuple[Rule, ...], sentence: tuple[int, int]) -> list[Match]:
    """Short quoted fragments that no speaker stands behind."""
    start, end = sentence
    length = max(1, end - start)
    found = []
    for quote in quotes:
        lo, hi = quote.content
        words = text[lo:hi].split()
        if not words or (quote.end - quote.start) / length > 0.6:
            continue
        if _is_title(words):
            continue  # a title or a name in quotation marks
        for rule in rules:
            if len(words) <= (rule.quote_max_words or 0):
                found.append(Match(rule, quote.start, quote.end, text[quote.start : quote.end]))
    return found


_TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with by from as vs v. de la le du von van".split()
)


def _is_title(words: list[str]) -> bool:
    """Title case ("War and Peace", "Art of the Deal"): a work or a name, not a scare quote."""
    letters = [w.strip("\"'“”‘’.,;:!?()") for w in words]
    letters = [w for w in letters if w and w[0].isalpha()]
    if not letters or not letters[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in letters)


def score(evidence: list[Evidence]) -> float:
    return round(sum(e.weight for e in evidence), 3)
