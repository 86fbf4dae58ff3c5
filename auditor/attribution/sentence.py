"""One sentence's tokens as the readers see them, and the small token tests they share."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import compress, count
from operator import attrgetter

from auditor.attribution.grammar import (
    AUXILIARIES,
    CALENDAR,
    DASHES,
    DATELINE,
    MAX_PARENTHESIS,
    SUBORDINATORS,
    WRITER_SUBJECTS,
)
from auditor.attribution.spans import SourceSpan
from auditor.models import Strength
from auditor.tokens import QUOTE, Token

_START, _LOWER, _IS_WORD = attrgetter("start"), attrgetter("lower"), attrgetter("is_word")
_CLOCK_MARKS = frozenset({"a.m.", "p.m.", "a.m", "p.m", "am", "pm"})
# words before a number that the source phrase leaves out: "nearly 40", "more than 40"
_APPROXIMATIONS = frozenset(
    {"nearly", "about", "almost", "roughly", "around", "some", "over", "than", "more", "fewer",
     "least", "at", "up", "to", "just", "only", "approximately"}
)  # fmt: skip


class ReadSentence:
    """Tokens of one sentence with the lookups the reader needs, and what it has read."""

    def __init__(
        self, tokens: list[Token], starts: list[int] | None = None, lowers: list[str] | None = None
    ) -> None:
        self.tokens = tokens
        # the reader asks these again for every cue of the sentence: each is worked out once
        self.skipped: dict[int, int] = {}
        self.analysed: dict[tuple[int, int], SourceSpan | None] = {}
        # the noun phrase read from a token on (``_np_after``), for a distant subject's
        # clause starts, which the reader tries again for each boundary and each cue
        self.phrases_after: dict[int, SourceSpan | None] = {}
        # whether a clause's capitalised first word is a common word (``_initial_common``)
        self.initial_common: dict[int, bool] = {}
        # the tokens' offsets and lower-cased forms (sliced for phrases and expressions); a
        # caller with a TokenTable gives its columns' slices, much quicker than these maps
        self.starts = list(map(_START, tokens)) if starts is None else starts
        self.lowers = list(map(_LOWER, tokens)) if lowers is None else lowers
        self._title_case: bool | None = None
        # most sentences open with a word that is neither a time nor in capitals: told by
        # the first token's tests, without the walks' calls (a sentence is read by cue)
        first = (
            0 if tokens and tokens[0].is_word else next(compress(count(), map(_IS_WORD, tokens)), 0)
        )
        if tokens and tokens[first].text.isdigit():
            first = self._after_clock(first)
        if tokens and len(tokens[first].text) > 1 and tokens[first].text.isupper():
            first = self._after_dateline(first)
        self.first_word = first

    @property
    def title_case(self) -> bool:
        """A headline in Title Case, where capitals say nothing about names."""
        if self._title_case is None:  # worked out when first asked (functools.cached_property
            # would take a lock each first time: slower than the test)
            capitals = [t.is_capitalised for t in self.tokens if t.is_word and len(t.text) > 3]
            self._title_case = len(capitals) >= 3 and sum(capitals) / len(capitals) > 0.8
        return self._title_case

    def _after_clock(self, first: int) -> int:
        """Where the sentence starts after a live blog's time line ("3:25 p.m." and a line
        break, kept in the sentence by a splitter), its first word at ``first`` (digits): the
        subject is after it."""
        tokens, k = self.tokens, first
        if not (k + 2 < len(tokens) and tokens[k + 1].text == ":" and tokens[k + 2].text.isdigit()):
            return k
        k += 3
        if k < len(tokens) and tokens[k].lower in _CLOCK_MARKS:
            k += 1
        if k < len(tokens) and tokens[k].text in {":", "."}:
            k += 1
        if k < len(tokens) and tokens[k].is_word and tokens[k].start - tokens[k - 1].end >= 2:
            return k  # a line break (two characters at least) between the time and the text
        return first

    def _after_dateline(self, first: int) -> int:
        """Where the sentence starts after a dateline ("LIRANA, March 12 (Reuters) - ..."), its
        first word at ``first`` (in capitals)."""
        for k in range(first + 1, min(len(self.tokens) - 1, first + DATELINE)):
            token = self.tokens[k]
            if token.is_word and token.text[0].islower():
                return first  # "GOP front-runner Ann Roe - who ...": a subject, not a place
            if token.text in DASHES:
                return next(
                    (m for m in range(k + 1, len(self.tokens)) if self.tokens[m].is_word), first
                )
        return first

    def index(self, offset: int) -> int:
        return bisect_left(self.starts, offset)

    def between(self, start: int, end: int) -> tuple[int, int] | None:
        i, j = self.index(start), self.index(end) - 1
        return (i, j) if i <= j else None

    def after_with(self, span) -> bool:
        """Whether the phrase ``span`` follows "with" ("with analysts warning that ..."), also
        over a count's approximation ("with nearly 40 lawmakers saying ...")."""
        first = self.index(span.start)
        while first > 0 and self.tokens[first - 1].lower in _APPROXIMATIONS:
            first -= 1
        return first > 0 and self.tokens[first - 1].lower == "with"

    def text_of(self, first: int, last: int) -> str:
        # Tokens of a sentence are contiguous slices of the masked text; rebuild with spacing.
        tokens = self.tokens[first : last + 1]
        if len(tokens) == 1:
            return tokens[0].text
        parts = []
        end = None
        for token in tokens:
            if end is not None and token.start > end:
                parts.append(" ")
            parts.append(token.text)
            end = token.end
        return "".join(parts)


def complement_follows(s: ReadSentence, j: int) -> bool:
    """'argued that', 'warned that': a that-clause makes any verb of saying confident; so does
    one without 'that' after a past or third-person form, whose subject is a pronoun or a
    short phrase with an article and whose verb is an auxiliary or a form of 'be' ('warned
    the pier would close', 'insisted he had')."""
    tokens = s.tokens
    if j + 1 >= len(tokens):
        return False
    first = tokens[j + 1].lower
    if first == "that":
        return True
    k = _after_time(tokens, j + 1)
    if k > j + 1 and tokens[k].lower == "that" and k + 1 < len(tokens):
        # "admitted last month that the pier ...", not "articles published in May that
        # examined ...": after the adverbial, "that" opens a clause with its subject
        low = tokens[k + 1].lower
        return not (low.endswith("ed") or low in _FINITE or low in _RELATIVE_VERBS)
    verb = tokens[j].lower
    if not verb.endswith(("ed", "s")) or verb.endswith("ss"):
        return False  # a past or a third person: "the boldest promise he has made"
    if first in _CLAUSE_PRONOUNS:
        return j + 2 < len(tokens) and tokens[j + 2].lower in _FINITE
    if first not in _ARTICLES:
        return False
    for k in range(j + 2, min(len(tokens), j + 6)):
        if not tokens[k].is_word:
            return False
        if tokens[k].lower in _FINITE:
            return k > j + 2
    return False


def _after_time(tokens: list[Token], k: int) -> int:
    """The token after a time adverbial that opens at ``k`` ("last month", "on Monday", "in
    March", "earlier this week", "yesterday"), or ``k`` when none does: 'admitted last month
    that' has its that-clause after the adverbial (attr57)."""
    n = len(tokens)
    start = k
    if k < n and tokens[k].lower in _TIME_WORDS:
        k += 1
    if k + 1 < n and (
        (tokens[k].lower in _TIME_DEICTIC and tokens[k + 1].lower in _TIME_UNITS)
        or (tokens[k].lower in {"on", "in"} and tokens[k + 1].lower in CALENDAR)
    ):
        k += 2
    if k == start or k >= n:
        return min(start, n - 1)
    return k


# verbs that open a relative clause after "that" ("a study released in May that found"):
# with the -ed forms and the auxiliaries, not a that-clause's first word
_RELATIVE_VERBS = frozenset(
    {"found", "finds", "find", "shows", "show", "showed", "says", "say", "said", "made",
     "makes", "gave", "gives", "took", "takes", "examines", "describes", "claims", "argues",
     "suggests", "warns", "looks", "details", "lists", "includes", "covers", "sought", "seeks"}
)  # fmt: skip
_TIME_WORDS = frozenset({"yesterday", "today", "earlier", "later", "recently", "previously"})
_TIME_DEICTIC = frozenset({"last", "this", "next"})
_TIME_UNITS = CALENDAR | frozenset(
    {"week", "month", "year", "weekend", "night", "spring", "summer", "autumn", "fall", "winter"}
)
_CLAUSE_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_ARTICLES = frozenset({"the", "a", "an", "its", "his", "her", "their", "this", "these", "those"})
# the verbs that open a reported clause after its subject: auxiliaries and forms of "be"
_FINITE = AUXILIARIES | {"is", "are", "was", "were", "will", "would", "could", "had"}


_TAG_SOURCE = 6  # words of a source between the comma and the verb of a closing tag
_TAG_AFTER = frozenset({"on", "in", "at", "during", "last", "this", "earlier", "later"})
_CLOSERS = frozenset({".", "!", "?", "…", QUOTE})


def closing_tag(s: ReadSentence, i: int, j: int) -> bool:
    """Whether the cue at ``i..j`` closes the sentence as its tag after a comma ('The pier
    will reopen, the harbour master warned.', '..., a fisherman argued on Tuesday.'): the
    clause before the comma is the content, so any verb of saying is sure of its subject.
    A clause of time or condition before it is no content ("When the tide turned, ...")."""
    tokens = s.tokens
    if s.first_word < len(tokens) and tokens[s.first_word].lower in SUBORDINATORS:
        return False
    k = j + 1
    if k < len(tokens) and tokens[k].lower.endswith("ly"):
        k += 1  # "warned darkly"
    if k < len(tokens) and tokens[k].lower in _TAG_AFTER:
        stop = min(len(tokens), k + 5)  # "on Tuesday", "in a statement"
        k = next((m for m in range(k, stop) if not tokens[m].is_word), stop)
    if any(t.text not in _CLOSERS for t in tokens[k:]):
        return False
    m = i - 1
    while m >= 0 and i - m <= _TAG_SOURCE and (tokens[m].is_word or tokens[m].text in "'’-."):
        m -= 1
    return (
        m < i - 1 and m >= 0 and tokens[m].text == "," and sum(t.is_word for t in tokens[:m]) >= 3
    )


def is_acronym(token: Token) -> bool:
    """'WHO', 'U.S.', 'AT&T': at least two letters, all capitals."""
    text = token.text
    if text.islower() or text[1:2].islower():
        # most words: no capital, or a lower-case second letter, which any base of two
        # letters or more keeps ("Officials", "Ruiz's") (quicker to see than the base's)
        return False
    base = token.base
    return base.isupper() and len(base.replace(".", "")) >= 2


def after_quote(s: ReadSentence, i: int) -> bool:
    """Whether the cue at ``i`` follows a quotation: '"...," said', '"..." said'."""
    if i > 0 and s.tokens[i - 1].text == QUOTE:
        return True
    return i > 1 and s.tokens[i - 1].text == "," and s.tokens[i - 2].text == QUOTE


def opening_paren(s: ReadSentence, k: int) -> int | None:
    """Index of the "(" that the ")" at ``k`` closes, a few tokens back."""
    for m in range(k - 1, max(-1, k - MAX_PARENTHESIS), -1):
        if s.tokens[m].text == "(":
            return m
    return None


def closing_paren(s: ReadSentence, k: int) -> int | None:
    """Index of the ")" closing the "(" at ``k``, a few tokens on."""
    for m in range(k + 1, min(len(s.tokens), k + MAX_PARENTHESIS)):
        if s.tokens[m].text == ")":
            return m
    return None


def without_tag(tokens: list[Token]) -> list[Token]:
    """The phrase without a closing parenthesis ("(R-Iowa)", "(D-Calif.)") after its head."""
    if len(tokens) < 3 or tokens[-1].text != ")":
        return tokens
    for m in range(len(tokens) - 2, 0, -1):
        if tokens[m].text == "(":
            return tokens[:m]
    return tokens


def clitic_host(low: str) -> str:
    """The word a clitic hangs on: "i've" -> "i"."""
    if "'" not in low and "’" not in low:
        return low  # most words
    return low.replace("’", "'").split("'", 1)[0]


def be_clitic(low: str) -> bool:
    """Whether a word carries "be" as a clitic ("they're", "i'm"): a reporting verb right
    after it is passive ("They're told the bridge is safe"), as after "are"."""
    return low.endswith(("'re", "’re", "'m", "’m"))


def by_last_word(keys: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[int, frozenset]]]:
    """Phrases indexed by their last word, as sets by length, longest first."""
    index: dict[str, dict[int, set[tuple[str, ...]]]] = {}
    for key in keys:
        if key:
            index.setdefault(key[-1], {}).setdefault(len(key), set()).add(key)
    return {
        word: [(n, frozenset(sizes[n])) for n in sorted(sizes, reverse=True)]
        for word, sizes in index.items()
    }


def ends_with(s: ReadSentence, j: int, phrases: dict[str, list[tuple[int, frozenset]]]) -> int:
    """Length of the longest phrase of ``phrases`` ending at token ``j`` (0 if none)."""
    if j < 0:
        return 0
    lowers = s.lowers
    for n, same_length in phrases.get(lowers[j], ()):
        if n <= j + 1 and tuple(lowers[j - n + 1 : j + 1]) in same_length:
            return n
    return 0


def anonymised(source: SourceSpan, s: ReadSentence, j: int) -> SourceSpan:
    """The source with the anonymity phrase that follows it, graded anonymous."""
    first = s.index(source.start)
    return replace(
        source,
        end=s.tokens[j].end,
        text=s.text_of(first, j),
        strength=Strength.ANONYMOUS,
        vague=False,
    )


def reaching(source: SourceSpan, s: ReadSentence, last: SourceSpan) -> SourceSpan:
    """The source shown up to the end of a phrase after it ("An affidavit filed in the case")."""
    return replace(
        source, end=last.end, text=s.text_of(s.index(source.start), s.index(last.end) - 1)
    )


def may_name_writer(lows: list[str], joined: str) -> bool:
    """Whether :func:`writer_subject` can hold for a phrase whose lower-cased words are
    ``lows`` (``joined`` by spaces): one of them is the writer's subject ("we") or may carry
    a clitic ("we've"). Most phrases have neither, and a set test says so at once."""
    return not WRITER_SUBJECTS.isdisjoint(lows) or "'" in joined or "’" in joined


def writer_clause(tokens: list[Token], lows: list[str], joined: str) -> bool:
    """Whether the writer is a subject in the phrase ``tokens``, whose lower-cased words are
    ``lows`` (``joined`` by spaces): the quick test first, the walk where it may hold."""
    return may_name_writer(lows, joined) and writer_subject(tokens)


def writer_subject(tokens: list[Token]) -> bool:
    """Whether the writer is a subject in the words, outside an aside set off by commas
    ("Chef Ana Roe, whom we met in May, has a motto:" is Ana Roe's)."""
    commas = 0
    for k, token in enumerate(tokens):
        if token.text == ",":
            commas += 1
        elif clitic_host(token.lower) in WRITER_SUBJECTS and not (
            k and tokens[k - 1].end == token.start  # the "I" of "(D-R.I.)"
        ):
            aside = commas % 2 == 1 and any(t.text == "," for t in tokens[k + 1 :])
            if not aside:
                return True
    return False
