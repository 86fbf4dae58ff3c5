"""What a source expression is: its head, type, names and form."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from auditor.attribution.grammar import (
    ARTICLES,
    BODIES,
    INDEFINITE,
    PARTITIVES,
    PEOPLE,
    POSSESSIVE_PRONOUNS,
    PUBLISHED,
    WEEKDAYS,
    WRITER_OWNERS,
    on_weekday_in,
)
from auditor.attribution.sentence import (
    ReadSentence,
    clitic_host,
    without_tag,
    writer_clause,
)
from auditor.attribution.spans import SourceSpan, pronoun_span, titled_work
from auditor.models import SourceType, Strength
from auditor.tokens import POSSESSIVE_LAST, Token

_NAME_JOINS = frozenset({"and", "of", "the", "&"})  # inside a name: "Judgment and Decision Making"
_GROUP_PRONOUNS = frozenset({"them", "those", "these", "whom", "us"})

# "Voters in Paris said": after a capital that only opens the sentence, these start a place
_LOCATIVE = frozenset({"in", "at", "from", "on"})
_PLACING = frozenset({"in", "at", "from"})  # after a vague head they describe who is meant
_CLAUSE_OPENINGS = frozenset({":", ",", ";", "—", "–", "("})  # where a clause may open
# a person as the object of "for", "by", "from": a pronoun for someone named before
_OBJECT_PERSONS = frozenset({"him", "her"})
# documents lodged with a court or a regulator (Expressions._body_document)
_FILINGS = frozenset({"filing", "filings"})
_POLLED = frozenset({"poll", "polls", "polling"})  # of a place, not by it (_body_document)
_POLLS = _POLLED | {"survey", "surveys"}  # "of" after them: who was asked (_named_tail)
# what is published in a journal: a document, or "a paper" (a head typed as an outlet)
_WORKS = frozenset({SourceType.DOCUMENT, SourceType.OUTLET})
_PLACE_ONLY = frozenset({"in", "on"})  # after a head they place it, or name the outlet it is in
# words that make a document a government's, which the reader can look up (_relayed_alone)
_GOVERNMENT = frozenset(
    {"state", "federal", "government", "official", "county", "city", "national", "municipal"}
)
_UNREAD = object()  # no reading of a span yet (Expressions._analyse; a reading may be None)


class Expressions:
    """What a source expression is: its head, type, names and form."""

    @staticmethod
    def _quantified_group(tokens: list[Token], text: str) -> SourceSpan:
        """A group picked out by a quantifier alone ("most of them"): anonymous."""
        head = tokens[0].lower
        return SourceSpan(
            tokens[0].start, tokens[-1].end, text, SourceType.GROUP, Strength.ANONYMOUS, head,
            "plural",
        )  # fmt: skip

    def _analyse(self, s: ReadSentence, span: tuple[int, int]) -> SourceSpan | None:
        """Type and grade the source expression ``tokens[span]``; None if it is not one."""
        found = s.analysed.get(span, _UNREAD)
        if found is _UNREAD:
            found = s.analysed[span] = self._read_expression(s, span)
        return found

    def _owner(self, s: ReadSentence, span: tuple[int, int]) -> SourceSpan | None:
        """A possessive pronoun as a cue's source ("her claim that"): a pronoun for its owner."""
        first, last = span
        host = POSSESSIVE_PRONOUNS.get(s.tokens[first].lower) if first == last else None
        if host is None:
            return self._analyse(s, span)
        return pronoun_span(s.tokens[first], host)

    def _read_expression(self, s: ReadSentence, span: tuple[int, int]) -> SourceSpan | None:
        first, last = span
        tokens = s.tokens[first : last + 1]
        lows = s.lowers[first : last + 1]
        n = len(tokens)
        host = clitic_host(lows[0])
        if n == 1 and host in self.writer:
            if not _country_us(s, first):
                return None
            host = ""  # "The US said": the country, not the writer's "us" (attr-recall18)
        words = " ".join(lows)
        if words in self.no_one:
            return None  # "Nobody asked", "Everyone called him Ed": no one in particular
        if n > 1 and writer_clause(tokens, lows, words):
            return None  # a clause of the writer's
        if n == 1 and host in self.pronouns:
            return pronoun_span(tokens[0], host)
        cut = self._head_end(s, first, tokens, lows)
        if cut < n - 1 and lows[cut] in PARTITIVES and self._counted(lows[:cut]):
            return self._partitive(s, span, first + cut + 1)  # "some of the women"
        head_part = tokens[:cut]
        while len(head_part) > 1 and (
            (not head_part[-1].is_capitalised and head_part[-1].lower in self.trailing_modifiers)
            or head_part[-1].lower in WEEKDAYS  # "a study published Monday in X"
        ):
            head_part = head_part[:-1]  # "a report published", "officials present"
        head_part = without_tag(head_part)  # "Sen. Ana Ruiz (D-N.Y.)": the tag names no one
        if not head_part or _ordinal(head_part):
            return None
        names = self._names(s, first, head_part)
        # the words' bases lower-cased; most words end in no possessive, and are their own
        # base, which the test spares the call of Token.base
        head_lows = [
            (t.text if t.text[-1] not in POSSESSIVE_LAST else t.base).lower()
            for t in head_part
            if t.is_word
        ]
        outlet = self._outlet_name(head_lows)
        if outlet and not names:
            names = [outlet]  # "state media" names one identifiable outlet
        source_type, head = self._head_type(head_part, head_lows, names, outlet)
        if source_type is None or (head in self.article_heads and head_lows[0] != "the"):
            return None  # "citing public safety": "public" is a source only as "the public"
        if source_type is SourceType.DOCUMENT and lows[0] in WRITER_OWNERS:
            return None  # "Our analysis shows": the writer's own work, the writer's voice
        form = self._form(head_part, names, head, source_type)
        # whether what follows the head names the source: read only when the grade needs it
        named_tail = partial(self._named_tail, s, first + cut, last, source_type)
        strength = self._strength(form, source_type, head, names, named_tail)
        if strength is Strength.ANONYMOUS and (
            self._speaks_for_body(head_part, head_lows, names, named_tail)
            or self._metonym_first(head_part, names)
        ):
            strength = Strength.NAMED
        if strength is Strength.ANONYMOUS and self._one_force(source_type, head_part):
            strength = Strength.NAMED  # "Police said", "the police", "state police"
        if strength is Strength.ANONYMOUS and self._top_one(form, source_type, head_part, head):
            strength = Strength.NAMED  # "the country's top diplomat": one person
        if (
            strength is Strength.ANONYMOUS
            and self._holders_of(source_type, head_lows, lows, cut)
            and named_tail()
        ):
            strength = Strength.NAMED  # "the leaders of Lirana and Varno": one each
        if (
            strength is Strength.ANONYMOUS
            and head in self.voice_for_heads
            and cut < n
            and lows[cut] == "for"
            and named_tail()
        ):
            strength = Strength.NAMED  # "a representative for Ms. Ruiz": her voice
        record = self._body_document(source_type, form, head_lows)  # "Police records show"
        if strength is Strength.ANONYMOUS and (
            self._by_institution(source_type, lows, head) or record
        ):
            strength = Strength.NAMED  # "a UN report", "a report by the EU", "court filings"
        elif (
            form == "bare"
            and source_type is SourceType.DOCUMENT
            and not names
            and (self._unowned(s, first, head_part) or self._relayed_alone(s, first, last))
            and not named_tail()
            and not record
        ):
            strength = Strength.ANONYMOUS  # "Polling shows", "Research suggests"
        if n == 2 and lows[0] == "the" and self._demonym_plural(lows[1]):
            # "the Saudis said": a nation's government, as "Riyadh"; a name, not a description
            strength, form = Strength.NAMED, "name"
        # "people in Fort Ellis": residents; but "reports in Lirana" are still nobody's
        placed = (
            cut < n
            and lows[cut] in _PLACING
            and (source_type is not SourceType.DOCUMENT or named_tail())
        )
        bare = not names and (
            words in self.vague_heads
            or (not placed and self._vague_core(lows[:cut]))  # "media reports"
            or (head in self.vague_heads and not placed and self._head_alone(head_part, head))
        )
        anaphoric = bare and lows[0] in self.definite_determiners  # "the sources"
        all_names = tuple(names)
        if cut < n:  # names after the head: "a spokesperson for Acme"
            all_names += tuple(self._names(s, first + cut, tokens[cut:]))
        start, end, text = tokens[0].start, tokens[-1].end, s.text_of(first, last)
        return SourceSpan(
            start, end, text, source_type, strength, head, form, all_names, bare and not anaphoric,
            anaphoric,
        )  # fmt: skip

    def _head_end(self, s: ReadSentence, first: int, tokens: list[Token], lows: list[str]) -> int:
        """Where the head part of the phrase ``tokens`` (token ``first`` on, its words
        ``lows``) ends: at its first connector ("of", "at", "to" after some nouns), if it
        has one (most phrases have none, which one isdisjoint call finds); else its end.
        A connector between two capitalised words is inside a name ("Bank of Valdonia")."""
        if self.cutters.isdisjoint(lows):
            return len(tokens)
        last = len(tokens) - 1
        for k, low in enumerate(lows):
            if not (
                low in self.connectors
                or (low == "to" and lows[k - 1] in self.relational_heads)
                or (k > 0 and low in self.place_prepositions)  # "farmers across the county"
            ) or low in {"and", "&"}:
                continue
            if (
                0 < k < last
                and tokens[k - 1].is_capitalised
                and not (low in _LOCATIVE and self._initial_common(s, first + k - 1))
                and tokens[k - 1].lower not in self.quantifiers  # "Many in Hong Kong"
                and tokens[k - 1].lower not in WEEKDAYS  # "a study published Monday in Tidewater"
                and tokens[k - 1].lower not in self.relational_heads  # "Aides to Mr. Roe"
                and not self._set_of_people(tokens, k - 1)  # "Liberals in Parliament"
                and tokens[k + 1].is_capitalised
            ):
                continue
            return k
        return len(tokens)

    def _counted(self, lows: list[str]) -> bool:
        """Words that only count ("some", "two", "all the"): a quantifier or a number, with
        determiners, before the "of" of a partitive ("some of the women")."""
        counts = False
        for low in lows:
            if low in self.quantifiers or low[0].isdigit():
                counts = True
            elif low not in self.determiners:
                return False
        return counts

    def _head_alone(self, head_part: list[Token], head: str) -> bool:
        """Whether ``head_part`` is its head with determiners only ("the reports")."""
        for token in head_part:
            if token.lower not in self.determiners and token.lower != head:
                return False
        return True

    def _unowned(self, s: ReadSentence, first: int, head_part: list[Token]) -> bool:
        """Whether a bare document phrase opens its clause ("Polling shows", ", records show"):
        a mass noun with no name then describes data nobody can look up (anonymous). After a
        word it may be the end of a longer phrase ("the nearly 90-second ad", "its polling")
        whose owner the span lost: left as it was graded, as after a comma is a phrase that
        opens on a number ("Ana Ruiz's new, 12-page plan"). A sentence's capitalised first
        word before the head is unknown unless it is a describing word ("Financial records";
        not "Pentagon records", which may be a name)."""
        if first == s.first_word:
            lead = head_part[0]
            return len(head_part) == 1 or not lead.is_capitalised or lead.lower in self.modifiers
        before = s.tokens[first - 1]
        if before.is_word:
            return False
        return before.text in _CLAUSE_OPENINGS and not s.tokens[first].text[0].isdigit()

    def _relayed_alone(self, s: ReadSentence, first: int, last: int) -> bool:
        """'according to preliminary results,', 'citing internal data.': a bare document
        phrase that a relaying phrase opens and a mark ends gives no owner (attr-strength36);
        not "according to figures that Acme released" (the owner follows it), nor a public
        body's ("according to state law", "federal statistics", "police records")."""
        if first < 1 or (last + 1 < len(s.tokens) and s.tokens[last + 1].is_word):
            return False
        before = s.lowers[first - 1]
        if before != "citing" and not (
            before == "to" and first > 1 and s.lowers[first - 2] == "according"
        ):
            return False
        lows = s.lowers[first:last]
        return _GOVERNMENT.isdisjoint(lows) and self.public_record_bodies.isdisjoint(lows)

    def _set_of_people(self, tokens: list[Token], k: int) -> bool:
        """'Liberals and Conservatives in Parliament', 'Supporters of Ana Ruiz': a capitalised
        plural of people that opens its name run is an unnamed set, cut from the name after
        it (not "the Harbour Workers of America", one union's name)."""
        return tokens[k].lower in self.group_heads and (k == 0 or not tokens[k - 1].is_capitalised)

    def _vague_core(self, lows: list[str]) -> bool:
        """Whether the words of a phrase without its determiners are a vague source ("the
        media reports"). Most phrases end on a word that ends no vague source, which a set
        test finds before the words are joined."""
        if lows[-1] not in self.vague_lasts and lows[-1] not in self.determiners:
            return False
        return " ".join(low for low in lows if low not in self.determiners) in self.vague_heads

    def _by_institution(self, kind: SourceType, lows: list[str], head: str) -> bool:
        """A document whose author is a body known by a short name ("a UN report")."""
        if kind is not SourceType.DOCUMENT or self.institutions.isdisjoint(lows):
            return False  # (most documents: no body's short name among their words)
        return any(
            low in self.institutions and (k == len(lows) - 1 or lows[k + 1] == head)
            for k, low in enumerate(lows)
        )

    def _body_document(self, kind: SourceType, form: str, lows: list[str]) -> bool:
        """'Court filings show', 'State health department data show', 'a police report says':
        the records of the one public body that keeps them, its word right before the head
        (attr-fresh25), which a reader can look up, as "a police statement" is the force's
        (LABELS.md; one of them, "a court document", as the plural is: session 52); not a
        counted one ("two agency reports"), nor a private body's papers ("campaign logs")."""
        if kind is not SourceType.DOCUMENT:
            return False
        if lows[-1] in _FILINGS:
            # "a court filing", "a regulatory filing", "the filing": a paper lodged with a court
            # or a regulator is on its public record, as "a police statement" is the force's
            # (LABELS.md, spokespeople and documents); not a counted one ("two filings")
            return _uncounted(lows, self.quantifiers)
        if form not in {"plural", "bare", "indefinite"} or len(lows) < 2:
            return False
        return (
            lows[-2] in self.public_record_bodies
            and lows[-1] not in _POLLED  # "state polls": polls of a state, not its records
            and _uncounted(lows, self.quantifiers)
        )

    def _named_tail(self, s: ReadSentence, cut: int, last: int, kind: SourceType) -> bool:
        """Whether what follows 'of/by/from' names the source ("data from the health authority"),
        a source of type ``kind``."""
        if cut > last or s.lowers[cut] in self.stance_adjectives:
            return False  # "militias linked to the ministry": where they stand, not whose
        place_only = s.tokens[cut].lower in _PLACE_ONLY
        if (
            s.lowers[cut] == "of"
            and s.lowers[cut - 1] in _POLLS
            and "by" not in s.lowers[cut + 1 : last + 1]
        ):
            return False  # "a poll of the county", "a survey of Ohio": who was asked, no author
        if on_weekday_in(s.lowers, cut) and cut + 2 < last:
            # "a study published on Monday in Tidewater Medicine": the day is no place; the
            # journal after it is the tail
            return self._named_tail(s, cut + 2, last, kind)
        if not place_only and self._names(s, cut, s.tokens[cut : last + 1]):
            return not self._people_asked(s, cut, last)
        if place_only and self._force_of_place(s, cut, last, kind):
            return True
        if cut + 1 == last and s.lowers[last] in _OBJECT_PERSONS:
            return not place_only  # "a lawyer for her": someone the article has given
        tail = self._analyse(s, (cut + 1, last)) if cut + 1 <= last else None
        if tail is None or tail.strength is not Strength.NAMED:
            return False
        # "a report in the Tribune" is the paper's, "a study in the journal Tidewater" the named
        # journal's (a work in a work; not "staff in a video"); "polls in Ohio" are nobody's
        if place_only:
            return tail.type is SourceType.OUTLET or (
                kind in _WORKS  # "a paper published in X": a work, whichever head's type
                and (titled_work(tail) or self._published_in(s, cut, tail))
            )
        # "a report by the minister", "data from the county assessor", "a spokesman for the
        # governor": a role that points to one person names its holder, as it does as subject
        return tail.type in BODIES or (tail.type is SourceType.PERSON and tail.form == "definite")

    def _published_in(self, s: ReadSentence, cut: int, tail: SourceSpan) -> bool:
        """'A study published in Tidewater Medicine': a work published in a name is in a
        journal or a paper the reader can look up, whatever the name's other readings (not a
        country: "a report published in Lirana")."""
        verb = cut - 1
        if verb > 0 and s.lowers[verb] in WEEKDAYS:
            verb -= 1  # "a study published Monday in Tidewater Medicine" (attr-fresh25)
            if verb > 0 and s.lowers[verb] == "on":
                verb -= 1  # "published on Monday in" (attr-strength41)
        if cut == 0 or s.lowers[verb] not in PUBLISHED or tail.form != "name":
            return False
        words = tail.text.lower().removeprefix("the ").split()
        return all(" ".join(words[:n]) not in self.countries for n in (1, 2, 3))

    def _one_force(self, kind: SourceType, head_part: list[Token]) -> bool:
        """'Police said', 'the police', 'state police': a body known by a collective noun (no
        plural -s) speaks as the one force of the story's place, as "a police statement" does
        (LABELS.md, spokespeople); not a counted or quantified part of it ("some police", "two
        police"), nor its people ("police officers", another head)."""
        if kind is not SourceType.ORGANISATION or not self._collective_body(head_part[-1].lower):
            return False
        return all(
            t.lower not in self.quantifiers
            and t.lower not in INDEFINITE
            and not t.lower[0].isdigit()
            and t.lower not in self.demonstratives
            for t in head_part[:-1]
            if t.is_word
        )

    def _collective_body(self, head: str) -> bool:
        """Whether ``head`` names a body by a collective noun with no plural -s ("police",
        "militia"), not its people ("staff", a group head)."""
        return (
            not head.endswith("s")
            and head in self.plurals
            and head in self.organisation_words
            and head not in self.group_heads
        )

    def _force_of_place(self, s: ReadSentence, cut: int, last: int, kind: SourceType) -> bool:
        """'Police in Dayton': a body known by a collective noun (no plural -s: "police")
        placed in a named place is that place's one force, as "Dayton police" is (not
        "hospitals in Ohio", many bodies). "Police in the city" is that force too: its
        place phrase is read by Subjects._subject (anonymity-phrases) or, after the verb,
        by Expressions._named_tail through the place's own grade."""
        if kind is not SourceType.ORGANISATION or cut < 1 or cut + 1 > last:
            return False
        if not self._collective_body(s.tokens[cut - 1].lower):
            return False
        tail = s.tokens[cut + 1 : last + 1]
        return all(t.is_capitalised for t in tail if t.is_word) and any(t.is_word for t in tail)

    def _people_asked(self, s: ReadSentence, cut: int, last: int) -> bool:
        """'a poll of Harborville voters', 'a survey of Lirana residents': the names after the
        head only say who the people asked are, an unnamed set (not "a report of the EU",
        nor "a study of Lirana residents by Harbor University", which has its author)."""
        if cut + 1 > last:
            return False
        if not self.connectors.isdisjoint(s.lowers[cut + 1 : last + 1]):
            return False
        tail = self._analyse(s, (cut + 1, last))
        return tail is not None and tail.type in PEOPLE and tail.strength is Strength.ANONYMOUS

    def _partitive(self, s: ReadSentence, span: tuple[int, int], rest: int) -> SourceSpan | None:
        """'One of the men', 'many of her supporters': the whole, typed and graded by its tail."""
        first = s.tokens[span[0]]
        if rest == span[1] and s.tokens[rest].lower in _GROUP_PRONOUNS:
            return self._quantified_group(s.tokens[span[0] : span[1] + 1], s.text_of(*span))
        inner = self._analyse(s, (rest, span[1]))
        if inner is None or inner.is_pronoun:
            return None
        among = s.tokens[rest - 1].lower in {"in", "among"}  # "many in Hong Kong": people there
        strength = Strength.ANONYMOUS if inner.form != "name" or among else inner.strength
        text = s.text_of(*span)
        return replace(inner, start=first.start, text=text, strength=strength, form="plural")

    def _demonym_plural(self, low: str) -> bool:
        """'americans', 'iraqis', 'latinos': the plural noun of a nationality or origin."""
        return low in self.demonym_plurals

    def _names(self, s: ReadSentence, offset: int, tokens: list[Token]) -> list[str]:
        """Runs of proper-name tokens ("Melezia Figueroa", "RIA Novosti")."""
        runs: list[str] = []
        current: list[str] = []
        last = len(tokens) - 1
        for k, token in enumerate(tokens):
            if token.is_capitalised and token.is_word and self._name_word(s, offset + k, token):
                current.append(token.base)
            elif not current:
                continue  # most words: lower case, outside a name
            elif token.lower in self.particles or (
                k < last and tokens[k + 1].is_capitalised and token.lower in self.connectors
            ):
                current.append(token.base)
            elif token.text == "." and len(tokens[k - 1].text) <= 4:
                current[-1] += "."
            else:
                runs.append(" ".join(current))
                current = []
        if current:
            runs.append(" ".join(current))
        # every run opens on a name word, whose capital its base keeps: each is a name
        alone = not runs and last == 0 and tokens[0].is_capitalised
        if alone and tokens[0].lower in self.demonyms and not self._initial_common(s, offset):
            return [tokens[0].base]  # "Cuban said": a surname, not a nationality
        return runs

    def _name_word(self, s: ReadSentence, k: int, token: Token) -> bool:
        """Whether the capitalised word ``token`` (token ``k``) is part of a proper name: not
        a nationality ("Americans"), nor a common word capitalised as the sentence's first or
        in a Title Case headline."""
        low = token.lower
        if low in self.demonym_words:
            return False  # "Americans", "Iraqis"
        if token.text[-1] in POSSESSIVE_LAST and token.base.lower() in self.demonyms:
            return False  # "Iraqi's": a possessive's base (any other word is its own base)
        return not self._initial_common(s, k) and not (low in self.common and s.title_case)

    def _outlet_name(self, lows: list[str]) -> str | None:
        """The name of a known outlet in the words ``lows`` ("RIA Novosti", "state media")."""
        if self.outlet_lasts.isdisjoint(lows) or self.outlet_sizes.keys().isdisjoint(lows):
            return None  # most phrases: no word ends an outlet's name ("the" opens 16)
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
            # "a recent CNN poll", "the Harbor Times/Nordlys University Poll": a poll of theirs
            inside = outlet is not None and " ".join(lows[-len(outlet.split()) :]) != outlet
            if (not head_part[-1].is_capitalised or inside) and self._document_head(lows):
                return SourceType.DOCUMENT, lows[-1]
            return SourceType.OUTLET, lows[-1]
        if names and "of" in lows and self._outlet_of_place(head_part, lows):
            return SourceType.OUTLET, lows[lows.index("of") - 1]  # "the Harbor Tribune of Lirana"
        titled = self._titled_by_name(head_part) if names else None
        if titled is not None:
            return titled  # "the journal Marine Policy": a journal, whatever its name ends on
        for size in self.head_sizes.get(lows[-1], ()):  # the longest head first, up to 3 words
            kind = self.head_types.get(" ".join(lows[-size:])) if size <= len(lows) else None
            if kind is not None:
                if kind is SourceType.PERSON and (
                    self._is_plural(lows[-1])
                    or (size > 1 and " ".join(lows[-size:])[:-1] in self.head_types)
                ):  # "party figures": the plural of a listed head whose last word is no head
                    kind = SourceType.GROUP
                return kind, lows[-1]
        if self._demonym_plural(lows[-1]):
            return SourceType.GROUP, lows[-1]  # "many Americans": people of a nation
        age = _age_noun(lows[-1])
        if age is not None:
            return age, lows[-1]  # "the 43-year-old", "two 19-year-olds" (attr-recall14)
        if names:
            last = head_part[-1]
            if self._role_before_name(head_part) or self._body_role_before_name(head_part):
                return SourceType.PERSON, lows[-1]  # "Ruiz campaign manager Tom Hale"
            if (
                (last.text.isupper() and len(last.text) > 1)
                or not self.organisation_words.isdisjoint(lows)
                or lows[-1] in self.company_ends  # "Harlow Foods", "Halden Partners"
                or (head_part[0].lower == "the" and self.person_words.isdisjoint(lows))
            ):
                return SourceType.ORGANISATION, lows[-1]  # "the Court of Valdonia", "The Hill"
            return SourceType.PERSON, lows[-1]
        return None, ""

    def _outlet_of_place(self, head_part: list[Token], lows: list[str]) -> bool:
        """'the Harbor Tribune of Lirana', 'The Times of Valdonia': a paper's name, then "of"
        and the place it serves, all capitalised."""
        k = lows.index("of")
        return (
            k > 0
            and head_part[k - 1].is_capitalised
            and (lows[k - 1] in self.outlet_heads or self._paper_named(head_part, lows, k - 1))
            and k + 1 < len(head_part)
            and all(t.is_capitalised for t in head_part[k + 1 :] if t.is_word)
        )

    def _paper_named(self, head_part: list[Token], lows: list[str], k: int) -> bool:
        """'the Argus Leader', 'the Valley Sentinel': a paper's last word that is also a common
        noun names a paper after a name of its own ("Argus"), not after a role's first word
        ("the Supreme Leader", "the Opposition Leader": titles and common words)."""
        if lows[k] not in self.outlet_place_heads or k < 1:
            return False
        before = head_part[k - 1]
        return (
            self._proper(before)
            and lows[k - 1] not in self.role_words
            and " ".join(lows[k - 1 : k + 1]) not in self.role_words
        )

    def _titled_by_name(self, head_part: list[Token]) -> tuple[SourceType, str] | None:
        """'the journal Marine Policy', 'the academic journal Judgment and Decision Making':
        an article, a body's or a work's common noun in the singular and lower case, then its
        name to the end; the noun types it (a person's role before a name is read by
        _role_before_name)."""
        k = len(head_part) - 1
        if k < 1 or not head_part[k].is_capitalised:
            return None
        while k > 0 and (head_part[k].is_capitalised or head_part[k].lower in _NAME_JOINS):
            k -= 1
        token = head_part[k]
        kind = self.head_types.get(token.lower)
        if (
            token.is_capitalised
            or kind not in BODIES
            or self._is_plural(token.lower)  # "the columns Ruiz wrote": a clause, no title
            or head_part[0].lower not in ARTICLES
        ):
            return None
        return kind, token.lower

    def _role_before_name(self, head_part: list[Token]) -> bool:
        """'Ruiz campaign manager Tom Hale', 'Acme CEO Ana Ruiz': a person's role in lower
        case (not "Acme Corp"), then the person's name of two words or more, to the end."""
        for k in range(len(head_part) - 3, 0, -1):
            token = head_part[k]
            if token.is_capitalised or not token.is_word:
                continue
            return self.head_types.get(token.lower) is SourceType.PERSON and all(
                t.is_capitalised and t.is_word for t in head_part[k + 1 :]
            )
        return False

    def _body_role_before_name(self, head_part: list[Token]) -> bool:
        """'Harbour Teachers Association President Tom Reyes': a body's name, a role in
        capitals, then the person's name of two words or more, to the end: the person, not
        the body (not "the Harbour Association", nor "Harbour President Hotel")."""
        for k in range(len(head_part) - 3, 0, -1):
            token = head_part[k]
            if self.head_types.get(token.lower) is not SourceType.PERSON:
                continue
            before = {t.lower for t in head_part[:k]}
            after = head_part[k + 1 :]
            return (
                not self.organisation_words.isdisjoint(before)
                and all(t.is_capitalised and t.is_word for t in after)
                and all(t.lower not in self.head_words for t in after)
            )
        return False

    def _document_head(self, lows: list[str]) -> bool:
        """Whether ``lows`` ends in a document noun ("poll", "exit poll", "survey")."""
        return any(
            self.head_types.get(" ".join(lows[-size:])) is SourceType.DOCUMENT
            for size in range(min(2, len(lows)), 0, -1)
        )

    def _is_plural(self, low: str) -> bool:
        if low in self.plurals or (low in self.group_heads and low.endswith("s")):
            return True  # "backers": a group noun the lexicons hold in the plural only
        if not low.endswith("s") or low.endswith(("ss", "us", "is")):
            return False
        return (
            low[:-1] in self.head_words
            or (low.endswith("es") and low[:-2] in self.head_words)
            or (low.endswith("ies") and low[:-3] + "y" in self.head_words)  # "allies"
        )


def _ordinal(head_part: list[Token]) -> bool:
    """'The third' alone is an item of a list, not a share of people ('a third of voters')."""
    return len(head_part) == 2 and (head_part[0].lower, head_part[1].lower) in _ORDINALS


_ORDINALS = frozenset({("the", "third"), ("the", "quarter")})


_AGE_NUMBERS = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
})  # fmt: skip


def _age_noun(low: str) -> SourceType | None:
    """'43-year-old', 'twenty-year-olds': a person (or people) named by age, the noun of
    "the 43-year-old asked"; not an age before a noun ("a 10-year-old law"), which is no
    head."""
    if low.endswith("-year-old"):
        kind, number = SourceType.PERSON, low[: -len("-year-old")]
    elif low.endswith("-year-olds"):
        kind, number = SourceType.GROUP, low[: -len("-year-olds")]
    else:
        return None
    parts = number.split("-")
    if number.isdigit() or all(p in _AGE_NUMBERS for p in parts):
        return kind
    return None


def _country_us(s: ReadSentence, k: int) -> bool:
    """Whether token ``k``, a writer's pronoun, is "US" in capitals among words that are not:
    the country ("The US said"), not the "US" of an all-capitals line ("JOIN US")."""
    return s.tokens[k].text == "US" and not (k > 0 and s.tokens[k - 1].text.isupper())


def _uncounted(lows: list[str], quantifiers: frozenset[str]) -> bool:
    """Whether a document phrase is not a counted set ("two filings", "several agency reports"):
    one record, or the body's records as a whole."""
    return not lows[0][0].isdigit() and lows[0] not in quantifiers
