"""The source as the object of its cue: "according to X", "a report by X"."""

from __future__ import annotations

import re
from dataclasses import replace

from auditor.attribution.grammar import (
    AGENT_REACH,
    ANONYMITY_REACH,
    MADE_FOR,
    OBJECT_PRONOUNS,
    PEOPLE,
    SUBORDINATORS,
)
from auditor.attribution.sentence import ReadSentence, anonymised, reaching
from auditor.attribution.spans import SourceSpan, pronoun_span, titled_work
from auditor.models import SourceType, Strength
from auditor.tokens import QUOTE

_CLAUSE_END = frozenset({",", ";", ":", QUOTE})  # an object phrase ends before
_PRONOUN_ENDS = frozenset({",", ";", ":", ".", "!", "?", ")", "—", "–"})  # "according to him,"
# words after a bare "people" or "those" that say who is meant: "people in the room", "some
# on Twitter" (attr-recall13: polnear-dev RC sample, seed 20261450)
_DESCRIBED_BY = frozenset({"in", "at", "on", "who", "present"})
# words that end such a description: a clause or a complement opens ("seen by many in the
# capital as a warning", "people in the hall when the vote came"); "that" may be a
# demonstrative of the description's own ("people in the room that night")
_DESCRIPTION_ENDS = SUBORDINATORS - {"that"}
_PUBLISHED_IN = frozenset({"in", "on"})  # "a study published in", "a post on"
_AUTHOR_BODIES = frozenset({SourceType.ORGANISATION, SourceType.OUTLET})  # "by the housing bank"
_PEOPLE_HEADS = frozenset({"people", "those", "many", "some", "others"})  # not "reports in ..."


# a participle and "by" inside a document's phrase: "emails obtained by", "records seen by"
_GOT_BY = re.compile(r"\w(?:ed|en|nt|ght)\s+by\s")


class Objects:
    """The object of a cue, and the author of a document ("a report by X")."""

    def _object(self, s: ReadSentence, i: int) -> SourceSpan | None:
        if i < len(s.tokens) and s.tokens[i].text == QUOTE:
            return self._titled(s, i)
        if i < len(s.tokens) and s.tokens[i].lower in OBJECT_PRONOUNS:
            pronoun = _object_pronoun(s, i)
            if pronoun is not None:
                return pronoun
        source = self._np_after(s, i)
        if source is None or source.form == "name":
            return source
        anonymous = self._with_anonymity(s, source)
        if anonymous is not None:
            return anonymous  # "according to people familiar with the talks"
        if source.vague and (last := self._described_by(s, source)) is not None:
            return anonymised(source, s, last)  # "according to people in the room"
        if source.type is SourceType.PERSON:
            named = self._named_by_apposition(s, source)
            if named is not None:
                return named  # "according to his aunt, Jane Roe, ...": the apposition names her
        return self._with_author(s, source)

    def _with_author(self, s: ReadSentence, source: SourceSpan) -> SourceSpan:
        """The object ``source`` with its author when "by X" (or a document's "from X")
        follows it over participles and time words: "a report released Monday by X"."""
        end = k = s.index(source.end)
        n = len(s.tokens)
        while (
            k < n
            and k - end < AGENT_REACH
            and (s.tokens[k].lower in self.agent_gap or s.tokens[k].lower == "out")
        ):
            k += 1  # "tests carried out by", "a report published in January by"
        if not (
            k < n
            and (
                s.tokens[k].lower == "by"
                # "data from the central bank": a document's origin is its author
                or (k == end and s.tokens[k].lower == "from" and source.type is SourceType.DOCUMENT)
                # "a poll conducted for CNN": the client a document was made for owns it
                or (
                    k > end
                    and s.tokens[k].lower == "for"
                    and s.lowers[k - 1] in MADE_FOR
                    and source.type is SourceType.DOCUMENT
                )
            )
        ):
            return source
        # the author as a subject is read, over describing words the lexicons lack before a
        # known head: "a report by the central bank", "figures from the port authority"
        author = self._np_after(s, k + 1, compound=True)
        if author is None:
            # "an analysis by the conservative Harbour Institute": a describing word the
            # lexicons lack before the author's name, read as the cue's own object is; a
            # name, or a body's head ("a report by the housing bank"), only ("a report by
            # the end of May" has no author)
            loose = self._loose_after(s, k + 1, anyway=True)
            if loose is not None and (
                any(t.is_capitalised for t in s.tokens[k + 1 : s.index(loose.end)])
                or self.head_types.get(loose.head) in _AUTHOR_BODIES
            ):
                author = loose
        if source.type in PEOPLE and not self.relaying.isdisjoint(s.lowers[end:k]):
            return reaching(source, s, author) if author is not None else source
        return self._authored(s, source, author)

    def _loose_author(self, s: ReadSentence, source: SourceSpan) -> SourceSpan:
        """A loosely read object that holds a document's noun, with the author after it:
        "according to a crash report released Monday by the county police" (a compound
        the lexicons lack before the head; attr-fresh25)."""
        first, last = s.index(source.start), s.index(source.end)
        if not any(self.head_types.get(low) is SourceType.DOCUMENT for low in s.lowers[first:last]):
            return source
        authored = self._with_author(s, source)
        if authored is source and self.head_types.get(s.lowers[last - 1]) is SourceType.DOCUMENT:
            # "according to a bankruptcy filing": with no author, the document its noun heads,
            # graded as a document is (attr-strength33), not as a loose phrase of unknown type;
            # a bare one with no name ("according to payroll records") stays loose, anonymous
            document = self._analyse(s, (first, last - 1))
            if (
                document is not None
                and document.type is SourceType.DOCUMENT
                and (document.form != "bare" or document.names)
            ):
                return document
        return authored

    def _with_anonymity(self, s: ReadSentence, source: SourceSpan) -> SourceSpan | None:
        """The source with the anonymity phrase right after it, if one follows.

        "people familiar with the talks, a deal is near": the phrase ends with its clause.
        """
        end = s.index(source.end) - 1
        last_word = len(s.tokens) - 1
        if s.tokens[last_word].text in {".", "!", "?"}:
            last_word -= 1  # the sentence's closing mark
        reach = min(last_word, end + ANONYMITY_REACH)
        stop = next((k for k in range(end + 1, reach + 1) if s.tokens[k].text in _CLAUSE_END), None)
        if stop is not None:
            reach = stop - 1
        for last in range(reach, end, -1):
            if self._anonymity_before(s, last) in (end, end + 1):  # "an executive familiar"
                return anonymised(source, s, last)
        return None

    def _described_by(self, s: ReadSentence, source: SourceSpan) -> int | None:
        """The last token of a place or a relative clause after a bare "people": "people in
        attendance", "people who were there" are witnesses, not a gesture at a source."""
        k = s.index(source.end)
        if source.head not in _PEOPLE_HEADS or k >= len(s.tokens):
            return None
        first = s.index(source.start)
        if (
            k - first > 2
            and source.names
            and s.tokens[first].lower == source.head
            and s.tokens[first + 1].lower in _PUBLISHED_IN
        ):
            # "according to some on Twitter,": the phrase read with its place ("on" and a
            # name) is as described as "people in the room" (attr-recall14); "people on
            # social media" names no place and stays a gesture
            return k - 1
        if s.tokens[k].lower not in _DESCRIBED_BY:
            return None
        last = k
        while (
            last + 1 < len(s.tokens)
            and last + 1 - k < ANONYMITY_REACH
            and s.tokens[last + 1].is_word
            and s.tokens[last + 1].text not in _CLAUSE_END
            and s.tokens[last + 1].lower not in _DESCRIPTION_ENDS
        ):
            last += 1
        return last

    def _titled(self, s: ReadSentence, i: int) -> SourceSpan | None:
        """'according to "The Long Road," a book by a former aide': a titled document is named."""
        k = i + 1
        while k < len(s.tokens) and s.tokens[k].text in {",", "(", "-", "—", "–"}:
            k += 1
        document = self._np_after(s, k)
        if document is None or document.type is not SourceType.DOCUMENT:
            return _titled_work(s, i, k)
        return replace(document, start=s.tokens[i].start, strength=Strength.NAMED, form="name")

    def _document_before_agent(
        self, s: ReadSentence, by: int, agent: SourceSpan
    ) -> SourceSpan | None:
        """'Records obtained by the Tribune show': the document before 'by' is the subject."""
        document = self._document_before(s, by)
        return None if document is None else self._authored(s, document, agent)

    def _document_before_phrase(self, s: ReadSentence, place: SourceSpan) -> SourceSpan | None:
        """'An affidavit filed in the case states': a document before a participle and a
        preposition that opens ``place`` is the subject, shown with the phrase; the phrase's
        noun ("the case", or the recipient in "a memo sent to Ana Ruiz") is not its author."""
        preposition = s.index(place.start) - 1
        low = s.tokens[preposition].lower if preposition > 0 else ""
        if low not in self.prepositions and low not in self.connectors:
            return None
        document = self._document_before(s, preposition)
        if document is None:
            return self._agent_before_phrase(s, preposition, s.index(place.end) - 1)
        if (
            low in _PUBLISHED_IN
            and place.strength is Strength.NAMED
            and (
                place.type is SourceType.OUTLET
                or titled_work(place)
                or self._published_in(s, preposition, place)  # "published Monday in JAMA X"
            )
            and not place.is_pronoun
        ):
            # "a study published in the journal Tidewater finds": the named journal's
            document = replace(document, strength=Strength.NAMED)
        return reaching(document, s, place)

    def _agent_before_phrase(
        self, s: ReadSentence, preposition: int, last: int
    ) -> SourceSpan | None:
        """'Emails obtained by the Tribune through a records request show': a document, its
        agent after "by", then a phrase of how it was got, to token ``last``; the subject is
        the document, with its agent, shown to the phrase's end (attr-strength46)."""
        if preposition < 4 or s.tokens[preposition].lower not in self.place_prepositions:
            return None  # not "to" ("an order by the mayor to release documents")
        agent = self._np_before(s, preposition - 1)
        if agent is None or s.index(agent.end) != preposition:
            return None
        if agent.type is SourceType.DOCUMENT and _GOT_BY.search(agent.text):
            document = agent  # the phrase reader ran on over the participle and "by"
        else:
            by = s.index(agent.start) - 1
            if by < 1 or s.tokens[by].lower != "by":
                return None
            document = self._document_before_agent(s, by, agent)
            if document is None:
                return None
        first = s.index(document.start)
        return replace(document, end=s.tokens[last].end, text=s.text_of(first, last))

    def _document_before(self, s: ReadSentence, k: int) -> SourceSpan | None:
        """The document that a participle ('obtained', 'filed') between it and token ``k``
        describes, or, when ``k`` is "by", the document right before it."""
        end = k
        k -= 1
        while (
            k >= 0
            and end - k < AGENT_REACH
            and (s.tokens[k].lower in self.agent_gap or s.tokens[k].lower == "out")
        ):
            k -= 1
        if k == end - 1 and s.tokens[end].lower != "by":
            return None  # no participle between them
        # "a report by the nonpartisan Harbour Institute": a document right before "by" is
        # its author's; "a fine by the court" is no document
        document = self._np_before(s, k)
        if document is None or document.type is not SourceType.DOCUMENT:
            return None
        return document

    def _authored(
        self, s: ReadSentence, source: SourceSpan, agent: SourceSpan | None
    ) -> SourceSpan:
        """A document with its author: named when a named body wrote it ("a report by the WHO")."""
        if agent is None or agent.strength is not Strength.NAMED or agent.is_pronoun:
            return source
        return replace(
            reaching(source, s, agent), strength=Strength.NAMED, names=source.names + agent.names
        )


def _object_pronoun(s: ReadSentence, i: int) -> SourceSpan | None:
    """'according to him,', 'citing her.': the pronoun, at the end of its clause, for a
    person named before; "her" before a word or a title is a possessive ("according to her
    lawyer", 'her "clawback" plan'), read as a noun phrase."""
    if i + 1 < len(s.tokens) and s.tokens[i + 1].text not in _PRONOUN_ENDS:
        return None
    return pronoun_span(s.tokens[i], OBJECT_PRONOUNS[s.tokens[i].lower])


# the kinds of titled work an apposition after a quoted title names, beyond the document
# lexicon, where a bare "history" or "account" would be no document ("History shows")
_WORKS = frozenset({"history", "account", "chronicle", "documentary", "film", "novel", "podcast"})
_WORK_LEAD = 3  # words before the head: "a new oral history"


def _titled_work(s: ReadSentence, i: int, k: int) -> SourceSpan | None:
    """'according to "Salt and Iron," a new history of the port': the quoted title of a
    work, then the kind of work as its apposition, is a named document."""
    if k >= len(s.tokens) or s.lowers[k] not in {"a", "an", "the"}:
        return None
    for h in range(k + 1, min(k + 2 + _WORK_LEAD, len(s.tokens))):
        token = s.tokens[h]
        if not token.is_word or token.is_capitalised:
            return None
        if token.lower in _WORKS:
            text = " ".join(t.text for t in s.tokens[k : h + 1])
            return SourceSpan(
                s.tokens[i].start,
                token.end,
                text,
                SourceType.DOCUMENT,
                Strength.NAMED,
                token.lower,
                "name",
            )
    return None
