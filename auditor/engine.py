"""The labelling engine: sentences in, a report with evidence out. No I/O here.

One pass per article: quotations are found and masked, the article is
tokenised once, every text-scope rule is matched once over the whole article,
and the matches are shared out to the sentences. Sentence- and paragraph-scope
rules then run on their spans. Attribution across sentences is decided by
:mod:`auditor.discourse`; labels by :mod:`auditor.classify`.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from operator import attrgetter
from typing import Protocol

from auditor.attribution import Cue, ReadSentence, SourceReader, SourceSpan
from auditor.classify import verdict
from auditor.discourse import Ledger, Resolved, SentenceFacts, resolve
from auditor.framing import framing_evidence, in_name, scare_quotes, score
from auditor.models import (
    CARRIERS,
    Article,
    Attribution,
    Evidence,
    EvidenceKind,
    Flag,
    InputInfo,
    Label,
    LedgerEntry,
    Report,
    Sentence,
    SourceRef,
    SourceType,
    Strength,
    Summary,
)
from auditor.opinion import in_opinion
from auditor.quotes import Quote, QuoteMap, find_quotes
from auditor.rules import Match, RuleSet, load_ruleset
from auditor.rules.ruleset import within
from auditor.sections import deck, summary_block, transcript_speech
from auditor.settings import Settings, named_categories, quoted_categories, voiceless_categories
from auditor.tokens import Token, TokenTable

_KINDS = frozenset({"cue", "vague", "framing", "structure", "sense"})
# sense rules of this category read a party's view or reaction: the framing words inside are
# that party's, kept as evidence and not counted
_REPORTED_VIEW = "reported_view"
_NEUTRAL = "neutral_sense"  # a charged word's neutral sense ("criminal charges")
_ASKED = "asked_not_reported"  # pack/attribution/questions.toml: a question, no report
# pack/attribution/participles.toml: "an aide accused of fraud", a passive participle, no report
_PASSIVE = "passive_participle"
# pack/attribution/senses.toml: "admitted 40 refugees", "welcomed them home": another sense
_OTHER_SENSE = "other_sense"
_CUE_MASKS = frozenset({_ASKED, _PASSIVE, _OTHER_SENSE})  # sense categories that drop cues
_FRAMING = frozenset({"framing"})
_FRAMING_AND_SENSES = frozenset({"framing", "sense"})
_SENSES = frozenset({"sense"})
_TOP_CUES = 10
_LABELS, _FLAGS = tuple(Label), tuple(Flag)  # (an enum class is slow to walk)
_NON_WORD = re.compile(r"\W+")
# the ASCII characters \W matches, as bytes: bytes.translate deletes them in one quick loop
_ASCII_NON_WORD = bytes(c for c in range(128) if _NON_WORD.match(chr(c)))
_KEY_SEPARATOR = "\x01"  # joins texts whose keys are worked out together (a non-word character)
_ASCII_NON_WORD_BUT_SEPARATOR = _ASCII_NON_WORD.replace(_KEY_SEPARATOR.encode(), b"")
# runs of word characters and separators: joined, the text without the rest. Quicker than
# taking out the rest with sub, which makes an attempt at every word character.
_WORDS_AND_SEPARATORS = re.compile(r"[\w\x01]+")
# U+2000-U+206F (general punctuation: curly quotes, dashes, spaces; no word character) in
# UTF-8, taken out of a text's bytes in one pass
_PUNCTUATION_BYTES = re.compile(rb"\xe2(?:\x80[\x80-\xbf]|\x81[\x80-\xaf])")
# str.split's spaces outside ASCII (every character str.isspace holds a space)
_WIDE_SPACE = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
# a byte: " " for an ASCII space, "x" for any other (a byte of a character outside ASCII too)
_ASCII_BYTES = bytes(range(128))
_SPACE_OR_NOT = bytes(32 if c < 128 and chr(c).isspace() else 120 for c in range(256))
_REPEAT_CHARS = 40  # word characters; a shorter sentence may well come back ("He said no.")
_PLACE = attrgetter("start", "end")  # evidence is shown in the order of the text
_NO_GROUPS: frozenset[int] = frozenset()  # the quotation groups of most sentences
_IN_NAME = "a word of a proper name (not counted as framing)"
_NO_MATCHES: list[Match] = []  # the framing words quoted in most sentences (never added to)
_APART = " \u00b6 "  # keeps two quotations' words apart when they are matched together


class Span(Protocol):
    start: int
    end: int
    paragraph: int


@dataclass
class _Work:
    """Everything found in one sentence before it is labelled."""

    span: Span
    matches: dict[str, list[Match]]  # by rule kind
    cues: list[Cue]
    quotes: list
    quoted_share: float
    continues: bool  # opens in lower case, its cue read with the sentence before
    spoken: list[Match]  # framing words inside its quotations: the speakers'


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off while labelling, on again after if it was on.

    Labelling makes thousands of small containers that live until the report is built,
    and no reference cycles (tests/test_api.py checks), so the collector's passes over
    them free nothing: they cost about 2% of the engine's time. Reference counting
    frees everything as before.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class Engine:
    """Labels the sentences of articles with one rule set and one set of settings."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.ruleset: RuleSet = load_ruleset(
            self.settings.packs, self.settings.disabled, self.settings.weights
        )
        self.reader = SourceReader(self.ruleset)
        self._labels = tuple(
            frozenset(_key(p) for p in self.ruleset.lexicons[name].phrases)
            for name in ("summary-labels", "body-labels")
        )
        self._voiceless = voiceless_categories()
        # the rules that find loaded words inside quotations, and their neutral senses
        self._quoted = self.ruleset.part("framing", quoted_categories())
        self._quoted_senses = self.ruleset.part("sense", frozenset({_NEUTRAL}))
        # cues read as words of a proper name, and the words around a run that say it is not one
        self._named = named_categories()
        self._not_name_before = self.reader.be | self.reader.demonstratives
        self._not_name_after = frozenset(self.reader.given_genders)

    @_collector_paused()
    def label(
        self,
        article: Article,
        spans: Sequence[Span],
        source: InputInfo,
        warnings: Sequence[str] = (),
    ) -> Report:
        text = article.text
        paragraphs = _paragraph_bounds(spans)
        quotes = _with_block_quotes(find_quotes(text, [s.end for s in spans]), article, paragraphs)
        masked = quotes.masked()
        table = TokenTable(masked)
        missing = self.ruleset.missing(masked)
        matches = self.ruleset.scan(masked, table, _KINDS, missing)
        by_sentence = _share_out(matches, spans, masked)
        spoken_by = _share_out(self._quoted_framing(text, quotes), spans) if quotes else None
        bounds = [
            (bisect_left(table.starts, span.start), bisect_left(table.starts, span.end))
            for span in spans
        ]
        # of each sentence's words, those some sentence or paragraph rule is near
        near = self.ruleset.span_near_words
        words = [near.intersection(table.lowers[lo:hi]) for lo, hi in bounds]
        paragraph_words: dict[int, frozenset[str]] = defaultdict(frozenset)
        sizes: dict[int, int] = defaultdict(int)  # sentences of each paragraph
        for span, found_words in zip(spans, words, strict=True):
            paragraph_words[span.paragraph] |= found_words
            sizes[span.paragraph] += 1
        paragraph_matches = {
            p: self.ruleset.scan_span(
                masked, lo, hi, _KINDS, "paragraph", paragraph_words[p], missing
            )
            for p, (lo, hi) in paragraphs.items()
        }
        built: dict[int, list[Token]] = {}
        read_as: dict[int, ReadSentence] = {}  # shared by its cues and as an earlier subject

        def tokens_of(k: int) -> list[Token]:
            found = built.get(k)
            if found is None:
                found = built[k] = table.tokens(*bounds[k])
            return found

        def sentence_of(k: int) -> ReadSentence:
            found = read_as.get(k)
            if found is None:
                lo, hi = bounds[k]
                found = read_as[k] = ReadSentence(
                    tokens_of(k), table.starts[lo:hi], table.lowers[lo:hi]
                )
            return found

        texts = [text[span.start : span.end] for span in spans]
        scan_span = self.ruleset.scan_span
        counted = self.ruleset.counted
        work = []
        marked = []  # the sentences with structure marks, if some rule counts its carriers
        quoted_in = quotes.within_each([(span.start, span.end) for span in spans])
        for k, span in enumerate(spans):
            found = _by_kind(
                by_sentence[k]
                + scan_span(masked, span.start, span.end, _KINDS, "sentence", words[k], missing)
                + paragraph_matches[span.paragraph],
                text,
            )
            cues = []
            cue_matches = found["cue"]
            if cue_matches and found["structure"]:
                cue_matches = _outside_links(cue_matches, found["structure"])
            if cue_matches and found["sense"]:
                cue_matches = _outside_cue_masks(cue_matches, found["sense"])
            continues = False
            in_sentence = quoted_in[k]
            if cue_matches:
                # in one paragraph, or in a quotation that opened in the sentence before
                continues = bool(k) and (
                    spans[k - 1].paragraph == span.paragraph
                    or _opens_quoted(span, in_sentence, quotes)
                )
                if continues and _continues(tokens_of(k)):
                    # "(D-Ill.) | said on Tuesday ..."
                    reading = ReadSentence(tokens_of(k - 1) + tokens_of(k))
                else:
                    continues = False
                    reading = sentence_of(k)
                cues = self.reader.read(reading, cue_matches)
            quoted = 0.0
            if in_sentence:  # most sentences quote nothing
                length = max(1, span.end - span.start)
                quoted = quotes.quoted_chars(span.start, span.end, in_sentence) / length
            speakers = spoken_by[k] if spoken_by else _NO_MATCHES
            work.append(_Work(span, found, cues, in_sentence, quoted, continues, speakers))
            if counted and found["structure"]:
                marked.append(work[-1])
        if marked:
            _drop_uncounted(marked, counted, sizes if len(paragraphs) > 2 else None)
        # an article that quotes in double marks uses single ones for titles and headings
        doubled = any(q.double for q in quotes)
        facts = [
            SentenceFacts(
                k,
                w.cues,
                frozenset(q.group for q in w.quotes) if w.quotes else _NO_GROUPS,
                w.quoted_share,
                sentence,
                w.span.start,
                w.span.paragraph,
                w.continues,
                doubled and bool(w.quotes) and not any(q.double for q in w.quotes),
            )
            for k, (w, sentence) in enumerate(zip(work, texts, strict=True))
        ]
        subjects: dict[int, SourceSpan | None] = {}

        def subject_of(k: int) -> SourceSpan | None:
            if k not in subjects:
                subjects[k] = self.reader.clause_subject(sentence_of(k))
            return subjects[k]

        decided, ledger = resolve(
            facts,
            subject_of,
            self.reader.anonymous_heads,
            self.reader.role_words,
            self.reader.given_genders,
            self.reader.generic_heads,
            self.reader.member_heads,
        )
        repeats = _repeats(article)
        keys = _keys(texts)
        placed = dict.fromkeys(summary_block(keys, *self._labels), "structure.summary")
        if article.headline is not None:
            first = sum(1 for span in spans if span.paragraph == article.headline)
            placed.update(dict.fromkeys(deck(texts, first), "structure.deck"))
        if article.roles is not None:  # a page: its text again (a template, a copy) is no claim
            placed.update(dict.fromkeys(_said_before(keys), "structure.repeated-text"))
        placed.update(dict.fromkeys(_echoes(keys), "structure.repeated-line"))
        spoken = transcript_speech(texts, [span.paragraph for span in spans])
        sentences = tuple(
            self._sentence(
                k,
                w,
                decided[k],
                article,
                quotes,
                repeats.get(keys[k]),
                placed.get(k),
                spoken,
                texts[k],
            )
            for k, w in enumerate(work)
        )
        sentences = in_opinion(sentences, self.settings, article.text)
        sources = _ledger_entries(ledger, decided)
        summary = _summary(sentences, sources, self._reason)
        return Report(source, article, sentences, sources, summary, tuple(warnings))

    def _has_framing(self, words: str) -> bool:
        """Whether ``words`` (a quotation's) hold a framing cue of their own.

        A cue inside a neutral sense of the quoted words is not one: a quoted legal term
        ("reasonable suspicion", "gross negligence") is the term, as it is unquoted.
        """
        found = self.ruleset.scan(words, TokenTable(words), _FRAMING_AND_SENSES)
        senses = [m for m in found if m.rule.kind == "sense"]
        return any(m.rule.kind == "framing" and not _within(m, senses) for m in found)

    def _quoted_framing(self, text: str, quotes: QuoteMap) -> list[Match]:
        """Framing words inside the quotations of ``text``: the speakers' (shown, not counted).

        Only the rules of the loaded-word categories count (``quoted`` in scoring.toml). The
        quotations' words are matched together, one quotation apart from the next by a
        token no rule matches; a word inside a neutral sense is left out, as in the writer's
        voice (the senses are looked for only in the quotations that hold such a word).
        Offsets are those of ``text``.
        """
        pieces = [quote.content for quote in quotes]  # in order, and apart
        found = _scan_pieces(self._quoted, text, pieces, _FRAMING)
        if not found:
            return []
        starts = [lo for lo, _ in pieces]
        held = sorted({bisect_right(starts, m.start) - 1 for m in found})
        senses = _scan_pieces(self._quoted_senses, text, [pieces[k] for k in held], _SENSES)
        return [m for m in found if not _within(m, senses)] if senses else found

    def _in_name(self, text: str, match: Match, span: Span) -> bool:
        """Whether a framing match is a capitalised word of a proper name (framing.in_name)."""
        if match.rule.category not in self._named or not text[match.start].isupper():
            return False
        return in_name(
            text,
            (match.start, match.end),
            (span.start, span.end),
            self._not_name_before,
            self._not_name_after,
        )

    def _reason(self, sentence: Sentence) -> str:
        """Why a sentence is not a claim: the category of its first structure mark."""
        marks = sentence.evidence_of(EvidenceKind.STRUCTURE)
        rules = self.ruleset.by_id
        for mark in marks:
            if mark.rule in _PAGE_MARKS:
                return _PAGE_MARKS[mark.rule][0]
        return rules[marks[0].rule].category if marks else "other"

    def _sentence(
        self,
        k: int,
        w: _Work,
        resolved: Resolved | None,
        article: Article,
        quotes: QuoteMap,
        repeat: str | None,
        placed: str | None,
        spoken: set[int],
        sentence_text: str,
    ) -> Sentence:
        """Sentence ``k`` (``sentence_text``), labelled from what was found in it (``w``)."""
        text = article.text
        span = w.span
        evidence: list[Evidence] = []
        framing_matches = w.matches["framing"]
        senses = w.matches["sense"]
        reported: list[Evidence] = []
        if senses:
            views = [s for s in senses if s.rule.category == _REPORTED_VIEW]
            if views:
                inside = [m for m in framing_matches if _within(m, views)]
                reported = _voiced(framing_evidence(inside), EvidenceKind.REPORTED_FRAMING)
            framing_matches = _outside(
                framing_matches, [s for s in senses if s.rule.category not in _CUE_MASKS]
            )
        names: list[Match] = []
        if framing_matches and self._named:
            names = [m for m in framing_matches if self._in_name(text, m, span)]
            if names:
                framing_matches = [m for m in framing_matches if m not in names]
        if resolved is None and w.quotes:
            framing_matches = framing_matches + scare_quotes(
                text, w.quotes, self.ruleset.quote_rules, (span.start, span.end), self._has_framing
            )
        framing = framing_evidence(framing_matches) if framing_matches else []
        if framing and k in spoken:  # an interview's answer or question: the speaker's words
            framing = _voiced(framing, EvidenceKind.QUOTED_FRAMING)
        quoted: list[Evidence] = []
        if w.spoken:  # framing words inside its quotations: the speakers', not the writer's
            shown = [m for m in w.spoken if not any(_overlaps(m, e) for e in framing)]
            quoted = _voiced(framing_evidence(shown), EvidenceKind.QUOTED_FRAMING)
        cues = w.cues  # none in most sentences: what is read from them is skipped then
        vague = w.matches["vague"]
        if cues:
            vague = vague + [c.match for c in cues if c.source and c.source.vague]
        structure = w.matches["structure"]
        headline = article.headline is not None and span.paragraph == article.headline
        repeated = None if headline else repeat
        if repeated is None and not headline:
            if placed is not None:
                repeated = placed
            elif article.roles is not None:  # a page's paragraphs have roles
                repeated = _ROLE_MARKS.get(_role(article, span.paragraph))
        voiceless = (structure and any(m.rule.category in self._voiceless for m in structure)) or (
            repeated is not None and _PAGE_MARKS[repeated][0] in self._voiceless
        )
        # score([]) is the int 0, as reports have it for a sentence without framing
        framing_score = 0.0 if voiceless else score(framing) if framing else 0
        loaded = [c for c in cues if c.usable and c.match.rule.loaded] if cues else []
        label, flags = verdict(
            resolved is not None,
            framing_score >= self.settings.threshold,
            bool(vague),
            bool(loaded),
            headline or repeated is not None or bool(structure),
        )
        attribution = None
        if resolved is not None:
            attribution = _attribution(resolved)
            evidence += _attribution_evidence(resolved, attribution.cue, text)
        if cues:
            chosen = resolved.cue.match if resolved is not None else None
            evidence += [
                _evidence(EvidenceKind.CUE, c.match)
                for c in cues
                if c.usable and c.match is not chosen
            ]
        for quote in w.quotes:
            evidence.append(
                Evidence(
                    EvidenceKind.QUOTE,
                    "quote",
                    quote.start,
                    quote.end,
                    text[quote.start : quote.end],
                    "direct quotation",
                )
            )
        if vague:
            evidence += [_evidence(EvidenceKind.VAGUE, m) for m in _unique(vague)]
        if loaded:
            evidence += [_evidence(EvidenceKind.LOADED_VERB, c.match) for c in loaded]
        if framing:  # (each most often empty: no lists joined for nothing)
            evidence += framing
        if reported:
            evidence += reported
        if quoted:
            evidence += quoted
        if senses:
            evidence += [_evidence(EvidenceKind.NEUTRAL_SENSE, m) for m in senses]
        if names:
            evidence += [
                Evidence(EvidenceKind.NEUTRAL_SENSE, m.rule.id, m.start, m.end, m.text, _IN_NAME)
                for m in names
            ]
        if structure:
            evidence += [_evidence(EvidenceKind.STRUCTURE, m) for m in structure]
        mark = "structure.headline" if headline else repeated
        if mark is not None:
            evidence.append(
                Evidence(
                    EvidenceKind.STRUCTURE,
                    mark,
                    span.start,
                    span.end,
                    sentence_text,
                    _PAGE_MARKS[mark][1],
                )
            )
        if len(evidence) > 1:
            evidence.sort(key=_PLACE)
        share = w.quoted_share
        return Sentence(  # by position (index, start, end, paragraph, text, label,
            # attribution, flags, framing_score, quoted_share, evidence): quicker than by name
            k,
            span.start,
            span.end,
            span.paragraph,
            sentence_text,
            label,
            attribution,
            flags,
            framing_score,
            round(share, 3) if share else share,  # most quote nothing: round is slow
            tuple(evidence),
        )


# structure marks made from the page itself (rule id: reason, message), not from the pack
_PAGE_MARKS = {
    "structure.headline": ("headline", "headline"),
    "structure.headline-repeat": ("headline", "the headline again"),
    "structure.author-line": ("byline", "the page's author"),
    "structure.repeated-line": ("widget", "the same line again and again (a widget)"),
    "structure.summary": ("summary", "the article's summary, which its body tells again"),
    "structure.repeated-text": ("repeat", "the same sentence again, earlier in the page"),
    "structure.deck": ("headline", "a second headline, between the headline and the lead"),
    "structure.page-heading": ("heading", "a heading in the page's markup"),
    "structure.link-list": ("related", "an item of a list of links in the page's markup"),
}
# a source's evidence message by its strength and type ("named person"): an enum's value is
# a property, slow to read, and every attributed sentence has one
_SOURCE_MESSAGES = {(s, t): f"{s.value} {t.value}" for s in Strength for t in SourceType}
# the paragraph roles of :mod:`auditor.extract` that are not claims, and their marks
_ROLE_MARKS = {"heading": "structure.page-heading", "link": "structure.link-list"}


def _role(article: Article, paragraph: int) -> str | None:
    roles = article.roles
    return roles[paragraph] if roles is not None and paragraph < len(roles) else None


def _key(text: str) -> str:
    """The text's word characters, lower-cased.

    The ASCII ones are picked out in its UTF-8 bytes (a multi-byte character has no ASCII
    byte), the rest by the pattern: three times quicker than the pattern alone.
    """
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_NON_WORD).lower().decode("ascii")
    data = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_NON_WORD)
    return _NON_WORD.sub("", data.decode("utf-8", "surrogatepass")).lower()


def _keys(texts: list[str]) -> list[str]:
    """:func:`_key` of each text, all in one string: a few C calls instead of a few each."""
    joined = _KEY_SEPARATOR.join(texts)
    if not texts or joined.count(_KEY_SEPARATOR) != len(texts) - 1:
        return [_key(text) for text in texts]  # none, or a text holding the separator
    if joined.isascii():
        data = joined.encode("ascii").translate(None, _ASCII_NON_WORD_BUT_SEPARATOR)
        return data.lower().decode("ascii").split(_KEY_SEPARATOR)
    data = joined.encode("utf-8", "surrogatepass").translate(None, _ASCII_NON_WORD_BUT_SEPARATOR)
    # most texts' other characters are curly quotes and dashes: without them, ASCII again
    data = _PUNCTUATION_BYTES.sub(b"", data)
    if data.isascii():
        return data.lower().decode("ascii").split(_KEY_SEPARATOR)
    kept = "".join(_WORDS_AND_SEPARATORS.findall(data.decode("utf-8", "surrogatepass")))
    return kept.lower().split(_KEY_SEPARATOR)


def _word_count(text: str) -> int:
    """``len(text.split())``, without making the words: in the text's UTF-8 bytes, each
    ASCII space is made " " and every other byte "x", and a word is an "x" after a space or
    at the start. A text with a space outside ASCII (U+00A0, U+2009, ...) is split; such a
    space is looked for among the text's characters outside ASCII alone (its bytes without
    the ASCII ones, which no longer character holds), in a twentieth of the time."""
    data = text.encode("utf-8", "surrogatepass")
    if not data.isascii():
        wide = data.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
        if _WIDE_SPACE.search(wide) is not None:
            return len(text.split())
    data = data.translate(_SPACE_OR_NOT)
    return data.count(b" x") + data.startswith(b"x")


def _repeats(article: Article) -> dict[str, str]:
    """Lines that only repeat the page's metadata: the headline, the author (with "By")."""
    found = {}
    if article.author:
        for author in article.author.split(";"):
            key = _key(author)
            if key:
                found[key] = found["by" + key] = "structure.author-line"
    title = _key(article.title) if article.title else ""
    if title:
        found[title] = "structure.headline-repeat"
    return found


def _echoes(keys: list[str]) -> set[int]:
    """Sentences (by their :func:`_key`) that stand next to a copy of themselves: a widget's
    text, not the body's."""
    found = set()
    for k in range(1, len(keys)):
        if len(keys[k]) > 2 and keys[k] == keys[k - 1]:
            found.update((k - 1, k))
    return found


def _said_before(keys: list[str]) -> list[int]:
    """Sentences (by their :func:`_key`) of some length that an earlier sentence already was."""
    seen: set[str] = set()
    found = []
    for k, key in enumerate(keys):
        if len(key) >= _REPEAT_CHARS:
            if key in seen:
                found.append(k)
            seen.add(key)
    return found


def _drop_uncounted(
    marked: list[_Work], counted: dict[str, int], sizes: dict[int, int] | None
) -> None:
    """Drop the marks of rules with a ``min_count`` that too few sentences of the article
    carry (one short question is rhetorical; several, each before its answer, are subheads).
    In a text with paragraphs (``sizes``: the sentences of each), only a sentence alone in
    its paragraph counts. ``marked`` are the sentences with structure marks, noted as they
    were found: a second walk over all the sentences, out of the processor's caches by
    then, cost more than this whole reading."""
    carriers: dict[str, list[_Work]] = defaultdict(list)
    for w in marked:
        for rule_id in {m.rule.id for m in w.matches["structure"]}.intersection(counted):
            carriers[rule_id].append(w)
    for rule_id, found in carriers.items():
        alone = {id(w) for w in found if sizes is None or sizes[w.span.paragraph] == 1}
        for w in found:
            if len(alone) < counted[rule_id] or id(w) not in alone:
                w.matches["structure"] = [m for m in w.matches["structure"] if m.rule.id != rule_id]


def _outside_links(cues: list[Match], structure: list[Match]) -> list[Match]:
    """The cues outside a related-link prefix: "Related post:" names no one who posts."""
    return _outside(cues, [m for m in structure if m.rule.category == "related"])


def _outside_cue_masks(cues: list[Match], senses: list[Match]) -> list[Match]:
    """The cues outside a question that asks what a party will say or how it responded
    (pack/attribution/questions.toml): "How hard will the senator attack?" reports nothing;
    and outside a passive participle after its noun (pack/attribution/participles.toml):
    "two officers accused of theft" accuse no one."""
    return _outside(cues, [m for m in senses if m.rule.category in _CUE_MASKS])


def _by_kind(matches: list[Match], text: str) -> dict[str, list[Match]]:
    """The matches of each rule kind, in order. Matched over the masked text, each is
    given the article's own words (a quotation's too)."""
    kinds: dict[str, list[Match]] = {  # the five of _KINDS: a literal is quicker to make
        "cue": [],
        "vague": [],
        "framing": [],
        "structure": [],
        "sense": [],
    }
    for match in matches:
        words = text[match.start : match.end]
        kinds[match.rule.kind].append(match if words == match.text else replace(match, text=words))
    return kinds


def _opens_quoted(span: Span, quoted: list[Quote], quotes: QuoteMap) -> bool:
    """Whether a sentence opens inside a quotation (``QuoteMap.is_quoted`` of its start).
    ``quoted`` are the quotations overlapping it, which hold any that holds its start: most
    sentences have none, and that is told without a lookup."""
    if span.end <= span.start:  # an empty span overlaps nothing: looked up
        return quotes.is_quoted(span.start)
    return any(q.start <= span.start < q.end for q in quoted)


def _continues(tokens: list[Token]) -> bool:
    """A sentence opening in lower case continues the one before (given sentence boundaries
    can cut after an abbreviation: "Sen. Ana Ruiz (D-Ill.)" | "said on Tuesday that ...")."""
    first = next((t for t in tokens if t.is_word), None)
    return first is not None and first.text[0].islower()


def _share_out(
    matches: list[Match], spans: Sequence[Span], text: str | None = None
) -> list[list[Match]]:
    """Give every match to the sentence it starts in. A pattern's match that runs on past
    its sentence's end (a headline without a full stop: 'charged with fraud and conspiracy'
    read on into the next paragraph's first word) is, with ``text`` (the text scanned), the
    rule's match in the sentence alone, as if the sentence ended the text; without, dropped."""
    starts = [s.start for s in spans]
    buckets: list[list[Match]] = [[] for _ in spans]
    for match in matches:
        k = bisect_left(starts, match.start + 1) - 1
        if 0 <= k < len(spans):
            if match.end <= spans[k].end:
                buckets[k].append(match)
            elif text is not None and match.rule.compiled is not None:
                buckets[k] += within(match.rule, text, match.start, spans[k].end)
    return buckets


def _with_block_quotes(
    quotes: QuoteMap, article: Article, paragraphs: dict[int, tuple[int, int]]
) -> QuoteMap:
    """The quotations, with each block-quotation paragraph of a page (role "quote") as one
    more, unless it holds marked quotations of its own or most of the page is quoted."""
    roles = article.roles
    if not roles or "quote" not in roles:
        return quotes
    quoted = [k for k, role in enumerate(roles) if role == "quote" and k in paragraphs]
    if 2 * len(quoted) > len(roles):
        return quotes  # a page whose body is all block quotes: that is its body
    group = max((q.group for q in quotes), default=0)
    added = []
    for k in quoted:
        lo, hi = paragraphs[k]
        if not quotes.within(lo, hi):
            group += 1
            added.append(Quote(lo, hi, group, mark_width=0))  # no marks: all content
    if not added:
        return quotes
    return QuoteMap(quotes.text, sorted([*quotes, *added], key=lambda q: q.start))


def _paragraph_bounds(spans: Sequence[Span]) -> dict[int, tuple[int, int]]:
    bounds: dict[int, tuple[int, int]] = {}
    for span in spans:
        start, end = span.start, span.end
        found = bounds.get(span.paragraph)
        if found is not None:  # compared, not min and max: calls are the dearer part here
            lo, hi = found
            start = lo if lo < start else start
            end = hi if hi > end else end
        bounds[span.paragraph] = (start, end)
    return bounds


def _unique(matches: list[Match]) -> list[Match]:
    seen, kept = set(), []
    for match in matches:
        if (match.start, match.end) not in seen:
            seen.add((match.start, match.end))
            kept.append(match)
    return kept


def _voiced(framing: list[Evidence], kind: EvidenceKind) -> list[Evidence]:
    """Framing evidence in another voice than the writer's (``kind``): shown, weighing 0."""
    return [replace(e, kind=kind, weight=0.0) for e in framing]


def _scan_pieces(
    ruleset: RuleSet, text: str, pieces: list[tuple[int, int]], kinds: frozenset[str]
) -> list[Match]:
    """Matches of ``ruleset`` in the ``pieces`` (spans, in order) of ``text``, matched
    together one apart from the next (``_APART``), at their offsets in ``text``."""
    parts: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []  # what to add to an offset in the joined text to have it in text
    at = 0
    for lo, hi in pieces:
        if hi <= lo:
            continue
        starts.append(at)
        shifts.append(lo - at)
        parts.append(text[lo:hi])
        at += hi - lo + len(_APART)
    if not parts:
        return []
    joined = _APART.join(parts)
    found = []
    for m in ruleset.scan(joined, TokenTable(joined), kinds):
        shift = shifts[bisect_right(starts, m.start) - 1]
        found.append(Match(m.rule, m.start + shift, m.end + shift, m.text))
    return found


def _overlaps(match: Match, evidence: Evidence) -> bool:
    return match.start < evidence.end and evidence.start < match.end


def _within(match: Match, senses: list[Match]) -> bool:
    return any(s.start <= match.start and match.end <= s.end for s in senses)


def _outside(matches: list[Match], spans: list[Match]) -> list[Match]:
    """The matches not inside any of ``spans`` (a framing word inside a neutral-sense
    collocation such as "criminal charges", a cue inside a related-link prefix)."""
    return [m for m in matches if not _within(m, spans)] if spans else matches


def _evidence(kind: EvidenceKind, match: Match) -> Evidence:
    return Evidence(
        kind,
        match.rule.id,
        match.start,
        match.end,
        match.text,
        match.rule.message,
        match.rule.weight if kind is EvidenceKind.FRAMING else 0.0,
    )


def _source_ref(resolved: Resolved) -> SourceRef:
    source = resolved.source
    inside = resolved.mode == "direct"
    return SourceRef(  # by position: text, type, strength, start, end, resolved_to,
        # relayed_by, ledger_id
        source.text,
        source.type,
        source.strength,
        source.start if inside else None,
        source.end if inside else None,
        resolved.resolved_to,
        resolved.relayed_by,
        resolved.ledger_id,
    )


def _attribution(resolved: Resolved) -> Attribution:
    cue = _evidence(EvidenceKind.CUE, resolved.cue.match)
    return Attribution(cue, _source_ref(resolved), resolved.mode, resolved.from_sentence)


def _attribution_evidence(resolved: Resolved, cue_evidence: Evidence, text: str) -> list[Evidence]:
    """The evidence of an attribution; ``cue_evidence`` is its cue's (shown first when direct).

    The source's evidence quotes the article (``text``): the source's own text is its words
    joined by single spaces, for naming it, and a pre-split sentence may break lines.
    """
    source = resolved.source
    if resolved.mode != "direct":
        origin = resolved.from_sentence
        where = f"sentence {origin + 1}" if origin is not None else "an earlier sentence"
        kind = CARRIERS[resolved.mode]
        cue = resolved.cue.match
        message = f"continues the {kind} of {source.text} ({where})"
        return [
            Evidence(
                EvidenceKind.CONTINUATION,
                f"continuation.{resolved.mode}",
                cue.start,
                cue.end,
                cue.text,
                message,
            )
        ]
    words = text[source.start : source.end]
    found = [cue_evidence]
    found.append(
        Evidence(
            EvidenceKind.SOURCE,
            "source",
            source.start,
            source.end,
            words,
            _SOURCE_MESSAGES[source.strength, source.type],
        )
    )
    if resolved.resolved_to:
        found.append(
            Evidence(
                EvidenceKind.RESOLUTION,
                "resolution",
                source.start,
                source.end,
                words,
                f"refers to {resolved.resolved_to}",
            )
        )
    return found


def _ledger_entries(ledger: Ledger, decided: list[Resolved | None]) -> tuple[LedgerEntry, ...]:
    cited_in: dict[int, list[int]] = defaultdict(list)  # ledger id: sentences, in order
    for k, resolved in enumerate(decided):
        if resolved is not None:
            cited_in[resolved.ledger_id].append(k)
    entries = []
    for entry in ledger.entries:
        sentences = tuple(cited_in.get(entry.id, ()))
        if not sentences:
            continue
        main = entry.main
        texts = [m.text for m in entry.mentions]  # most sources are mentioned once
        mentions = tuple(dict.fromkeys(texts)) if len(texts) > 1 else tuple(texts)
        entries.append(
            LedgerEntry(
                entry.id,
                main.text,
                main.type,
                main.strength,
                mentions,
                sentences,
                tuple(entry.relayed_by),
            )
        )
    return tuple(entries)


def _summary(sentences: tuple[Sentence, ...], sources: tuple[LedgerEntry, ...], reason) -> Summary:
    """The article's figures, in one walk over its sentences."""
    claims = framing_cues = sourced_anonymous = 0
    claim_texts = []
    set_aside: dict[str, int] = {}
    labels = dict.fromkeys(_LABELS, 0)
    flags = dict.fromkeys(_FLAGS, 0)  # a sentence has a flag once
    cue_counts: Counter[str] = Counter()
    for s in sentences:
        if Flag.NOT_A_CLAIM in s.flags:  # not s.is_claim
            why = reason(s)
            set_aside[why] = set_aside.get(why, 0) + 1
            continue
        claims += 1
        labels[s.label] += 1
        for flag in s.flags:
            flags[flag] += 1
        if s.label is Label.SOURCED and s.strength is Strength.ANONYMOUS:
            sourced_anonymous += 1
        for e in s.evidence:
            if e.kind is EvidenceKind.FRAMING:
                framing_cues += 1
                cue_counts[e.text.lower()] += 1
        claim_texts.append(s.text)
    # their words counted together: a space between two texts joins no two words
    words = _word_count(" ".join(claim_texts))
    by_strength: defaultdict[Strength, int] = defaultdict(int)
    for entry in sources:
        by_strength[entry.strength] += 1
    return Summary(
        sentences=len(sentences),
        claims=claims,
        sourced=labels[Label.SOURCED],
        editorial=labels[Label.EDITORIAL],
        unsourced=labels[Label.UNSOURCED],
        sourced_anonymous=sourced_anonymous,
        named_sources=by_strength[Strength.NAMED],
        anonymous_sources=by_strength[Strength.ANONYMOUS],
        vague_attributions=flags[Flag.VAGUE_ATTRIBUTION],
        loaded_verbs=flags[Flag.LOADED_ATTRIBUTION_VERB],
        framing_in_sourced=flags[Flag.FRAMING_IN_SOURCED],
        framing_cues=framing_cues,
        words=words,
        top_framing_cues=tuple(cue_counts.most_common(_TOP_CUES)),
        not_claims=tuple(sorted(set_aside.items(), key=lambda item: (-item[1], item[0]))),
    )
