"""Where a noun phrase starts and ends, read from either side of a cue."""

from __future__ import annotations

from dataclasses import replace

from auditor.attribution.grammar import (
    ACCESS,
    ACCESS_OPENERS,
    ANONYMITY_REACH,
    ARTICLES,
    AUXILIARIES,
    BRIDGE,
    CALENDAR,
    DASHES,
    HARD_STOPS,
    MADE_FOR,
    MAX_APPOSITIVE,
    NOUN_VERBS,
    OBJECT_LEADS,
    PAST_IRREGULAR,
    PEOPLE,
    PREDICATIVE,
    PUBLISHED,
    RELATIVES,
    WEEKDAYS,
    on_weekday_in,
)
from auditor.attribution.sentence import (
    ReadSentence,
    be_clitic,
    clitic_host,
    closing_paren,
    ends_with,
    is_acronym,
    opening_paren,
)
from auditor.attribution.spans import SourceSpan
from auditor.models import SourceType, Strength
from auditor.tokens import POSSESSIVE_LAST, QUOTE, Token

# prepositions that open a date as well as the time words ("By Friday the agency said")
_TIME_PREPOSITIONS = frozenset({"by", "since", "until", "till", "from", "before", "after"})

# marks after which a capital opens a clause, not a name: a colon, an opening quotation mark,
# a bracket, a dash ("The Latest: Early voting ...", "(Later, ...")
_CLAUSE_OPENERS = frozenset(":;([{“‘«—–-") | {"--", "``"}
_STRAIGHT_QUOTES = frozenset({'"', "'", "''"})  # opening where a space comes before them

_ASIDE_DASHES = DASHES | {"―", "--"}  # the marks that set off an aside: "X — and Y — said"

# heads a name after may be the name of ("a newspaper, El Faro", "a journal Marine Policy")
_NAMED_BY_APPOSITION = frozenset({SourceType.ORGANISATION, SourceType.OUTLET})

# connectors that do not join a head to its complement: coordinators, and "by" (an agent)
_NOT_COMPLEMENTS = frozenset({"and", "&", "by"})
# words that approximate a count after a preposition inside a noun phrase ("a clerk of
# nearly six years", "a town of about 900 people"), stepped over with the count's words
_COUNT_APPROXIMATORS = frozenset({"nearly", "almost", "about", "around", "roughly", "some"})
_COUNT_LEADS = frozenset({"of", "for", "with"})  # connectors that open such a phrase

# endings of nouns the lexicons do not know, inside a compound before a known head ("law
# enforcement officials", "nuclear proliferation experts"); no verb ends so
_APOSTROPHES = frozenset({"'", "’"})  # a plural's possessive mark, split off its word
_NOUN_ENDINGS = ("ment", "tion", "sion", "ship", "ance", "ence", "ity", "ism")


class NounPhrases:
    """Where a noun phrase starts and ends, read from either side of a cue."""

    def _skip_back(self, s: ReadSentence, j: int) -> int:
        """Step back over auxiliaries, adverbs, raising verbs and time expressions."""
        if j not in s.skipped:
            s.skipped[j] = self._step_back(s, j)
        return s.skipped[j]

    def _adverb(self, s: ReadSentence, j: int) -> bool:
        """An -ly word read as an adverb; after a determiner it is a noun ("the rally"), and so
        is a source's head after a describing word ("a close ally", "the final tally")."""
        token = s.tokens[j]
        if not token.lower.endswith("ly") or token.is_capitalised:
            return False
        before = s.tokens[j - 1] if j > 0 else None
        if before is None:
            return True
        if (
            token.lower in self.head_words
            and before.is_word
            and not before.is_capitalised
            and (before.lower not in self.head_words or before.lower in self.modifiers)
        ):
            return False  # "a close ally", "the final tally", "the grieving family" (attr56)
        return not (before.lower in self.determiners or before.is_possessive)

    def _time_word(self, s: ReadSentence, k: int, j: int) -> bool:
        """Token ``k`` belongs to a time phrase ending at ``j`` ("this past week", "in the
        past")."""
        low = s.tokens[k].lower
        if low == "the":
            return k < j and k > 0 and s.tokens[k - 1].lower in self.time_words
        return low in self.time_words and not self._surname(s, k)

    def _surname(self, s: ReadSentence, k: int) -> bool:
        """A capital on a common word (a time word, an adverb, a modifier) is a name's where
        no clause opens: inside a sentence of sentence case ('but Early still says'), after
        a quotation ('"...," Long said'), or opening the sentence right before 'says', 'said',
        'told' or 'wrote', which are no nouns ('White says'; not 'Leaked notes', 'All told',
        'Officials say', 'It says')."""
        token = s.tokens[k]
        low = token.lower
        if (
            not token.is_capitalised
            or low not in self.surname_words
            or low in CALENDAR
            or s.title_case  # asked last: most sentences never work it out
        ):
            return False
        mark = s.tokens[k - 1] if k > 0 else None
        if mark is not None and mark.text == QUOTE:
            return True
        if k > s.first_word:
            if mark.text in _STRAIGHT_QUOTES:  # '"We will," Early said' closes, ': "Early' opens
                return k > 1 and s.tokens[k - 2].end == mark.start
            return mark.text not in _CLAUSE_OPENERS
        return k + 1 < len(s.tokens) and s.tokens[k + 1].lower in PAST_IRREGULAR

    def _step_back(self, s: ReadSentence, j: int) -> int:
        while j >= 0:
            token = s.tokens[j]
            low = token.lower
            modifier = low in self.verb_modifiers and (
                j == s.first_word or not token.is_capitalised or s.title_case
            )  # "Rick Roe Just Announced" in a title-case headline
            modifier = modifier and not self._surname(s, j)  # "Long says"
            if modifier or self._adverb(s, j):
                j -= 1
                continue
            raising = ends_with(s, j, self.raising)
            if raising:
                first = s.tokens[j - raising + 1].lower
                progressive = first.endswith("ing")
                if progressive and not self._be_before(s, j - raising):
                    # "trapped in a dead end trying to explain": no raising of a subject (but
                    # a participle clause: ", refusing to concede that")
                    before = j - raising
                    if before < 0 or s.tokens[before].text not in {",", "and", "but"}:
                        break
                j -= raising
                if first in PREDICATIVE or progressive:
                    # "voters were (far) more likely to say", "the mayor is trying to tell"
                    while j >= 0 and (
                        s.tokens[j].lower in self.verb_modifiers or self._adverb(s, j)
                    ):
                        j -= 1
                    if j >= 0 and s.tokens[j].lower in self.be:
                        j -= 1
                continue
            k = j
            while k >= 0 and self._time_word(s, k, j) and not self._in_name(s, k):
                k -= 1
            if k < j and any(s.tokens[m].lower not in self.function for m in range(k + 1, j + 1)):
                j = k
                continue
            break
        return j

    def _be_before(self, s: ReadSentence, j: int) -> bool:
        """A form of "be" ends at ``j``, adverbs aside ("is now trying to", "he's trying to")."""
        while j >= 0 and (s.tokens[j].lower in self.verb_modifiers or self._adverb(s, j)):
            j -= 1
        if j < 0:
            return False
        low = s.tokens[j].lower
        return low in self.be or be_clitic(low) or clitic_host(low) in {"he", "she", "it", "who"}

    def _in_name(self, s: ReadSentence, k: int) -> bool:
        """A capitalised month or season right after a capitalised name word is part of the
        name ("Theresa May said", "Ana Winter said"); a weekday never is ("the Court Monday
        ruled"), nor a month after a time word or a function word ("In May", "Last June")."""
        token = s.tokens[k]
        if k < 1 or not token.is_capitalised or token.lower in WEEKDAYS:
            return False
        before = s.tokens[k - 1]
        return (
            before.is_word
            and before.is_capitalised
            and before.base.lower() not in self.time_words  # "Monday's Morning Email"
            and before.lower not in self.function
        )

    def _anonymity_before(self, s: ReadSentence, j: int) -> int | None:
        """Start index of an anonymity phrase ending at ``j`` ("familiar with the matter")."""
        lowers = s.lowers
        # most of the words the loop reads hold no lead, which one C call finds
        if not self.anonymity_leads.isdisjoint(lowers[max(0, j - ANONYMITY_REACH + 1) : j]):
            for k in range(j - 1, max(-1, j - ANONYMITY_REACH), -1):
                if lowers[k] in self.anonymity_leads and lowers[k + 1] in ACCESS:
                    while k > 0 and lowers[k - 1] in ACCESS_OPENERS:
                        k -= 1  # "people with direct knowledge of"
                    return k - 1 if k > 0 and s.tokens[k - 1].text == "," else k
        length = ends_with(s, j, self.anonymity)
        if length:
            k = j - length + 1
            if k > 0 and s.tokens[k - 1].text == ",":
                k -= 1
            return k
        if s.tokens[j].text == ",":
            k = ends_with(s, j - 1, self.anonymity)
            if k:
                start = j - k
                return start - 1 if start > 0 and s.tokens[start - 1].text == "," else start
        return None

    def _np_word(self, s: ReadSentence, k: int) -> bool:
        token = s.tokens[k]
        if not token.is_word:
            return False
        if not token.text.islower() and is_acronym(token):  # (most words: lower case)
            return True
        low = token.lower
        if low in self.outside_phrases and not (token.is_capitalised and self._given_name(s, k)):
            return False  # a function word (but "those"), the writer's pronoun, "be"
        if low in self.personal or (
            ("'" in low or "’" in low) and clitic_host(low) in self.personal
        ):
            return False  # "he", "I've", "we're", "he'd" (a word with no clitic is its host)
        if low in self.speech_words and k > s.first_word and s.title_case:
            return False  # "Ana Ruiz Says ...": a verb of a Title Case headline
        return (
            (token.is_capitalised and not self._initial_common(s, k))
            or low in self.head_words
            or low in self.modifiers
            or low in self.determiners
            or (token.text[0].isdigit() and not _clock_minutes(s, k))
            # a possessive's base ("officials'"; a word without one is its own base, read above)
            or (token.text[-1] in POSSESSIVE_LAST and token.base.lower() in self.head_words)
            or (token.is_capitalised and token.is_possessive)
            # "the air force said": the last word of a two-word head, after its first
            or (low in self.head_lasts and k > 0 and f"{s.lowers[k - 1]} {low}" in self.head_words)
            # "Republican establishment figures": the first word of a two-word head, before its last
            or (
                low in self.head_firsts
                and k + 1 < len(s.tokens)
                and f"{low} {s.lowers[k + 1]}" in self.head_words
            )
        )

    def _given_name(self, s: ReadSentence, k: int) -> bool:
        """'Will Doyle said': a function word that is also a given name is one before a
        capitalised word that is no common word, in a sentence that is not a question
        ("Will Doyle say yes?")."""
        token = s.tokens[k]
        if not token.is_capitalised or token.lower not in self.given_genders or s.title_case:
            return False
        after = s.tokens[k + 1] if k + 1 < len(s.tokens) else None
        return (
            after is not None
            and after.is_word
            and after.is_capitalised
            and after.lower not in self.common
            and s.tokens[-1].text != "?"
        )

    def _initial_common(self, s: ReadSentence, k: int) -> bool:
        """A sentence-initial capital on a common word ("Apparently", "Officials").

        A word in -ly is an adverb unless a name or a verb of saying follows ("Kelly said").
        """
        # a clause opens the sentence or follows a colon ("The Latest: Mourners say ...")
        if not (k == s.first_word or (k > s.first_word and s.tokens[k - 1].text == ":")):
            return False  # most words
        # the phrases and names read for a sentence's cues ask again of its first word
        if k not in s.initial_common:
            s.initial_common[k] = self._opening_common(s, k)
        return s.initial_common[k]

    def _opening_common(self, s: ReadSentence, k: int) -> bool:
        """:meth:`_initial_common` of token ``k``, where a clause opens."""
        if is_acronym(s.tokens[k]) or self._surname(s, k) or self._given_name(s, k):
            return False  # "WHO said": an acronym is a name even where "who" is a word
        low = s.tokens[k].lower
        after = s.tokens[k + 1] if k + 1 < len(s.tokens) else None
        if (
            low in self.common
            or clitic_host(low) in self.function
            or (low.endswith("ing") and after is not None and after.lower in self.closed_class)
        ):
            return True  # "Following the meeting", "That's why" (but "Manning said" is a name)
        if after is not None and after.lower == "of" and k + 2 < len(s.tokens):
            word = s.tokens[k + 2]
            if word.is_word and not word.is_capitalised and word.lower not in self.determiners:
                return True  # "Percentage of likely voters", "Share of adults": no "X of <place>"
        if not low.endswith("ly"):
            return False
        m = k + 1  # over adverbs of the verb: "Kelly also said", "Kelly later told"
        while m + 1 < len(s.tokens) and s.tokens[m].lower in self.verb_modifiers:
            m += 1
        after = s.tokens[m] if m < len(s.tokens) else None
        if after is None:
            return True
        if after.is_capitalised or after.lower in self.speech_words:
            return False
        # "Donnelly recalled that ...": a verb with a clause of content after it needs a
        # subject, so the word before it is a name, not an opening adverb
        return not (
            after.lower.endswith(("ed", "s"))
            and m + 1 < len(s.tokens)
            and s.tokens[m + 1].lower == "that"
        )

    def _np_before(self, s: ReadSentence, j: int) -> SourceSpan | None:
        if j < 0 or (s.tokens[j].lower in self.determiners and not self._object_her(s, j)):
            return None  # "a swiftly called meeting": a noun phrase never ends in "a"
        token = s.tokens[j]
        if clitic_host(token.lower) in self.personal:
            return self._analyse(s, (j, j))
        if j > 0 and s.tokens[j - 1].text == "@" and s.tokens[j - 1].end == token.start:
            return self._handle(s, j)
        k = self._unknown_tail(s, j)
        start = j + 1
        while True:
            while k >= 0:
                if self._extends_back(s, k, j):
                    k -= 1
                elif s.tokens[k].text == ")" and (opening := opening_paren(s, k)) is not None:
                    k = opening - 1  # "Sen. Ana Ruiz (D-N.Y.) said"
                else:
                    break
            bridged = self._bridge(s, k + 1, j)
            if bridged >= start or not self._complement_of(s, bridged):
                break
            start = bridged
            # "Critics of the new harbour plan": the bridged phrase completes a known head
            # before its "of", which the phrase runs back to
            k = start - 1
        unbridged = k + 1
        start = bridged
        while start <= j and s.tokens[start].lower in self.connectors:
            start += 1
        if start > j:
            return None
        start = self._contact_clause(s, start, j)
        start = self._after_date(s, start, j)
        found = self._analyse(s, (start, j))
        if found is None and start < unbridged <= j and s.tokens[start].lower in self.modifiers:
            return self._analyse(s, (unbridged, j))  # bridged to a modifier that does not fit
        return self._led_by(s, start, j, found) or found

    def _handle(self, s: ReadSentence, j: int) -> SourceSpan | None:
        """A social-media handle ending at ``j`` ("@harbourfan") names its account: a person
        noun right before it is that person, named ("one Twitter user @harbourfan"); a handle
        alone opens a clause as a name ("@harbourfan wrote")."""
        at = j - 1
        named = s.text_of(at, j)
        person = self._np_before(s, at - 1) if at > s.first_word else None
        if person is not None and s.index(person.end) == at and person.type in PEOPLE:
            text = s.text_of(s.index(person.start), j)
            return replace(
                person, end=s.tokens[j].end, text=text, strength=Strength.NAMED,
                form="name", names=(named,), vague=False, anaphoric=False,
            )  # fmt: skip
        if at != s.first_word and s.tokens[at - 1].is_word:
            return None  # "I love @harbourfan": an object, not a subject
        return SourceSpan(
            s.tokens[at].start, s.tokens[j].end, named, SourceType.PERSON, Strength.NAMED,
            s.tokens[j].lower, "name", (named,),
        )  # fmt: skip

    def _after_date(self, s: ReadSentence, start: int, j: int) -> int:
        """Where a subject starts that a date opens without a comma ("On Tuesday the council
        said", "Last March Smith said"): the weekday or month after a time word or a
        preposition of time says when, not who ("Theresa May said" keeps its name)."""
        before = s.tokens[start - 1].lower if start > 0 else ""
        led = before in self.time_words or before in _TIME_PREPOSITIONS
        k = start
        if not led and s.tokens[k].lower in self.time_words and s.tokens[k].lower not in CALENDAR:
            k += 1  # "Last Tuesday the board said"
            led = True
        date = k
        while k < j and s.tokens[k].is_capitalised and s.tokens[k].lower in CALENDAR:
            k += 1
        if k == date or not led:
            return start
        after = s.tokens[k]
        return k if after.lower in self.determiners or after.is_capitalised else start

    def _contact_clause(self, s: ReadSentence, start: int, j: int) -> int:
        """'the result the mayor promised', 'a point the ministry denied': an article right
        after a noun opens the subject of a relative clause without 'that'; the phrase the verb
        has is the one it opens (not after a role: "spokesman the Rev. Tom Hale"). So does a
        name after a noun of a phrase opened by "a" or "an" ("a decision Mr. Hale called
        cruel", "in a radio interview Ruiz declared"): with "the", or after a body's noun, it
        may be the noun's own name ("the group Harbor First said", "a newspaper El Faro")."""
        indefinite = s.lowers[start] in ARTICLES and s.lowers[start] != "the"
        if not indefinite and ARTICLES.isdisjoint(s.lowers[start + 1 : j + 1]):
            return start  # most phrases: no article after their first word, no name to read
        for m in range(j, start, -1):
            if s.lowers[m] not in ARTICLES and not (indefinite and s.tokens[m].is_capitalised):
                continue  # (most words: neither kind of clause opens at them)
            before = s.tokens[m - 1]
            if not (
                before.is_word
                and not before.is_capitalised
                and before.lower not in self.closed_class
                and before.lower not in self.connectors
                and before.lower not in self.modifiers
                and before.lower not in self.role_words  # "Vatican spokesman the Rev. Tom Hale"
            ):
                continue
            if s.lowers[m] in ARTICLES:
                return m
            if (
                indefinite
                and self.head_types.get(before.lower) not in _NAMED_BY_APPOSITION
                and self._name_opens_clause(s, m, j)
            ):
                return m
        return start

    def _led_by(
        self, s: ReadSentence, start: int, j: int, agent: SourceSpan | None
    ) -> SourceSpan | None:
        """'Twelve states led by Valdonia', 'a team headed by Ana Ruiz': the agent of a
        participle after a noun phrase belongs to it; the phrase before is the source. So
        does the client after a participle of making ("a poll conducted for CNN")."""
        if start < 3:
            return None
        link = s.lowers[start - 1]
        if link != "by" and not (link == "for" and s.lowers[start - 2] in MADE_FOR):
            return None
        participle = s.tokens[start - 2]
        if not (
            participle.is_word and participle.text.islower() and participle.lower.endswith("ed")
        ):
            return None
        owner = self._np_before(s, start - 3)
        if owner is None or owner.is_pronoun or owner.form == "name":
            return None  # "Ana Ruiz, backed by ...": a name needs no agent to name it
        if link == "for" and owner.type is not SourceType.DOCUMENT:
            return None  # "a team assembled for the match": no client of a document
        text = s.text_of(s.index(owner.start), j)
        if owner.type is SourceType.DOCUMENT and agent is not None:
            # "emails obtained by Harbor Leaks", "a survey conducted by Ana Ruiz": named by it
            return replace(owner, end=s.tokens[j].end, text=text, strength=agent.strength)
        return replace(owner, end=s.tokens[j].end, text=text)

    def _complement_of(self, s: ReadSentence, start: int) -> bool:
        """The phrase bridged back to ``start`` follows a connector after a known person or
        group head ("Critics of the new harbour plan", "rivals for the party nomination"): the
        phrase is that head's complement."""
        if start < 2 or s.tokens[start - 1].lower not in self.connectors:
            return False
        if s.tokens[start - 1].lower in _NOT_COMPLEMENTS:
            return False
        head = s.tokens[start - 2]
        opening = not head.is_capitalised or start - 2 == s.first_word
        return opening and head.lower in self.person_words

    def _object_her(self, s: ReadSentence, j: int) -> bool:
        """'her' as the object pronoun that ends a phrase, not the determiner of a noun to
        come ("her said remarks" has none): after a preposition ("a lawyer for her said") or
        after "to" after a relational head ("Aides to her said")."""
        if s.lowers[j] != "her" or j < 1:
            return False
        before = s.lowers[j - 1]
        if before in OBJECT_LEADS:
            return True
        return before == "to" and j > 1 and s.lowers[j - 2] in self.relational_heads

    def _unknown_tail(self, s: ReadSentence, j: int) -> int:
        """Where to read on from when a phrase ends in words the lexicons do not know.

        'The minister of the economy': 'economy' is unknown, but 'of the' links it to
        a known head, so the phrase is read on from 'of'.
        """
        m = j
        while m >= 0 and j - m < BRIDGE and self._describing(s.tokens[m]):
            m -= 1
        if m == j:
            return j
        names = m
        while (
            m >= 0
            and names - m < BRIDGE
            and s.tokens[m].is_capitalised
            and s.tokens[m].is_word
            and s.tokens[m].base.lower() not in self.time_words
            and s.tokens[m].lower not in WEEKDAYS
        ):
            m -= 1  # "rivals for the Republican nomination": a name before the unknown words
        if m >= 0 and s.tokens[m].text.isdigit():
            m -= 1  # a year or a number before them: "from his 1995 tax return"
        if m > 0 and s.tokens[m].lower in _COUNT_APPROXIMATORS and s.lowers[m - 1] in _COUNT_LEADS:
            m -= 1  # a count approximated: "the clerk of nearly six years"
        if m >= 0 and s.tokens[m].lower in self.determiners:
            m -= 1
        link = s.tokens[m].lower if m >= 1 else ""
        if link in self.connectors and link not in {"and", "&"} and self._np_word(s, m - 1):
            return m
        if link == "to" and s.lowers[m - 1] in self.relational_heads:
            return m  # "Aides to him said", as "a lawyer for him said"
        return j

    def _bridge(self, s: ReadSentence, start: int, j: int) -> int:
        """Reach back over unknown describing words to the phrase's determiner.

        'A senior coastguard official': the lexicons stop at 'coastguard', but the
        phrase starts at 'A'.
        """
        if start > j or s.tokens[start].lower in self.connectors:
            return start  # "a request by The Harbour Times": the phrase starts after "by"
        k = start - 1
        known = 0  # ranks passed, not counted ("a top infectious disease expert", attr56)
        while k >= 0 and (self._describing(s.tokens[k]) or self._adjective_after_article(s, k)):
            low = s.lowers[k]
            rank = k < start - 1 and low in self.unique_ranks  # "top", "chief"
            if start - k - known - rank > BRIDGE:
                break
            known += rank
            k -= 1
        if k < 0 or k == start - 1:
            return start
        if s.tokens[k].text in RELATIVES and k > 0 and self._np_word(s, k - 1):
            return start  # "the union that represents Ruiz": a relative clause, not "that ..."
        if self._relative_that(s.tokens[k].text, s, j):
            return k + 1  # "a trip that ethics investigators said": no "that investigators"
        if self._named_after_noun(s, k, start, j) and not self._complement_of(s, k):
            return start  # (not "a man at the embattled Harbor Trust says": the man)
        if s.tokens[k].lower in self.determiners or s.tokens[k].lower in self.quantifiers:
            return k
        if s.tokens[k].is_possessive and s.tokens[k].is_capitalised:
            # "the Courier's investigative unit": over the owner's name to its determiner
            while k > 0 and s.tokens[k - 1].is_capitalised and s.tokens[k - 1].is_word:
                k -= 1
            return k - 1 if k > 0 and s.tokens[k - 1].lower in self.determiners else k
        if s.tokens[k].is_possessive and k > 0 and s.lowers[k - 1] in self.determiners:
            # "the country's infectious disease expert": over a common noun's possessive to
            # its determiner, as over a name's (attr56)
            return k - 1
        if self._describing(s.tokens[k]) or s.tokens[start].lower in self.determiners:
            return start  # the bridge ran out, or the phrase has its own determiner
        if any(
            t.is_capitalised and t.lower not in self.head_words for t in s.tokens[start : j + 1]
        ):
            return start  # a name: "the first time Ana Ruiz", "math teacher Ana Ruiz"
        # "local business groups", "as top fellow senators said": to the first known modifier
        # of the words bridged, and the determiners and modifiers before it
        m = next((m for m in range(k, start) if s.tokens[m].lower in self.modifiers), None)
        if m is None or any(t.lower.endswith("ing") for t in s.tokens[m:start]):
            return start
        while m > 0 and s.tokens[m - 1].lower in self.describers:
            if self._relative_that(s.tokens[m - 1].lower, s, j):
                break  # "a trip that House ethics investigators": a relative clause opens
            m -= 1
        return m

    def _named_after_noun(self, s: ReadSentence, k: int, start: int, j: int) -> bool:
        """'an honor Ana Ruiz said she would cherish', 'a way Police Chief Tom Hale called
        reckless', 'the embattled Ruiz said': a name after words in the lower case that an
        article or an owner opens (token ``k``) is the phrase, not the article before them.
        The words are a noun with a relative clause whose subject is the name, or describe
        the person named. Not after a participle, whose object the name is ("superdelegates
        supporting Ruiz declined"), nor when the name does not open a verb (below)."""
        if not (s.lowers[k] in ARTICLES or s.tokens[k].is_possessive):
            return False  # "that basketball legend Ana Ruiz": a demonstrative's whole phrase
        if any(t.lower.endswith("ing") for t in s.tokens[k + 1 : start]):
            return False
        return self._name_opens_clause(s, start, j)

    def _name_opens_clause(self, s: ReadSentence, start: int, j: int) -> bool:
        """Tokens ``start`` to ``j`` are a name and a finite verb follows them: the subject of
        a clause ("a decision Mr. Hale has called", "the ones Ruiz advised"). Not one acronym,
        the head of a compound ("a super PAC", "a desperate HP"), nor a name before a noun
        ("the original Ruiz demand", "the deadly Harbor attack")."""
        phrase = s.tokens[start : j + 1]
        if not (
            phrase[0].is_word
            and all(t.is_capitalised or not t.is_word for t in phrase)
            and any(t.is_word and t.lower not in self.head_words for t in phrase)
        ):
            return False
        if len(phrase) == 1 and is_acronym(phrase[0]):
            return False
        m = j + 1
        while m < len(s.tokens) and s.tokens[m].lower in self.verb_modifiers:
            m += 1
        low = s.tokens[m].lower if m < len(s.tokens) else ""
        return (
            low in AUXILIARIES
            or low in self.be
            or low in PAST_IRREGULAR
            or low.endswith("ed")
            or (low.endswith("s") and low not in NOUN_VERBS)
        )

    def _adjective_after_article(self, s: ReadSentence, k: int) -> bool:
        """'A long report', 'the still unpublished study': a word that is otherwise an adverb
        of the verb ("has long said") describes the noun after an article (not "-ly")."""
        low = s.tokens[k].lower
        return (
            low in self.verb_modifiers
            and not low.endswith("ly")
            and not s.tokens[k].is_capitalised
            and k > 0
            and s.tokens[k - 1].lower in ARTICLES
        )

    def _describing(self, token: Token) -> bool:
        low = token.lower
        return (
            token.is_word
            and not token.is_capitalised
            and low not in self.closed_class
            and low not in self.be
            and low not in self.verb_modifiers
        )

    def _relative_that(self, word: str, s: ReadSentence, j: int) -> bool:
        """``word`` is "that" before the plural head at token ``j``: it opens a relative
        clause whose subject the phrase is ("a trip that House investigators said"), not a
        demonstrative of the phrase, which would agree in number ("that investigator")."""
        return word == "that" and self._is_plural(s.lowers[j])

    def _np_after(
        self, s: ReadSentence, i: int, *, stop_at_verb: bool = False, compound: bool = False
    ) -> SourceSpan | None:
        """The noun phrase from ``i``; with ``compound``, a clause's subject, over unknown
        nouns before a known head ("The port authority", "a local shop owner")."""
        n = len(s.tokens)
        if i >= n:
            return None
        if clitic_host(s.tokens[i].lower) in self.personal:
            return self._analyse(s, (i, i))
        k = i
        while k < n:
            if self._extends(s, k, i):
                k += 1
            elif s.tokens[k].text == "(" and (closing := closing_paren(s, k)) is not None:
                k = closing + 1
            elif (
                k > i
                and s.tokens[k - 1].lower in self.quantifiers
                and not (k > 1 and s.tokens[k - 2].lower == "the")  # "the most qualified"
                and (head := self._bridged_head(s, k)) is not None
            ):
                k = head + 1  # "several environmental groups": over "environmental"
            elif (
                compound
                and k > i
                and s.tokens[k - 1].lower in self.describers
                and (head := self._bridged_head(s, k)) is not None
            ):
                k = head + 1  # a compound the lexicons lack
            elif (
                k > i
                and s.tokens[k].lower.endswith(_NOUN_ENDINGS)
                and (head := self._bridged_head(s, k)) is not None
            ):
                k = head + 1  # "a senior law enforcement official": a noun compound's word
            else:
                break
        end = k - 1
        while end >= i and s.tokens[end].lower in self.np_edges:
            end -= 1
        if end < i or (stop_at_verb and k >= n):
            return None
        return self._analyse(s, (i, end))

    def _bridged_head(self, s: ReadSentence, k: int) -> int | None:
        """The head noun of people or a body after unknown describing words from ``k``
        (at most BRIDGE), and names after them: "several environmental groups", "many
        diehard Ruiz supporters"."""
        m = k
        while (
            m < len(s.tokens)
            and m - k < BRIDGE
            and self._describing(s.tokens[m])
            and not s.tokens[m].lower.endswith("ing")  # "a union representing pilots"
        ):
            m += 1
            head = m
            while head < len(s.tokens) and head - m < BRIDGE and s.tokens[head].is_capitalised:
                head += 1  # "diehard Ruiz supporters"
            if head < len(s.tokens) and s.tokens[head].lower in self.speaker_heads:
                return head
        return None

    def _extends_back(self, s: ReadSentence, k: int, j: int) -> bool:
        """Whether token ``k`` belongs to a noun phrase ending at ``j``."""
        token = s.tokens[k]
        low = token.lower
        if low == "that" and self._relative_that(low, s, j):  # (the word asked first: quicker)
            return False  # "a trip that House investigators said": a relative clause opens
        if self._np_word(s, k) or low in self.particles:
            return True
        if low in self.place_describers:
            # "officials in northern Syria", "residents of nearby Buninyong": a word that
            # describes the named place after a connector, not where the phrase stops
            # (attr-strength46)
            return (
                0 < k < j
                and s.tokens[k + 1].is_capitalised
                and s.tokens[k - 1].lower in self.connectors
            )
        if low in self.quantifiers and k < j and s.lowers[k + 1] == "of":
            # "a number of writers", "Dozens of residents" (not "a growing number of")
            return k == 0 or s.lowers[k - 1] in self.determiners or not s.tokens[k - 1].is_word
        if low in self.connectors:  # not after a time word: "backed Friday by Ann Roe"
            return k < j and not (k > 0 and s.tokens[k - 1].lower in self.time_words)
        if low == "to":  # "advisers to the government"
            return 0 < k < j and s.tokens[k - 1].lower in self.relational_heads
        if token.text == ",":
            return self._series_comma(s, k, j)
        if token.text == "/":
            return 0 < k < j and _joins_names(s, k)
        if token.text in _APOSTROPHES:
            # "the pilots' union": a plural's possessive mark, which the tokens split off the
            # word it ends, right after it and before the head (attr-strength33)
            return 0 < k < j and _plural_possessive(s, k)
        return token.text == "." and k > 0 and self._abbreviation(s.tokens[k - 1])

    def _series_comma(self, s: ReadSentence, k: int, j: int) -> bool:
        """A comma between names of a series ending at ``j``: "Moscow, Beijing and Tehran"."""
        rest = s.lowers[k + 1 : j + 1]
        if not 0 < k < j or "and" not in rest:
            return False
        items = s.tokens[k + 1 : k + 1 + rest.index("and")]
        if not items or not all(t.is_capitalised or t.text == "," for t in items):
            return False
        leads = self.series_leads
        m = k - 1
        while m > 0 and s.tokens[m - 1].is_capitalised and s.tokens[m - 1].lower not in leads:
            m -= 1  # back to the first word of the name before the comma
        lead = s.tokens[m - 1].lower if m > 0 else ""
        first = s.tokens[m].lower
        return s.tokens[k - 1].is_capitalised and lead not in leads and first not in self.time_words

    def _extends(self, s: ReadSentence, k: int, i: int) -> bool:
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
            if after is None or not self._np_word(s, k + 1):
                return False
            return after.lower not in self.time_words or self._published_on(s, k)
        if token.text == "/":
            return not last and _joins_names(s, k)
        if token.text in _APOSTROPHES:  # "the pilots' union", as in _extends_back
            return not last and _plural_possessive(s, k)
        if token.text == QUOTE:  # 'the "Medicare for All" document': a title before its head
            return (
                not last
                and s.tokens[k - 1].lower in self.determiners
                and s.tokens[k + 1].lower in self.head_words
            )
        return token.text == "." and not last and self._abbreviation(s.tokens[k - 1])

    def _published_on(self, s: ReadSentence, k: int) -> bool:
        """'a study published on Monday in Tidewater Medicine': "on" and a weekday between
        a work's participle and the "in" of where it appeared stay in the phrase
        (attr-strength41), as "published Monday in" does."""
        return s.lowers[k - 1] in PUBLISHED and on_weekday_in(s.lowers, k)

    def _abbreviation(self, token: Token) -> bool:
        return token.lower in self.titles or (len(token.text) == 1 and token.is_capitalised)


def _plural_possessive(s: ReadSentence, k: int) -> bool:
    """Whether the apostrophe at token ``k`` ends the plural before it, with no space between,
    and a word follows it after a space: "pilots' union" (not a closing quotation mark)."""
    before, mark, after = s.tokens[k - 1], s.tokens[k], s.tokens[k + 1]
    return (
        before.end == mark.start
        and before.lower.endswith("s")
        and before.is_word
        and after.start > mark.end
        and after.is_word
        and not after.is_capitalised
    )


def _joins_names(s: ReadSentence, k: int) -> bool:
    """A slash between two names, with no space: "the Harbor Times/Nordlys News poll"."""
    before, slash, after = s.tokens[k - 1], s.tokens[k], s.tokens[k + 1]
    return (
        before.is_capitalised
        and after.is_capitalised
        and before.end == slash.start
        and slash.end == after.start
    )


def aside_opening(s: ReadSentence, j: int) -> int | None:
    """The dash opening the aside that the dash at ``j`` closes, when a word stands before
    it: "The board — whose members were named in May — said" steps back to "The board"."""
    if s.tokens[j].text not in _ASIDE_DASHES:
        return None
    for m in range(j - 1, max(0, j - MAX_APPOSITIVE), -1):
        text = s.tokens[m].text
        if text in HARD_STOPS:
            return None
        if text in _ASIDE_DASHES:
            return m if m < j - 1 and s.tokens[m - 1].is_word else None
    return None


def _clock_minutes(s: ReadSentence, k: int) -> bool:
    """Whether the digits at ``k`` are a clock time's minutes ("10:08", "At 12:10 officials
    said"): a time, no count of the people after it (attr-recall49)."""
    if k < 2:
        return False
    colon, hour = s.tokens[k - 1], s.tokens[k - 2]
    return colon.text == ":" and hour.text.isdigit() and colon.start == hour.end
