"""Sentence-level attribution: reporting cues and the source each one names.

The reader sees one sentence in the writer's voice (quotations masked to a
single :data:`~auditor.tokens.QUOTE` token) and the cue matches of the rule
pack. For every cue it looks for the source where the rule says: the subject
before the cue, or after it when inverted ("said the minister"); the object
after it ("according to X"); or a named group of the rule's pattern. Source
expressions are read with the pack's lexicons: determiners, modifiers, head
nouns for people, organisations, outlets, documents and groups, and proper names.
Nothing here knows about other sentences; see :mod:`auditor.discourse`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property

from auditor.models import SourceType, Strength
from auditor.rules import Match, RuleSet
from auditor.tokens import QUOTE, Token

# Head lexicons in the order their types win when a phrase is in several.
_HEAD_TYPES = (
    ("source-outlets", SourceType.OUTLET),
    ("source-documents", SourceType.DOCUMENT),
    ("source-organisations", SourceType.ORGANISATION),
    ("countries", SourceType.ORGANISATION),
    ("source-persons", SourceType.PERSON),
    ("source-groups", SourceType.GROUP),
)
_PRONOUN_TYPES = {
    "he": SourceType.PERSON,
    "she": SourceType.PERSON,
    "they": SourceType.GROUP,
    "it": SourceType.ORGANISATION,
}
_DATELINE = 16  # tokens a dateline may take before its dash
_AGENT_REACH = 5  # words between a document and the 'by' that names its author
_ANONYMITY_REACH = 8  # tokens an anonymity phrase may take after its source
_ACCESS_OPENERS = frozenset({"with", "direct", "first-hand", "firsthand", "intimate", "detailed"})
_ACCESS = frozenset({"with", "to", "on", "in", "of"})  # "familiar with", "close to", "briefed on"
_BRIDGE = 2  # unknown words allowed between a determiner and a known head
_PARTITIVES = frozenset({"of", "in", "among"})  # "many of the women", "some in the crowd"
_DASHES = frozenset({"-", "—", "–"})
_PEOPLE = frozenset({SourceType.PERSON, SourceType.GROUP})
_BODIES = frozenset({SourceType.ORGANISATION, SourceType.OUTLET, SourceType.DOCUMENT})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some", "any"})
_CLAUSE_MARKS = frozenset({",", "and", "but"})
_PARTICIPLE_LEADS = frozenset({",", "by", "—", "–", "-"})
_OPENERS = frozenset({":", ",", QUOTE, "—", "–", "(", '"', "“", "‘", "'"})
_PAST_IRREGULAR = frozenset({"said", "told", "wrote", "says", "tells", "writes", "say"})
_RELATIVES = frozenset({"who", "which", "that"})
_INVERSION_MARKS = frozenset({",", ":", QUOTE, "—", "–", "'", '"', "”", "’", "»"})
_LOOSE_LENGTH = 6  # words in a source expression read without the lexicons
_LOOSE_CONFIDENCE = 0.95  # cues sure enough to take a source the lexicons do not know
_MAX_APPOSITIVE = 30  # tokens between the commas of "X, a doctor at Y, said"
_MAX_PARENTHESIS = 9  # tokens in a parenthesis inside a name: "(D-N.Y.)"
_DISTANT_CONFIDENCE = 0.85  # cues sure enough to look for a subject beyond a clause
_SPEAKER_LENGTH = 10  # words of a speaker named after a quotation and its verb
_INVERTING = frozenset({"speech", "loaded"})  # cue categories that put the speaker after them
_HARD_STOPS = frozenset({";", ":", QUOTE})
_SUBORDINATORS = frozenset(
    {"when", "while", "whilst", "after", "because", "although", "though", "if", "since",
     "until", "whereas", "before", "once", "unless", "that", "as"}
)  # fmt: skip
_APPOSITION = frozenset({",", "(", "-", "—", "–", "―"})
_RELATIVE_OPENERS = _RELATIVES | {"whose", "whom"}
_GERUND_LEADS = frozenset({"by", "upon", "after", "before", "in", "when", ","})
_BARE_SPEECH = frozenset({"say"})


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


@dataclass(slots=True)  # not frozen, to be quick to make (docs/speed.md)
class Cue:
    """A cue match and what the reader found for it."""

    match: Match
    source: SourceSpan | None
    relayed_by: SourceSpan | None = None
    participle: bool = False  # an -ing form with no auxiliary: "a statement announcing"
    relative: bool = False  # in a relative clause: "X, who backs Cruz, warned"

    @property
    def usable(self) -> bool:
        return self.source is not None and not self.source.vague


class SourceReader:
    """Reads cues and their sources, with the lexicons of one rule set."""

    def __init__(self, ruleset: RuleSet) -> None:
        lex = ruleset.lexicons

        def words(name: str) -> frozenset[str]:
            return frozenset(" ".join(key) for key in lex[name].keys)

        # each head noun's type: that of the first lexicon of _HEAD_TYPES holding it
        self.head_types = {w: kind for name, kind in reversed(_HEAD_TYPES) for w in words(name)}
        self.head_words = frozenset(self.head_types)
        self.person_words = words("source-persons") | words("source-groups")
        self.outlet_names = words("outlet-names")
        self.prepositions = words("prepositions")
        self.anonymity_leads = words("anonymity-leads")
        self.organisation_words = words("source-organisations")
        self.outlet_heads = words("outlet-name-heads")
        sizes: dict[str, set[int]] = {}
        for name in self.outlet_names:
            sizes.setdefault(name.split()[0], set()).add(len(name.split()))
        self.outlet_sizes = {first: sorted(n, reverse=True) for first, n in sizes.items()}
        self.demonyms = words("demonyms")
        self.modifiers = words("source-modifiers")
        self.determiners = words("determiners")
        self.verb_modifiers = words("verb-modifiers")
        self.time_words = words("time-words")
        self.vague_heads = words("vague-sources")
        self.anonymity = _by_last_word(lex["anonymity-phrases"].keys)
        self.pronouns = words("pronouns")
        self.writer = words("writer-pronouns")
        self.titles = words("titles")
        self.function = words("function-words")
        self.connectors = words("np-connectors")
        self.particles = words("name-particles")
        self.plurals = words("plurals")
        self.be = words("be-forms")
        self.anonymous_heads = words("anonymous-heads")
        self.voice_heads = words("voice-heads")
        self.countries = words("countries")
        self.raising = _by_last_word(lex["raising-verbs"].keys)
        self.common = (
            self.head_words
            | self.modifiers
            | self.determiners
            | self.function
            | self.verb_modifiers
        )
        self.personal = self.writer | self.pronouns
        self.quantifiers = words("quantifiers")
        self.postmodifiers = words("source-postmodifiers")
        self.speech_words = frozenset(k[0] for k in lex["verbs-speech"].keys if len(k) == 1)
        self.closed_class = self.function | self.determiners | self.be
        # unions and differences the reader asks about, built once
        self.definite_determiners = self.determiners - _INDEFINITE
        self.trailing_modifiers = self.modifiers - self.head_words
        self.describers = self.determiners | self.modifiers
        self.loose_openers = self.describers | self.verb_modifiers
        self.empty_alone = self.pronouns | self.determiners | self.verb_modifiers
        self.np_edges = self.connectors | self.determiners
        self.agent_gap = self.postmodifiers | self.time_words
        self.unspoken = self.function | self.writer

    # -- the sentence ------------------------------------------------------
    def read(self, tokens: list[Token], cues: list[Match]) -> list[Cue]:
        """Every cue of a sentence with its source (None when none was found)."""
        if not cues:
            return []
        sentence = _Sentence(tokens)
        found = []
        read: dict[tuple, SourceSpan | None] = {}  # several rules often match one verb
        for match in cues:
            i = sentence.index(match.start)
            j = sentence.index(match.end) - 1
            rule = match.rule
            if i >= len(tokens) or (rule.source != "group" and self._part_of_name(sentence, i)):
                continue
            key = (
                rule.source,
                i,
                j,
                match.source_start,
                rule.category in _INVERTING,
                rule.confidence >= _DISTANT_CONFIDENCE,
                rule.confidence >= _LOOSE_CONFIDENCE,
            )
            if key not in read:
                read[key] = self._source(sentence, match, i, j)
            source = read[key]
            if source and rule.requires and source.type.value not in rule.requires:
                source = None
            participle = self._participle(sentence, i)
            if participle and source is not None and i > 0 and tokens[i - 1].end == source.end:
                source = None  # "statements accusing the army": the noun is not speaking here
            relative = self._in_relative(sentence, i)
            found.append(Cue(match, source, participle=participle, relative=relative))
        return _combine(found)

    def _participle(self, s: _Sentence, i: int) -> bool:
        j = self._skip_back(s, i - 1)
        return s.tokens[i].lower.endswith("ing") and not (j >= 0 and s.tokens[j].lower in self.be)

    def _in_relative(self, s: _Sentence, i: int) -> bool:
        j = self._skip_back(s, i - 1)
        return j > 0 and s.tokens[j].text in _RELATIVES and s.tokens[j - 1].text == ","

    def _coordinated(self, s: _Sentence, i: int) -> bool:
        """A verb sharing the sentence's subject: 'X spotted Y and reported', ', saying'."""
        j = self._skip_back(s, i - 1)
        if j < 0:
            return False
        before = s.tokens[j].lower
        verb = s.tokens[i].lower
        participle = verb.endswith("ing")
        finite = verb.endswith("ed") or verb in _PAST_IRREGULAR
        return (before in {"and", "but"} and finite) or (participle and before in _PARTICIPLE_LEADS)

    def _source(self, sentence: _Sentence, match: Match, i: int, j: int) -> SourceSpan | None:
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
            return self._analyse(sentence, span) or self._loose(sentence, *span, anyway=True)
        if rule.source == "object":
            source = self._object(sentence, j + 1)
            if source is None and rule.confidence >= _LOOSE_CONFIDENCE:
                source = self._loose_after(sentence, j + 1, anyway=True)
            return source
        source = self._subject(sentence, i) or self._inverted(
            sentence, i, j, rule.category in _INVERTING
        )
        if source is None and rule.confidence >= _DISTANT_CONFIDENCE:
            source = self._distant_subject(sentence, i)
        if source is None and self._coordinated(sentence, i):
            source = self.clause_subject(sentence.tokens)
        if source is None and (
            rule.confidence >= _LOOSE_CONFIDENCE or _complement_follows(sentence, j)
        ):
            source = self._loose_before(sentence, i)
        return source

    def _part_of_name(self, s: _Sentence, i: int) -> bool:
        """A capitalised reporting verb inside a name ("the Islamic State said")."""
        token = s.tokens[i]
        before = s.tokens[i - 1].text if i > 0 else ""
        return (
            token.is_capitalised
            and i > s.first_word
            and not s.title_case
            and before not in _OPENERS
        )

    # -- where the source is -----------------------------------------------
    def _subject(self, s: _Sentence, i: int) -> SourceSpan | None:
        j = self._skip_back(s, i - 1)
        if j < 0:
            return None
        token = s.tokens[j]
        low = token.lower
        if low in self.be and s.tokens[i].lower.endswith("ing"):
            j = self._skip_back(s, j - 1)  # progressive: "critics are saying"
            if j < 0:
                return None
            token = s.tokens[j]
            low = token.lower
        if low in self.be or token.is_possessive:
            return None  # passive ("was told") or a noun ("the court's order")
        if token.text in _RELATIVES:  # lower-case only: "the WHO said" is not a relative
            k = j - 1 if j > 0 and s.tokens[j - 1].text == "," else j
            return self._np_before(s, k - 1)
        if low in _CLAUSE_MARKS:
            participle = s.tokens[i].lower.endswith("ing")
            return self._appositive_subject(s, j) if low == "," and not participle else None
        anonymous = self._anonymity_before(s, j)
        if anonymous is not None:
            source = self._np_before(s, anonymous - 1)
            return _anonymised(source, s, j) if source else None
        source = self._np_before(s, j)
        if source is not None:
            start = s.index(source.start)
            if start > 0 and s.tokens[start - 1].lower in self.prepositions:
                return None  # "parents who spoke outside the clinic said": not "the clinic"
        return source

    def _appositive_subject(self, s: _Sentence, comma: int) -> SourceSpan | None:
        """'X, a doctor at the clinic, said': the subject stands before the first comma."""
        for k in range(comma - 1, max(-1, comma - _MAX_APPOSITIVE), -1):
            text = s.tokens[k].text
            if text in {";", ":"}:
                return None
            if text == ",":
                source = self._np_before(s, k - 1)
                inside = s.tokens[k + 1 : comma]
                named = self._analyse(s, (k + 1, comma - 1)) if source and inside else None
                if source and named is not None and named.form == "name" and source.form != "name":
                    # "The ferry's operator, Nordlys Lines, said": the apposition names it.
                    return replace(
                        source,
                        end=named.end,
                        text=s.text_of(s.index(source.start), comma - 1),
                        strength=Strength.NAMED,
                        form="name",
                        names=source.names + named.names,
                    )
                if (
                    source
                    and inside
                    and inside[0].lower == "including"
                    and any(t.is_capitalised for t in inside[1:])
                ):
                    source = replace(
                        source, strength=Strength.NAMED
                    )  # "unions, including the AFL-CIO,"
                return source
        return None

    def _distant_subject(self, s: _Sentence, i: int) -> SourceSpan | None:
        """The subject of the cue's clause when other words stand between them.

        'Voters who watched the debate said', 'Ana Ruiz, 31, a nurse, said', 'the experts
        I asked say', 'He arrived and said': from the innermost clause outwards, the
        first noun phrase at the clause start or after a comma or dash that is followed
        by what stands between it and the cue (a relative clause, an apposition, a verb).
        """
        j = self._skip_back(s, i - 1)
        if j < 0:
            return None
        link = self._link(s, i, j)
        if link is None:
            return None
        k = j
        while k >= 0 and j - k < _MAX_APPOSITIVE * 2:
            text = s.tokens[k].text
            boundary = text in _HARD_STOPS or s.tokens[k].lower in _SUBORDINATORS
            if boundary or k <= s.first_word:
                found = self._first_subject(s, k + 1 if boundary else s.first_word, j, link)
                if found is not None or text in _HARD_STOPS:
                    return found
            k -= 1
        return None

    def _link(self, s: _Sentence, i: int, j: int) -> str | None:
        """What stands between a distant subject and the cue, judged by the word before it.

        "verb": the cue is a second verb ('arrived and said', 'began by saying');
        "apposition": 'X, a nurse, said'; "relative": 'voters who watched it said'.
        """
        verb = s.tokens[i].lower
        before = s.tokens[j]
        low = before.lower
        if verb.endswith("ing"):
            return "verb" if low in _GERUND_LEADS else None
        past = verb.endswith("ed") or verb in _PAST_IRREGULAR
        if not (past or verb in _BARE_SPEECH):
            return None  # "attacks", "claims", "calls" are nouns as often as verbs
        if low in {"and", "but"}:
            return "verb" if past else None
        if before.text in _APPOSITION or before.text == ")":
            return "apposition"
        if _clitic_host(low) in self.personal:
            return None  # "I predicted": the subject is right there
        if before.is_word and not before.is_possessive and low not in self.closed_class:
            return "relative"
        return None

    def _first_subject(self, s: _Sentence, start: int, j: int, link: str) -> SourceSpan | None:
        while start < j and s.tokens[start].lower in self.function:
            start += 1  # "Yet he ...", "And the minister ..."
        for k in range(start, j):
            if k != start and s.tokens[k - 1].text not in _APPOSITION:
                continue
            source = self._np_after(s, k)
            if source is None or source.head in self.time_words:
                continue
            after = s.index(source.end)
            while after < j and s.tokens[after].lower in self.verb_modifiers:
                after += 1
            if after > j:
                continue
            token = s.tokens[after]
            low = _clitic_host(token.lower)
            relative = low in _RELATIVE_OPENERS or low in self.personal or low in self.postmodifiers
            if (
                relative
                or (link == "relative" and low in self.connectors)
                or (link != "relative" and token.text in _APPOSITION)
                or (link == "verb" and token.is_word and low not in self.function)
            ):
                if relative and source.vague:
                    # "people who have battled online threats say": the clause describes them
                    return replace(source, vague=False, strength=Strength.ANONYMOUS)
                return source
        return None

    def _inverted(self, s: _Sentence, i: int, j: int, speech: bool) -> SourceSpan | None:
        """'..., said the minister.'; other verbs only at the end of a clause ('..., warned X.')."""
        before = s.tokens[i - 1].text if i > 0 else None
        if i > s.first_word and before not in _INVERSION_MARKS:
            return None
        source = self._np_after(s, j + 1)
        if source is None and speech and _after_quote(s, i):
            source = self._speaker_after(s, j + 1)
        elif source is None and speech and before == ",":
            # "..., adds psychologist Jane Roe.": a role the lexicons miss, then a name
            speaker = self._speaker_after(s, j + 1)
            source = speaker if speaker is not None and speaker.form == "name" else None
        if source is not None and (source.is_pronoun or not speech):
            after = s.index(source.end)
            if after < len(s.tokens) and s.tokens[after].is_word:
                return None  # "..., says she plans to", ", pledged delegates": not the speaker
        return source

    def _speaker_after(self, s: _Sentence, i: int) -> SourceSpan | None:
        """'"...," said master of ceremonies Ana Ruiz': every word up to the next mark."""
        k = i
        while k < len(s.tokens) and k - i < _SPEAKER_LENGTH:
            token = s.tokens[k]
            if not (token.is_word or token.text in {".", "-"}) or token.lower in _RELATIVE_OPENERS:
                break
            k += 1
        while k > i and not s.tokens[k - 1].is_word:
            k -= 1
        if k == i or s.tokens[i].lower in self.unspoken:
            return None
        return self._analyse(s, (i, k - 1)) or self._loose(s, i, k - 1, anyway=True)

    def _object(self, s: _Sentence, i: int) -> SourceSpan | None:
        source = self._np_after(s, i)
        if source is None or source.form == "name":
            return source
        end = s.index(source.end) - 1
        for last in range(min(len(s.tokens) - 1, end + _ANONYMITY_REACH), end, -1):
            if self._anonymity_before(s, last) == end + 1:
                return _anonymised(source, s, last)  # "according to people familiar with the talks"
        end = k = s.index(source.end)
        n = len(s.tokens)
        while (
            k < n
            and k - end < _AGENT_REACH
            and (s.tokens[k].lower in self.agent_gap or s.tokens[k].lower == "out")
        ):
            k += 1  # "tests carried out by", "a report published in January by"
        if not (k < n and s.tokens[k].lower == "by"):
            return source
        agent = self._np_after(s, k + 1)
        if agent is None or agent.strength is not Strength.NAMED or agent.type not in _BODIES:
            return source
        return replace(
            source,
            end=agent.end,
            text=s.text_of(s.index(source.start), s.index(agent.end) - 1),
            strength=Strength.NAMED,
            names=source.names + agent.names,
        )

    def clause_subject(self, tokens: list[Token]) -> SourceSpan | None:
        """The source expression a sentence opens with, after an introductory phrase."""
        s = _Sentence(tokens)
        start = s.first_word
        for k in range(start, min(len(tokens), start + 10)):
            if tokens[k].text == ",":
                if tokens[start].lower in self.function:
                    start = k + 1
                break
        return self._np_after(s, start, stop_at_verb=True)

    def _loose_before(self, s: _Sentence, i: int) -> SourceSpan | None:
        """The words before a confident cue, read as a source of unknown type ("Each side said")."""
        j = self._skip_back(s, i - 1)
        if j < 0 or not self._loose_word(s.tokens[j]) or s.tokens[j].is_possessive:
            return None
        if s.tokens[j].lower in self.describers:
            return None  # "the said company", "all told"
        k = j
        while k >= 0 and j - k < _LOOSE_LENGTH and self._loose_word(s.tokens[k]):
            k -= 1
        return self._loose(s, k + 1, j)

    def _loose_after(self, s: _Sentence, i: int, *, anyway: bool = False) -> SourceSpan | None:
        k = i
        while k < len(s.tokens) and k - i < _LOOSE_LENGTH and self._loose_word(s.tokens[k]):
            k += 1
        return self._loose(s, i, k - 1, anyway=anyway)

    def _loose_word(self, token: Token) -> bool:
        low = token.lower
        return (
            token.is_word
            and low not in self.function
            and low not in self.be
            and low not in self.writer
        )

    def _loose(
        self, s: _Sentence, first: int, last: int, *, anyway: bool = False
    ) -> SourceSpan | None:
        if first > last or first < 0:
            return None
        tokens = s.tokens[first : last + 1]
        if len(tokens) == 1 and tokens[0].lower in self.empty_alone:
            return None
        names = self._names(s, first, tokens)
        opener = tokens[0].lower
        described = opener in self.loose_openers or any(
            t.lower in self.quantifiers or t.text[0].isdigit() for t in tokens
        )  # "each side", "about one in five"
        known = names or described or any(t.lower in self.head_words for t in tokens)
        if not (known or anyway):
            return None  # "according to schedule"
        definite = opener in self.definite_determiners or tokens[0].is_possessive
        # As in _form: a name only modifying a person noun ("GOP insiders") names no one.
        people = [k for k, t in enumerate(tokens) if t.lower in self.person_words]
        last_person = people[-1] if people else None
        named = bool(names) and (
            last_person is None or any(t.is_capitalised for t in tokens[last_person + 1 :])
        )
        strength = Strength.NAMED if named or definite else Strength.ANONYMOUS
        form = "name" if named else ("definite" if definite else "bare")
        text = s.text_of(first, last)
        return SourceSpan(
            tokens[0].start,
            tokens[-1].end,
            text,
            SourceType.UNKNOWN,
            strength,
            tokens[-1].lower,
            form,
            tuple(names),
        )

    # -- reading a source expression ----------------------------------------
    def _skip_back(self, s: _Sentence, j: int) -> int:
        """Step back over auxiliaries, adverbs, raising verbs and time expressions."""
        if j not in s.skipped:
            s.skipped[j] = self._step_back(s, j)
        return s.skipped[j]

    def _step_back(self, s: _Sentence, j: int) -> int:
        while j >= 0:
            token = s.tokens[j]
            low = token.lower
            modifier = low in self.verb_modifiers and (
                j == s.first_word or not token.is_capitalised
            )
            if modifier or (low.endswith("ly") and not token.is_capitalised):
                j -= 1
                continue
            raising = _ends_with(s, j, self.raising)
            if raising:
                j -= raising
                continue
            k = j
            while k >= 0 and s.tokens[k].lower in self.time_words:
                k -= 1
            if k < j and any(s.tokens[m].lower not in self.function for m in range(k + 1, j + 1)):
                j = k
                continue
            break
        return j

    def _anonymity_before(self, s: _Sentence, j: int) -> int | None:
        """Start index of an anonymity phrase ending at ``j`` ("familiar with the matter")."""
        for k in range(j - 1, max(-1, j - _ANONYMITY_REACH), -1):
            lead = s.tokens[k].lower
            if lead in self.anonymity_leads and s.tokens[k + 1].lower in _ACCESS:
                while k > 0 and s.tokens[k - 1].lower in _ACCESS_OPENERS:
                    k -= 1  # "people with direct knowledge of"
                return k - 1 if k > 0 and s.tokens[k - 1].text == "," else k
        length = _ends_with(s, j, self.anonymity)
        if length:
            k = j - length + 1
            if k > 0 and s.tokens[k - 1].text == ",":
                k -= 1
            return k
        if s.tokens[j].text == ",":
            k = _ends_with(s, j - 1, self.anonymity)
            if k:
                start = j - k
                return start - 1 if start > 0 and s.tokens[start - 1].text == "," else start
        return None

    def _np_word(self, s: _Sentence, k: int) -> bool:
        token = s.tokens[k]
        if not token.is_word:
            return False
        if _is_acronym(token):
            return True
        low = token.lower
        if low in self.function or low in self.writer or low in self.be:
            return False
        if _clitic_host(low) in self.personal:
            return False  # "I've", "we're", "he'd"
        return (
            (token.is_capitalised and not self._initial_common(s, k))
            or low in self.head_words
            or low in self.modifiers
            or low in self.determiners
            or token.base.lower() in self.head_words
            or token.text[0].isdigit()
            or (token.is_possessive and token.is_capitalised)
        )

    def _initial_common(self, s: _Sentence, k: int) -> bool:
        """A sentence-initial capital on a common word ("Apparently", "Officials").

        A word in -ly is an adverb unless a name or a verb of saying follows ("Kelly said").
        """
        if k != s.first_word or _is_acronym(s.tokens[k]):
            return False  # "WHO said": an acronym is a name even where "who" is a word
        low = s.tokens[k].lower
        after = s.tokens[k + 1] if k + 1 < len(s.tokens) else None
        if low in self.common or (
            low.endswith("ing") and after is not None and after.lower in self.closed_class
        ):
            return True  # "Following the meeting, ..." (but "Manning said" is a name)
        if not low.endswith("ly"):
            return False
        after = s.tokens[k + 1] if k + 1 < len(s.tokens) else None
        return after is None or not (after.is_capitalised or after.lower in self.speech_words)

    def _np_before(self, s: _Sentence, j: int) -> SourceSpan | None:
        if j < 0 or s.tokens[j].lower in self.determiners:
            return None  # "a swiftly called meeting": a noun phrase never ends in "a"
        token = s.tokens[j]
        if _clitic_host(token.lower) in self.personal:
            return self._analyse(s, (j, j))
        k = self._unknown_tail(s, j)
        while k >= 0:
            if self._extends_back(s, k, j):
                k -= 1
            elif s.tokens[k].text == ")" and (opening := _opening(s, k)) is not None:
                k = opening - 1  # "Sen. Ana Ruiz (D-N.Y.) said"
            else:
                break
        start = self._bridge(s, k + 1, j)
        while start <= j and s.tokens[start].lower in self.connectors:
            start += 1
        if start > j:
            return None
        return self._analyse(s, (start, j))

    def _unknown_tail(self, s: _Sentence, j: int) -> int:
        """Where to read on from when a phrase ends in words the lexicons do not know.

        'The minister of the economy': 'economy' is unknown, but 'of the' links it to
        a known head, so the phrase is read on from 'of'.
        """
        m = j
        while m >= 0 and j - m < _BRIDGE and self._describing(s.tokens[m]):
            m -= 1
        if m == j:
            return j
        if m >= 0 and s.tokens[m].lower in self.determiners:
            m -= 1
        link = s.tokens[m].lower if m >= 1 else ""
        if link in self.connectors and link not in {"and", "&"} and self._np_word(s, m - 1):
            return m
        return j

    def _bridge(self, s: _Sentence, start: int, j: int) -> int:
        """Reach back over unknown describing words to the phrase's determiner.

        'A senior coastguard official': the lexicons stop at 'coastguard', but the
        phrase starts at 'A'.
        """
        if start > j or s.tokens[start].lower in self.connectors:
            return start  # "a request by The Washington Post": the phrase starts after "by"
        k = start - 1
        while k >= 0 and start - k <= _BRIDGE and self._describing(s.tokens[k]):
            k -= 1
        if (
            k >= 0
            and k < start - 1
            and (s.tokens[k].lower in self.determiners or s.tokens[k].lower in self.quantifiers)
        ):
            return k
        return start

    def _describing(self, token: Token) -> bool:
        low = token.lower
        return (
            token.is_word
            and not token.is_capitalised
            and low not in self.closed_class
            and low not in self.be
            and low not in self.verb_modifiers
        )

    def _np_after(self, s: _Sentence, i: int, *, stop_at_verb: bool = False) -> SourceSpan | None:
        n = len(s.tokens)
        if i >= n:
            return None
        if _clitic_host(s.tokens[i].lower) in self.personal:
            return self._analyse(s, (i, i))
        k = i
        while k < n:
            if self._extends(s, k, i):
                k += 1
            elif s.tokens[k].text == "(" and (closing := _closing(s, k)) is not None:
                k = closing + 1
            else:
                break
        end = k - 1
        while end >= i and s.tokens[end].lower in self.np_edges:
            end -= 1
        if end < i or (stop_at_verb and k >= n):
            return None
        return self._analyse(s, (i, end))

    def _extends_back(self, s: _Sentence, k: int, j: int) -> bool:
        """Whether token ``k`` belongs to a noun phrase ending at ``j``."""
        token = s.tokens[k]
        low = token.lower
        if self._np_word(s, k) or low in self.particles:
            return True
        if low in self.connectors:
            return k < j
        return token.text == "." and k > 0 and self._abbreviation(s.tokens[k - 1])

    def _extends(self, s: _Sentence, k: int, i: int) -> bool:
        """Whether token ``k`` belongs to a noun phrase starting at ``i``."""
        token = s.tokens[k]
        low = token.lower
        if self._np_word(s, k):
            return True
        if k == i:
            return False
        last = k + 1 >= len(s.tokens)
        if low in self.particles:
            return True
        if low in self.connectors:
            after = None if last else s.tokens[k + 1]
            # "the court of Valdonia on Tuesday": the time is not part of the name
            return (
                after is not None and self._np_word(s, k + 1) and after.lower not in self.time_words
            )
        return token.text == "." and not last and self._abbreviation(s.tokens[k - 1])

    def _abbreviation(self, token: Token) -> bool:
        return token.lower in self.titles or (len(token.text) == 1 and token.is_capitalised)

    def _analyse(self, s: _Sentence, span: tuple[int, int]) -> SourceSpan | None:
        """Type and grade the source expression ``tokens[span]``; None if it is not one."""
        if span not in s.analysed:
            s.analysed[span] = self._read_expression(s, span)
        return s.analysed[span]

    def _read_expression(self, s: _Sentence, span: tuple[int, int]) -> SourceSpan | None:
        first, last = span
        tokens = s.tokens[first : last + 1]
        text = s.text_of(first, last)
        lows = [t.lower for t in tokens]
        if len(tokens) == 1 and _clitic_host(lows[0]) in self.writer:
            return None
        host = _clitic_host(lows[0])
        if len(tokens) == 1 and host in self.pronouns:
            kind = _PRONOUN_TYPES[host]
            return SourceSpan(
                tokens[0].start, tokens[0].end, text, kind, Strength.NAMED, host, "pronoun"
            )
        cut = next(
            (
                k
                for k, low in enumerate(lows)
                if low in self.connectors
                and low not in {"and", "&"}
                and not (
                    0 < k < len(tokens) - 1
                    and tokens[k - 1].is_capitalised
                    and tokens[k + 1].is_capitalised
                )
            ),
            len(tokens),
        )
        if (
            cut < len(tokens) - 1
            and lows[cut] in _PARTITIVES
            and all(
                low in self.quantifiers or low in self.determiners or low[0].isdigit()
                for low in lows[:cut]
            )
            and any(low in self.quantifiers or low[0].isdigit() for low in lows[:cut])
        ):
            return self._partitive(s, span, first + cut + 1)  # "some of the women"
        head_part = tokens[:cut]
        while (
            len(head_part) > 1
            and not head_part[-1].is_capitalised
            and head_part[-1].lower in self.trailing_modifiers
        ):
            head_part = head_part[:-1]  # "a report published", "officials present"
        head_part = _without_tag(head_part)  # "Sen. Ana Ruiz (D-N.Y.)": the tag names no one
        if not head_part:
            return None
        names = self._names(s, first, head_part)
        head_lows = [t.base.lower() for t in head_part if t.is_word]
        outlet = self._outlet_name(head_lows)
        if outlet and not names:
            names = [outlet]  # "state media" names one identifiable outlet
        source_type, head = self._head_type(head_part, head_lows, names, outlet)
        if source_type is None:
            return None
        form = self._form(head_part, names, head, source_type)
        named_tail = self._named_tail(s, first + cut, last)
        strength = self._strength(form, source_type, head, names, named_tail)
        if strength is Strength.ANONYMOUS and (
            self._speaks_for_body(head_part, head_lows, names, named_tail)
            or self._metonym_first(head_part)
        ):
            strength = Strength.NAMED
        core = " ".join(low for low in lows[:cut] if low not in self.determiners)
        bare = not names and (
            core in self.vague_heads  # "media reports"
            or (
                head in self.vague_heads
                and all(t.lower in self.determiners or t.lower == head for t in head_part)
            )
        )
        anaphoric = bare and lows[0] in self.definite_determiners  # "the sources"
        all_names = tuple(names) + tuple(self._names(s, first + cut, tokens[cut:]))
        start, end = tokens[0].start, tokens[-1].end
        return SourceSpan(
            start, end, text, source_type, strength, head, form, all_names, bare and not anaphoric,
            anaphoric,
        )  # fmt: skip

    def _speaks_for_body(
        self, head_part: list[Token], lows: list[str], names: list[str], named_tail: bool
    ) -> bool:
        """'A Foreign Office spokesperson', 'a spokesman for the ministry', 'a police statement'.

        The on-record voice of an identifiable body is named (LABELS.md, Hard cases).
        """
        voice = next((n for n in (2, 1) if " ".join(lows[-n:]) in self.voice_heads), 0)
        if not voice:
            return False
        body = lows[:-voice]
        return named_tail or bool(names) or not self.organisation_words.isdisjoint(body)

    def _metonym_first(self, head_part: list[Token]) -> bool:
        """'Washington and its allies': a coordination led by a name is named."""
        lows = [t.lower for t in head_part]
        if "and" not in lows:
            return False
        lead = head_part[: lows.index("and")]
        return bool(lead) and all(not t.is_word or self._proper(t) for t in lead)

    def _proper(self, token: Token) -> bool:
        """A capitalised word that names: a capital city, or not a common or demonym word."""
        low = token.lower
        if not token.is_capitalised or low in self.demonyms:
            return False
        return low in self.countries or low not in self.common

    def _named_tail(self, s: _Sentence, cut: int, last: int) -> bool:
        """Whether what follows 'of/by/from' names the source ("data from the health authority")."""
        if cut > last:
            return False
        if self._names(s, cut, s.tokens[cut : last + 1]):
            return True
        tail = self._analyse(s, (cut + 1, last)) if cut + 1 <= last else None
        return tail is not None and tail.strength is Strength.NAMED and tail.type in _BODIES

    def _partitive(self, s: _Sentence, span: tuple[int, int], rest: int) -> SourceSpan | None:
        """'One of the men', 'many of her supporters': the whole, typed and graded by its tail."""
        inner = self._analyse(s, (rest, span[1]))
        if inner is None or inner.is_pronoun:
            return None
        first = s.tokens[span[0]]
        strength = Strength.ANONYMOUS if inner.form != "name" else inner.strength
        text = s.text_of(*span)
        return replace(inner, start=first.start, text=text, strength=strength, form="plural")

    def _names(self, s: _Sentence, offset: int, tokens: list[Token]) -> list[str]:
        """Runs of proper-name tokens ("Melezia Figueroa", "RIA Novosti")."""
        runs: list[list[str]] = []
        current: list[str] = []
        for k, token in enumerate(tokens):
            low = token.lower
            is_name = (
                token.is_word
                and token.is_capitalised
                and low not in self.demonyms
                and token.base.lower() not in self.demonyms
                and not self._initial_common(s, offset + k)
                and not (s.title_case and low in self.common)
            )
            inside = current and k + 1 < len(tokens) and tokens[k + 1].is_capitalised
            if (
                is_name
                or (current and low in self.particles)
                or (inside and low in self.connectors)
            ):
                current.append(token.base)
            elif current and token.text == "." and len(tokens[k - 1].text) <= 4:
                current[-1] += "."
            elif current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        alone = not runs and len(tokens) == 1 and tokens[0].is_capitalised
        if alone and tokens[0].lower in self.demonyms and not self._initial_common(s, offset):
            return [tokens[0].base]  # "Cuban said": a surname, not a nationality
        return [" ".join(run) for run in runs if any(w[0].isupper() for w in run)]

    def _outlet_name(self, lows: list[str]) -> str | None:
        """The name of a known outlet in the words ``lows`` ("RIA Novosti", "state media")."""
        best = None
        for start, first in enumerate(lows):
            for size in self.outlet_sizes.get(first, ()):
                phrase = " ".join(lows[start : start + size])
                if phrase in self.outlet_names and (best is None or len(phrase) > len(best)):
                    best = phrase
        return best

    def _head_type(
        self, head_part: list[Token], lows: list[str], names: list[str], outlet: str | None
    ) -> tuple[SourceType | None, str]:
        """The source type and head noun of ``head_part``, whose words are ``lows``."""
        if not lows:
            return None, ""
        if outlet or (names and head_part[-1].is_capitalised and lows[-1] in self.outlet_heads):
            return SourceType.OUTLET, lows[-1]
        for size in (3, 2, 1):
            kind = self.head_types.get(" ".join(lows[-size:]))
            if kind is not None:
                if kind is SourceType.PERSON and self._is_plural(lows[-1]):
                    kind = SourceType.GROUP
                return kind, lows[-1]
        if names:
            last = head_part[-1]
            if (
                (last.text.isupper() and len(last.text) > 1)
                or not self.organisation_words.isdisjoint(lows)
                or (head_part[0].lower == "the" and self.person_words.isdisjoint(lows))
            ):
                return SourceType.ORGANISATION, lows[-1]  # "the Court of Valdonia", "The Hill"
            return SourceType.PERSON, lows[-1]
        return None, ""

    def _is_plural(self, low: str) -> bool:
        if low in self.plurals:
            return True
        if not low.endswith("s") or low.endswith(("ss", "us", "is")):
            return False
        return low[:-1] in self.head_words or (low.endswith("es") and low[:-2] in self.head_words)

    def _form(self, head_part: list[Token], names: list[str], head: str, kind: SourceType) -> str:
        # A name only modifying a person ("GOP insiders", "White House officials") names no one.
        if names and (head_part[-1].is_capitalised or kind not in _PEOPLE):
            return "name"
        first = head_part[0].lower
        if first in _INDEFINITE:
            return "indefinite"
        if first in self.determiners or head_part[0].is_possessive:
            return "plural" if self._is_plural(head) else "definite"
        if self._is_plural(head) or first[0].isdigit() or first in self.modifiers:
            return "plural" if self._is_plural(head) else "bare"
        return "bare"

    def _strength(
        self, form: str, kind: SourceType, head: str, names: list[str], named_tail: bool
    ) -> Strength:
        if form == "name":
            return Strength.NAMED
        if kind in {SourceType.PERSON, SourceType.GROUP}:
            if form == "definite" and head not in self.anonymous_heads:
                return Strength.NAMED
            return Strength.ANONYMOUS
        if form in {"indefinite", "plural"}:
            return (
                Strength.NAMED if named_tail and kind is SourceType.DOCUMENT else Strength.ANONYMOUS
            )
        return Strength.NAMED


class _Sentence:
    """Tokens of one sentence with the lookups the reader needs, and what it has read."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        # the reader asks these again for every cue of the sentence: each is worked out once
        self.skipped: dict[int, int] = {}
        self.analysed: dict[tuple[int, int], SourceSpan | None] = {}
        self.starts = [t.start for t in tokens]
        self.first_word = next((k for k, t in enumerate(tokens) if t.is_word), 0)
        self.first_word = self._after_dateline()

    @cached_property
    def title_case(self) -> bool:
        """A headline in Title Case, where capitals say nothing about names."""
        words = [t for t in self.tokens if t.is_word and len(t.text) > 3]
        return len(words) >= 3 and sum(t.is_capitalised for t in words) / len(words) > 0.8

    def _after_dateline(self) -> int:
        """Where the sentence starts after a dateline ("LIRANA, March 12 (Reuters) - ...")."""
        first = self.first_word
        if not (
            self.tokens and len(self.tokens[first].text) > 1 and self.tokens[first].text.isupper()
        ):
            return first
        for k in range(first + 1, min(len(self.tokens) - 1, first + _DATELINE)):
            if self.tokens[k].text in _DASHES:
                return next(
                    (m for m in range(k + 1, len(self.tokens)) if self.tokens[m].is_word), first
                )
        return first

    def index(self, offset: int) -> int:
        return bisect_left(self.starts, offset)

    def between(self, start: int, end: int) -> tuple[int, int] | None:
        i, j = self.index(start), self.index(end) - 1
        return (i, j) if i <= j else None

    def text_of(self, first: int, last: int) -> str:
        # Tokens of a sentence are contiguous slices of the masked text; rebuild with spacing.
        parts = []
        for k in range(first, last + 1):
            token = self.tokens[k]
            if k > first and token.start > self.tokens[k - 1].end:
                parts.append(" ")
            parts.append(token.text)
        return "".join(parts)


def _complement_follows(s: _Sentence, j: int) -> bool:
    """'argued that', 'warned that': a that-clause makes any verb of saying confident."""
    return j + 1 < len(s.tokens) and s.tokens[j + 1].lower == "that"


def _is_acronym(token: Token) -> bool:
    """'WHO', 'U.S.', 'AT&T': at least two letters, all capitals."""
    base = token.base
    return base.isupper() and len(base.replace(".", "")) >= 2


def _after_quote(s: _Sentence, i: int) -> bool:
    """Whether the cue at ``i`` follows a quotation: '"...," said', '"..." said'."""
    if i > 0 and s.tokens[i - 1].text == QUOTE:
        return True
    return i > 1 and s.tokens[i - 1].text == "," and s.tokens[i - 2].text == QUOTE


def _opening(s: _Sentence, k: int) -> int | None:
    """Index of the "(" that the ")" at ``k`` closes, a few tokens back."""
    for m in range(k - 1, max(-1, k - _MAX_PARENTHESIS), -1):
        if s.tokens[m].text == "(":
            return m
    return None


def _closing(s: _Sentence, k: int) -> int | None:
    """Index of the ")" closing the "(" at ``k``, a few tokens on."""
    for m in range(k + 1, min(len(s.tokens), k + _MAX_PARENTHESIS)):
        if s.tokens[m].text == ")":
            return m
    return None


def _without_tag(tokens: list[Token]) -> list[Token]:
    """The phrase without a closing parenthesis ("(R-Iowa)", "(D-Calif.)") after its head."""
    if len(tokens) < 3 or tokens[-1].text != ")":
        return tokens
    for m in range(len(tokens) - 2, 0, -1):
        if tokens[m].text == "(":
            return tokens[:m]
    return tokens


def _clitic_host(low: str) -> str:
    """The word a clitic hangs on: "i've" -> "i"."""
    return low.replace("’", "'").split("'", 1)[0]


def _by_last_word(keys: frozenset[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases indexed by their last word, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for key in sorted(keys, key=len, reverse=True):
        if key:
            index.setdefault(key[-1], []).append(key)
    return index


def _ends_with(s: _Sentence, j: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length of the longest phrase of ``phrases`` ending at token ``j`` (0 if none)."""
    if j < 0:
        return 0
    for phrase in phrases.get(s.tokens[j].lower, ()):
        n = len(phrase)
        if n <= j + 1 and tuple(t.lower for t in s.tokens[j - n + 1 : j + 1]) == phrase:
            return n
    return 0


def _anonymised(source: SourceSpan, s: _Sentence, j: int) -> SourceSpan:
    """The source with the anonymity phrase that follows it, graded anonymous."""
    first = s.index(source.start)
    return replace(
        source,
        end=s.tokens[j].end,
        text=s.text_of(first, j),
        strength=Strength.ANONYMOUS,
        vague=False,
    )


def _combine(cues: list[Cue]) -> list[Cue]:
    """Attach relays: 'X, citing Y, said' makes Y the source relayed by X."""
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


def best_cue(cues: list[Cue]) -> Cue | None:
    """The cue that labels the sentence: usable, most confident, earliest."""
    usable = [c for c in cues if c.usable]
    if not usable:
        return None
    return max(
        usable,
        key=lambda c: (not c.participle, not c.relative, c.match.rule.confidence, -c.match.start),
    )


def token_slice(tokens: list[Token], starts: list[int], start: int, end: int) -> list[Token]:
    """The tokens lying in ``[start, end)``."""
    return tokens[bisect_left(starts, start) : bisect_left(starts, end)]
