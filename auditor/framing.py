"""Framing in the writer's voice: which framing cues a sentence carries, and its score.

Framing rules are matched on the writer's voice only (direct quotations are
masked before matching), so a loaded word inside a quotation belongs to the
speaker. Scare quotes are found from the quotations themselves: a short quoted
fragment in a sentence that gives no speaker, that holds a word (not a number or
an identifier), that is not a title or a name (title case), not a vote cast
("voting 'no'"), not a piece of speech (a first or second person, a whole quoted
sentence) and not a word being mentioned (the quote rule's context patterns:
"the phrase", "entitled", "known as", ...). Overlapping cues count once, at
the highest weight, and the sentence's score is the sum of its cue weights.
"""

from __future__ import annotations

from collections.abc import Callable

from auditor.models import Evidence, EvidenceKind
from auditor.quotes import Quote
from auditor.rules import Match, Rule
from auditor.rules.loader import context_ok

_MARKS = "\"'“”‘’«»‹›„"
_SMALL = "a an the and or nor but of in on at to for with by from as vs v. de la le du von van"
_TITLE_SMALL_WORDS = frozenset(_SMALL.split(" "))
_SPEAKERS = "i i'm i've i'd i'll me my we we're we've we'll us our you you're your"
_SPEAKER_WORDS = frozenset(_SPEAKERS.split(" "))
_VOTES = frozenset({"yes", "no", "aye", "ayes", "nay", "nays", "yea", "yeas", "present"})


def framing_evidence(matches: list[Match]) -> list[Evidence]:
    """Evidence for framing matches; overlapping matches keep the heaviest."""
    if not matches:
        return []
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (-m.rule.weight, m.start)):
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    kept.sort(key=lambda m: m.start)
    return [
        Evidence(
            EvidenceKind.FRAMING, m.rule.id, m.start, m.end, m.text, m.rule.message, m.rule.weight
        )
        for m in kept
    ]


def scare_quotes(
    text: str,
    quotes: list[Quote],
    rules: tuple[Rule, ...],
    sentence: tuple[int, int],
    loaded: Callable[[str], bool],
) -> list[Match]:
    """Short quoted fragments that no speaker stands behind.

    ``loaded(words)`` tells whether quoted words hold a framing cue of their own
    (for rules with ``quote_loaded``: "dramatically collapsing", not "quit rate").
    """
    start, end = sentence
    length = max(1, end - start)
    found = []
    for quote in quotes:
        lo, hi = quote.content
        words = text[lo:hi].split()
        if not words or (quote.end - quote.start) / length > 0.6:
            continue
        if not any(c.isalpha() for c in text[lo:hi]) or _is_title(words) or _is_speech(words):
            continue
        if len(words) == 1 and _bare(words[0]).lower() in _VOTES:
            continue
        holds_cue = None
        for rule in rules:
            if len(words) > (rule.quote_max_words or 0):
                continue
            if rule.quote_loaded:
                if holds_cue is None:
                    holds_cue = loaded(text[lo:hi])
                if not holds_cue:
                    continue
            if context_ok(rule, text, quote.start, quote.end):
                found.append(Match(rule, quote.start, quote.end, text[quote.start : quote.end]))
    return found


def _bare(word: str) -> str:
    return word.strip(_MARKS + ".,;:!?()")


def _is_title(words: list[str]) -> bool:
    """Title case ("War and Peace", "Art of the Deal"): a work or a name, not a scare quote."""
    letters = [w for w in map(_bare, words) if w and w[0].isalpha()]
    if not letters or not letters[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in letters)


def _is_speech(words: list[str]) -> bool:
    """A piece of speech (a first or second person, or a whole quoted sentence)."""
    if any(_bare(w).replace("’", "'").lower() in _SPEAKER_WORDS for w in words):
        return True
    first, last = words[0].lstrip(_MARKS + "("), words[-1].rstrip(_MARKS + ")")
    return len(words) >= 3 and first[:1].isupper() and last.endswith((".", "!", "?"))


def score(evidence: list[Evidence]) -> float:
    return round(sum(e.weight for e in evidence), 3)
