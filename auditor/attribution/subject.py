"""The source as the subject before its cue, near or across a clause."""

from __future__ import annotations

from dataclasses import replace

from auditor.attribution.grammar import (
    ADVERBIAL_OPENERS,
    ANONYMITY_REACH,
    APPOSITION,
    ARTICLES,
    AUXILIARIES,
    BARE_SPEECH,
    BODIES,
    BRIDGE,
    CLAUSE_MARKS,
    GERUND_CAUSE,
    GERUND_LEADS,
    HARD_STOPS,
    INDEFINITE,
    LOOSE_LENGTH,
    MAX_APPOSITIVE,
    NOUN_VERBS,
    OBJECT_LEADS,
    PARTICIPLE_LEADS,
    PAST_IRREGULAR,
    PEOPLE,
    REACTION_NOUNS,
    RELATIVE_OPENERS,
    RELATIVES,
    SPEAKERS,
    SUBORDINATORS,
)
from auditor.attribution.sentence import (
    ReadSentence,
    anonymised,
    be_clitic,
    clitic_host,
    reaching,
)
from auditor.attribution.spans import SourceSpan
from auditor.models import SourceType, Strength
from auditor.tokens import QUOTE, Token

# the items of a list the story announced ("Two studies ... The first, a study of ...")
_LIST_ITEMS = frozenset({"first", "second", "third", "fourth", "latest", "newest", "other", "last"})
_EXAMPLE_LEADS = frozenset({"like", "such", "including", "among", "especially", "notably"})
_PLACE_LEADS = frozenset({"of", "from", "in"})  # "Ana Ruiz, of Raleigh,", "a nurse from Ohio,"
_PLACE_ONLY = frozenset({"from", "in"})  # "a nurse from Austin, Texas,": not "the head of X, Y"
_REMAIN = frozenset({"remain", "remains", "remained"})  # a copula beside the forms of "be"
_CLAUSE_OPENERS = frozenset({",", ";", "but", "while", "whereas", "—", "–"})
# the noun-phrase connectors (np-connectors.txt) that do not join a verb to its object:
# the coordinators, and "by", which has a reading of its own (an agent)
_NOT_VERB_LINKS = frozenset({"and", "&", "by"})
# the noun-phrase connectors that open no phrase before a sentence's subject
_NOT_OPENERS = frozenset({"and", "&", "of"})
_RELATIVE_QUANTIFIERS = frozenset({"some", "many", "most", "others", "several", "few"})
_PARTICIPLE_ENDINGS = ("ing", "ed")  # "with many worried", "with some saying"
_COUNTS = frozenset({"two", "three", "four"})  # "the two" standing alone as a subject
_NEGATIONS = frozenset({"not", "never"})
# nouns of claim before "and claims that", which is then a noun too ("denied the reports and
# claims that"): after them "claims" is not a second verb (Subjects._present_conjunct)
_CLAIM_NOUNS = frozenset(
    {"reports", "allegations", "accusations", "rumors", "rumours", "charges", "suggestions",
     "speculation", "statements", "comments", "remarks", "assertions", "theories", "stories",
     "denials", "insinuations", "complaints", "questions", "concerns", "fears", "doubts"}
)  # fmt: skip
_EXCEPTING = frozenset({"aside", "apart"})  # "aside from saying": a gerund of the clause
_PARTICLES = frozenset({"up", "out"})  # after a verb of putting out: "held up a sign", "put out"
_RANKS = frozenset({"first", "last", "only", "next", "latest", "second", "third", "sole"})
INFINITIVE_REACH = 6  # words from "to" to the verb of saying: "to close the old pier says"
_PARTICIPLE_REACH = 14  # words of an -ing phrase between its noun and the verb
_PLACE_REACH = 4  # words from "in" to the verb: "many in the back row said"
_TIME_UNITS = frozenset(
    {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "moments", "decades"}
)  # the plural units the time words leave out: "Hours later", "Two days after the vote"
_TIME_RELATIONS = frozenset({"later", "earlier", "after", "before", "ago", "into", "since"})
_TIME_OPENING = 4  # words of an opening time phrase before its comma: "Early on Tuesday night,"
# prepositions the lexicon leaves out (they join names: "Council on Trade"), which open a
# document's phrase as well: "An article on Monday about the pier, ..., reported"
_JOINERS = frozenset({"on", "in", "at", "of", "from", "for"})
_POSTMODIFIER_REACH = 8  # words of a document's prepositional phrases: "on Monday about the pier"
_PARTICLES = frozenset({"out", "up", "back", "off"})  # "have spoken out", "hit back": a verb's own
_HEARD = frozenset({"heard", "overheard"})  # "could be heard saying": a speaker's perception
_APPROXIMATING = frozenset({"about", "around", "over", "under"})  # "about 40 lawmakers"
# "those in attendance"; "those around him" (attr-recall12: a polnear-dev sample, seed 20261391)
_GATHERING_PLACES = frozenset({"in", "at", "inside", "outside", "around"})
_OBJECT_PRONOUNS = frozenset({"me", "us", "him", "them"})  # after a verb, never a name
_DESCRIBING_COPULAS = frozenset({"is", "was"})  # "Ann Roe, who is chairman of the board said"
_COUNT_COMPARATIVES = frozenset({"more", "fewer", "less", "rather", "other"})
# a verb that agrees only with a plural: "Minicabs are lagging" opens with a set, not a person
_PLURAL_VERBS = frozenset({"are", "were", "have", "aren't", "weren't", "haven't", "don't"})
_APPOSITION_MARKS = frozenset({",", "—", "–", "-"})  # what opens an apposition that names
# verbs of an aside that says to whom a source spoke (_clause_aside)
_SPOKE_TO = frozenset(
    {"speaking", "talking", "writing", "spoke", "talked", "wrote", "told", "speaks", "talks"}
)
_CLAUSE_RELATIVES = frozenset({"who", "whose", "which"})  # lower-case: "the WHO" is none
# the words of a request not to be named ("who asked not to be named", "on condition of anonymity")
_ASKED = frozenset({"named", "identified", "anonymity", "anonymous"})
# what an apposition may describe a name as that the lexicons typed a person
_BODIES = frozenset({SourceType.ORGANISATION, SourceType.OUTLET})
_OPENING_ADVERBS = frozenset(
    {"nonetheless", "nevertheless", "meanwhile", "instead", "still", "however", "moreover"}
)
_SPEAKING = PEOPLE | BODIES  # what a relative clause before a cue may describe
_SERIES_STOPS = CLAUSE_MARKS | HARD_STOPS  # where the clause a series of verbs is in opens


_STANCE_REACH = 7  # words from a verb back to the preposition after a stance ("opposed to")


class Subjects:
    """The source as the subject before its cue, near or across a clause."""

    def _participle(self, s: ReadSentence, i: int) -> bool:
        if not s.tokens[i].lower.endswith("ing"):
            return False  # most cues: no need to step back
        j = self._skip_back(s, i - 1)
        return not (j >= 0 and s.tokens[j].lower in self.be)

    def _in_relative(self, s: ReadSentence, i: int) -> bool:
        j = self._skip_back(s, i - 1)
        if j > 0 and s.tokens[j].text in RELATIVES and s.tokens[j - 1].text == ",":
            return True
        # "the group, whose members have lobbied for": the clause's own subject after "whose"
        if j > 1 and s.tokens[j - 1].text == "whose" and s.tokens[j - 2].text == ",":
            return True
        if j > 0 and self._relative_conjunct(s, j) is not None:
            return True  # "the mayor, who arrived late and said": the clause's second verb
        # "Republicans who praised him warned": the clause defines them ("those who said" is
        # a source of its own)
        if (
            j > 0
            and s.tokens[j].lower == "who"
            and self._np_word(s, j - 1)
            and s.tokens[j - 1].lower not in self.demonstratives
        ):
            return True
        # "denied claims in a post that said": a restrictive clause on a noun (a "that" or
        # "which" right before a verb is a relative pronoun, never "that" before a clause)
        if j > 0 and s.tokens[j].lower in {"that", "which"} and self._np_word(s, j - 1):
            return True
        return self._partitive_relative(s, j)  # "generals, most of whom had announced"

    def _in_adverbial(self, s: ReadSentence, source: SourceSpan, cue_start: int) -> bool:
        """The subject ``source`` before its cue opens an adverbial clause: "after Swift
        scolded the label", "because officials warned"."""
        if source.end > cue_start:
            return False
        k = s.index(source.start) - 1
        if k >= 1 and s.tokens[k].lower == "than" and s.tokens[k - 1].lower in _COUNT_COMPARATIVES:
            return False  # "More than 6 in 10 voters said": a count, not a clause of comparison
        return k >= 0 and s.tokens[k].lower in ADVERBIAL_OPENERS

    def _partitive_relative(self, s: ReadSentence, j: int) -> bool:
        """Token ``j`` ends "many of whom": a quantifier over the phrase just named."""
        return (
            s.tokens[j].lower == "whom"
            and j >= 2
            and s.tokens[j - 1].lower == "of"
            and s.tokens[j - 2].lower in self.quantifier_subjects
        )

    def _coordinated(self, s: ReadSentence, i: int) -> bool:
        """A verb sharing the sentence's subject: 'X spotted Y and reported', '... and argue
        that', ', saying'."""
        j = self._skip_back(s, i - 1)
        if j < 0:
            return False
        before = s.tokens[j].lower
        verb = s.tokens[i].lower
        participle = verb.endswith("ing")
        finite = verb.endswith("ed") or verb in PAST_IRREGULAR or verb in BARE_SPEECH
        return (
            (before in {"and", "but"} and finite and not self._inner_clause(s, j))
            or (participle and before in PARTICIPLE_LEADS)
            or (before == "," and finite and self._in_series(s, j, i))
            or (before in {"and", "but"} and self._present_conjunct(s, j, i))
        )

    def _present_conjunct(self, s: ReadSentence, j: int, i: int) -> bool:
        """'The ad hits the mayor for the levy and claims that ...': "claims that" after
        "and" is the second present verb of a clause whose subject has a present verb of its
        own, not a noun; "denied reports and claims that" (a past verb) and "rejects the
        allegations and claims that" (a claim noun before "and") keep the noun."""
        tokens = s.tokens
        if tokens[i].lower != "claims" or i + 1 >= len(tokens) or tokens[i + 1].lower != "that":
            return False
        if j < 1 or tokens[j - 1].lower in _CLAIM_NOUNS or self._inner_clause(s, j):
            return False
        subject = self.clause_subject(s, i)
        if subject is None:
            return False
        k = s.index(subject.end)
        while k < j and (tokens[k].lower in self.verb_modifiers or self._adverb(s, k)):
            k += 1
        verb = tokens[k].lower if k < j else ""
        return k < j - 1 and verb.endswith("s") and not verb.endswith("ss") and verb.isalpha()

    def _inner_clause(self, s: ReadSentence, conjunction: int) -> bool:
        """The "and" at ``conjunction`` joins the verbs of a clause still open inside the
        sentence, whose subject is not the sentence's: 'The donors were upset after Lund met
        bankers and proposed', 'a focus for marchers, who took to the streets and called
        for'; not a reduced clause ('when asked about it and said') nor a phrase ('after the
        storm and said'), and not once a comma has closed the clause."""
        tokens = s.tokens
        for k in range(conjunction - 1, s.first_word, -1):
            low = tokens[k].lower
            if tokens[k].text in APPOSITION or tokens[k].text in {";", ":"}:
                return False
            if low in {"who", "which"}:
                return True
            if low in ADVERBIAL_OPENERS:
                verbs = [t.lower for t in tokens[k + 2 : conjunction]]
                return not _past(tokens[k + 1].lower) and any(_past(v) for v in verbs)
        return False

    def _in_series(self, s: ReadSentence, comma: int, i: int) -> bool:
        """'The agency delayed the audit, admitted it had lost the files, and closed': a
        past verb after a comma in a series of its clause's past verbs, closed by "and" and
        another; not a participle with its agent ('the plan passed, backed by unions') nor
        one that describes ('delayed its response, worried that it would ... and erode')."""
        tokens = s.tokens
        if i + 1 < len(tokens) and tokens[i + 1].lower == "by":
            return False
        if not any(
            tokens[k].lower == "and" and _past(tokens[k + 1].lower)
            for k in range(i + 1, len(tokens) - 1)
        ):
            return False
        for k in range(comma - 1, s.first_word, -1):
            token = tokens[k]
            if token.text in _SERIES_STOPS or token.lower in SUBORDINATORS:
                return False
            before = tokens[k - 1]
            if _past(token.lower) and before.is_word and before.lower not in self.closed_class:
                return True
        return False

    def _progressive_subject(self, s: ReadSentence, i: int) -> SourceSpan | None:
        """The subject of a progressive an -ing verb after "and" continues: 'X has been making
        the case and claiming that', 'X are crying fraud and threatening to'; or of the
        clause whose comma participle it continues: 'X spoke, shifting focus and admitting
        that'."""
        j = self._skip_back(s, i - 1)
        if (
            j < 1
            or s.tokens[j].lower not in {"and", "but"}
            or not s.tokens[i].lower.endswith("ing")
        ):
            return None
        chained = True  # only -ing verbs joined by "and" or gerunds stand between
        for k in range(j - 1, 0, -1):
            low = s.tokens[k].lower
            if low in {",", ";", ":", "that", "who", "which"}:
                return None
            if not low.endswith("ing"):
                continue
            before = s.tokens[k - 1]
            if before.lower in self.be:
                return self._subject(s, k - 1)
            if before.text == ",":
                return self._comma_clause_subject(s, k - 1) if chained else None
            # "showing Ruiz and Hale discussing ... and blasting": Ruiz and Hale blast
            chained = chained and before.lower in self.prepositions | {"and", "but"}
        return None

    def _comma_clause_subject(self, s: ReadSentence, comma: int) -> SourceSpan | None:
        """The subject of the clause a comma participle follows: that clause's own when it
        opens after an earlier comma ("In 2009, Ruiz wrote, telling ..."), else the
        sentence's; none when the clause is subordinate ("since Ruiz spoke, telling")."""
        start = comma
        while start > 0 and s.tokens[start - 1].lower not in {",", ";", ":"}:
            start -= 1
            if s.tokens[start].lower in _SUBORDINATE:
                return None
        if start > s.first_word:
            return self._np_after(s, start, stop_at_verb=True) or self.clause_subject(s, comma + 1)
        return self.clause_subject(s, comma + 1)

    def _before_copula(self, s: ReadSentence, i: int) -> int:
        """Where the verb group of an adjective at ``i`` starts ("has been critical"), so
        that the subject is read before the copula and not refused as a passive's."""
        j = self._skip_back(s, i - 1)
        while j >= 0 and (s.tokens[j].lower in self.be or s.tokens[j].lower in _REMAIN):
            i = j
            j = self._skip_back(s, j - 1)
        return i

    def _subject(self, s: ReadSentence, i: int) -> SourceSpan | None:
        j = self._skip_back(s, i - 1)
        if j + 1 < i and s.tokens[j + 1].lower == "both" and (j < 0 or s.tokens[j].lower == "but"):
            # "Both said", "but both agree": the modifier of "they both said" stepped over
            # is the subject when nothing stands before it
            return self._quantified_group([s.tokens[j + 1]], s.tokens[j + 1].text)
        if j < 0:
            return None
        token = s.tokens[j]
        low = token.lower
        participle = s.tokens[i].lower.endswith("ing")
        if participle and low in _HEARD and j > 0:
            before = self._skip_back(s, j - 1)  # "could be heard grousing": over "be heard"
            if before >= 0 and s.tokens[before].lower in self.be:
                j, token, low = before, s.tokens[before], s.tokens[before].lower
        if low in self.be and participle:
            copula = j
            j = self._skip_back(s, j - 1)  # progressive: "critics are saying"
            if j < 0:
                return None
            token = s.tokens[j]
            if token.lower in {"and", "but"}:
                # "Tom Reyes, who is running and is saying": the second verb of a
                # coordination, whose subject is the first's, as in "arrived and said"
                return self._distant_subject(s, copula, "verb")
            participle = False  # "X, back from a trip, is pledging": a finite verb
            low = token.lower
        if not participle and be_clitic(low):
            return None  # "They're told the bridge is safe": "are told", a passive
        possessive = token.is_possessive
        if possessive and clitic_host(low) in {"he", "she"}:
            return self._analyse(s, (j, j))  # "he's said": "has said", not a possessive
        has = possessive and clitic_host(low) == "who"  # "who's argued"
        if low in self.be or (possessive and not has):
            return None  # passive ("was told") or a noun ("the court's order")
        if self._lone_quantifier(s, j):
            return (
                self._pair(s, j)
                or self._name_and_others(s, j)
                or self._quantified_group([token], token.text)  # "Several"
            )
        if self._partitive_relative(s, j):  # "relatives, many of whom say"
            return self._quantified_group(s.tokens[j - 2 : j + 1], s.text_of(j - 2, j))
        if token.text in RELATIVES or has:  # lower-case only: "the WHO said" is not one
            opener = s.tokens[j - 1].text if j > 0 else ""
            # "X, which ..."; after a dash only a person's "who", and only where the dash
            # opens the clause ("Ann Roe — who ... —"), not where it closes an apposition
            # (a document's "which" too, in an aside closed by a second dash: "The audit --
            # which notes that ... -- should", attr-recall14; "--" is two tokens)
            mark = j - 2 if opener == "-" and j > 1 and s.tokens[j - 2].text == "-" else j - 1
            dash = (low in {"who", "which"} or has) and opener in _APPOSITION_MARKS
            opens = dash and all(t.text != opener for t in s.tokens[:mark])
            k = j - 1 if opener == "," else mark if opens else j
            if low == "who" and opener.lower() == "those":  # "those who say": a group
                return self._quantified_group(s.tokens[j - 1 : j + 1], s.text_of(j - 1, j))
            source = self._published(s, self._np_before(s, k - 1))
            if (
                opens
                and low == "which"
                and opener != ","
                and (
                    source is None
                    or source.type is not SourceType.DOCUMENT
                    or all(t.text != opener for t in s.tokens[j + 1 :])
                )
            ):
                return None  # a document's aside, closed by its second dash
            member = self._member_of(s, k)
            if member is not None:
                return member
            return self._name_before_description(s, source) or source
        if low in CLAUSE_MARKS:
            if low != "," or participle:
                return None
            source = self._appositive_subject(s, j)
            if (
                source is not None
                and source.form != "name"
                and self._asks_anonymity(s, s.index(source.end), self._anonymity_before(s, j))
            ):
                # "The captain, who asked not to be named, said": the whole apposition asks
                # for anonymity, so she is anonymous ("..., as he stood close to X," is not)
                return replace(source, strength=Strength.ANONYMOUS, vague=False)
            return source
        if token.text == QUOTE and self._titled_apposition(s, j):
            # 'X, host of "Morning Drive," said': the apposition's comma is inside the title
            return self._appositive_subject(s, j)
        anonymous = self._anonymity_before(s, j)
        if anonymous is not None:
            source = self._np_before(s, anonymous - 1)
            lead = s.tokens[anonymous - 1] if anonymous > 0 else None
            if (
                source is None
                and lead
                and (lead.lower == "those" or lead.lower in self.quantifier_subjects)
            ):
                tokens = s.tokens[anonymous - 1 : j + 1]  # "those close to him say"
                return self._quantified_group(tokens, s.text_of(anonymous - 1, j))
            if source is None:
                return None
            placed = anonymised(source, s, j)
            if s.lowers[anonymous] == "in" and source.strength is Strength.NAMED:
                # "Police in the city said", "Ana Ruiz in the area said": the place phrase
                # places a named source (one force, a person), as it does after the verb
                # ("said police in the city"); it makes "residents", "sources" no vaguer
                return replace(placed, strength=Strength.NAMED)
            return placed
        if self._word_as_name(s, j):  # '"...," From said': a surname that is also a word
            return SourceSpan(
                token.start, token.end, token.text, SourceType.PERSON, Strength.NAMED, low,
                "name", (token.text,),
            )  # fmt: skip
        if low == "out" or (low in self.postmodifiers and not token.is_capitalised):
            document = self._document_before(s, j + 1)
            if document is not None:
                return document  # "a poll conducted last week found", "a poll out today shows"
        doer = self._infinitive_owner(s, j)
        if doer is not None:
            return doer  # "the last mayor to close the pier says": not "the pier"
        source = self._np_before(s, j)
        if source is None and low.isalpha() and not participle:
            standing = self._standing(s, j)
            if standing is not None:
                return standing  # "Councillors opposed to the levy said"
        if (
            source is None
            and low in _OBJECT_PRONOUNS
            and not participle
            and self._relative_object(s, j - 1)
        ):
            return self._antecedent(s, j - 1)  # "groups that have endorsed him say"
        if source is None:
            document = self._document_over_phrase(s, j)
            if document is not None:
                return document  # "Records obtained by the Tribune under state law show"
        gathered = self._gathered(s, j)
        if gathered is not None and (source is None or source.start > gathered.start):
            return gathered  # "Those in attendance said", "Many in the room said"
        modified = None
        if source is None or source.start > s.tokens[s.first_word].start:
            # not when the source opens the sentence: the phrase from its opening ends
            # after that, and the source is kept
            modified = self._modified_subject(s, j)
        if modified is not None and (source is None or source.start > modified.end):
            return modified  # "groups urging the mayor to act on the plan are hailing"
        if source is not None:
            start = s.index(source.start)
            lead = start - 1
            while lead > 0 and start - lead <= BRIDGE and self._describing(s.tokens[lead]):
                lead -= 1  # "representing flight attendants": over "flight"
            if any(self._participle_after_noun(s, k) for k in range(lead, start)):
                return None  # "a union representing pilots endorsed": not "pilots"
            if start > 0 and s.tokens[start - 1].lower == "by":
                return self._document_before_agent(s, start - 1, source)
            document = self._document_before_phrase(s, source)
            if document is not None:
                return document  # "an affidavit filed in federal court states"
            if (
                start > 0
                and self._preposition_at(s, start - 1)
                and not _approximate_count(s, start)
            ):
                # "parents who spoke outside the clinic said": not "the clinic"; but in
                # "farmers across the county said" the place belongs to the people before it
                return self._placed(s, start - 1, source)
            described = self._described_by_copula(s, start)
            if described is not None:
                return described  # "Ann Roe, who is chairman of the board said": not the role
            verb = None
            if self._relative_object(s, start - 1):
                verb = start - 1  # "people who knew the mayor"
            elif (
                start > 1
                and self._describing(s.tokens[start - 1])
                and s.tokens[start - 1].lower not in self.speech_words  # "who attended said"
                and self._relative_object(s, start - 2)
            ):
                verb = start - 2  # "doctors who treat heart patients": over one modifier
            elif self._verb_object(s, start - 1):
                verb = start - 2  # "a woman who works at the port"
            if verb is not None:
                # "a woman who works at the port said", "people who knew the mayor say": the
                # phrase is the object of a clause's verb; the speaker is the clause's
                # subject, further back, where one is found, or else the noun the clause
                # describes ("Analysts who follow the company expect": not "the company")
                antecedent = None if participle else self._antecedent(s, verb)
                return self._distant_subject(s, i) or antecedent or source
            if start > 0 and s.tokens[start - 1].text == "who" and self._relative_verb(s, start):
                # "Economists who study trade agree": a phrase read from the word after "who"
                # opens with the relative clause's verb; the speaker is the one "who" is
                return self._distant_subject(s, i)
        if participle:
            return self._published(s, source)  # "The union released a report warning"
        return source

    def _preposition_at(self, s: ReadSentence, k: int) -> bool:
        """Whether token ``k`` is a preposition whose object is no subject; "with" (a
        connector elsewhere: "Ruiz, with her lawyer, said") only after a stance word
        ("lawmakers allied with the governor", attr56)."""
        low = s.lowers[k]
        if low in self.prepositions:
            return True
        return low == "with" and k > 0 and s.lowers[k - 1] in self.stance_adjectives

    def _standing(self, s: ReadSentence, j: int) -> SourceSpan | None:
        """People, an adjective of where they stand and its preposition, then a phrase that is
        no source, before the verb ("Councillors opposed to the levy said"): the people, with
        the phrase (attr-strength46; :meth:`_placed` reads a phrase that is a source)."""
        for k in range(j - 1, max(j - _STANCE_REACH, 1), -1):
            if s.lowers[k - 1] in self.stance_adjectives and self._preposition_at(s, k):
                people = self._np_before(s, k - 2)
                if (
                    people is None
                    or s.index(people.end) != k - 1
                    or people.type not in SPEAKERS
                    or s.title_case
                ):
                    return None
                first = s.index(people.start)
                return replace(people, end=s.tokens[j].end, text=s.text_of(first, j))
            if not s.tokens[k].is_word:
                return None
        return None

    def _described_by_copula(self, s: ReadSentence, start: int) -> SourceSpan | None:
        """The name a non-restrictive "who is/was" clause describes, when the clause's
        predicate noun runs up to the cue with no comma to close it ("Ann Roe, who is
        chairman of the board said"): the name said it, not the role."""
        if start < 4 or s.lowers[start - 1] not in _DESCRIBING_COPULAS:
            return None
        if s.lowers[start - 2] != "who" or s.tokens[start - 3].text != ",":
            return None
        named = self._np_before(s, start - 4)
        if named is None or named.form != "name" or named.end != s.tokens[start - 4].end:
            return None
        return named

    def _member_of(self, s: ReadSentence, relative: int) -> SourceSpan | None:
        """'Acme, Bolt and Corex are among retailers that said': the members the clause's
        subject names said it, not the unnamed set they are counted in; the subject stands
        right before a copula and "among", a few words before the ``relative`` pronoun."""
        among = relative - 1
        while among > relative - 5 and among > 1 and s.tokens[among].is_word:
            if s.tokens[among].lower == "among":
                break
            among -= 1
        if (
            among < 2
            or s.tokens[among].lower != "among"
            or s.tokens[among - 1].lower not in self.be
        ):
            return None
        subject = self.clause_subject(s)
        if subject is None:
            return None
        end = s.index(subject.end)
        if end != among - 1:
            # a series of names ("Acme, Bolt and Corex"): commas, "and" and capitals only
            gap = s.tokens[end : among - 1]
            if not gap or not all(
                t.text == "," or t.lower == "and" or t.is_capitalised for t in gap
            ):
                return None
            last = self._np_before(s, among - 2)
            if last is None or s.index(last.end) != among - 1:
                return None
            return reaching(subject, s, last)
        return subject

    def _gathered(self, s: ReadSentence, j: int) -> SourceSpan | None:
        """'Those in attendance', 'many in the room', 'some at the back' ending at ``j``: a
        quantifier or "those" at the start of its clause, placed at a gathering by a short
        phrase; an anonymous group, whatever the place's noun."""
        lowest = max(s.first_word, j - _PLACE_REACH)
        if _GATHERING_PLACES.isdisjoint(s.lowers[lowest:j]):
            return None  # most phrases: no "in" or "at" just before their last word
        for p in range(j - 1, lowest - 1, -1):
            if not s.tokens[p].is_word:
                return None
            if s.tokens[p].lower not in _GATHERING_PLACES:
                continue
            lead = p - 1
            low = s.tokens[lead].lower if lead >= s.first_word else ""
            if low != "those" and low not in self.quantifier_subjects:
                return None
            if lead > s.first_word and s.tokens[lead - 1].lower not in _CLAUSE_OPENERS:
                return None  # "the view of many in the room": not a subject
            return self._quantified_group(s.tokens[lead : j + 1], s.text_of(lead, j))
        return None

    def _modified_subject(self, s: ReadSentence, j: int) -> SourceSpan | None:
        """The sentence's opening noun phrase when an -ing phrase describing it runs, with no
        mark of punctuation, up to the verb group ending at ``j`` ("Farm groups urging the
        mayor to act on the plan are hailing"): the speakers, not the phrase's object."""
        tokens = s.tokens
        if tokens[j].lower in self.determiners or not tokens[j].is_word:
            return None  # "turning their backs": a noun; a mark ends no -ing phrase
        start = s.first_word
        while start < j and tokens[start].lower in self.function:
            start += 1  # "But farm groups ..."
        if start + 2 < j and tokens[start + 1].text == "," and _opening_adverb(tokens[start].lower):
            start += 1  # "Nonetheless, farm groups ..."
        if start > s.first_word and start + 1 < j and tokens[start].text == ",":
            start += 1  # the opening adverb's own comma ("Meanwhile, farm groups ...")
        # before reading the phrase (the costly part): a lower-case -ing word after its
        # first word, with only words from it to ``j``, as the tests below ask at the end
        m = j - 1
        lowest = max(start + 1, j + 1 - _PARTICIPLE_REACH)
        while m >= lowest and tokens[m].is_word:
            if tokens[m].lower.endswith("ing") and not tokens[m].is_capitalised:
                break
            m -= 1
        else:
            return None
        source = self._np_after(s, start, stop_at_verb=True)
        if (
            source is None
            or source.vague
            or source.is_pronoun  # "they're going to tell": a progressive
            or source.type not in _SPEAKING
        ):
            return None
        after = s.index(source.end)
        if s.tokens[after - 1].is_possessive or s.tokens[start].lower.endswith("ing"):
            return None  # "the firm's funding of": a noun; "Joining Ruiz in ...": no subject
        if source.form == "name" and after == start + 1:
            return None  # "More troubling for ...": a first word's capital makes no name
        participle = s.tokens[after] if after < j else None
        if (
            participle is None
            or participle.is_capitalised
            or not participle.lower.endswith("ing")
            or participle.lower in self.closed_class
        ):
            return None
        following = s.tokens[after + 1]
        if not (
            following.is_capitalised
            or following.lower in self.determiners
            or following.lower in self.prepositions
            or following.lower in self.function
        ):
            return None  # "a rolling poll", "the ruling party": an adjective, not a phrase
        between = s.tokens[after : j + 1]
        if any(not t.is_word for t in between) or len(between) > _PARTICIPLE_REACH:
            return None  # a comma or a quotation: another clause may hold the subject
        return source

    def _verb_object(self, s: ReadSentence, preposition: int) -> bool:
        """Token ``preposition`` joins a noun phrase to the verb before it, not to a noun
        ("who works at the port": a verb; "a pilot at the port": a noun)."""
        low = s.tokens[preposition].lower if preposition > 0 else ""
        if low not in self.connectors or low in _NOT_VERB_LINKS:
            return False
        return self._verb_like(s, preposition - 1)

    def _relative_object(self, s: ReadSentence, verb: int) -> bool:
        """Token ``verb`` is the verb of a relative clause, with its auxiliaries and adverbs
        ("who knew", "that had long backed", "whose children attend"), and the noun phrase
        after it its object."""
        if verb < 1 or self._relative_pronoun(s, verb) is None:
            return False  # most phrases: no relative pronoun before (asked first: quicker)
        return self._verb_like(s, verb) or _after_who(s, verb)

    def _relative_pronoun(self, s: ReadSentence, verb: int) -> int | None:
        """The relative pronoun (lower-case only: "the WHO" is no relative) before the verb
        at token ``verb``, over its auxiliaries and adverbs, or "whose" and its noun."""
        k = verb - 1
        while k > 0 and (
            s.tokens[k].lower in AUXILIARIES
            or s.tokens[k].lower in self.be
            or s.tokens[k].lower in self.verb_modifiers
        ):
            k -= 1
        if s.tokens[k].text in RELATIVES:
            return k
        if k > 0 and s.tokens[k - 1].text == "whose" and s.tokens[k].is_word:
            return k - 1  # "parents whose children attend the school"
        return None

    def _antecedent(self, s: ReadSentence, verb: int) -> SourceSpan | None:
        """The people or body a relative clause right before the cue describes, read from the
        clause's verb at token ``verb``: "Economists who like the plan agree" -> Economists."""
        k = self._relative_pronoun(s, verb)
        if k is None or k < 1:
            return None
        if s.tokens[k - 1].lower == "those" and s.tokens[k].lower == "who":
            # "Those who know him say": the people the clause picks out, as "those who say"
            return self._quantified_group(s.tokens[k - 1 : k + 1], s.text_of(k - 1, k))
        source = self._np_before(s, k - 1)
        if (
            source is None
            or s.index(source.end) != k
            or source.type not in _SPEAKING
            or source.head in self.time_words  # "a vision Wednesday that invoked"
        ):
            return None
        return source

    def conjunct_owner(self, s: ReadSentence, i: int) -> SourceSpan | None:
        """The speaker of a cue at token ``i`` that is the second verb of a relative clause
        set off by a comma: "helps the mayor, who arrived late and said" -> the mayor. No
        comma closes the clause before "and", so the verb is the clause's too (attr-recall17);
        a passive is not ("who was named and confirmed by the board")."""
        if i + 1 < len(s.tokens) and s.lowers[i + 1] == "by":
            return None
        who = self._relative_conjunct(s, self._skip_back(s, i - 1))
        return self._relative_owner(s, who) if who is not None else None

    def _relative_conjunct(self, s: ReadSentence, j: int) -> int | None:
        """The "who" of a relative clause set off by a comma that the "and" or "but" at token
        ``j`` (or the form of "be" after it) continues: "the mayor, who arrived late and
        said", "the mayor, who is enjoying it and is saying"; None where a comma or a stop
        stands between them ("the dockers, who were angry, and said": the clause closed)
        or the clause is restrictive ("a boy who stared at it and asked")."""
        if j > 0 and s.tokens[j].lower in self.be:
            j -= 1
        if j < 1 or s.tokens[j].lower not in {"and", "but"}:
            return None
        k = j - 1
        while k > 0 and j - k < MAX_APPOSITIVE * 2:
            text = s.tokens[k].text
            if text == "," or text in HARD_STOPS:
                return None
            if text == "who":
                return k if s.tokens[k - 1].text == "," else None
            k -= 1
        return None

    def _relative_owner(self, s: ReadSentence, who: int) -> SourceSpan | None:
        """The person or body a "who" after a comma at token ``who`` stands for: the phrase
        right before the comma ("the mayor, who")."""
        end = who - 1
        if end < 1:
            return None
        source = self._np_before(s, end - 1)
        if source is None or s.index(source.end) != end or source.type not in _SPEAKING:
            return None
        return source

    def _verb_like(self, s: ReadSentence, k: int) -> bool:
        """An uncapitalised word that is neither a function word nor a noun-phrase word."""
        token = s.tokens[k]
        return (
            token.is_word
            and not token.is_capitalised
            and token.lower not in self.function
            and not self._np_word(s, k)
        )

    def _infinitive_owner(self, s: ReadSentence, j: int) -> SourceSpan | None:
        """People before an infinitive whose phrase ends at ``j`` ("the first woman to lead
        the port said"): the people, not the infinitive's object."""
        lowest = max(1, j - INFINITIVE_REACH)
        if "to" not in s.lowers[lowest:j]:
            return None  # most phrases: no "to" in reach, which one C call finds
        for to in range(j - 1, lowest - 1, -1):
            token = s.tokens[to]
            if not token.is_word:
                return None
            if token.lower != "to":
                continue
            verb = s.tokens[to + 1]
            if verb.is_capitalised or verb.lower in self.determiners or verb.lower in self.function:
                return None  # "aides to the mayor", "sent to Paris"
            people = self._np_before(s, to - 1)
            if people is None or people.type not in PEOPLE or s.index(people.end) != to:
                return None
            lows = s.lowers[s.index(people.start) : to]
            return people if any(_ranking(low) for low in lows) else None
        return None

    def _placed(self, s: ReadSentence, preposition: int, place: SourceSpan) -> SourceSpan | None:
        """People right before a preposition, with the place it gives them ("farmers across
        the county"); bodies or outlets too where their phrase opens its clause ("Newspapers
        across the state"), not after a word, whose object they are ("Parents who spoke to
        the Ledger outside the court said": the parents)."""
        if preposition < 1 or s.title_case:
            return None  # a title-case headline's capitals do not bound its phrases
        lead = preposition - 1
        if lead > 0 and s.tokens[lead].lower in self.stance_adjectives:
            lead -= 1  # "lawmakers opposed to the bill", "voters loyal to Ruiz" (attr-strength46)
        people = self._np_before(s, lead)
        if people is None or s.index(people.end) != lead + 1:
            return None
        if people.type not in PEOPLE:
            first = s.index(people.start)
            if people.type not in SPEAKERS or (first > 0 and s.tokens[first - 1].is_word):
                return None
        if _name_preposition(s, preposition):
            # "Doctors Without Borders": one organisation's name, not doctors somewhere
            whole = reaching(people, s, place)
            return replace(
                whole, type=SourceType.ORGANISATION, strength=Strength.NAMED, form="name",
                names=(whole.text,),
            )  # fmt: skip
        return reaching(people, s, place)

    def _word_as_name(self, s: ReadSentence, j: int) -> bool:
        """A capitalised function word alone between a quotation or comma and its verb."""
        token = s.tokens[j]
        return (
            j > 0
            and token.is_capitalised
            and token.lower in self.function
            and not s.title_case
            and s.tokens[j - 1].text in {QUOTE, ","}
        )

    @staticmethod
    def _pair(s: ReadSentence, j: int) -> SourceSpan | None:
        """'The two said': the people just named together, read back as 'they' is."""
        if not _the_count(s, j):
            return None
        return SourceSpan(
            s.tokens[j - 1].start, s.tokens[j].end, s.text_of(j - 1, j), SourceType.GROUP,
            Strength.NAMED, "they", "pronoun",
        )  # fmt: skip

    def _name_and_others(self, s: ReadSentence, j: int) -> SourceSpan | None:
        """'Ruiz, others vow': a name and "others" after a comma, as a headline writes
        "Ruiz and others": led by a name, named (as "Washington and its allies")."""
        if s.tokens[j].lower != "others" or j < 2 or s.tokens[j - 1].text != ",":
            return None
        name = self._np_before(s, j - 2)
        if name is None or name.form != "name":
            return None
        k = s.index(name.start)
        if k != s.first_word and s.tokens[k - 1].text not in {";", ":"}:
            return None  # "they met Ruiz, others say": not a subject
        return SourceSpan(
            name.start, s.tokens[j].end, s.text_of(k, j), SourceType.GROUP,
            Strength.NAMED, "others", "name", name.names,
        )  # fmt: skip

    def _lone_quantifier(self, s: ReadSentence, j: int) -> bool:
        """Token ``j`` is a quantifier standing alone as a clause's subject ("Several")."""
        low = s.tokens[j].lower
        if low not in self.quantifier_subjects and low not in _COUNTS:
            return False  # most words (asked first: the tests below look around it)
        if j > s.first_word and _the_count(s, j):
            j -= 1  # "The two said": the pair just named
        return (
            j == s.first_word
            or s.tokens[j - 1].lower in _CLAUSE_OPENERS
            or (  # "a law that some say is unfair"; not "that two opposed views"
                s.tokens[j - 1].text in RELATIVES and s.tokens[j].lower in _RELATIVE_QUANTIFIERS
            )
            or (  # "..., with many worried that", "with some saying": a crowd's position,
                # given by a participle ("with many notes of thanks" is a noun phrase)
                s.tokens[j - 1].lower == "with"
                and s.tokens[j].lower in _RELATIVE_QUANTIFIERS
                and j + 1 < len(s.tokens)
                and s.tokens[j + 1].lower.endswith(_PARTICIPLE_ENDINGS)
            )
        )

    def _published(self, s: ReadSentence, document: SourceSpan | None) -> SourceSpan | None:
        """'The Tribune ran a piece that noted', 'Ana Ruiz started a petition calling on': a
        document put out by a named body or person is named."""
        if document is None or document.type is not SourceType.DOCUMENT:
            return document
        if document.strength is Strength.NAMED:
            return document
        verb = s.index(document.start) - 1
        if verb > 1 and s.tokens[verb].lower in _PARTICLES:
            verb -= 1  # "held up a sign", "put out a statement"
        if verb < 1 or s.tokens[verb].lower not in self.publishing:
            return document
        j = self._skip_back(s, verb - 1)
        publisher = self._np_before(s, j) if j >= 0 else None
        if (
            publisher is None
            or publisher.type not in _SPEAKING
            or publisher.strength is not Strength.NAMED
        ):
            return document  # "The Tribune ran", "Ana Ruiz posted"; not "someone posted"
        return replace(document, strength=Strength.NAMED, names=document.names + publisher.names)

    def _participle_after_noun(self, s: ReadSentence, k: int) -> bool:
        """Token ``k`` is an -ing form modifying the noun before it ("a union representing")."""
        if k < 1 or not s.tokens[k].lower.endswith("ing") or s.tokens[k].is_capitalised:
            return False
        before = s.tokens[k - 1]
        return (
            before.is_word and before.lower not in self.closed_class and not before.is_capitalised
        )

    @staticmethod
    def _titled_apposition(s: ReadSentence, quote: int) -> bool:
        """A quoted title ending an apposition: words, then a comma, a few words before it."""
        if quote < 3 or not s.tokens[quote - 1].is_word:
            return False
        for k in range(quote - 1, max(0, quote - MAX_APPOSITIVE), -1):
            text = s.tokens[k].text
            if text in {";", ":", QUOTE}:
                return False
            if text == ",":
                return k > 0 and quote - k >= 2  # 'X, citing "...," said', 'X, host of "...,"'
        return False

    def _list_item_apposition(self, s: ReadSentence, k: int, comma: int) -> SourceSpan | None:
        """An item of a list the story announced, as its apposition says: a document ("The
        first, a study of 4,000 nurses,") or the people who led it ("The second, led by X,")."""
        item = self._analyse(s, (k + 1, comma - 1))
        if item is not None and item.type is SourceType.DOCUMENT:
            return item
        return self._item_led_by(s, k, comma)

    def _appositive_subject(self, s: ReadSentence, comma: int) -> SourceSpan | None:
        """'X, a doctor at the clinic, said': the subject stands before the first comma."""
        for k in range(comma - 1, max(-1, comma - MAX_APPOSITIVE), -1):
            text = s.tokens[k].text
            if text in {";", ":"}:
                return None
            if text == "," and s.tokens[k + 1].text == QUOTE:
                continue  # 'a host on the show, "Port Lives," who ...': a quoted title's commas
            if text == ",":
                if k + 1 < comma and _list_item(s, k - 1):
                    # "The first, a study of 4,000 nurses, found", "Another, a report by the
                    # auditor, found": an item of a list the story announced, which its
                    # apposition says (attr-strength33, attr-docs34); not "Another" read as a
                    # lone quantifier ("Others, though,")
                    item = self._list_item_apposition(s, k, comma)
                    if item is not None:
                        return item
                if self._lone_quantifier(s, k - 1):
                    lead = s.tokens[k - 1]
                    return self._quantified_group([lead], lead.text)  # "Others, though, say"
                if k > 1 and s.tokens[k - 1].text in RELATIVES:  # "X, who, after a pause, said"
                    before = k - 3 if k > 2 and s.tokens[k - 2].text == "," else k - 2
                    return self._published(s, self._np_before(s, before))
                described = self._relative_around(s, k, comma)
                if described is not None:
                    return described  # "Ana Lund, whose brother, a teacher, works there, said"
                source = self._np_before(s, k - 1)
                start = s.index(source.start) if source else 0
                if start > 0 and s.tokens[start - 1].lower in self.prepositions:
                    # "Dock workers across the state, including X, said": the people before
                    # a place; not "Lyon" in "His visit to Lyon, though, threatens", nor
                    # "farmers" in "who range from farmers to teachers,"
                    placed = s.tokens[start - 1].lower in self.place_prepositions
                    source = self._placed(s, start - 1, source) if placed else None
                    start = s.index(source.start) if source else 0
                    lead = s.tokens[start - 1].lower if start > 0 else ""
                    if source is None or lead in self.prepositions or lead in self.connectors:
                        return None
                if source is not None and self._hometown(s, source, start):
                    continue  # "Mary Hale, of Raleigh, N.C., said": the place is not the speaker
                inside = s.tokens[k + 1 : comma]
                if source is None and inside and self._unread_noun(s, k - 1):
                    if inside[0].lower in _EXAMPLE_LEADS:
                        return self._exemplified(s, k, comma)  # "hawks, like Ann Roe, say"
                    # "Trump's leading rivals, Sens. Ann Roe and Tom Hale, urged": a noun the
                    # lexicons do not know, named by the people of its apposition
                    people = self._analyse(s, (k + 1, comma - 1))
                    if people is not None and people.form == "name" and people.type in PEOPLE:
                        return people
                named = self._analyse(s, (k + 1, comma - 1)) if source and inside else None
                if (
                    source
                    and _names_one(s, named, comma - 1)
                    and not _clause_aside(inside)
                    and source.form != "name"
                    and not self._apposition_describes(s, source, k, comma)
                ):
                    # "The ferry's operator, Nordlys Lines, said": the apposition names it.
                    return _named_as(s, source, named, comma - 1)
                if source and source.form == "name" and (named is None or named.form != "name"):
                    # "Acme, a chemicals company, said": the apposition says what Acme is
                    return self._typed_by_apposition(s, source) or source
                if (
                    source
                    and inside
                    and inside[0].lower == "including"
                    and self._names_included(inside)
                ):
                    source = replace(
                        source, strength=Strength.NAMED
                    )  # "unions, including the AFL-CIO,"
                # "Ann Roe, founder of the clinic, board member since 2010, said": the
                # first of two appositions describes the name before it (not a place's:
                # "In Texas, the governor, a Republican, said")
                named = self._name_before_description(s, source)
                lead = s.tokens[s.index(named.start) - 1].lower if named and named.start else ""
                return source if named is None or lead in OBJECT_LEADS else named
        return None

    def _item_led_by(self, s: ReadSentence, k: int, comma: int) -> SourceSpan | None:
        """'The second, led by researchers at Nordlys, reported': an item of a list the story
        announced (a study, a report), whose apposition is a participle and its agent; the
        item and its apposition are a document, named by a name in its agent (a body, a
        person: "researchers at Nordlys University"), else as strong as its agent
        (attr-docs34)."""
        lead = s.tokens[k + 1]
        if not (
            comma - k > 3
            and lead.text.islower()
            and lead.lower.endswith(("ed", "en"))
            and s.lowers[k + 2] == "by"
        ):
            return None
        agent = self._analyse(s, (k + 3, comma - 1)) or self._np_before(s, comma - 1)
        if agent is None or agent.is_pronoun or agent.type is SourceType.DOCUMENT:
            return None
        first = s.first_word
        return SourceSpan(
            s.tokens[first].start, s.tokens[comma - 1].end, s.text_of(first, comma - 1),
            SourceType.DOCUMENT, Strength.NAMED if agent.names else agent.strength,
            s.lowers[k - 1], "definite", agent.names,
        )  # fmt: skip

    def _names_included(self, inside: list[Token]) -> bool:
        """'unions, including the AFL-CIO,': a name among the people or bodies "including"
        gives; not a name in a phrase or clause that describes them ('parents, including some
        who rallied outside the Capitol,', 'critics, including two members of the Harbour
        Board,': unnamed people, attr-fresh31)."""
        for t in inside[1:]:
            if t.lower in self.prepositions or t.text in RELATIVES:
                return False
            if t.is_capitalised:
                return True
        return False

    def _relative_around(self, s: ReadSentence, k: int, comma: int) -> SourceSpan | None:
        """The noun a relative clause describes, when the clause takes in the comma at ``k``
        and runs on to the ``comma`` before the cue: its own words reach ``k`` ("Ana Lund, who
        was a member of the Harbour Club, a rowing club, said"), or, after "whose" and its
        noun, a later piece of it is its verb ("Ana Lund, whose brother, a teacher, works at
        the school, said"). Not a clause closed before the subject ("In the town, which
        flooded, the mayor said"), one whose subject says it ("which Ana Ruiz, in a speech,
        called"), nor a clause followed by its noun's own verb ("the clerk, who was hired in
        May, was fired, said Ana Ruiz") or by a reporting aside (", Ruiz recalled,")."""
        last = s.tokens[comma - 1]
        if last.is_word and not last.is_capitalised and _past(last.lower):
            return None  # "The woman who met her, Ana Ruiz recalled, asked": Ruiz's aside
        for r in range(k - 1, max(s.first_word, comma - MAX_APPOSITIVE) - 1, -1):
            token = s.tokens[r]
            if token.text in HARD_STOPS or (token.text == "," and s.tokens[r + 1].lower == "and"):
                return None
            if token.text not in _CLAUSE_RELATIVES:
                continue
            marks = [m for m in range(r + 1, comma) if s.tokens[m].text == ","]
            if token.text == "whose" and marks[0] != k:
                if not any(self._finite_start(s, m + 1) for m in marks[1:]):
                    return None
            elif marks[0] != k or self._finite_start(s, k + 1) or self._subject_at(s, r + 1, k):
                return None
            lead = r - 1 if r > 0 and s.tokens[r - 1].text == "," else r
            source = self._np_before(s, lead - 1) if lead > 0 else None
            if source is None or s.index(source.end) != lead or source.type not in _SPEAKING:
                return None
            start = s.index(source.start)
            before = s.tokens[start - 1] if start > s.first_word else None
            if (
                before is not None
                and before.is_word
                and (before.lower in self.prepositions or source.form != "name")
            ):
                return None  # "a friend he met in Rome, who": not Rome; a noun read in part
            if lead == r and source.form != "name":
                named = self._restrictive_named(s, k, comma)
                if named is not None:
                    return _named_as(s, source, named, comma - 1)
            return self._name_before_description(s, source) or source
        return None

    def _restrictive_named(self, s: ReadSentence, k: int, comma: int) -> SourceSpan | None:
        """The name of an apposition after a restrictive relative clause, from the comma
        ``k`` to the ``comma`` before the cue, which names the clause's noun ("The council
        member who proposed the ban, Jane Ortiz, argued"); not when the clause ends on a
        person, whom the name may be ("The aide who met the minister, Ana Ruiz, said")."""
        named = self._analyse(s, (k + 1, comma - 1))
        if not _names_one(s, named, comma - 1) or named.type not in PEOPLE:
            return None
        inner = self._np_before(s, k - 1)
        return named if inner is None or inner.type not in PEOPLE else None

    def _subject_at(self, s: ReadSentence, first: int, k: int) -> bool:
        """A noun phrase opens at token ``first``, right after the relative pronoun, and ends
        at the comma ``k``: the subject of an object relative ("which Ana Ruiz, in a speech,
        called"), not the verb and object of a subject one ("who heads the union,"), whose
        lower-case word after the pronoun is its verb whatever else it may be."""
        token = s.tokens[first]
        opens = (
            token.is_capitalised
            or token.lower in self.determiners
            or clitic_host(token.lower) in self.personal
        )
        source = self._np_before(s, k - 1) if opens else None
        return source is not None and s.index(source.start) == first

    def _apposition_describes(
        self, s: ReadSentence, source: SourceSpan, k: int, comma: int
    ) -> bool:
        """The apposition between the commas ``k`` and ``comma`` does not name the
        description before it: it is indefinite ("a Denver company"), a relative clause after
        a name and its description ("Tom Hale, the mayor, who is a pilot,"), or the rest of
        the place the description ends on ("a delegate from Austin, Texas,"; "the mayor of
        Oakland, California," after a name)."""
        inside = s.tokens[k + 1 : comma]
        if not inside:
            return False
        if inside[0].lower in INDEFINITE:
            return True
        if inside[0].text in RELATIVE_OPENERS:  # "Tom Hale, the mayor, who is a pilot,"
            return self._name_before_description(s, source) is not None
        if len(inside) > 3 or not all(t.is_capitalised for t in inside if t.is_word):
            return False
        run = k - 1
        while run > 0 and s.tokens[run].is_capitalised:
            run -= 1
        if run == k - 1 or run < s.index(source.start):
            return False
        lead = s.tokens[run].lower
        # "the head of Acme, Ana Ruiz," is named by its apposition; after a name, "the
        # mayor of Oakland, California," goes on with the place
        return lead in _PLACE_ONLY or (
            lead == "of" and self._name_before_description(s, source) is not None
        )

    def _finite_start(self, s: ReadSentence, k: int) -> bool:
        """Token ``k`` opens a finite verb phrase ("works at the school", "is projected")."""
        token = s.tokens[k]
        low = token.lower
        if not token.is_word or token.is_capitalised:
            return False
        if low in self.be or low in AUXILIARIES:
            return True
        return self._verb_like(s, k) and not low.endswith("ing") and low not in self.verb_modifiers

    def _exemplified(self, s: ReadSentence, comma: int, close: int) -> SourceSpan | None:
        """'the port's biggest hawks, like Ann Roe and Tom Hale,': a plural the lexicons do
        not know, ending at ``comma``, whose examples are named: a group of people, named
        through its examples as 'unions, including the AFL-CIO,' is."""
        examples = self._analyse(s, (comma + 2, close - 1))
        if examples is None or examples.form != "name" or examples.type not in PEOPLE:
            return None
        k = comma - 1
        while (
            k > s.first_word
            and comma - k < LOOSE_LENGTH
            and (self._loose_word(s.tokens[k - 1]) or s.tokens[k - 1].lower in self.determiners)
        ):
            k -= 1
        group = self._loose(s, k, comma - 1, anyway=True)
        if group is None:
            return None
        return replace(group, type=SourceType.GROUP, strength=Strength.NAMED, names=examples.names)

    def _unread_noun(self, s: ReadSentence, k: int) -> bool:
        """Token ``k`` is a lower-case plural the lexicons do not know ("rivals", "hawks")."""
        token = s.tokens[k]
        return (
            k > 0
            and token.is_word
            and not token.is_capitalised
            and token.lower.endswith("s")
            and token.lower not in self.closed_class
            and token.lower not in self.verb_modifiers
        )

    def _hometown(self, s: ReadSentence, place: SourceSpan, start: int) -> bool:
        """A name that completes 'of Raleigh' or 'of Raleigh, N.C.' in an apposition."""
        if place.form != "name" or start < 1:
            return False
        lead = start - 1
        if s.tokens[lead].text == "," and start >= 2:
            city = self._np_before(s, start - 2)  # "Raleigh, N.C."
            if city is None or city.form != "name":
                return False
            lead = s.index(city.start) - 1
        # the place is inside an apposition ("Ana Ruiz, of Raleigh"), not a clause before the
        # subject ("Speaking in Harlem, Clinton said")
        return (
            lead > 0
            and s.tokens[lead].lower in _PLACE_LEADS
            and any(t.text == "," for t in s.tokens[max(0, lead - MAX_APPOSITIVE) : lead])
        )

    def _distant_subject(
        self, s: ReadSentence, i: int, link: str | None = None
    ) -> SourceSpan | None:
        """The subject of the cue's clause when other words stand between them.

        'Voters who watched the debate said', 'Ana Ruiz, 31, a nurse, said', 'the experts
        I asked say', 'He arrived and said': from the innermost clause outwards, the
        first noun phrase at the clause start or after a comma or dash that is followed
        by what stands between it and the cue (a relative clause, an apposition, a verb).
        ``link`` is given when the caller knows it ("and is saying": a second verb).
        """
        j = self._skip_back(s, i - 1)
        if j < 0:
            return None
        link = link or self._link(s, i, j)
        if link is None:
            return None
        k = j - 1 if s.tokens[j].text == QUOTE else j  # a quoted phrase inside the clause
        passed = None  # the subject of a clause the second verb does not continue
        if link == "verb":
            owner = self.conjunct_owner(s, i)
            if owner is not None:
                return owner  # "helps the mayor, who arrived late and said"
        while k >= 0 and j - k < MAX_APPOSITIVE * 2:
            text = s.tokens[k].text
            boundary = text in HARD_STOPS or s.tokens[k].lower in SUBORDINATORS
            if boundary or k <= s.first_word:
                found = self._first_subject(s, k + 1 if boundary else s.first_word, j, link)
                if (
                    found is not None
                    and boundary
                    and text not in HARD_STOPS
                    and self._closed_before(s, k, found, j, link)
                ):
                    passed, found = passed or found, None  # read on back
                if found is not None or text in HARD_STOPS:
                    return found or passed
            k -= 1
        return passed

    @staticmethod
    def _closed_before(s: ReadSentence, k: int, found: SourceSpan, j: int, link: str) -> bool:
        """Whether the clause a subordinator at ``k`` opens is not the one a second verb
        after "and" at ``j`` continues: its phrase has no verb of its own ('spoke of her
        years as a nurse in the army, and said': "as" gives a role), or the clause stands
        inside the sentence and a comma closes it before the "and" ('Ana Ruiz spoke as the
        crowd gathered, and said'; 'Police said that the man fled, and added'): the verb is
        the main clause's, whose subject is further back."""
        if link != "verb" or s.tokens[j].lower not in {"and", "but"}:
            return False
        after = s.index(found.end)
        if after < j and all(not t.is_word for t in s.tokens[after:j]):
            return True
        return k > s.first_word and s.tokens[j - 1].text == ","

    def _link(self, s: ReadSentence, i: int, j: int) -> str | None:
        """What stands between a distant subject and the cue, judged by the word before it.

        "verb": the cue is a second verb ('arrived and said', 'began by saying');
        "apposition": 'X, a nurse, said'; "relative": 'voters who watched it said'.
        """
        verb = s.tokens[i].lower
        before = s.tokens[j]
        low = before.lower
        if verb.endswith("ing"):
            if low == GERUND_CAUSE:
                cause = self._participle_before(s, j) or (
                    s.lowers[j - 1] in REACTION_NOUNS and s.lowers[i - 1] not in _NEGATIONS
                )  # "under fire for saying"; not "criticised for never voicing a view"
                return "verb" if cause else None
            if low == "from" and j > 0 and s.lowers[j - 1] in _EXCEPTING:
                return "verb"  # "few ideas aside from stating that": the clause's subject's
            if before.text == QUOTE and j > s.first_word and s.tokens[j - 1].is_word:
                return "verb"  # 'a defence of "harbour values," saying': the comma quoted
            return "verb" if low in GERUND_LEADS else None
        past = verb.endswith("ed") or verb in PAST_IRREGULAR
        if (before.text in APPOSITION or before.text == ")") and before.text != ",":
            return "apposition"  # "X — who ... — states that": after a dash, never a noun
        if not (past or verb in BARE_SPEECH or self._after_relative(s, i, j)):
            return None  # "attacks", "claims", "calls" are nouns as often as verbs
        if low in {"and", "but"}:
            return "verb" if past else None
        if before.text in APPOSITION or before.text == ")":
            return "apposition"
        if clitic_host(low) in self.personal:
            return None  # "I predicted": the subject is right there
        if before.is_word and not before.is_possessive and low not in self.closed_class:
            return "relative"
        return None

    def _participle_before(self, s: ReadSentence, j: int) -> bool:
        """A regular past form right before ``j`` (manner adverbs between): the verb that
        "for" and a gerund give a cause of ("was criticised for saying", "apologised
        widely for claiming"); "known for" is a vague gesture (LABELS.md), an irregular form."""
        k = j - 1
        while k > s.first_word and s.tokens[k].lower in self.verb_modifiers:
            k -= 1
        if not (k >= s.first_word and s.tokens[k].is_word and s.tokens[k].lower.endswith("ed")):
            return False
        m = k - 1
        while m > s.first_word and (
            s.tokens[m].lower in self.be or s.tokens[m].lower in AUXILIARIES
        ):
            m -= 1
        # "the fear of being punished for saying": a gerund a noun owns has no subject here
        return s.tokens[m].lower != "of"

    def _after_relative(self, s: ReadSentence, i: int, j: int) -> bool:
        """A plain present verb at ``i`` ("agree", "warn"; not "claims", "states") after a
        relative clause opened by "who" in its clause ("Economists who like the levy agree"):
        the verb of the clause's subject, which stands before "who"."""
        verb = s.tokens[i].lower
        if verb in NOUN_VERBS or verb.endswith("s") or not s.tokens[i].is_word:
            return False  # a form in -s may be a noun: "two mayors who have run large towns"
        after = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
        if (
            after is not None
            and after.is_word
            and after.lower not in self.function
            and after.lower not in _PARTICLES
        ):
            return False  # a noun before another: "who got the angry voice mail", not "agree that"
        for k in range(j, max(s.first_word, j - MAX_APPOSITIVE) - 1, -1):
            text = s.tokens[k].text
            if text in HARD_STOPS or text == "," or s.tokens[k].lower in SUBORDINATORS:
                return False
            if text == "who":
                # a subject relative ("who like the levy", "who are open to it"), not an
                # object one with its own subject ("who he dubbed", "who the board said")
                return k + 1 < j and self._relative_verb(s, k + 1)
        return False

    def _relative_verb(self, s: ReadSentence, k: int) -> bool:
        """The word at ``k``, right after "who", opens the clause's verb ("who study trade",
        "who are open to it"), not its subject ("who he dubbed", "who critics called")."""
        token = s.tokens[k]
        low = token.lower
        if low in self.be or low in AUXILIARIES:
            return True
        return (
            token.is_word
            and not token.is_capitalised
            and low not in self.function
            and clitic_host(low) not in self.personal
            and low not in self.person_words
        )

    def _first_subject(self, s: ReadSentence, start: int, j: int, link: str) -> SourceSpan | None:
        # "Beyond the footage, the report cited ... and said": a second verb's subject is not
        # the object of an opening preposition (before an article or a name; not "Outside
        # experts", "Over 100 residents"); the clause starts after its comma
        opening = (
            link == "verb"
            and start + 1 < j
            and (
                s.tokens[start].lower in self.prepositions
                # a connector but a coordinator or "of": "In Lirana, ...", not "And the
                # minister ...", "Of the 40 voters, most ..."
                or (s.lowers[start] in self.connectors and s.lowers[start] not in _NOT_OPENERS)
            )
            and (s.lowers[start + 1] in self.determiners or s.tokens[start + 1].is_capitalised)
        )
        while start < j and s.tokens[start].lower in self.function:
            start += 1  # "Yet he ...", "And the minister ..."
        for k in range(start, j):
            if k != start and s.tokens[k - 1].text not in APPOSITION:
                continue
            if opening and (k == start or s.tokens[k].lower in self.function):
                continue
            if k not in s.phrases_after:  # the same starts again from a clause further out
                s.phrases_after[k] = self._np_after(s, k)
            source = s.phrases_after[k]
            if source is None or source.head in self.time_words:
                continue
            after = s.index(source.end)
            if source.head in _TIME_UNITS and after < j and s.lowers[after] in _TIME_RELATIONS:
                continue  # "Hours later, Ruiz ...": a time, and the subject after its comma
            while after < j and s.tokens[after].lower in self.verb_modifiers:
                after += 1
            if after > j:
                continue
            if (
                link == "apposition"
                and source.type is SourceType.DOCUMENT
                and s.lowers[k] in ARTICLES  # "An article", not "30 minutes into the set"
            ):
                after = self._past_postmodifiers(s, after, j)
            token = s.tokens[after]
            low = clitic_host(token.lower)
            relative = (
                low in RELATIVE_OPENERS
                or low in self.personal
                or low in self.postmodifiers
                or self._participle_after_noun(s, after)  # "a union representing pilots"
            )
            if (
                relative
                or (link == "relative" and low in self.connectors)
                or (link != "relative" and token.text in APPOSITION)
                or (link == "verb" and token.is_word and low not in self.function)
            ):
                if relative and source.vague:
                    # "people who have battled online threats say": the clause describes them
                    return replace(source, vague=False, strength=Strength.ANONYMOUS)
                if source.form == "name":
                    return self._typed_by_apposition(s, source) or source
                return self._named_by_apposition(s, source) or source
        return None

    def _past_postmodifiers(self, s: ReadSentence, after: int, j: int) -> int:
        """Where a document's prepositional phrases end, when they run from ``after`` to
        the comma of an apposition ("An article about the pier, drawn from council papers,
        reported"); ``after`` itself when anything else stands there (a verb, a clause)."""
        if s.tokens[after].lower not in self.prepositions and s.lowers[after] not in _JOINERS:
            return after  # "on Monday about the pier" opens with a joiner (attr-recall14)
        for k in range(after + 1, min(j, after + _POSTMODIFIER_REACH) + 1):
            token = s.tokens[k]
            if token.text == ",":
                return k
            if (
                not token.is_word
                or token.lower in self.be
                or token.lower in AUXILIARIES
                or token.lower in RELATIVE_OPENERS
                or token.lower in SUBORDINATORS
            ):
                return after
        return after

    def clause_subject(self, s: ReadSentence, cue: int | None = None) -> SourceSpan | None:
        """The source expression a sentence opens with, after an introductory phrase; with
        ``cue``, of the clause that holds it, after the last colon before it ("Hong Kong
        chaos: China deploys troops and warns ...")."""
        tokens = s.tokens
        start = s.first_word
        if cue is not None and ":" in s.lowers[start + 1 : cue]:  # (most clauses: none)
            colons = (k for k in range(cue - 1, start, -1) if tokens[k].text == ":")
            # a colon before a space ends a kicker; "3:1-5" and "10:30" do not
            start = next((k + 1 for k in colons if tokens[k + 1].start > tokens[k].end), start)
        for k in range(start, min(len(tokens), start + 10)):
            if tokens[k].text == ",":
                # an opening phrase: "In 2019, ...", "Moments later, ...", "Growing up in
                # Ohio, ..." (a participle, then a lower-case word: not "Manning, a ...")
                first = tokens[start]
                participle = (
                    k - start >= 3  # checked first: a lone comma has no second token
                    and first.lower.endswith(("ing", "ed"))
                    and tokens[start + 1].is_word
                    and tokens[start + 1].text.islower()
                )
                if (
                    first.lower in self.function
                    or (tokens[k - 1].lower in self.time_words and self._time_opening(s, start, k))
                    or participle
                ):
                    start = k + 1
                break
        subject = self._np_after(s, start, stop_at_verb=True, compound=True)
        interviewed = self._interviewed(s, start, subject)
        if interviewed is not None:
            return interviewed
        if subject is None:
            return None
        after = s.index(subject.end)
        if not any(t.is_word for t in tokens[after:]):
            return None  # "Getty.": a credit or caption line, no clause
        if after == start + 1 and tokens[after].lower in _OBJECT_PRONOUNS:
            return None  # "Tell me a story.": a verb in the imperative, not a name
        if tokens[after - 1].is_possessive and subject.form == "name":
            # "Ana Ruiz's speech ..., she said": the owner is salient
            return owned(subject, tokens[after - 1])
        if (
            subject.form == "name"
            and subject.type is SourceType.PERSON
            and after == start + 1
            and after < len(tokens)
            and (tokens[after].lower in _PLURAL_VERBS or self._common_pair(tokens, after))
        ):
            # one capitalised word with a plural verb ("Minicabs are lagging", "Minicabs and
            # rickshaws are lagging"): a set, which "they" may stand for, not "he" or "she"
            return replace(subject, type=SourceType.GROUP)
        if subject.form != "name":
            return self._named_by_apposition(s, subject) or subject
        return self._typed_by_apposition(s, subject) or subject

    def _time_opening(self, s: ReadSentence, start: int, comma: int) -> bool:
        """Whether the words before ``comma``, which end on a time word, are an opening
        phrase ("Last year,", "Two days later,", "Early on Tuesday night,") and not a clause
        that ends on one ("Hale has vetoed nine bills this year, more than ..."): a few words,
        none of them an auxiliary or a form of "be"."""
        return comma - start <= _TIME_OPENING and not any(
            t.lower in AUXILIARIES or t.lower in self.be for t in s.tokens[start:comma]
        )

    def _common_pair(self, tokens: list[Token], after: int) -> bool:
        """'Minicabs and rickshaws are': the opening word joined by "and" to a plural common
        noun in lower case, before a plural verb (not "Hale and his wife are": a person and
        someone of theirs)."""
        if after + 2 >= len(tokens) or tokens[after].lower != "and":
            return False
        other = tokens[after + 1]
        return (
            other.is_word
            and other.text.islower()
            and other.lower.endswith("s")
            and other.lower not in self.closed_class
            and tokens[after + 2].lower in _PLURAL_VERBS
        )

    def _interviewed(
        self, s: ReadSentence, start: int, subject: SourceSpan | None
    ) -> SourceSpan | None:
        """'We spoke to one mother, who ...', 'The Gazette interviewed a nurse': the person
        the writer or an outlet interviewed, of whom a pronoun or quotation after speaks."""
        if start < len(s.tokens) and s.tokens[start].lower in self.writer:
            k = start + 1
        elif subject is not None and subject.type is SourceType.OUTLET:
            k = s.index(subject.end)
        else:
            return None
        lows = tuple(s.lowers[k : k + 3])
        verb = next((v for v in self.interviewing if lows[: len(v)] == v), None)
        if verb is None:
            return None
        person = self._np_after(s, k + len(verb), stop_at_verb=True)
        if person is None or person.type not in PEOPLE or person.is_pronoun:
            return None
        # once introduced, "one mother" is the mother a "she" after may stand for
        return replace(person, form="definite") if person.form == "indefinite" else person

    @staticmethod
    def _asks_anonymity(s: ReadSentence, end: int, anonymity: int | None) -> bool:
        """Whether the anonymity phrase starting at token ``anonymity`` is the apposition
        after a source ending before token ``end`` ("The captain, who asked not to be
        named,"), or closes it ("Hale's neighbour, a retired teacher who asked not to be
        named,": the teacher asks; attr-fresh35), with no other comma between them."""
        if anonymity is None or anonymity < end:
            return False
        if anonymity == end:
            return True
        # an apposition that asks, not one that says how close it stands ("the mayor, one of
        # the people familiar with the plan,"; "The captain, as he stood by the pier,")
        return (
            s.tokens[end].text == ","
            and s.lowers[end + 1] in ARTICLES  # "X, a retired teacher who"
            and all(t.text != "," and t.is_word for t in s.tokens[end + 2 : anonymity])
            and not _ASKED.isdisjoint(s.lowers[anonymity : anonymity + ANONYMITY_REACH])
        )

    def _name_before_description(
        self, s: ReadSentence, source: SourceSpan | None
    ) -> SourceSpan | None:
        """'Ann Roe, a nurse who said': the description is in apposition to the name before it,
        also when describing words the phrase left out open it ("Tom Hale, managing partner
        of the bank and author of ..., a book on debt, said")."""
        if source is None or source.form == "name":
            return None
        start = s.index(source.start)
        k = start - 1
        while k > start - 3 and k > 0 and self._left_out(s.tokens[k]):
            k -= 1
        if k < 1 or s.tokens[k].text != ",":
            return None
        name = self._np_before(s, k - 1)
        if name is None or name.form != "name":
            return None
        if name.type != source.type:
            if name.type is not SourceType.PERSON or source.type not in _BODIES:
                return None  # "condemned the plan, the groups who wrote": a new clause
            # "Brightline, a logistics firm, which said": a name the lexicons do not know is
            # typed a person; its apposition says what it is (attr-fresh35)
            return replace(name, head=source.head, type=source.type)
        return replace(name, head=source.head)

    def _left_out(self, token: Token) -> bool:
        """A lower-case describing word a phrase's bounds may leave out ("managing")."""
        return (
            token.is_word
            and not token.is_capitalised
            and token.lower not in self.closed_class
            and token.lower not in self.speech_words
        )

    def _named_by_apposition(
        self, s: ReadSentence, source: SourceSpan, *, last: bool = False
    ) -> SourceSpan | None:
        """'the two leading Republicans, Ann Roe and Tom Hale,': the apposition names them;
        with ``last``, an apposition may also close the sentence ("..., said another
        witness, Ann Roe.")."""
        comma = s.index(source.end)
        if comma >= len(s.tokens) or s.tokens[comma].text not in _APPOSITION_MARKS:
            return None
        if s.tokens[comma].text == "-" and s.text_of(comma, comma + 1) == "--":
            comma += 1  # "the scholars -- Ann Roe and Tom Hale -- agreed"
        close = _next_comma(s, comma, 12)
        if (
            close is None
            and last
            and comma + 1 < len(s.tokens)
            and s.tokens[comma + 1].lower not in RELATIVE_OPENERS
        ):
            close = _sentence_end(s, comma)  # not "..., said the mayor, who spoke in Leeds."
        if not close or close == comma + 1 or s.tokens[comma + 1].lower in _EXAMPLE_LEADS:
            return None  # "other Republicans, like Ann Roe,": an example names the set
        named = self._analyse(s, (comma + 1, close - 1))
        if not _names_one(s, named, close - 1):
            return None
        return _named_as(s, source, named, close - 1)

    def _typed_by_apposition(self, s: ReadSentence, name: SourceSpan) -> SourceSpan | None:
        """'Clean Rivers Now, an environmental group,': the apposition says what the name is."""
        comma = s.index(name.end)
        if comma >= len(s.tokens) or s.tokens[comma].text != ",":
            return None
        close = _next_comma(s, comma, 8)
        if close is None or s.tokens[comma + 1].lower not in ARTICLES:
            return None
        # "a chemicals company based in Lyon": the description ends at its last known noun
        last = next(
            (k for k in range(close - 1, comma + 1, -1) if s.tokens[k].lower in self.head_words),
            None,
        )
        described = self._analyse(s, (comma + 1, last)) if last is not None else None
        if described is None or described.form == "name":
            return None
        return replace(name, type=described.type, head=described.head)


def _named_as(s: ReadSentence, source: SourceSpan, named: SourceSpan, last: int) -> SourceSpan:
    """A description with the apposition that names it (up to token ``last``): named."""
    return replace(
        source,
        end=named.end,
        text=s.text_of(s.index(source.start), last),
        strength=Strength.NAMED,
        form="name",
        names=source.names + named.names,
    )


def _names_one(s: ReadSentence, named: SourceSpan | None, last: int) -> bool:
    """Whether an apposition ending at token ``last`` names its noun: a name ("Tom Hale"), or
    a role the reader grades a named person that ends on a name ("former envoy to Spain Tom
    Hale"); not a relative clause that mentions one ("who backed Ann Roe's plan")."""
    if named is None:
        return False
    if named.form == "name":
        return True
    return (
        named.form == "bare"
        and named.type is SourceType.PERSON
        and named.strength is Strength.NAMED
        and last > 0
        and s.tokens[last].is_capitalised
        and s.tokens[last - 1].is_capitalised
        and named.text.split(maxsplit=1)[0].lower() not in RELATIVES
    )


def _clause_aside(inside: list[Token]) -> bool:
    """'A witness, speaking to Reuters,' and 'A witness, who spoke to Reuters,': a clause
    between the commas says to whom the source spoke, and the outlet in it is the relay, not
    the source's name (a relayed source keeps its own grade, LABELS.md)."""
    if inside[0].text in RELATIVES and len(inside) > 1:
        return inside[1].lower in _SPOKE_TO
    return inside[0].lower in _SPOKE_TO


def _opening_adverb(low: str) -> bool:
    """A sentence adverb set off by a comma at the head of a clause ("Nonetheless,",
    "Meanwhile,", "Instead,", "Still,")."""
    return low in _OPENING_ADVERBS or (low.endswith("ly") and len(low) > 4)


def _after_who(s: ReadSentence, verb: int) -> bool:
    """A lower-case word right after "who" is its verb, whatever else it may be ("who like")."""
    return s.tokens[verb - 1].text == "who" and s.tokens[verb].text.islower()


def _sentence_end(s: ReadSentence, comma: int) -> int | None:
    """The token after the last word of the sentence, when no other mark than the closing
    ones stands between ``comma`` and it (an apposition that ends the sentence)."""
    n = len(s.tokens)
    while n > comma + 1 and not s.tokens[n - 1].is_word:
        n -= 1
    if n - comma > 12 or any(not t.is_word for t in s.tokens[comma + 1 : n]):
        return None
    return n


def _past(low: str) -> bool:
    return low.endswith("ed") or low in PAST_IRREGULAR


def _next_comma(s: ReadSentence, comma: int, reach: int) -> int | None:
    """The comma (or dash) that closes an apposition opened at ``comma``, within ``reach``
    tokens; a dash is closed by the same dash only ("the scholars -- Ann Roe, Tom Hale --")."""
    end = min(len(s.tokens), comma + reach)
    mark = s.tokens[comma].text
    return next((k for k in range(comma + 1, end) if s.tokens[k].text == mark), None)


def _the_count(s: ReadSentence, j: int) -> bool:
    """Tokens ``j - 1`` and ``j`` are "the" and a small count: "the two"."""
    return s.tokens[j].lower in _COUNTS and j > 0 and s.tokens[j - 1].lower == "the"


def _name_preposition(s: ReadSentence, k: int) -> bool:
    """A capitalised preposition inside a sentence, between capitalised words, belongs to a
    name ("Doctors Without Borders", "Mothers Against Drunk Driving"), not to a place given to
    people before it ("farmers across the county"); a headline in title case capitalises
    every preposition (attr-fresh35)."""
    return (
        k > s.first_word
        and s.tokens[k].is_capitalised
        and s.tokens[k - 1].is_capitalised
        and not s.title_case
    )


def _approximate_count(s: ReadSentence, start: int) -> bool:
    """'about 40 lawmakers', 'around 300 residents': the word before a count approximates it;
    it is not a preposition placing the people."""
    lead = s.tokens[start - 1].lower
    return lead in _APPROXIMATING and s.tokens[start].text[0].isdigit()


def _ranking(low: str) -> bool:
    """A word that picks one out of a series: "the first woman to", "the youngest mayor to"."""
    return low in _RANKS or (low.endswith("est") and len(low) > 5)


def owned(subject: SourceSpan, last: Token) -> SourceSpan:
    """A possessive name without its ending (its last token's base): "Ana Ruiz's" -> "Ana
    Ruiz"."""
    cut = len(last.text) - len(last.base)
    if not cut:
        return subject
    return replace(subject, end=subject.end - cut, text=subject.text[:-cut])


_SUBORDINATE = SUBORDINATORS | {"which", "who"}


def _list_item(s: ReadSentence, k: int) -> bool:
    """Whether the sentence opens with "the first", "the latest", "another" up to token ``k``
    (before an apposition's comma): an item of a list, no source of its own."""
    first = s.first_word
    low = s.tokens[k].lower
    if k == first:
        return low == "another"
    return k == first + 1 and low in _LIST_ITEMS and s.tokens[first].lower == "the"
