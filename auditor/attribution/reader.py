"""The reader: every cue of a sentence with the source its rule says where to find."""

from __future__ import annotations

import sys
from bisect import bisect_left

from auditor.attribution.documents import Objects
from auditor.attribution.expression import Expressions
from auditor.attribution.grammar import (
    ADJECTIVE_ENDINGS,
    ADJECTIVES,
    AUXILIARIES,
    DISTANT_CONFIDENCE,
    DOCUMENT_SAYING,
    HEAD_TYPES,
    INDEFINITE,
    INVERTING,
    LOOSE_CONFIDENCE,
    NOUN_OPENERS,
    NOUN_VERBS,
    OBJECT_LEADS,
    OPENERS,
    PEOPLE,
    PREDICATIVE_CUES,
    SPEAKERS,
)
from auditor.attribution.loose import LooseSources
from auditor.attribution.phrase import NounPhrases, aside_opening
from auditor.attribution.sentence import (
    ReadSentence,
    by_last_word,
    closing_tag,
    complement_follows,
)
from auditor.attribution.spans import Cue, SourceSpan, combine, framed, without_inner
from auditor.attribution.speaker import Speakers
from auditor.attribution.strength import Strengths
from auditor.attribution.subject import Subjects, owned
from auditor.models import SourceType
from auditor.rules import Match, RuleSet
from auditor.tokens import QUOTE, Token


class SourceReader(NounPhrases, Expressions, Strengths, Subjects, Speakers, Objects, LooseSources):
    """Reads cues and their sources, with the lexicons of one rule set."""

    # Every attribute in a slot: an instance with more than 30 attributes in its dictionary
    # keeps them in a plain dict, and CPython 3.11 then specialises the reader's thousands
    # of loads and calls on ``self`` in slower forms or not at all (docs/speed.md,
    # speed27). A new lexicon is named here too (tests/test_reader_speed.py says so).
    __slots__ = (
        "agent_gap", "anonymity", "anonymity_leads", "anonymous_heads", "article_heads",
        "be", "closed_class", "common", "company_ends", "connectors", "counsel_heads",
        "countries", "cutters", "definite_determiners", "demonstratives", "demonym_plurals",
        "demonym_words", "demonyms", "describers", "determiners", "empty_alone",
        "function", "generic_heads", "given_genders", "group_heads",
        "head_firsts", "head_lasts", "head_sizes", "head_types", "head_words",
        "institutions", "interviewing", "loose_openers", "member_heads", "modifiers",
        "no_one", "np_edges", "office_heads", "office_modifiers", "organisation_words",
        "outlet_heads", "outlet_lasts",
        "outlet_names", "outlet_place_heads", "outlet_sizes", "outside_phrases",
        "particles", "party_adjectives", "party_heads", "person_words", "personal",
        "place_describers", "place_prepositions", "plurals", "postmodifiers",
        "prepositions", "pronouns", "public_record_bodies", "publishing",
        "quantifier_subjects", "quantifiers", "raising", "relational_heads", "relaying",
        "role_words", "series_leads", "speaker_heads", "speech_words", "stance_adjectives",
        "surname_words", "time_words", "titles", "trailing_modifiers", "unique_ranks",
        "unmarked_past", "unspoken", "vague_heads", "vague_lasts", "verb_modifiers",
        "voice_for_heads", "voice_heads", "voice_lasts", "writer",
    )  # fmt: skip

    def __init__(self, ruleset: RuleSet) -> None:
        lex = ruleset.lexicons

        def words(name: str) -> frozenset[str]:
            return frozenset(" ".join(key) for key in lex[name].keys)

        # each head noun's type: that of the first lexicon of HEAD_TYPES holding it
        self.head_types = {w: kind for name, kind in reversed(HEAD_TYPES) for w in words(name)}
        self.head_words = frozenset(self.head_types)
        # the lengths of the heads of up to three words ending in each word, longest first
        # (Expressions._head_type tries only those)
        lengths: dict[str, set[int]] = {}
        for head in self.head_words:
            words_of = head.split(" ")
            if len(words_of) <= 3:
                lengths.setdefault(words_of[-1], set()).add(len(words_of))
        self.head_sizes = {last: sorted(n, reverse=True) for last, n in lengths.items()}
        # the first words of two-word heads that are no heads alone ("establishment figures"):
        # a noun phrase runs back over one only before the head's last word (attr-strength36)
        self.head_firsts = (
            frozenset(head.split(" ")[0] for head in self.head_words if head.count(" ") == 1)
            - self.head_words
        )
        # the last words of two-word heads that are no heads alone ("air force", "coast
        # guard"): a noun phrase ends on one only after the head's first word (attr-docs34)
        self.head_lasts = (
            frozenset(head.split(" ")[1] for head in self.head_words if head.count(" ") == 1)
            - self.head_words
        )
        self.group_heads = words("source-groups")
        self.person_words = words("source-persons") | self.group_heads
        self.outlet_names = words("outlet-names")
        self.prepositions = words("prepositions")
        self.place_describers = words("place-describers")
        self.anonymity_leads = words("anonymity-leads")
        self.organisation_words = words("source-organisations")
        self.outlet_heads = words("outlet-name-heads")
        self.outlet_place_heads = words("outlet-place-heads")
        sizes: dict[str, set[int]] = {}
        for name in self.outlet_names:
            sizes.setdefault(name.split()[0], set()).add(len(name.split()))
        self.outlet_sizes = {first: sorted(n, reverse=True) for first, n in sizes.items()}
        self.outlet_lasts = _last_words(self.outlet_names)
        self.demonyms = words("demonyms")
        self.demonym_plurals = frozenset(
            plural for d in self.demonyms for plural in (d + "s", d + "es")
        )  # "americans", "iraqis", "latinos"
        self.demonym_words = self.demonyms | self.demonym_plurals
        self.institutions = words("institution-names")
        self.modifiers = words("source-modifiers")
        self.determiners = words("determiners")
        self.demonstratives = words("demonstratives")
        self.verb_modifiers = words("verb-modifiers")
        self.time_words = words("time-words")
        self.vague_heads = words("vague-sources")
        self.vague_lasts = _last_words(self.vague_heads)
        self.anonymity = by_last_word(lex["anonymity-phrases"].keys)
        self.pronouns = words("pronouns")
        self.writer = words("writer-pronouns")
        self.no_one = words("indefinite-subjects")
        self.titles = words("titles")
        self.function = words("function-words")
        self.connectors = words("np-connectors")
        self.particles = words("name-particles")
        self.plurals = words("plurals")
        self.be = words("be-forms")
        self.unmarked_past = words("unmarked-past")
        self.interviewing = tuple(lex["verbs-interview"].keys)
        self.anonymous_heads = words("anonymous-heads")
        self.member_heads = words("member-heads")
        self.article_heads = words("article-heads")
        self.generic_heads = words("generic-body-heads")
        self.company_ends = words("company-name-ends")
        self.voice_heads = words("voice-heads")
        self.voice_for_heads = words("voice-for-heads")
        self.stance_adjectives = words("stance-adjectives")
        self.voice_lasts = _last_words(self.voice_heads)
        self.counsel_heads = words("counsel-heads")
        self.publishing = words("verbs-publishing")
        self.party_heads = words("party-heads")
        self.party_adjectives = words("party-adjectives")
        self.unique_ranks = words("unique-ranks")
        self.office_modifiers = words("office-modifiers")
        self.office_heads = words("office-heads")
        self.countries = words("countries")
        self.raising = by_last_word(lex["raising-verbs"].keys)
        self.quantifier_subjects = words("quantifier-subjects")
        self.common = (
            self.head_words
            | self.modifiers
            | self.determiners
            | self.function
            | self.verb_modifiers
        )
        self.personal = self.writer | self.pronouns
        self.quantifiers = words("quantifiers")
        self.relational_heads = words("relational-heads")
        self.relaying = words("relaying-participles")
        self.public_record_bodies = words("public-record-bodies")
        self.postmodifiers = words("source-postmodifiers")
        self.speech_words = frozenset(k[0] for k in lex["verbs-speech"].keys if len(k) == 1)
        self.closed_class = self.function | self.determiners | self.be
        # words never in a source's noun phrase: function words but demonstratives ("those
        # officials"), the writer's pronouns, forms of "be" (NounPhrases._np_word)
        self.outside_phrases = (self.function - self.demonstratives) | self.writer | self.be
        # unions and differences the reader asks about, built once
        self.definite_determiners = self.determiners - INDEFINITE
        self.trailing_modifiers = self.modifiers - self.head_words
        self.describers = self.determiners | self.modifiers
        self.loose_openers = self.describers | self.verb_modifiers
        self.empty_alone = self.pronouns | self.determiners | self.verb_modifiers
        self.np_edges = self.connectors | self.determiners
        self.series_leads = self.connectors | self.prepositions | self.function | self.time_words
        self.agent_gap = self.postmodifiers | self.time_words
        # prepositions that end a source's head part: "farmers across the county"
        self.place_prepositions = self.prepositions - {"to", "past", "about", "besides"}
        self.cutters = self.connectors | self.place_prepositions | {"to"}
        self.unspoken = self.function | self.writer
        self.speaker_heads = self.person_words | self.organisation_words
        self.role_words = self.person_words | self.titles  # nobody's given name
        # common words that are also surnames ("Early", "Long", "White"), read as a name where
        # no clause opens (NounPhrases._surname); weekdays and months stay time words
        # adverbs in -ly, participles ('Leaked notes'), reflexives and auxiliaries are never
        # read as names
        self.surname_words = frozenset(
            word
            for word in self.time_words | self.verb_modifiers | self.modifiers
            if word.isalpha()
            and not (word.endswith(("ing", "ed", "self", "selves")) or word in AUXILIARIES)
            and not (word.endswith("ly") and word in self.verb_modifiers)
        ) - (
            self.closed_class
            | self.head_words
            | self.quantifiers
            | self.personal
            | self.prepositions
            | self.be
        )
        self.given_genders = dict.fromkeys(words("given-names-male"), "he") | dict.fromkeys(
            words("given-names-female"), "she"
        )
        _share_words(self)

    def read(self, sentence: ReadSentence, cues: list[Match]) -> list[Cue]:
        """Every cue of a sentence with its source (None when none was found)."""
        if not cues:
            return []
        tokens, starts = sentence.tokens, sentence.starts
        found = []
        read: dict[tuple, SourceSpan | None] = {}  # several rules often match one verb
        for match in cues:
            i = bisect_left(starts, match.start)  # sentence.index, without its call
            j = bisect_left(starts, match.end) - 1
            rule = match.rule
            if i >= len(tokens) or (rule.source != "group" and self._part_of_name(sentence, i)):
                continue
            if i == j and self._noun_use(sentence, i):
                continue  # "in a later note to staff": a noun, not a verb of saying
            key = (
                rule.source,
                i,
                j,
                match.source_start,
                rule.category in INVERTING,
                rule.confidence >= DISTANT_CONFIDENCE,
                rule.confidence >= LOOSE_CONFIDENCE,
            )
            if key not in read:
                read[key] = self.agreeing_set(sentence, self._source(sentence, match, i, j), i)
            source = read[key]
            if source and rule.requires and source.type.value not in rule.requires:
                source = None
            if source is None:
                # a cue with no source is never usable: whether it is a participle or in a
                # relative clause is asked only of usable cues (best_cue, the ledger)
                found.append(Cue(match, None))
                continue
            participle = self._participle(sentence, i)
            if (
                participle
                and source is not None
                and i > 0
                and tokens[i - 1].end == source.end
                and not source.is_pronoun  # "he's saying": a progressive, not a participle
                and not (
                    sentence.after_with(source)
                    and source.type in SPEAKERS
                    and j + 1 < len(tokens)
                    and (tokens[j + 1].is_word or tokens[j + 1].text == QUOTE)
                )
                and not (  # "with figures from the bureau showing that": what the data show
                    sentence.after_with(source)
                    and rule.category == "finding"
                    and self._clause_follows(tokens, j + 1)
                )
                and not (
                    source.type in PEOPLE
                    and rule.category == "speech"
                    and self._clause_follows(tokens, j + 1)
                )
                and not self._document_says(source, rule.category, tokens, i)
            ):
                # "statements accusing the army": the noun is not speaking here; but in
                # "with analysts warning that" it is the subject of the -ing clause, and so
                # is a document in "with data showing that"
                source = None
            relative = (
                source is not None
                and not source.vague
                and (
                    self._in_relative(sentence, i)
                    or self._in_adverbial(sentence, source, match.start)
                )
            )
            found.append(Cue(match, source, None, participle, relative))  # (by position: quicker)
        if len(found) < 2:
            return found  # most sentences: one cue or none, which the three below leave as is
        _content_cues(sentence, found)
        return framed(without_inner(combine(found)))

    def _document_says(
        self, source: SourceSpan, category: str | None, tokens: list[Token], i: int
    ) -> bool:
        """A document right before an -ing verb of saying or asking (token ``i``) that has
        its content after it: "a letter saying the pier was unsafe", "an ad asking, '...?'",
        "signs urging the mayor to quit". The document is what says it (LABELS.md: a
        document is a source), unlike "statements accusing the army" (a verb of judgement:
        what the statements are about), "a sign warning of delays" (a preposition: no
        content) or "any law demanding ..." (no document: a supposed one)."""
        if source.type is not SourceType.DOCUMENT or category not in _SAYING_CATEGORIES:
            return False
        k = i + 1
        if k >= len(tokens) or tokens[i].lower not in DOCUMENT_SAYING:
            return False
        if source.text.split(" ", 1)[0].lower() in _NO_DOCUMENT:
            return False
        token = tokens[k]
        if token.text == ",":  # "an ad asking, '...'": only a quotation after the comma
            return k + 1 < len(tokens) and tokens[k + 1].text == QUOTE
        if token.text in {QUOTE, ":"}:
            return True
        return token.is_word and token.lower not in self.prepositions and token.lower not in _TOPIC

    def _clause_follows(self, tokens: list[Token], k: int) -> bool:
        """A reported clause or quotation opens at token ``k`` ("voters saying they ...")."""
        if k >= len(tokens):
            return False
        token = tokens[k]
        return token.text in {QUOTE, ":"} or token.lower == "that" or token.lower in self.personal

    def _source(self, sentence: ReadSentence, match: Match, i: int, j: int) -> SourceSpan | None:
        """The source a cue spanning tokens ``i..j`` names, on the side its rule says."""
        rule = match.rule
        if (
            rule.source == "group"
            and match.source_start is not None
            and match.source_end is not None
        ):
            span = sentence.between(match.source_start, match.source_end)
            if span is None:
                return None
            return (
                self._name_before_predicate(sentence, *span)
                or self._owner(sentence, span)
                or self._loose(sentence, *span, anyway=True)
            )
        if rule.source == "object":
            source = self._object(sentence, j + 1)
            if source is None and rule.category in _COMPOUND_OBJECTS:
                # issue 21 (attr-recall18): a passive's agent is a noun phrase, over describing
                # words the lexicons lack before a known head ("condemned by the port
                # authority", "criticised by civil liberties groups"), as a report's author is
                source = self._np_after(sentence, j + 1, compound=True)
                if source is not None and rule.category != "agent":
                    source = self._whole_object(sentence, source)
            if source is None and rule.confidence >= LOOSE_CONFIDENCE:
                source = self._loose_after(sentence, j + 1, anyway=True)
                if source is not None:
                    source = self._with_anonymity(sentence, source) or self._loose_author(
                        sentence, source
                    )
            return source
        if rule.category in PREDICATIVE_CUES:
            i = self._before_copula(sentence, i)  # "the union is sceptical of"
        source = self._subject(sentence, i)
        if (
            source is not None
            and source.form not in _NAMED_FORMS
            and i > 0
            and sentence.tokens[i - 1].text == ","
            and rule.category == "speech"
            and _name_follows(sentence.tokens, j + 1)
        ):
            source = self._named_after(sentence, i, j) or source
        # "X spoke, mocking Y as": the phrase after an -ing verb is its object, read as the
        # speaker only when no subject is found before
        participle = _comma_participle(sentence, i)
        if source is None and not participle:
            source = self._inverted(sentence, i, j, rule.category in INVERTING)
        if source is None and rule.confidence >= DISTANT_CONFIDENCE:
            source = self._distant_subject(sentence, i)
        if source is None and self._coordinated(sentence, i):
            source = self.conjunct_owner(sentence, i) or self.clause_subject(sentence, i)
        if source is None:
            source = self._progressive_subject(sentence, i)
        if source is None and (
            rule.confidence >= LOOSE_CONFIDENCE
            or complement_follows(sentence, j)
            or (closing_tag(sentence, i, j) and self._agent_before(sentence, i))
        ):
            source = self._loose_before(sentence, i) or self._loose_before_relative(sentence, i)
        if source is None and participle:
            source = self._inverted(sentence, i, j, rule.category in INVERTING)
        if source is None:
            source = self._subject_before_aside(sentence, i)
        return source

    def _named_after(self, s: ReadSentence, i: int, j: int) -> SourceSpan | None:
        """ "The bridge will bring tourists, traffic and taxes, adds Eve Strand, a teacher.":
        after a comma, a verb of saying with a name after it that closes the sentence or opens
        an aside is inverted; the phrase before the comma (no name, no pronoun) is the end of
        the content, not the subject an aside cut off ("The mayor, a Democrat, said ...")."""
        after = self._inverted(s, i, j, True)
        if after is None or after.form != "name":
            return None
        k = s.index(after.end)
        follower = s.tokens[k].text if k < len(s.tokens) else None
        return after if follower is None or follower in _AFTER_NAME else None

    def _subject_before_aside(self, s: ReadSentence, i: int) -> SourceSpan | None:
        """The subject before an aside set off by dashes right before the cue, when none
        was read up to it: "Most growers — and half the dairy farmers — said"; not the
        object of a preposition ("His finish in Lirana — 20 points behind — highlights")."""
        j = self._skip_back(s, i - 1)
        opening = aside_opening(s, j) if j > 0 else None
        if opening is None:
            return None
        source = self._subject(s, opening)
        if source is None:
            return None
        first = s.index(source.start)
        before = s.tokens[first - 1].lower if first > 0 else ""
        if before in self.prepositions or before in OBJECT_LEADS:
            return None
        return source

    def _whole_object(self, s: ReadSentence, source: SourceSpan) -> SourceSpan | None:
        """The compound object ``source`` if it ends the phrase: "according to the ferry
        union,"; not a head noun used as a describing word before another noun ("according
        to the official story": no "official" speaks)."""
        k = s.index(source.end)
        if k < len(s.tokens):
            after = s.tokens[k]
            if after.is_word and not after.is_capitalised and after.lower not in self.series_leads:
                return None
        return source

    def _name_before_predicate(self, s: ReadSentence, first: int, last: int) -> SourceSpan | None:
        """'Ana Ruiz seemed annoyed: "..."': a name, then lower-case words that are no part of
        it (a predicate, not "on the vote") up to the colon: the name is the speaker. So is
        "he", "she" or "they" after an opening "But" or "And" ('But she has one worry: "..."',
        attr-fresh31)."""
        if first < last and s.tokens[first].lower in _COLON_OPENERS:
            first += 1
        source = self._np_after(s, first, stop_at_verb=True)
        if source is None or not (
            source.form == "name" or (source.is_pronoun and source.head in _COLON_PRONOUNS)
        ):
            return None
        rest = s.tokens[s.index(source.end) : last + 1]
        if not rest or rest[0].lower in self.series_leads:
            return None
        if not all(t.is_word and t.text.islower() for t in rest):
            return None
        owner = s.tokens[s.index(source.end) - 1]
        return owned(source, owner) if owner.is_possessive else source  # "Ruiz's reply was:"

    def _noun_use(self, s: ReadSentence, i: int) -> bool:
        """A verb form that is also a noun, after an article or a possessive ("a note",
        "his latest claims"), with at most one describing word between, or after a
        preposition of medium and a describing word ("in early-morning posts"); after an
        article and a name and before a form of "be" or an auxiliary ("the Harwell report
        was"); after a measure of time or count ("10-year notes")."""
        if s.tokens[i].lower not in NOUN_VERBS or i == 0:
            return False
        before = s.tokens[i - 1]
        if before.lower in NOUN_OPENERS:
            return True
        after = s.tokens[i + 1].lower if i + 1 < len(s.tokens) else ""
        if (
            before.is_capitalised
            and i > 1
            and s.tokens[i - 2].lower in NOUN_OPENERS
            and (after in self.be or after in AUXILIARIES)
        ):
            return True  # "the Harwell report was" (not "which Nissan claims is")
        measure = before.lower.split("-", 1)
        if len(measure) == 2 and (measure[0].isdigit() or measure[0] in self.quantifiers):
            return True  # "10-year notes", "two-page report"
        if i > 1 and s.tokens[i - 2].lower in {"a", "an"} and not s.tokens[i].lower.endswith("s"):
            return before.is_word  # "on a giddy note": no verb's base form after "a" and a noun
        return (
            i > 1
            and (s.tokens[i - 2].lower in NOUN_OPENERS or s.tokens[i - 2].lower in _MEDIUM_LEADS)
            and not before.is_capitalised
            and (before.lower in ADJECTIVES or before.lower.endswith(ADJECTIVE_ENDINGS))
            and before.lower not in self.head_words
        )

    def _part_of_name(self, s: ReadSentence, i: int) -> bool:
        """A capitalised reporting verb inside a name ("the Islamic State said")."""
        token = s.tokens[i]
        before = s.tokens[i - 1].text if i > 0 else ""
        return (
            token.is_capitalised and i > s.first_word and before not in OPENERS and not s.title_case
        )


def _name_follows(tokens: list[Token], k: int) -> bool:
    """A capitalised word right after the verb, or after one lower-case role word ("adds
    psychologist Nadia Ferreira")."""
    return any(n < len(tokens) and tokens[n].is_capitalised for n in (k, k + 1))


# cues whose object is a noun phrase over describing words the lexicons lack before a known
# head: a passive's agent ("condemned by the port authority"), and "according to the ferry
# union", "the figure comes from the ferry union" (attr-strength33); and "no comment from the
# harbour board" (attr-fresh45, cue.no-comment: the one response rule with its source after)
_COMPOUND_OBJECTS = frozenset({"agent", "according_to", "response"})
_NAMED_FORMS = frozenset({"name", "pronoun"})
_CLAUSE_BREAKS = frozenset({":", ";", QUOTE, "—", "–"})
_AFTER_NAME = frozenset({",", ".", "!", "?", ";", ":", "(", "—", "–"})


def _content_cues(sentence: ReadSentence, found: list[Cue]) -> None:
    """A cue whose subject stands in the "that" clause another cue's subject reports is that
    clause's content: "A survey by the institute found that most people say ..." reports the
    survey, "Records obtained by the paper show that the aide wrote ..." the records."""
    tokens, starts = sentence.tokens, sentence.starts
    heads = [
        c.match.end
        for c in found
        if c.usable
        and not c.relative
        and c.source.end <= c.match.start
        and not c.source.is_pronoun  # "it indicates that": a pronoun may not resolve
        # a finding or a document's: what a speaker reports another said is a relay
        # ("Fox reported that a source told ...": the weakest link, LABELS.md)
        and (c.match.rule.category == "finding" or c.source.type is SourceType.DOCUMENT)
    ]
    # where each such cue's "that" clause opens: the token after the cue
    thats = [k for k in (bisect_left(starts, end) for end in heads) if k < len(tokens)]
    thats = [k for k in thats if tokens[k].lower == "that"]
    if not thats:
        return
    for cue in found:
        if not cue.usable or cue.relative or cue.source.end > cue.match.start:
            continue  # (a source after its cue is a tag after the content, no clause's subject)
        m = bisect_left(starts, cue.source.start)
        if m == 0 or tokens[m - 1].text == ",":
            continue  # "..., Gorski said.": a tag after the content
        if any(k < m and not any(t.text in _CLAUSE_BREAKS for t in tokens[k:m]) for k in thats):
            cue.relative = True


def _share_words(reader: SourceReader) -> None:
    """Make every word of the reader's word sets and word-keyed tables one interned string.

    Each lexicon was parsed on its own, so "the" was a different string in each of the
    dozen sets holding it, all of them apart in the heap. A probe that finds a word reads
    the string the set holds (a token's lower form is never the same object), and those
    scattered strings missed the processor's cache; shared, one string a word serves every
    set, and the literals of the reader's code are interned strings too (docs/speed.md,
    speed42). Equal strings: every answer is as before.
    """
    for name in SourceReader.__slots__:
        value = getattr(reader, name)
        if type(value) is frozenset and all(type(w) is str for w in value):
            setattr(reader, name, frozenset(map(sys.intern, value)))
        elif type(value) is dict and all(type(w) is str for w in value):
            setattr(reader, name, {sys.intern(w): v for w, v in value.items()})


def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words the phrases end on: a run of words ending on none of them holds none of the
    phrases as its end (the readers test this before joining words to look a phrase up)."""
    return frozenset(phrase.rsplit(" ", 1)[-1] for phrase in phrases)


_MEDIUM_LEADS = frozenset({"in", "on", "via", "through"})  # "in late-night posts": a noun
# the cue categories of the verbs in DOCUMENT_SAYING (SourceReader._document_says)
_SAYING_CATEGORIES = frozenset({"speech", "position"})
_COLON_OPENERS = frozenset({"but", "and", "yet"})  # 'But Ruiz has one worry: "..."'
_COLON_PRONOUNS = frozenset({"he", "she", "they"})  # not "it": 'It was simple: "..."'
_NO_DOCUMENT = frozenset({"any", "no", "every", "each"})  # "any law demanding": none in hand
# what a verb is about, not what it says: "warning of delays", "asking about the levy"
_TOPIC = frozenset({"of", "about", "by", "from", "with", "in", "at"})


def _comma_participle(s: ReadSentence, i: int) -> bool:
    """Token ``i`` is an -ing verb opening a phrase after a comma: ", mocking the mayor"."""
    return i > 0 and s.tokens[i - 1].text == "," and s.tokens[i].lower.endswith("ing")
