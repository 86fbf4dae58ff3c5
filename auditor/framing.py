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

import re
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
    """Evidence for framing matches; overlapping matches keep the heaviest (of two as heavy
    from the same place, the longer: a sentence rule's "Fortunately," over the word alone)."""
    kept = matches  # most sentences' framing: one match, nothing to weigh against, nor sort
    if len(matches) > 1:
        kept = []
        for match in sorted(matches, key=lambda m: (-m.rule.weight, m.start, -m.end)):
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
    longest = max((rule.quote_max_words or 0 for rule in rules), default=0)
    found = []
    for quote in quotes:
        lo, hi = quote.content
        words = text[lo:hi].split()
        # a quotation longer than every rule allows is no scare quote: not read further
        if not words or len(words) > longest or (quote.end - quote.start) / length > 0.6:
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


_WORD = re.compile(r"[\w'’.&-]+")
_OWNER = ("'s", "’s", "s'", "s’")  # a possessive ends a name: "Pellmouth's Great Grey Pier"


def in_name(
    text: str,
    cue: tuple[int, int],
    sentence: tuple[int, int],
    never_before: frozenset[str],
    never_after: frozenset[str],
) -> bool:
    """Whether a capitalised cue is a word of a proper name inside a sentence in running text.

    A name is a run of at least two capitalised words with only spaces between them (and
    small words such as "of" or "for": "Shun Hate on Ferries", "The Wretched Harbour",
    "Harbour Corrupt Dealings Act"), that holds a word besides the cue and that a lower-case
    word or a stop opens onto ("his book, Winter of the Ferries"; "9 Days: The Inside Story";
    "Pellmouth's Great Grey Pier"), in a sentence with a lower-case word that is not a small
    word (not a title-case headline). Not a name: a run at the head of the sentence (a
    capitalised first word looks the same), a cue in capitals ("NOTHING WRONG": emphasis), a
    cue that is the whole run (an idiom with a name in it, "Hobson's Choice"), a run after a
    word of ``never_before`` (a copula or a demonstrative: "they are Bad Actors", "these
    Shameless Hacks": the writer's label capitalised), and a cue right before a word of
    ``never_after`` (a given name: "Crooked Jane", a nickname).
    """
    start, end = cue
    if not text[start : start + 1].isupper() or text[start:end].isupper():
        return False
    lo, hi = sentence
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, lo, hi)]
    first = next((k for k, w in enumerate(words) if w[0] >= start), None)
    if not first:  # not found, or the sentence's first word
        return False
    last = first
    while last + 1 < len(words) and words[last + 1][0] < end:
        last += 1
    if last + 1 < len(words) and _bare(words[last + 1][2]).lower() in never_after:
        return False

    def joined(k: int) -> bool:  # word k and word k + 1 are one name's, as far as the text shows
        return text[words[k][1] : words[k + 1][0]].isspace() and not words[k][2].endswith(_OWNER)

    a, b = _run(words, first, last, joined)
    if a == 0 or (a, b) == (first, last):
        return False  # at the head of the sentence, or the cue alone
    if sum(1 for k in range(a, b + 1) if _capital(words[k][2])) < 2:
        return False
    before = words[a - 1][2]
    if before.lower() in never_before or (before[:1].isupper() and joined(a - 1)):
        return False
    return any(w[:1].islower() and w not in _TITLE_SMALL_WORDS for _, _, w in words)


def _run(
    words: list[tuple[int, int, str]], first: int, last: int, joined: Callable[[int], bool]
) -> tuple[int, int]:
    """The run of capitalised words around words first..last.

    One or two small words may stand between two capitalised ones ("Winter of the Ferries"),
    and only spaces between any two words: a comma, a colon, a bracket, a quotation mark or
    a possessive ends the run (``joined(k)``: words k and k + 1 can be one name's).
    """

    def capital(k: int) -> bool:
        return _capital(words[k][2])

    def small(k: int) -> bool:
        return words[k][2] in _TITLE_SMALL_WORDS  # lower case only ("of", not "Of")

    def grow(k: int, way: int) -> int:  # how many words the run grows by past word k
        for n in (1, 2, 3):  # way -1: before it, +1: after it (0: none)
            j = k + way * n
            if j < 0 or j >= len(words) or not joined(min(j, j - way)):
                return 0
            if capital(j):
                # the sentence's first word joined only across small words ("Members of the
                # Proud Boys"): its capital is the sentence's, so the run starts after them
                return 0 if j == 0 and n > 1 else n
            if not small(j):
                return 0
        return 0

    a, b = first, last
    while step := grow(a, -1):
        a -= step
    while step := grow(b, 1):
        b += step
    return a, b


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()


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
    return round(sum([e.weight for e in evidence]), 3)  # (a list sums quicker than a generator)
