"""Attribution across sentences: quotations, continuations, pronouns, the ledger.

Given each sentence's own cues (:mod:`auditor.attribution`) and the article's
quotations (:mod:`auditor.quotes`), this decides who every sentence is
attributed to:

1. a sentence with its own usable cue is attributed directly; a pronoun or a
   definite description ("he", "the source", "the ministry") is resolved to
   the nearest compatible earlier source;
2. the first half of a sentence cut in two ("Sen. Ana Ruiz (D-Ill.)" | "said ...")
   takes the attribution its second half found there;
3. every sentence inside a quotation whose speaker is given in another
   sentence of the same quotation (or in a sentence ending with a colon just
   before it; a block without marks after such a colon, a few sentences when the
   paragraph breaks were lost) is attributed to that speaker, and so is a
   quotation's part in a sentence it runs over into or out of, and so are the
   sentences of a transcript turn ("RUIZ: ...") in an article that is a dialogue;
4. an orphan quotation, a quoted sentence with no speaker nearby, takes the
   speaker of the most recent quotation.

Every source ends up in the ledger, merged across its mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Set
from dataclasses import dataclass, field, replace
from operator import attrgetter

from auditor.attribution import Cue, SourceSpan, best_cue
from auditor.attribution.grammar import BODIES, CALENDAR, PEOPLE
from auditor.models import SourceType, Strength
from auditor.rules import Match, Rule

_TAG_WORDS = 8  # at most this many words make a sentence short
_INSIDE = frozenset(",;")  # a sentence opening with one of these continues the one before
_ORPHAN_WINDOW = 6  # sentences back to look for the speaker of an orphan quotation
_TURN_WINDOW = 3  # sentences a transcript turn runs on for, at most
_QUESTION_LINES = ("Q:", "Q.:", "QUESTION:", "Question:")  # an interviewer's unnamed turns
# the publication's note closing a transcript or an interview, no turn's words (frame-prec38)
_EDITORS_NOTES = (
    "This interview ",
    "This transcript ",
    "This conversation ",
    "Editor's note",
    "Editor’s note",
)
_LEDE = 3  # the first sentences, where a source may be described before it is named
_COLLECTIVES = frozenset({SourceType.ORGANISATION, SourceType.GROUP})
_DESCRIBED_ONES = _COLLECTIVES | {SourceType.PERSON}
_QUOTED = 0.5  # share of a sentence inside a quotation for it to belong to that quotation
# cues whose speaker a quotation right after may continue; not a position ("X backs the plan.")
_SAYING = frozenset({"speech", "statement", "colon", "signpost", "loaded"})
_CUT_QUOTE = re.compile(r"[?!…]\s*(?:[\"”»]|'')\s*$")  # a quotation closing on '?' or '!'
# a quotation in the sentence of at most two words ('the "equality" talk', 'his "spiritual
# adviser"'): a term or a scare quote in the writer's sentence, not a quoted sentence, unless
# the sentence right before gives its speaker
_TERM_QUOTE = re.compile(r"[\"“”]\s*[^\s\"“”]+(?:\s+[^\s\"“”]+)?\s*[\"“”]")
_QUOTE_MARKS = re.compile(r"[\"“”]")
# a name the story withholds or replaces: "who gave only her first name", "asked that her last name
# be left out", "identified by a pseudonym" (attr-strength41); with a word that says so
_WITHHELD = re.compile(r"\b(?:(?:first|last|family|full|real) name|surname|pseudonym)\b")
_WITHHOLDING = ("only", "not ", "asked", "withheld", "pseudonym", "declined", "identified")
_AUTHORS = frozenset({"authors", "researchers"})  # a work's writers (_authors_of_named_work)
_GIVEN_AFTER = re.compile(r",?\s+([A-Z][a-z'’-]+)\b")  # "her first name, Dana"
# what a speaker's tag may hold after its verb and speaker: an adverb, an object and a
# phrase or clause of circumstance ("reporters rhetorically during ...", "as he left")
_BARE_TAG = re.compile(
    r"[\s,]*(?:[a-z]+ly\s+)?(?:[a-z][\w'’-]*\s+(?:[a-z]+ly\s+)?)?"
    r"(?:(?:as|while|when|after|before|during|in|at|on|of|into|to|from|with|over|through|for"
    r"|outside|inside|across|near)\b|[.!?…]?\s*$)"
)
_RUN_ON_WORDS = 2  # words of a quotation in a sentence it runs over into or out of
_MARKS = re.compile(r"''|[\"“”«»]")  # double quotation marks
_QUOTATION_MODES = frozenset({"quote", "orphan_quote", "lead_in"})  # given by a quotation
_LOST_BLOCK = 2  # sentences an unmarked block runs over when its paragraph breaks were lost
# a colon, a blank line and the first words of a block quotation, with no blank line after
_COLON_BLOCK = re.compile(r":[^\S\n]*\n[^\S\n]*\n(?!.*\n[^\S\n]*\n)", re.S)
_PARTY_TAG = re.compile(r"\([A-Z]-[A-Z][\w. ]*\)\s*$")  # "(D-Ill.)" closing a sentence cut short
_OPENING_MARKS = frozenset("\"“‘'«")
_NEW_LINE = re.compile(r"[.,]?[^\S\n]*\n")  # the end of a signature's line
_REPORTED = re.compile(r"\bthat\b|:")  # a report's own content follows
_TAG_OPENING = 2  # characters before a tag's speaker or mark where it opens its paragraph
_TAGS = frozenset({"speech", "signature"})  # cues a speaker's tag after a quotation has
_QUESTION_VERBS = frozenset({"asked", "asks", "wondered", "wonders"})  # a question's tag
# A pronoun with no earlier source is accepted only with a verb of saying ("she said");
# "he" and "she" stand for a person the reader has met, so they are also accepted with a
# statement put out ("she sent a tweet saying", "his insistence that"); not with verbs of
# position ("he blames"), which in opinion pieces carry the writer's own account of someone.
_UNRESOLVED_PRONOUN_CONFIDENCE = 0.95
_UNRESOLVED_PERSON_CONFIDENCE = 0.8
# the end of a quotation just before its speaker's tag: ',"' or ",''" or '?"'
_TAG_REACH = 3  # sentences back in which a cited source's quotation may go on
_REPLIES = frozenset(
    {"replied", "replies", "answered", "answers", "responded", "responds", "retorted"}
)
# "asked Ruiz", "asked Sen. Ana Ruiz": the one asked, by the last word of a name
_ASKED = re.compile(r"\basked\s+(?:[A-Z][\w.'’-]*\s+){0,3}([A-Z][\w'’-]+)\b")
_TAG_BEFORE = re.compile(r",\s*$")  # a speaker's tag follows its content: ', he said'
_TAG_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,3}\s*(?:[,.;:!?]|$)")  # 'he said.', 'they say,'
_QUOTE_CHARS = frozenset('"“”«»‘')  # quotation marks that are no apostrophe
_QUOTE_TAG = re.compile(r"""[,?!…—-]\s*(?:["”’]|'')\s*$""")
_OPENING_WORDS = 2  # words before the subject of a sentence's opening clause ("And though")
# what opens a clause whose source a pronoun in the main clause after it stands for
_SUBORDINATORS = frozenset({"though", "although", "while", "whereas", "when", "after", "since"})
_SUBORDINATOR_STARTS = tuple(_SUBORDINATORS)  # for str.startswith
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
# words before a description's head that do not tell one body from another (_describing)
_NOT_DESCRIBING = frozenset({"the", "a", "an", "its", "their", "this", "that", "same", "other"})
_DESCRIPTION_WINDOW = 12  # sentences back a description may take a body of another head
# "The review, led by Sir Ana Ruiz," / "The study, which was published in Tidewater Medicine,":
# a description's own aside naming its author or journal (_named_by_apposition, attr56)
_NAMING_APPOSITION = re.compile(
    r"\s*,\s*(?:which\s+(?:is|was|has\s+been|had\s+been)\s+)?(?:led|chaired|headed|written"
    r"|authored|published|commissioned|conducted|carried\s+out|compiled|produced|prepared"
    r"|funded|run|issued|released)\s+(?:by|in|for)\s+(?P<agent>[^,;()]{1,80}),"
)
_SALIENCE_WINDOW = 2  # sentences back where a sentence's subject can be a pronoun's antecedent
_LEAD_IN_END = re.compile(r"\w\S*\s+\S+\s+\S+\s+\S+.*[a-z)][.:]\s*$", re.S)  # four words or more
# a subject that undergoes the verb ("Two sailors were killed") is not introduced as a speaker
_PASSIVE = re.compile(r",?\s+(?:is|are|was|were|has been|have been|had been)\s+\w+(?:ed|en)\b")
_LEAD_IN_TYPES = PEOPLE | BODIES  # every kind of source but an unknown one
# no cue word holds the speaker of a lead-in: the subject of the sentence before stands for it
_LEAD_IN = Rule(
    id="cue.lead-in",
    kind="cue",
    category="lead-in",
    message="the sentence before introduces the quotation's speaker",
    why="A quotation opening right after a sentence about one person or body is theirs.",
    confidence=0.8,
    fire=(),
    quiet=(),
)
_GENDERED = frozenset({"he", "she"})
# the passes about quotations (or cut sentences, or cues) walk only the sentences that overlap
# one (that continue the one before, that have one): filter(_QUOTING, facts) skips the others
# without a step of Python each, and they are most of an article's sentences
_QUOTING = attrgetter("quote_groups")
_CONTINUING = attrgetter("continues")
_CUED = attrgetter("cues")  # and those with cues of their own
_WORD = re.compile(r"\w")  # a word's character: a source expression holds one
# a person named in full anywhere in a sentence: a given name, an initial, one or two more
# capitalised words ("his editor Ann Lund", "I called Tom J. Hale"); the given name is looked up
_NAME_MODIFIES = frozenset({"'", "’", "-"})
_PLACE_LEADS = frozenset({"the", "in", "at", "on", "into", "near"})
_FULL_NAME = re.compile(
    r"\b([A-Z][a-z]+)((?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?){1,2})\b"
)
_TITLE_GENDERS = {"mr": "he", "mrs": "she", "ms": "she", "miss": "she"}
_COMPATIBLE = {
    "he": {SourceType.PERSON},
    "she": {SourceType.PERSON},
    "they": {SourceType.GROUP, SourceType.ORGANISATION, SourceType.OUTLET},
    "it": {SourceType.ORGANISATION, SourceType.OUTLET, SourceType.DOCUMENT},
}


@dataclass(slots=True)
class SentenceFacts:
    """What the discourse layer needs to know about one sentence."""

    index: int
    cues: list[Cue]
    quote_groups: frozenset[int]  # quotation groups the sentence overlaps
    quoted_share: float
    text: str
    start: int = 0  # offset of the sentence's first character
    paragraph: int = 0
    continues: bool = False  # read with the sentence before ("(D-Ill.) | said ...")
    # its quotations are in single marks in an article that quotes in double ones
    single_marked: bool = False

    @property
    def ends_with_colon(self) -> bool:
        return self.text.rstrip().endswith(":")

    @property
    def short(self) -> bool:
        """A few words only, as a speaker's tag is ("Sanders replied.")."""
        return len(self.text.split(maxsplit=_TAG_WORDS)) <= _TAG_WORDS  # no need to split all

    @property
    def tail(self) -> bool:
        """Whether it opens with a comma or semicolon: the rest of a sentence cut in two (lower
        case is too loose: links, credits and "h/t" open in lower case too)."""
        return self.text.lstrip()[:1] in _INSIDE


@dataclass(slots=True)
class Resolved:
    """The attribution decided for one sentence."""

    index: int  # the sentence this attribution belongs to
    cue: Cue
    source: SourceSpan
    mode: str  # "direct", "quote", "orphan_quote"
    ledger_id: int
    from_sentence: int | None = None  # where the cue is, when not in this sentence
    resolved_to: str | None = None  # the antecedent of a pronoun or description
    relayed_by: str | None = None


# what an entry's surnames, given names, genders and pronouns start as: most entries never
# get some of them (of 119 in 10 articles, 108 no pronoun, 96 no gender, 83 no given name),
# and a set made empty for each was ~200 bytes written, most often in memory the cache had
# let go (docs/speed.md, speed46); a mention that gives one makes the entry a set of its own
_NONE: frozenset[str] = frozenset()


@dataclass(slots=True)
class Entry:
    """One source of the article; what the ledger matches new mentions by is kept up to date."""

    id: int
    mentions: list[SourceSpan] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    relayed_by: list[str] = field(default_factory=list)
    texts: set[str] = field(default_factory=set)  # the mentions' texts, lower-cased
    words: set[str] = field(default_factory=set)  # the words of those texts
    heads: set[str] = field(default_factory=set)  # the mentions' head nouns
    surnames: Set[str] = _NONE  # last words of the names they give
    givens: Set[str] = _NONE  # given names of the people they name
    genders: Set[str] = _NONE  # "he" / "she", from pronouns and titles
    called: Set[str] = _NONE  # every "he" / "she" it was taken to be
    named_in: set[int] = field(default_factory=set)  # sentences citing it by name or role
    titled: bool = False  # named with a title that tells the gender ("Mrs. Holt")
    _main: SourceSpan | None = None

    def mention(
        self,
        source: SourceSpan,
        sentence: int = -1,
        roles: frozenset[str] = frozenset(),
        given_genders: Mapping[str, str] | None = None,
        names: tuple[list[str], list[str]] | None = None,
        text: str | None = None,
    ) -> None:
        """Enter a mention; ``names`` are its surnames and given names and ``text`` its text
        lower-cased, if worked out."""
        surnames, givens = names or (_surnames(source), _givens(source, roles))
        self.mentions.append(source)
        if text is None:
            text = source.text.lower()
        self.texts.add(text)
        self.words.update(text.split())
        self.heads.add(source.head)
        if surnames:
            self.surnames = {*self.surnames, *surnames}
        if givens:
            self.givens = {*self.givens, *givens}
        pronoun = source.is_pronoun
        if not pronoun:
            self.named_in.add(sentence)
        # a pronoun tells the gender only right after the name it stands for ("Ana Ruiz
        # said ..." | "she added"): further on, a wrong resolution would pass for evidence
        titled = _gender(source)  # a pronoun's, or a title's
        self.titled = self.titled or (titled is not None and not pronoun)
        gender = titled or (given_genders.get(givens[0]) if given_genders and givens else None)
        if pronoun and titled is not None:
            self.called = {*self.called, titled}
        if gender is not None and not (
            pronoun and self.named_in.isdisjoint((sentence, sentence - 1))
        ):
            self.genders = {*self.genders, gender}
        if self._main is None or _naming(source) > _naming(self._main):
            self._main = source

    def unlike(self, pronoun: str) -> bool:
        """Whether 'he' or 'she' cannot stand for this source: its mentions give the other,
        or it is someone known only as the other pronoun ("She said ..." | "He added")."""
        if pronoun not in _GENDERED:
            return False
        main = self.main
        if main.is_pronoun and main.head in _GENDERED:
            return main.head != pronoun
        return len(self.genders) == 1 and pronoun not in self.genders

    @property
    def main(self) -> SourceSpan:
        """The mention that names the source best: named over anonymous, then longest
        (the first of equals)."""
        assert self._main is not None, "an entry has a mention from the start"
        return self._main

    @property
    def strength(self) -> Strength:
        return self.main.strength


def _describing(source: SourceSpan) -> frozenset[str] | None:
    """The words before the head of a body's description ("the nurses' union": "nurses"),
    possessive marks taken off; None for a description of its head alone ("the union").
    A later body whose name holds one of them is the one meant, however far back a body
    of the same head was cited (attr-strength36)."""
    if source.type not in _COLLECTIVES:
        return None
    words = source.text.lower().split()
    if len(words) < 3 or words[-1] != source.head:
        return None
    found = set()
    for word in words[1:-1]:
        for mark in _POSSESSIVE_MARKS:
            if word.endswith(mark):
                word = word[: -len(mark)]
                break
        if word.isalpha() and word not in _NOT_DESCRIBING:
            found.add(word)
    return frozenset(found) or None


def _naming(mention: SourceSpan) -> tuple[bool, bool, int]:
    return mention.form == "name", mention.form != "pronoun", len(mention.text)


def _surnames(source: SourceSpan) -> list[str]:
    """The last words of the names a mention gives. A role with a name is that person
    ("Valdonia's envoy to Norway Ivo Petrak"): the names before it are not theirs."""
    names = source.names
    if source.form != "name" and source.type is SourceType.PERSON and names:
        names = names[-1:]
    if source.type is not SourceType.PERSON and names and not source.text.endswith(names[-1]):
        return []  # "the Clinton campaign" is no "Clinton": the name only modifies its head
    surnames = [name.split()[-1].lower() for name in names]
    if source.type is SourceType.ORGANISATION and surnames and surnames[-1] == source.head:
        # "the Democratic Party", "the Republican Party": a body's name that ends on its
        # kind is known by the capitalised words before the kind as well, or two parties
        # would be one ledger row (attr-strength33); an acronym ("the CDC") is a name
        words = source.text.split()
        if not words[-1].isupper():
            k = len(words) - 1
            while k > 0 and words[k - 1][:1].isupper() and words[k - 1].lower() != "the":
                k -= 1
            surnames[-1] = " ".join(words[k:]).lower()
    return surnames


def _givens(source: SourceSpan, roles: frozenset[str]) -> list[str]:
    """The given name of a person named in full ("Patrick Holt", "Acme CEO Ana Ruiz"): the
    word after the last role or title, if it is not the surname; none in "President Ruiz"."""
    if source.type is not SourceType.PERSON or not source.names or _together(source):
        return []
    parts = source.names[-1].split()
    if len(parts) < 2:
        return []  # one word ("Ruiz"): no given name before a surname
    words = [w.rstrip(".").lower() for w in parts]
    given = 0  # after the last role or title, read from the end
    for k in range(len(words) - 1, -1, -1):
        if words[k] in roles:
            given = k + 1
            break
    return [words[given]] if given < len(words) - 1 and len(words[given]) > 1 else []


def _gender(
    source: SourceSpan,
    given_genders: Mapping[str, str] | None = None,
    roles: frozenset[str] = frozenset(),
) -> str | None:
    """'he' or 'she' when a mention says which: a pronoun, a title ("Mr. Holt", "Ms. Ruiz"),
    or a given name of ``given_genders`` ("Tom Holt")."""
    if source.is_pronoun:
        return source.head if source.head in _GENDERED else None
    if source.type is not SourceType.PERSON:
        return None  # "Mr. Holt's letter"
    first = source.text.split(maxsplit=1)[0].rstrip(".").lower()
    titled = _TITLE_GENDERS.get(first)
    if titled is not None or not given_genders:
        return titled
    givens = _givens(source, roles)
    return given_genders.get(givens[0]) if givens else None


class Ledger:
    """Distinct sources of an article, merged across mentions."""

    def __init__(
        self,
        roles: frozenset[str] = frozenset(),
        given_genders: Mapping[str, str] | None = None,
        generic_heads: frozenset[str] = frozenset(),
    ) -> None:
        self.entries: list[Entry] = []
        self.generic_heads = generic_heads  # "the company": any named body may be one
        self._recent: list[int] = []  # entry ids, most recent last
        self.roles = roles  # role and title words, which are no one's given name
        self.given_genders = given_genders  # given names that tell "he" or "she"
        self.other_gender = False  # the last pronoun looked up passed one of the other gender
        # every mention's lower-cased text and surnames entered in any entry (what the
        # entries' ``texts`` and ``surnames`` hold, and more after a merge): a mention none
        # of them holds matches no entry, which _match then knows without its walk
        self._texts: set[str] = set()
        self._surnames: set[str] = set()
        # the lower-cased names of people the story gives only a first name or a pseudonym
        # for: anonymous wherever they are cited (attr-strength41)
        self.withheld: set[str] = set()
        # rows of one capitalised word graded anonymous, which a later mention may name
        # (_named_later; most articles have none)
        self.lone: set[int] = set()

    def add(
        self,
        source: SourceSpan,
        sentence: int,
        relayed_by: SourceSpan | None,
        cited: bool = True,
    ) -> Entry:
        """Enter a mention; one that is not ``cited`` by a cue (a subject a pronoun was taken
        to stand for) is no evidence of the gender of the pronoun after it."""
        names = (_surnames(source), _givens(source, self.roles))  # matched by, then kept
        text = source.text.lower()  # (matched by, kept, noted: lower-cased once)
        entry = self._match(source, names, text)
        if entry is None:
            entry = self._new()  # most mentions: most recent already, with no sentence yet
            entry.sentences.append(sentence)
        else:
            if sentence not in entry.sentences:
                entry.sentences.append(sentence)
            self._touch(entry.id)
        entry.mention(
            source, sentence if cited else -1, self.roles, self.given_genders, names, text
        )
        self._entered(source, names[0], text)
        if relayed_by is not None and relayed_by.text not in entry.relayed_by:
            entry.relayed_by.append(relayed_by.text)
        return entry

    def attach(self, entry: Entry, sentence: int, mention: SourceSpan | None = None) -> None:
        """Count ``sentence`` for ``entry``; a new ``mention`` also makes it the most recent."""
        if sentence not in entry.sentences:
            entry.sentences.append(sentence)
        if mention is not None:
            entry.mention(mention, sentence, self.roles, self.given_genders)
            self._entered(mention)
            self._touch(entry.id)

    def antecedent(self, source: SourceSpan, index: int | None = None) -> Entry | None:
        """The nearest earlier source a pronoun or definite description refers to.

        A description ("the group", "the company") takes the nearest named organisation
        before an unnamed mention with the same head ("a group of protesters"); one of
        another head only while it is recent (sentence ``index`` is within the window): a
        digest's next story is about another firm; and only for a head any body may be
        called (``generic_heads``): "the ministry" is not the Taliban cited before it.
        """
        fallback = None
        since: set[str] | None = set()  # the names of the people cited since, while only people
        self.other_gender = False
        describing = None if source.is_pronoun else _describing(source)
        for rank, entry_id in enumerate(reversed(self._recent)):
            entry = self.entries[entry_id]
            main = entry.main
            if source.is_pronoun:
                # two people named together are 'they' only while they are the latest
                # source, or while only they were cited since ("Ana and Tom ...", "Tom said")
                pair = rank == 0 or (since is not None and since <= entry.words)
                if _fits(source.head, main, pair=pair) and not (
                    source.head in _GENDERED and (main.form == "plural" or _together(main))
                ):
                    if not entry.unlike(source.head):
                        return entry
                    self.other_gender = True  # someone of the other gender: the pronoun is another
                one = main.form == "name" and main.type is SourceType.PERSON and entry.surnames
                since = since | entry.surnames if since is not None and one else None
                continue
            same_head = (source.head in entry.heads or source.head in entry.words) and not (
                source.type is SourceType.ORGANISATION and main.type is SourceType.DOCUMENT
            )  # "the company" is not "a Harbor Company report"
            named_body = (
                source.type is SourceType.ORGANISATION
                and main.type is SourceType.ORGANISATION
                and main.form == "name"
                and (same_head or source.head in self.generic_heads)  # not "the ministry"
                and (index is None or index - entry.sentences[-1] <= _DESCRIPTION_WINDOW)
            )
            if named_body or (same_head and entry.strength is Strength.NAMED):
                return entry
            if (
                describing
                and main.form == "name"
                and main.type in _COLLECTIVES
                and not describing.isdisjoint(entry.words)
                and (index is None or index - entry.sentences[-1] <= _DESCRIPTION_WINDOW)
            ):
                return entry  # "the nurses' union": the body whose name holds "Nurses"
            if same_head and fallback is None and source.head in entry.heads:
                fallback = entry  # "a group of protesters", not "a ministry official"
        return fallback

    def merge(self, entry: Entry, other: Entry) -> None:
        """Enter the mentions and sentences of ``other`` into ``entry``: one source."""
        for mention in other.mentions:
            entry.mention(mention, -1, self.roles, self.given_genders)
            self._entered(mention)
        entry.sentences = sorted({*entry.sentences, *other.sentences})
        entry.relayed_by.extend(r for r in other.relayed_by if r not in entry.relayed_by)
        other.sentences = []

    def unlike_known(self, source: SourceSpan, pronoun: str) -> bool:
        """Whether ``source`` is a mention of a known source that ``pronoun`` cannot be."""
        entry = self._match(source)
        return entry is not None and entry.unlike(pronoun)

    def _match(
        self,
        source: SourceSpan,
        names: tuple[list[str], list[str]] | None = None,
        text: str | None = None,
    ) -> Entry | None:
        """The entry ``source`` is a mention of, if any; ``names`` and ``text`` as for
        Entry.mention."""
        found_surnames, found_givens = names or (_surnames(source), _givens(source, self.roles))
        if text is None:
            text = source.text.lower()
        by_name = bool(found_surnames) and source.form == "name"
        if text not in self._texts and not (
            by_name and not self._surnames.isdisjoint(found_surnames)
        ):
            return None  # most mentions: a new source, which no entry's text or name matches
        surnames, givens = set(found_surnames), set(found_givens)
        for entry_id in reversed(self._recent):
            entry = self.entries[entry_id]
            if text in entry.texts:
                return entry
            # a name shared across strengths ("a Taliban representative", "the Taliban")
            # is two sources: a ledger row never changes a mention's strength
            # nor is a couple one of its two ("Ana and Tom Ruiz", "Tom Ruiz"), nor are
            # two people of one surname one ("Ana Ruiz", "Tom Ruiz")
            if (
                by_name
                and entry.strength is source.strength
                and not surnames.isdisjoint(entry.surnames)
                and _same_kind(entry.main.type, source.type)
                and _together(entry.main) == _together(source)
                and not (givens and entry.givens and givens.isdisjoint(entry.givens))
                # "Mrs. Holt", then "Tom Holt": a full name after a title is a relative
                and not (givens and not entry.givens and entry.titled)
                # "Hale" ... "he", then "Anne Hale": a name of the other gender is another
                # person, however far the pronoun was from the name
                and (
                    not (entry.genders or entry.called)
                    or self.gender(source) in {None, *entry.genders, *entry.called}
                )
            ):
                return entry
        return None

    def _entered(
        self, mention: SourceSpan, surnames: list[str] | None = None, text: str | None = None
    ) -> None:
        """Note a mention entered in an entry (``surnames`` and ``text``, lower-cased: its
        surnames and text, if worked out)."""
        self._texts.add(mention.text.lower() if text is None else text)
        self._surnames.update(_surnames(mention) if surnames is None else surnames)

    def gender(self, source: SourceSpan) -> str | None:
        """'he' or 'she' when a mention says which, by its pronoun, title or given name."""
        return _gender(source, self.given_genders, self.roles)

    def latest(self) -> int:
        """The id of the most recently cited entry."""
        return self._recent[-1]

    def latest_first(self) -> Iterator[Entry]:
        """The entries, the most recently cited first."""
        return map(self.entries.__getitem__, reversed(self._recent))

    def _new(self) -> Entry:
        """A new entry, the most recent."""
        entry = Entry(len(self.entries))
        self.entries.append(entry)
        self._recent.append(entry.id)
        return entry

    def _touch(self, entry_id: int) -> None:
        if entry_id in self._recent:
            self._recent.remove(entry_id)
        self._recent.append(entry_id)


def _same_kind(one: SourceType, other: SourceType) -> bool:
    """Whether two mentions of one name may be one source: the same type, or a person."""
    return one is other or SourceType.PERSON in (one, other)


def _fits(pronoun: str, source: SourceSpan, pair: bool) -> bool:
    """Whether a pronoun can stand for a source; with ``pair``, 'they' also for two
    people named together ("Ms. Ruiz and Mr. Holt ... they said")."""
    if source.type in _COMPATIBLE[pronoun]:
        return not (pronoun in _GENDERED and _together(source))
    return pair and pronoun == "they" and source.type is SourceType.PERSON and _together(source)


def _together(source: SourceSpan) -> bool:
    """Whether a mention names two or more together ("Ms. Ruiz and Mr. Holt", "Ana and
    Tom Ruiz")."""
    return " and " in source.text and (
        len(source.names) > 1 or any(" and " in name for name in source.names)
    )


SubjectOf = Callable[[int], "SourceSpan | None"]


def resolve(
    facts: list[SentenceFacts],
    subject_of: SubjectOf | None = None,
    anonymous_heads: frozenset[str] = frozenset(),
    roles: frozenset[str] = frozenset(),
    given_genders: Mapping[str, str] | None = None,
    generic_heads: frozenset[str] = frozenset(),
    member_heads: frozenset[str] = frozenset(),
) -> tuple[list[Resolved | None], Ledger]:
    """Decide the attribution of every sentence of an article, in order.

    ``subject_of(k)`` gives the source expression sentence ``k`` opens with, if any:
    a pronoun may point back to it even when it was never cited ("Captain Ruth
    Almqvist spoke for two hours. ... she said:"). ``anonymous_heads``: the heads that
    stay anonymous though the story names someone next ("a senior official"). ``roles``:
    role and title words ("minister", "Sen."), which are nobody's given name.
    ``given_genders``: given names that tell "he" or "she" ("Tom": "he"). ``generic_heads``:
    the heads of a description any named body may be ("the company", "the group").
    ``member_heads``: one of a body's many people ("representative", "commander"), who stays
    anonymous described by the body's name ("a Taliban representative").
    """
    ledger = Ledger(roles, given_genders, generic_heads)
    decided: list[Resolved | None] = [None] * len(facts)

    def people(k: int) -> list[SourceSpan]:
        """The people sentence ``k`` names in full by a given name that tells their gender,
        last first: "I called his editor, Ann Lund" names Ann Lund, though it cites no one.
        Not a name that modifies ("Ann Lund's plan", "Ann Lund-backed"), nor one after "the"
        or "in" ("the Rose Garden", "in Virginia Beach")."""
        fact = facts[k]
        found = []
        for m in _FULL_NAME.finditer(fact.text):
            given = m.group(1).lower()
            if given not in (given_genders or {}) or given in roles:
                continue
            if fact.text[m.end() : m.end() + 1] in _NAME_MODIFIES:
                continue
            before = fact.text[: m.start()].split()[-1:]
            if before and before[0].lower() in _PLACE_LEADS:
                continue  # "in the Rose Garden", "at Virginia Tech": a place named for someone
            name = m.group(0)
            start = fact.start + m.start()
            found.append(
                SourceSpan(
                    start,
                    start + len(name),
                    name,
                    SourceType.PERSON,
                    Strength.NAMED,
                    name.split()[-1].lower(),
                    "name",
                    (name,),
                )
            )
        return found[::-1]

    def subjects(k: int) -> list[SourceSpan]:
        """Sentence ``k``'s opening subject, then the sources its other cues name."""
        first = subject_of(k) if subject_of is not None else None
        found = [first] if first is not None else []
        return found + [c.source for c in facts[k].cues if c.usable and c.source is not None]

    turns = _turns(facts)
    for fact in filter(_CUED, facts):  # one with no cue of its own is left to the passes below
        if fact.index in turns:
            # a transcript line is its speaker's, whoever it reports: 'HALE: A man who said ...'
            cue = _turn_cue(fact.cues) or best_cue(fact.cues)
        else:
            cue = best_cue([c for c in fact.cues if c.match.rule.category != "turn"])
        if cue is not None and (cue.match.rule.category != "signature" or _signs(facts, fact)):
            decided[fact.index] = _direct(cue, fact, ledger, subject_of, subjects, people, facts)
            if decided[fact.index] is None and cue.source is not None and cue.source.is_pronoun:
                # "According to her posts, she had decided to reject ...": a pronoun with no
                # one behind it leaves the "according to" that frames the whole sentence
                # (attr-fix19); other cues of the sentence are left as they were
                framing = [
                    c
                    for c in fact.cues
                    if c.source is not None
                    and c.usable
                    and c.match.rule.category == "according_to"
                    and not c.source.is_pronoun
                ]
                if framing:
                    decided[fact.index] = _direct(
                        framing[0], fact, ledger, subject_of, subjects, people, facts
                    )
    _split_heads(facts, decided, ledger)
    _trailing_tags(facts, decided, ledger)
    _split_tails(facts, decided, ledger)
    _spread_quotations(facts, decided, ledger)
    _unmarked_blocks(facts, decided, ledger)
    _spread_turns(facts, decided, ledger, turns)
    if subject_of is not None:
        _lead_ins(facts, decided, ledger, subject_of)
    _orphans(facts, decided, ledger)
    _run_on_parts(facts, decided, ledger)
    _named_next(decided, ledger, anonymous_heads, member_heads)
    _named_later(decided, ledger)
    _named_clause(facts, decided, ledger)
    _signposts(decided, ledger)
    return decided, ledger


def _signposts(decided: list[Resolved | None], ledger: Ledger) -> None:
    """'Here is the policy:' | 'Residents may park ...': a signpost gives the document's
    words that follow it their source, but itself says nothing of the document's: it is
    not a claim (LABELS.md, hard cases), no sentence of the source's. Run last, when the
    passes above have handed its attribution on."""
    for k, own in enumerate(decided):
        if own is not None and own.mode == "direct" and own.cue.match.rule.category == "signpost":
            decided[k] = None
            entry = ledger.entries[own.ledger_id]
            if k in entry.sentences:
                entry.sentences.remove(k)


def _named_later(decided: list[Resolved | None], ledger: Ledger) -> None:
    """'Hale responded:' | ... | 'Megan Hale said': one capitalised word read as nobody in
    particular where it opens a clause is the name the story gives in the same words in
    its row, named by a later mention: the mention is graded as its row is (a ledger row
    never changes a mention's strength, and a mention never disagrees with its row;
    attr-strength41). Not a set ("Millennials agree"), which a capital does not name."""
    if not ledger.lone:
        return  # most articles: no such row
    for k, own in enumerate(decided):
        if (
            own is None
            or own.ledger_id not in ledger.lone
            or own.source.strength is not Strength.ANONYMOUS
        ):
            continue
        source = own.source
        if not _lone_word(source):
            continue
        main = ledger.entries[own.ledger_id].main
        if main.strength is Strength.NAMED and main.form == "name" and main.text == source.text:
            decided[k] = replace(own, source=replace(source, strength=Strength.NAMED))


def _lone_word(source: SourceSpan) -> bool:
    """Whether ``source`` is one capitalised word, not a set ("Hale", not "Millennials"):
    what a later mention in full may name (_direct records it, _named_later grades it)."""
    return source.form != "plural" and source.text[:1].isupper() and " " not in source.text


def _named_clause(
    facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger
) -> None:
    """'Leaders denounce the test; Ruiz vows a reply': a sentence of clauses with sources
    of their own, after a semicolon, names a source the reader can check when one of them
    is named, though the cue that labels it has an anonymous one. The sentence is that
    clause's: its source and ledger row are the named one's, so that the row says what the
    sentence says (a ledger row never changes a mention's strength)."""
    for fact, own in zip(facts, decided, strict=True):
        if (
            own is None
            or own.mode != "direct"
            or own.source.strength is not Strength.ANONYMOUS
            or own.cue.relayed_by is not None
            or ";" not in fact.text
        ):
            continue
        for cue in fact.cues:
            source = cue.source
            if (
                cue is own.cue
                or not cue.usable
                or cue.relative
                or cue.participle
                or cue.relayed_by is not None
                or source is None
                or source.strength is not Strength.NAMED
                or source.is_pronoun
            ):
                continue
            low, high = sorted((cue.match.start, own.cue.match.start))
            between = fact.text[low - fact.start : high - fact.start]
            # "They say that ...; Ruiz wants ...": the reported clause runs on past the mark
            if ";" in between and " that " not in between.split(";")[0]:
                entry = ledger.add(source, fact.index, cue.relayed_by)
                decided[fact.index] = Resolved(
                    fact.index, cue, source, "direct", entry.id, None, None, _relay(cue)
                )
                break


def _named_next(
    decided: list[Resolved | None],
    ledger: Ledger,
    anonymous_heads: frozenset[str],
    member_heads: frozenset[str] = frozenset(),
) -> None:
    """'A union of nurses endorsed Ruiz.' | 'The Harbor Nurses Alliance said ...': a lede
    that describes one source and names it in its next attribution is named (LABELS.md: a
    role that points to one identifiable body in context). People within a body ("a senior
    official", "a Taliban representative") stay anonymous whoever speaks next. The
    description is a mention of the named source: its ledger row joins the name's, and the
    sentences that cite it refer to the name, so that no row is anonymous where its
    sentences are named."""
    for k in range(min(_LEDE, len(decided))):
        own = decided[k]  # as joined so far
        if (
            own is None
            or own.mode != "direct"
            or own.source.form != "indefinite"
            or own.source.strength is not Strength.ANONYMOUS
            or own.source.type not in _DESCRIBED_ONES
            or own.source.head in anonymous_heads
            or (own.source.head in member_heads and _named_body_before_head(own.source))
        ):
            continue
        later = next((d for d in decided[k + 1 : k + 1 + _LEDE] if d is not None), None)
        if (
            later is not None
            and later.ledger_id != own.ledger_id
            and later.source.form == "name"
            and (
                later.source.type is own.source.type
                # a body's name the lexicons do not know is typed a person ("Nordlys Lines")
                or (own.source.type in _COLLECTIVES and later.source.type in _DESCRIBED_ONES)
            )
        ):
            _join(decided, ledger, own.ledger_id, ledger.entries[later.ledger_id])


def _named_body_before_head(source: SourceSpan) -> bool:
    """'A Taliban representative', 'a Hamas commander', 'a Google executive': a person's
    phrase with the name of their body right before its head (LABELS.md: unnamed people
    within an organisation are anonymous; attr-strength46)."""
    if source.type is not SourceType.PERSON or not source.names:
        return False
    words = source.text.split()
    return (
        len(words) > 2
        and words[-1].lower() == source.head
        and words[-2] == source.names[-1].split()[-1]
    )


def _join(decided: list[Resolved | None], ledger: Ledger, old: int, entry: Entry) -> None:
    """Make ledger row ``old`` a part of ``entry``, a named source found to be the same:
    its mentions join the entry's, and every sentence citing it cites the entry, named,
    referring to the entry's name."""
    ledger.merge(entry, ledger.entries[old])
    for k, own in enumerate(decided):
        if own is not None and own.ledger_id == old:
            named = replace(own.source, strength=Strength.NAMED)
            decided[k] = replace(own, source=named, ledger_id=entry.id, resolved_to=entry.main.text)


def _turn(cue: Cue) -> bool:
    return cue.match.rule.category == "turn"


def _turn_cue(cues: list[Cue]) -> Cue | None:
    """The first usable transcript-turn cue ('RUIZ: ...') of a sentence's cues, if any."""
    for cue in cues:  # (asked of every sentence with a cue: no generator, no call a cue)
        if cue.match.rule.category == "turn" and cue.usable:
            return cue
    return None


def _turns(facts: list[SentenceFacts]) -> frozenset[int]:
    """The transcript lines ('RUIZ: ...') of an article that is a dialogue: one where a speaker
    has two turns with another speaker's between. A list of names with notes ('Ruiz: Win in
    a walk.' | 'Hale: Hang on.') names each once and is no dialogue."""
    lines: list[tuple[int, str]] = []
    for fact in filter(_CUED, facts):
        cue = _turn_cue(fact.cues)
        if cue is not None and cue.source is not None:
            lines.append((fact.index, cue.source.text.split()[-1].lower()))
    if not lines:
        return frozenset()  # (most articles: no transcript line at all)
    if _dialogue([speaker for _, speaker in lines]):
        return frozenset(index for index, _ in lines)
    # an interviewer's questions as "Q:" lines between one speaker's turns ("Q: Why now?" |
    # "RUIZ: Because the berths are full."): the questions are the other party's turns
    asked = [(f.index, "q") for f in facts if f.text.lstrip().startswith(_QUESTION_LINES)]
    # or as bare questions, each just before an answer line ("How does it feel?" | "RUIZ: Odd."):
    # a magazine interview's layout (frame-prec38)
    answers = {index for index, _ in lines}
    asked += [
        (f.index, "q")
        for f in facts
        if f.index + 1 in answers and not f.cues and f.text.rstrip().endswith("?")
    ]
    if asked:
        lines = sorted(lines + asked)
        if _dialogue([speaker for _, speaker in lines]):
            return frozenset(index for index, _ in lines)
    return frozenset()


def _dialogue(speakers: list[str]) -> bool:
    """Whether a speaker has two turns with another speaker's between."""
    for k in range(len(speakers) - 2):
        if speakers[k + 1] != speakers[k] and speakers[k] in speakers[k + 2 :]:
            return True
    return False


def _spread_turns(
    facts: list[SentenceFacts],
    decided: list[Resolved | None],
    ledger: Ledger,
    turns: frozenset[int],
) -> None:
    """The sentences after a transcript line are its speaker's, to the end of the paragraph
    (at most a few sentences): 'HALE: I think so.' | 'They want it done.'. A sentence with its
    own attribution, the next line or a bracketed direction ('(END VIDEO CLIP)') ends it."""
    for index in sorted(turns):
        own = decided[index]
        if own is None or not _turn(own.cue):
            continue
        for fact in facts[index + 1 : index + 1 + _TURN_WINDOW]:
            if (
                fact.paragraph != facts[index].paragraph
                or fact.index in turns
                or decided[fact.index] is not None
                or fact.text.lstrip()[:1] in "([…"
                or fact.text.lstrip().startswith(_EDITORS_NOTES)
            ):
                break
            decided[fact.index] = _inherit(own, fact.index, "quote", ledger)


def _signs(facts: list[SentenceFacts], fact: SentenceFacts) -> bool:
    """Whether a signature line ('- Ana Ruiz.') follows a quotation; after the writer's own
    paragraph it is a byline."""
    return fact.index > 0 and facts[fact.index - 1].quoted_share >= _QUOTED


def _named_by_apposition(fact: SentenceFacts, source: SourceSpan) -> bool:
    """Whether a definite description is followed by an apposition that names who made it or
    where it was published ("The review, led by former deputy governor Sir Ana Ruiz,", "The
    study, which was published in Tidewater Medicine,"): a name in the aside, not a month or
    a weekday ("published in March" names nothing)."""
    if source.is_pronoun or source.names or source.type is not SourceType.DOCUMENT:
        return False
    found = _NAMING_APPOSITION.match(fact.text, source.end - fact.start)
    if found is None:
        return False
    return any(
        word[0].isupper() and word.lower() not in CALENDAR for word in found.group("agent").split()
    )


def _direct(
    cue: Cue,
    fact: SentenceFacts,
    ledger: Ledger,
    subject_of: SubjectOf | None,
    subjects: Callable[[int], list[SourceSpan]],
    people: Callable[[int], list[SourceSpan]],
    facts: list[SentenceFacts],
) -> Resolved | None:
    index = fact.index
    source = cue.source
    assert source is not None
    if source.is_pronoun or source.anaphoric or (source.form == "definite" and not source.names):
        antecedent = ledger.antecedent(source, index)
        earlier = None
        if source.is_pronoun and _opens_subordinate(fact.text):
            earlier = _opening_source(source, fact, subjects(index), ledger)
        if earlier is not None:
            # "Though the agency has said ..., it has also acknowledged ...": its own clause's
            antecedent = ledger.add(earlier, index, None, cited=False)
        elif source.is_pronoun and subject_of is not None:
            antecedent = _salient(source, index, antecedent, ledger, subject_of, people, facts)
        elif subject_of is not None and not source.anaphoric:
            antecedent = _described(source, index, antecedent, ledger, subject_of)
        elif subject_of is not None and antecedent is None:
            antecedent = _introduced(source, index, ledger, subjects)
        if source.is_pronoun and antecedent is not None:
            antecedent = _asked(source, cue, fact, facts, ledger) or antecedent
        if antecedent is not None:
            resolved_to = antecedent.main.text
            # "He said", after "a senior official": the pronoun is as anonymous as he is; but
            # "The review, led by Sir Ana Ruiz," is named by its own apposition (attr56)
            strength = antecedent.strength
            if strength is Strength.ANONYMOUS and _named_by_apposition(fact, source):
                strength = Strength.NAMED
            source = replace(source, strength=strength, type=antecedent.main.type)
            ledger.attach(antecedent, index, source)
            return Resolved(
                index, cue, source, "direct", antecedent.id, None, resolved_to, _relay(cue)
            )
        if source.anaphoric:
            return None  # "the sources said" with no sources before: nobody to point back to
        if (
            source.is_pronoun
            # "Ana Ruiz said ..." | "“No,” he said.": a man the story has not cited; not what
            # the writer supposes he thinks ("Probably he thinks ...")
            and not (ledger.other_gender and cue.match.rule.category != "belief")
            and cue.match.rule.confidence < _unresolved_floor(source, cue, fact, ledger)
        ):
            return None  # "they never asked for": a pronoun with no source behind it
    bodies = _named_together(source, index, ledger, subject_of)
    if bodies is not None:
        # "The companies said", after "Nordlys Lines and Harbour Freight said": those two
        source = replace(source, strength=Strength.NAMED)
        ledger.attach(bodies, index, source)
        return Resolved(
            index, cue, source, "direct", bodies.id, None, bodies.main.text, _relay(cue)
        )
    papers = _named_papers(source, ledger) if source.type is SourceType.DOCUMENT else None
    if papers is not None:
        # "The emails show ...", after "emails obtained by the Tribune": those emails
        source = replace(source, strength=Strength.NAMED)
        ledger.attach(papers, index, source)
        return Resolved(
            index, cue, source, "direct", papers.id, None, papers.main.text, _relay(cue)
        )
    if source.head in _AUTHORS and _authors_of_named_work(source, ledger):
        source = replace(source, strength=Strength.NAMED)
    elif source.type is SourceType.PERSON and (
        (("name" in fact.text or "pseudonym" in fact.text) and _withheld(source, cue, fact, ledger))
        or (ledger.withheld and source.form == "name" and source.text.lower() in ledger.withheld)
    ):
        source = replace(source, strength=Strength.ANONYMOUS)
    entry = ledger.add(source, index, cue.relayed_by)
    if source.strength is Strength.ANONYMOUS:
        if _named_before(source, entry):
            source = replace(source, strength=Strength.NAMED)
        elif _lone_word(source):
            ledger.lone.add(entry.id)  # "Hale responded:", which a later "Megan Hale" names
    return Resolved(index, cue, source, "direct", entry.id, None, None, _relay(cue))


def _named_papers(source: SourceSpan, ledger: Ledger) -> Entry | None:
    """'The emails show', 'The records show': a definite plural of documents the story cited
    before under the same noun ("emails obtained by the Tribune") is those documents, named
    when they were (LABELS.md: a description that points to what the story named); the
    latest document cited under that noun only (attr-strength41)."""
    if (
        source.type is not SourceType.DOCUMENT
        or source.form != "plural"
        or source.strength is not Strength.ANONYMOUS
        or source.names
        or source.text[:4].lower() != "the "
    ):
        return None
    for entry in ledger.latest_first():
        if entry.main.type is SourceType.DOCUMENT and source.head in entry.words:
            return entry if entry.strength is Strength.NAMED else None
    return None


def _authors_of_named_work(source: SourceSpan, ledger: Ledger) -> bool:
    """'A study published in Tidewater Medicine found ...' | 'The authors wrote that ...':
    the authors or researchers of the work the story last cited, when it cited it by name,
    are the people whose names it bears, whom the reader can look up (LABELS.md: a role that
    points to identifiable people in context); not "researchers" with no article, nor the
    authors of an unnamed survey (attr-strength41)."""
    if (
        source.head not in _AUTHORS
        or source.strength is not Strength.ANONYMOUS
        or source.type not in PEOPLE
        or not source.text[:4].lower().startswith(("the ", "its "))
    ):
        return False
    for entry in ledger.latest_first():
        main = entry.main
        if main.type is SourceType.DOCUMENT:
            return main.strength is Strength.NAMED
    return False


def _withheld(source: SourceSpan, cue: Cue, fact: SentenceFacts, ledger: Ledger) -> bool:
    """'Keisha, who asked that her last name not be used, said', 'A witness who gave only
    his first name, Andre, said', 'said a nurse identified by a pseudonym, Dana': a person
    the story gives only a first name or a made-up one for is no one the reader can check:
    anonymous (LABELS.md: described but unnamed), and so is that name when it is cited
    again; the name is kept in ``ledger.withheld`` (attr-strength41). The phrase is read
    before the cue when the source is, or after a source that follows its cue."""
    text = fact.text  # (the caller has seen "name" or "pseudonym" in it)
    if cue.match.start > source.end:
        window = text[: cue.match.start - fact.start]  # "A witness who gave only ..., X, said"
    else:
        window = text[source.start - fact.start :]  # "said Ana, who asked that ..."
    found = _WITHHELD.search(window)
    if found is None or not any(word in window for word in _WITHHOLDING):
        return False
    given = _GIVEN_AFTER.match(window, found.end())
    if given is not None:
        ledger.withheld.add(given.group(1).lower())
    if source.form == "name":
        ledger.withheld.add(source.text.lower())
    return True


def _named_before(source: SourceSpan, entry: Entry) -> bool:
    """'Analyst Ken Doctor said ...' | '"...," Doctor asks.': a capitalised word read as a
    common noun where it opens a clause is the name it was in the same words before, or the
    surname of the person it was named as in full."""
    text = source.text
    if not text[:1].isupper():
        return False
    return any(
        m.strength is Strength.NAMED
        and m.form == "name"
        # or the surname of a person named in full before ("Megyn Hale" | "Hale responded:"),
        # whose row is named: the row and the mention agree (attr-strength41)
        and (m.text == text or (m.type is SourceType.PERSON and m.text.endswith(" " + text)))
        for m in entry.mentions
    )


def _opening_source(
    pronoun: SourceSpan, fact: SentenceFacts, sources: list[SourceSpan], ledger: Ledger
) -> SourceSpan | None:
    """The source of the clause a pronoun's sentence opens with, if one fits the pronoun:
    "Though the agency has said ..., it has also acknowledged ...", "Although Ruiz admitted
    ..., she claimed ...". One further in ("messages Hale sent to lawmakers show they ...")
    may be an object."""
    for source in sorted(sources, key=lambda found: found.end, reverse=True):
        lead = fact.text[: source.start - fact.start].lower().split()
        if (
            source.end <= pronoun.start
            and 0 < len(lead) <= _OPENING_WORDS
            and lead[-1] in _SUBORDINATORS
            and not source.is_pronoun
            and not source.vague
            and not source.anaphoric
            and _may_stand_for(pronoun, source, ledger)
        ):
            return source
    return None


def _opens_subordinate(text: str) -> bool:
    """Whether one of a sentence's first two words starts with a subordinator ("Though
    ...", "And although ..."): only then may :func:`_opening_source` find a source, and the
    sentence's subjects are read for it only then (most sentences open otherwise)."""
    return any(word.lower().startswith(_SUBORDINATOR_STARTS) for word in text.split(None, 2)[:2])


def _may_stand_for(pronoun: SourceSpan, source: SourceSpan, ledger: Ledger) -> bool:
    """Whether a pronoun may stand for a source it was not resolved to by the ledger: one of
    its kind and number; for "he" or "she", a named or definite person of no other gender."""
    gendered = pronoun.head in _GENDERED
    return (
        _fits(pronoun.head, source, pair=True)
        and (not gendered or source.form in {"name", "definite"})
        and (not gendered or ledger.gender(source) in {None, pronoun.head})
        and not ledger.unlike_known(source, pronoun.head)
    )


def _unresolved_floor(pronoun: SourceSpan, cue: Cue, fact: SentenceFacts, ledger: Ledger) -> float:
    """The least confidence of a cue whose pronoun has no antecedent in the ledger; in an
    article's first sentence the reader has met nobody ("Contrary to her claim that"). "He"
    or "she" right after a quotation is its speaker's tag ('"...," he complained'): the
    quotation is someone's words, whatever the verb; unless a source was cited just before,
    whose quotation this goes on with (it is passed on to it, by name)."""
    if fact.index > 0 and pronoun.head in _GENDERED:
        if cue.match.rule.category == "statement":
            return _UNRESOLVED_PERSON_CONFIDENCE
        tagged = _QUOTE_TAG.search(fact.text, 0, max(0, pronoun.start - fact.start))
        recent = (
            ledger.entries
            and max(ledger.entries[ledger.latest()].sentences, default=-_TAG_REACH)
            >= fact.index - _TAG_REACH
        )
        if tagged is not None and not recent:
            return _UNRESOLVED_PERSON_CONFIDENCE
    return _UNRESOLVED_PRONOUN_CONFIDENCE


def _named_together(
    source: SourceSpan, index: int, ledger: Ledger, subject_of: SubjectOf | None
) -> Entry | None:
    """The source a definite plural with no name of its own stands for ("the companies",
    "the two women", "both men"): the latest cited source, or the subject of the sentence
    before, when it names two or more of its kind together ("Nordlys Lines and Harbour Freight
    said", "Ana Ruiz and Beth Cole founded the clinic."). People must be named just before: a
    story's "the voters" are rarely the two candidates it cited a while ago."""
    people = source.type in PEOPLE
    if source.names or not (people or source.type is SourceType.ORGANISATION):
        return None  # (asked of every direct source: the quick tests first)
    lead = source.text.lower()
    # "both women": the two just named, as "the two women" ("both" reads as definite)
    definite_plural = (source.form == "plural" and lead.startswith("the ")) or (
        (lead == "both" or lead.startswith("both ")) and source.form in {"plural", "definite"}
    )
    if not definite_plural:
        return None
    # a name the lexicons do not know is typed a person ("Nordlys Lines")
    kinds = {SourceType.PERSON} if people else {SourceType.ORGANISATION, SourceType.PERSON}
    if ledger.entries:
        latest = ledger.entries[ledger.latest()]
        recent = not people or max(latest.sentences) >= index - 1
        if recent and _names_together(latest.main, kinds):
            return latest
    before = subject_of(index - 1) if subject_of is not None and index > 0 else None
    if before is not None and _names_together(before, kinds):
        return ledger.add(before, index - 1, None, cited=False)
    return None


def _names_together(mention: SourceSpan, kinds: set[SourceType]) -> bool:
    """Whether a mention names two or more people or bodies together."""
    return (
        mention.form == "name"
        and mention.type in kinds
        and (len(mention.names) > 1 or any(" and " in name for name in mention.names))
    )


def _salient(
    pronoun: SourceSpan,
    index: int,
    cited: Entry | None,
    ledger: Ledger,
    subject_of: SubjectOf,
    people: Callable[[int], list[SourceSpan]],
    facts: list[SentenceFacts],
) -> Entry | None:
    """A recent sentence subject, if it is nearer than the nearest cited source; for "he" or
    "she", then a person named in full in a sentence before, whose given name tells that
    gender ("I reached his editor, Ann Lund, by phone." | "She said ...")."""
    named = pronoun.head in _GENDERED
    fact = facts[index]
    # "The owner never replied, he said.": a tag after its content speaks of the content's
    # subject as of someone else; the sentence's own subject is not the speaker. Only a
    # tag: a comma before the pronoun and none of the sentence's quotation marks ('The
    # woman beamed: "...," she said' is hers), a clause's end a few words after it ("when,
    # at the hearing, she apologized for ..." goes on)
    at = pronoun.start - fact.start
    tag = (
        _TAG_BEFORE.search(fact.text, 0, max(0, at)) is not None
        and _TAG_AFTER.match(fact.text, pronoun.end - fact.start) is not None
        and _QUOTE_CHARS.isdisjoint(fact.text[:at])
    )
    # the sentence's own subject stands for the pronoun only before it, and not in a tag;
    # not read where it cannot be (most pronouns open their sentence: "He said ...")
    own = not tag and _WORD.search(fact.text, 0, max(0, at)) is not None
    for k in _salience_window(index, index, cited):
        subject = subject_of(k) if k < index or own else None
        if (
            subject is not None
            and not subject.is_pronoun
            and not subject.vague
            and not (k == index and (tag or subject.end > pronoun.start))  # not its own
            and _may_stand_for(pronoun, subject, ledger)
        ):
            return ledger.add(subject, k, None, cited=False)
        if (
            k < index
            and subject is not None
            and subject.is_pronoun
            and subject.head == pronoun.head
        ):
            named = False  # "She had warned her deputy, Ann Lund": "she" goes on with "she"
        if not named:
            continue
        if k == index:
            # "Rep. Tom Hale, who ... when he yelled": a man named before "he" in its own
            # sentence is who it stands for, or else the sentence is too tangled to tell
            named = not any(p.end <= pronoun.start for p in people(k))
            continue
        if (
            any(c.usable for c in facts[k].cues)
            or _says(facts[k:index], pronoun.head)
            or (cited is not None and _names_any(facts[k], cited.surnames))
        ):
            # only a sentence citing no one, with no quotation or "she" since, and not about
            # the source cited ("Hale took a swipe at rivals like Tom Lund" | "he said")
            named = False
            continue
        for person in people(k):
            if ledger.gender(person) == pronoun.head and _may_stand_for(pronoun, person, ledger):
                return ledger.add(person, k, None, cited=False)
    return cited


def _asked(
    pronoun: SourceSpan, cue: Cue, fact: SentenceFacts, facts: list[SentenceFacts], ledger: Ledger
) -> Entry | None:
    """'A reporter asked Ruiz how she felt.' | 'She replied: ...': who replies is the one
    asked, a person the story has cited by name, not the asker cited last."""
    if fact.index == 0 or _REPLIES.isdisjoint(re.findall(r"\w+", cue.match.text.lower())):
        return None
    asked = _ASKED.search(facts[fact.index - 1].text)
    if asked is None:
        return None
    surname = asked.group(1).lower()
    for entry in ledger.latest_first():
        if surname in entry.surnames and _fits(pronoun.head, entry.main, pair=False):
            return None if entry.unlike(pronoun.head) else entry
    return None


def _names_any(fact: SentenceFacts, surnames: Set[str]) -> bool:
    """Whether a sentence names any of ``surnames`` ("Mr. Hale took a swipe at ...")."""
    return bool(surnames) and not surnames.isdisjoint(
        word.strip(".,;:!?()\"'’“”").lower() for word in fact.text.split()
    )


def _says(facts: list[SentenceFacts], pronoun: str) -> bool:
    """Whether any of ``facts`` is quoted or uses ``pronoun``: someone else goes on between."""
    return any(
        fact.quoted_share > 0 or pronoun in fact.text.lower().replace(",", " ").split()
        for fact in facts
    )


def _described(
    description: SourceSpan,
    index: int,
    cited: Entry | None,
    ledger: Ledger,
    subject_of: SubjectOf,
) -> Entry | None:
    """'The group said', after 'Clean Rivers Now, an environmental group, sued': a recent
    sentence subject named with the description's head, if nearer than the cited antecedent.
    A head any named body may be called (``generic_heads``: "the group", "the company")
    takes the nearest named organisation that opened a sentence, also where none was cited:
    'Harbor First organised the march.' | 'The group said ...' is Harbor First, not the
    protesters cited before it."""
    if cited is not None and cited.strength is Strength.NAMED:
        return cited  # only an unnamed antecedent can be bettered by a nearer name
    generic = description.head in ledger.generic_heads
    if cited is None and not generic:
        return None  # (reading the subjects of the sentences before costs a pass 2-3%)
    for k, subject in _uncited_subjects(index - 1, index, cited, subject_of):
        if subject.form == "name" and (
            subject.head == description.head
            or (generic and subject.type is SourceType.ORGANISATION)
        ):
            return ledger.add(subject, k, None, cited=False)
    return cited


def _introduced(
    description: SourceSpan,
    index: int,
    ledger: Ledger,
    subjects: Callable[[int], list[SourceSpan]],
) -> Entry | None:
    """'the people said', after 'Two people briefed on the talks described ...' that cited
    no one, or after '..., and people familiar with his plans say' that cited someone
    else first: a recent source expression with the description's head."""
    for k in range(index - 1, max(-1, index - _SALIENCE_WINDOW - 1), -1):
        for subject in subjects(k):
            if subject.head == description.head and not subject.vague and not subject.is_pronoun:
                return ledger.add(subject, k, None, cited=False)
    return None


def _uncited_subjects(
    first: int, index: int, cited: Entry | None, subject_of: SubjectOf
) -> Iterator[tuple[int, SourceSpan]]:
    """The subjects of the sentences of :func:`_salience_window`, nearest first."""
    for k in _salience_window(first, index, cited):
        subject = subject_of(k)
        if subject is not None:
            yield k, subject


def _salience_window(first: int, index: int, cited: Entry | None) -> range:
    """Sentences ``first`` and back, nearest first, within the salience window of sentence
    ``index`` and after the cited antecedent's latest sentence."""
    last_cited = cited.sentences[-1] if cited is not None else -1
    return range(first, max(last_cited, index - _SALIENCE_WINDOW - 1), -1)


def _split_heads(
    facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger
) -> None:
    """'Sen. Ana Ruiz (D-Ill.)' | 'said on Tuesday ...': the source's half of a cut sentence;
    also when the second half names its speaker by a pronoun ('Rep. Tom Hale (R-Conn.)' |
    'was for the levy, he said.'): the tag the first half ends on is its subject's."""
    for fact in filter(_CONTINUING, facts[1:]):
        own = decided[fact.index]
        if (
            own is None
            or not fact.continues
            or own.mode != "direct"
            or (
                own.source.start >= fact.start
                and not _tagged_head(facts[fact.index - 1], fact, own)
            )
        ):
            continue
        if decided[fact.index - 1] is None:
            decided[fact.index - 1] = _inherit(own, fact.index - 1, "continuation", ledger)


def _tagged_head(head: SentenceFacts, tail: SentenceFacts, own: Resolved) -> bool:
    """Whether ``head`` is a name cut after its party tag ("Rep. Tom Hale (R-Conn.)") whose
    second half, opening with its verb, names the speaker by a pronoun."""
    return (
        own.source.is_pronoun
        and _PARTY_TAG.search(head.text) is not None
        and tail.text.lstrip()[:1].islower()
    )


def _split_tails(
    facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger
) -> None:
    """'"...," said Sen. Ana Ruiz (D-Ill.)' | ', who chairs it.': the rest of a cut sentence."""
    for fact in facts[1:]:
        before = decided[fact.index - 1]
        if decided[fact.index] is None and before is not None and fact.tail:
            decided[fact.index] = _inherit(before, fact.index, "continuation", ledger)


def _trailing_tags(
    facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger
) -> None:
    """'"Have you started?"' | 'Sanders replied.': a quotation cut off before its speaker's tag.

    The tag is a sentence of its own with no quotation, a verb of saying and either a few
    words only or a lower-case opening (it continues the quotation's sentence). After a
    quotation closing on '?' or '!', which a splitter cuts, a longer tag is taken when
    it opens with its speaker or its verb: '"Is it over?"' | 'Ana Ruiz asked at a rally.'
    A signature line may run into the next quotation: '"..."' | '— Ana Ruiz\n"We ...'.
    """
    for before in filter(_QUOTING, facts[:-1]):  # (a sentence after one that quotes)
        fact = facts[before.index + 1]
        own = decided[fact.index]
        if (
            own is None
            or own.mode != "direct"
            or decided[before.index] is not None
            or before.quoted_share < _QUOTED
        ):
            continue
        if fact.quote_groups:
            if _signs_ahead(before, fact, own):
                decided[before.index] = _inherit(own, before.index, "quote", ledger)
            continue
        category = own.cue.match.rule.category
        if (
            category in _TAGS
            and (fact.short or fact.continues)
            and (
                fact.paragraph == before.paragraph
                or min(own.source.start, own.cue.match.start) <= fact.start + _TAG_OPENING
            )
        ) or _cut_tag(before, fact, own):
            # (in a paragraph of its own, a tag opens with its speaker or its mark, '— Ana
            # Ruiz'; a saying after words of its own is a new report, not the quotation's tag:
            # '"... the right thing."' || 'Not all agree, residents say.')
            decided[before.index] = _inherit(own, before.index, "quote", ledger)


def _signs_ahead(before: SentenceFacts, fact: SentenceFacts, own: Resolved) -> bool:
    """Whether ``fact`` opens with the signature of the quotation ``before`` and goes on, on
    a new line, with another quotation: '— Ana Ruiz\n“We ...' (a splitter kept them as one)."""
    return (
        own.cue.match.start <= fact.start
        and own.cue.match.rule.category in _TAGS
        and fact.quote_groups.isdisjoint(before.quote_groups)
        and _NEW_LINE.match(fact.text, own.source.end - fact.start) is not None
    )


def _cut_tag(before: SentenceFacts, fact: SentenceFacts, own: Resolved) -> bool:
    """Whether ``fact`` is the tag of the quotation ``before`` cut off on '?' or '!': it opens
    with its speaker or its verb, a verb of saying or 'asked', and reports nothing more
    ('asked reporters at a briefing', not 'said on Monday that the vote was off')."""
    cue, source = own.cue.match, own.source
    if (
        min(source.start, cue.start) > fact.start
        or not _CUT_QUOTE.search(before.text[-8:])
        or not (cue.rule.category in _SAYING or cue.text.lower() in _QUESTION_VERBS)
    ):
        return False
    rest = fact.text[max(cue.end, source.end) - fact.start :]
    return _BARE_TAG.match(rest) is not None and _REPORTED.search(rest) is None


def _relay(cue: Cue) -> str | None:
    return cue.relayed_by.text if cue.relayed_by else None


def _spread_quotations(
    facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger
) -> None:
    """Give every sentence of an attributed quotation the quotation's speaker."""
    speakers: dict[int, Resolved] = {}
    for fact in facts:
        own = decided[fact.index]
        if own is None or own.cue.match.rule.partial:
            continue  # 'in what one reporter called a "snippy tone": "..."': not the speaker
        tag = fact.index > 0 and _tags(decided[fact.index - 1], fact.index)
        for group in fact.quote_groups:
            if not tag or group in facts[fact.index - 1].quote_groups:
                speakers.setdefault(group, own)  # a tag speaks for the quotation before it
        if fact.ends_with_colon and fact.index + 1 < len(facts):
            lead = own
            before = decided[fact.index - 1] if fact.index else None
            if (
                # a signpost naming a document ("Here is the policy:"): the document's
                # words, unless its issuer spoke in the sentence before
                own.cue.match.rule.category == "signpost"
                and before is not None
                and before.cue.match.rule.category in _SAYING
            ):
                lead = before  # 'The mayor issued a statement. | Here is the policy:': hers
            for group in facts[fact.index + 1].quote_groups:
                speakers.setdefault(group, lead)
    for fact in filter(_QUOTING, facts):
        if decided[fact.index] is not None:
            continue
        # a quotation carried over from the sentence before, or running on into the next,
        # attributes even a short part ('Hale called it "a mess. | Nobody wants it," he said.')
        # (only a sentence mostly outside its quotations asks)
        carried = _carried_groups(facts, fact.index) if fact.quoted_share < _QUOTED else None
        for group in sorted(fact.quote_groups):
            if carried is not None and group not in carried:
                continue
            speaker = speakers.get(group)
            if speaker is not None:
                decided[fact.index] = _inherit(speaker, fact.index, "quote", ledger)
                break


def _carried_groups(facts: list[SentenceFacts], index: int) -> frozenset[int]:
    """The quotation groups sentence ``index`` shares with the sentence before, and those it
    shares with the sentence after when the quotation opens on words of its own here ('He
    called it "a mess. | Nobody wants it," he said.'; not a mark alone that opens the next
    paragraph's quotation, the newspaper's '... the plant. \'\'')."""
    fact = facts[index]
    before = facts[index - 1].quote_groups if index else frozenset()
    if index + 1 < len(facts):
        after = fact.quote_groups & facts[index + 1].quote_groups
        if after and _opens_on_words(fact.text):  # (the marks read only for a shared one)
            return before | after
    return before


def _opens_on_words(text: str) -> bool:
    """Whether words follow the last quotation mark of a sentence: a quotation that opens
    there and runs on."""
    marks = _MARKS.findall(text)
    return bool(marks) and _spoken(text[text.rindex(marks[-1]) + len(marks[-1]) :])


def _closes_on_words(text: str) -> bool:
    """Whether words stand before the first quotation mark of a sentence: the end of a
    quotation carried over from the sentence before."""
    marks = _MARKS.findall(text)
    return bool(marks) and _spoken(text[: text.index(marks[0])])


def _spoken(part: str) -> bool:
    """Whether a part of a quotation reads as words someone said: two words or more, not all
    capitalised (a title or a slogan, '"Opening Night,'' ...', '"Make It Work.')."""
    words = part.split()
    return len(words) >= _RUN_ON_WORDS and any(w[:1].islower() for w in words)


def _run_on_parts(
    facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger
) -> None:
    """The part of a quotation in a sentence it runs over from or into, when the rest of it
    was given a speaker by the quotation ('Hale said councils were timid.' | 'They "were
    stiff.' | 'They never took a risk."'): the same speaker's words, a partial attribution."""
    for fact in filter(_QUOTING, facts):
        if decided[fact.index] is not None or fact.single_marked:
            continue
        for other, words in ((fact.index + 1, _opens_on_words), (fact.index - 1, _closes_on_words)):
            if not 0 <= other < len(facts):
                continue
            rest = decided[other]
            if (
                rest is not None
                and rest.mode in _QUOTATION_MODES
                and fact.quote_groups & facts[other].quote_groups
                and words(fact.text)
            ):
                decided[fact.index] = _inherit(rest, fact.index, rest.mode, ledger)
                break


def _tags(before: Resolved | None, index: int) -> bool:
    """Whether sentence ``index`` is the speaker's tag of the quotation before it."""
    return before is not None and before.mode == "quote" and before.from_sentence == index


def _unmarked_blocks(
    facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger
) -> None:
    """A paragraph after a speaker's closing colon, without quotation marks, is what they said.

    'The governor added:' | 'It is typical of her. She knows nothing.': a block quotation
    whose marks the page's layout carried (a blockquote), not the text. A sentence given
    with its colon, a blank line and the block's first words ('He wrote:\n\nIt is typical
    of her.') opens the block: the rest of its paragraph follows. Where the sentence after
    the colon is in the colon's own paragraph, the break was lost (sentences given one by
    one, without blank lines): the block is the next few sentences, up to one that names
    the speaker ('Ruiz ...', 'She ...': the writer is back).
    """
    for fact in facts[:-1]:
        own = decided[fact.index]
        nxt = facts[fact.index + 1]
        if (
            own is None
            or not (fact.ends_with_colon or _COLON_BLOCK.search(fact.text))
            or own.cue.match.rule.category not in _SAYING
        ):
            continue
        lost = nxt.paragraph == fact.paragraph
        if lost and not fact.ends_with_colon:
            continue
        if not fact.ends_with_colon and not _opens_block(fact, own):
            continue
        reach = _LOST_BLOCK if lost else len(facts)
        surnames = ledger.entries[own.ledger_id].surnames
        for block in facts[nxt.index : nxt.index + reach]:
            if block.paragraph != nxt.paragraph or block.text.lstrip()[:1] in "([<":
                break
            if decided[block.index] is not None or block.quoted_share >= _QUOTED:
                break
            if lost and (_names_any(block, surnames) or _about_speaker(block) or _fragment(block)):
                break
            decided[block.index] = _inherit(own, block.index, "quote", ledger)


def _fragment(fact: SentenceFacts) -> bool:
    """Whether a sentence opens in lower case: a fragment or a line of page furniture ('take
    our poll - ...'), no sentence of a block quotation."""
    return fact.text.lstrip()[:1].islower()


def _about_speaker(fact: SentenceFacts) -> bool:
    """Whether a sentence opens on 'He' or 'She': the writer's words about a speaker, not
    the speaker's own (who would say 'I')."""
    first = fact.text.lstrip().split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in _GENDERED


def _opens_block(fact: SentenceFacts, own: Resolved) -> bool:
    """Whether a sentence's own cue of saying, before its colon and blank line, opens an
    unmarked block there ('He wrote:\n\nIt is typical of her.'; not '...:\n\n"It is."',
    a marked quotation, nor 'Like the page:\n\nRuiz said ...', a cue after the colon)."""
    colon = _COLON_BLOCK.search(fact.text)
    assert colon is not None
    return (
        own.mode == "direct"
        and own.cue.match.end <= fact.start + colon.start()
        and fact.text[colon.end() :].lstrip()[:1] not in _OPENING_MARKS
    )


def _lead_ins(
    facts: list[SentenceFacts],
    decided: list[Resolved | None],
    ledger: Ledger,
    subject_of: SubjectOf,
) -> None:
    """'The mayor was blunt.' | '"This plan is dead. Nobody will pay for it."': a quotation
    that opens right after a sentence about a person or body, which cites no one and quotes
    nothing, is that subject's (the newspaper's lead-in); it is not left to the speaker of
    an earlier quotation. The lead-in itself stays the writer's."""
    for fact in filter(_QUOTING, facts[1:]):
        before = facts[fact.index - 1]
        if (
            decided[fact.index] is not None
            or decided[before.index] is not None
            or fact.quoted_share < _QUOTED
            or fact.single_marked
            or fact.cues
            or before.quote_groups
            or any(c.usable for c in before.cues)
            or fact.text.lstrip()[:1] not in _OPENING_MARKS
            or not _lead_in_end(before.text)
            or _title_case(before.text)
        ):
            continue
        subject = subject_of(before.index)
        if subject is None or not _lead_in_subject(subject, before, ledger):
            continue
        entry = ledger.add(subject, before.index, None, cited=False)
        cue = Cue(Match(_LEAD_IN, subject.start, subject.end, subject.text), subject)
        lead = Resolved(before.index, cue, subject, "direct", entry.id)
        for later in facts[fact.index :]:
            if (
                decided[later.index] is not None
                or later.cues
                or not later.quote_groups & fact.quote_groups
            ):
                break
            decided[later.index] = _inherit(lead, later.index, "lead_in", ledger)


def _lead_in_end(text: str) -> bool:
    """Whether a sentence ends as a lead-in does (:data:`_LEAD_IN_END`): four words or more,
    the last closing on a lower-case letter or ')' and a full stop or a colon. The ending is
    looked at first: a search that fails tries the pattern again at every word."""
    end = text.rstrip()[-2:]
    if len(end) < 2 or end[1] not in ".:" or not ("a" <= end[0] <= "z" or end[0] == ")"):
        return False
    return _LEAD_IN_END.search(text) is not None


def _ends_on_head(subject: SourceSpan) -> bool:
    """Whether a subject ends on its head noun or a name ("The mayor", "Tom Hale"), not on
    words a misread phrase ran into ("Trump on the other" of "on the other hand")."""
    last = subject.text.split()[-1]
    return last[:1].isupper() or last.lower() == subject.head


def _title_case(text: str) -> bool:
    """A headline or a credit line in Title Case ("Neilson Roe Via Getty Images.")."""
    words = [w for w in text.split() if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def _lead_in_subject(subject: SourceSpan, before: SentenceFacts, ledger: Ledger) -> bool:
    """Whether ``subject`` opens the sentence ``before`` as a person or body the reader can
    take for a speaker: not a pronoun, an owner alone ("FBI's") or a capitalised word that
    may open anything ("Given the ..."): a one-word name counts once the ledger knows it."""
    if (
        subject.is_pronoun
        or subject.vague
        or subject.type not in _LEAD_IN_TYPES
        or subject.text.endswith(("'s", "’s"))
        or before.text.lstrip()[: len(subject.text)] != subject.text
        or not _ends_on_head(subject)
        or _PASSIVE.match(
            before.text, len(before.text) - len(before.text.lstrip()) + len(subject.text)
        )
    ):
        return False
    if subject.form != "name" or " " in subject.text:
        return True
    surname = subject.text.lower()
    return any(surname in entry.surnames for entry in ledger.entries)


def _orphans(facts: list[SentenceFacts], decided: list[Resolved | None], ledger: Ledger) -> None:
    """A quoted sentence with no speaker takes the speaker of the latest quotation; not one
    in single marks where the article quotes in double ones ("'Coal Is Not the Villain.'",
    a subheading in a newspaper's style)."""
    for fact in filter(_QUOTING, facts):
        if decided[fact.index] is not None or fact.quoted_share < _QUOTED or fact.single_marked:
            continue
        # a term in quotes takes only the speaker of the sentence right before it (a list of
        # the points made after 'He said the pope is…'); farther back it is the writer's
        window = 1 if _term_quote(fact.text) else _ORPHAN_WINDOW
        opens = _quotation_opens(facts, fact.index)
        for back in range(fact.index - 1, max(-1, fact.index - 1 - window), -1):
            previous = decided[back]
            if previous is not None and previous.cue.match.rule.partial:
                continue  # 'the "ghost fleet," as Ruiz dubs it': a term, not a quotation
            if previous is not None and _quoted_speaker(facts, back, opens):
                decided[fact.index] = _inherit(previous, fact.index, "orphan_quote", ledger)
                break


def _term_quote(text: str) -> bool:
    """Whether the only quotation of a sentence is a term of one or two words set in the
    writer's own words ('The "equality" talk?', 'his "spiritual adviser" Rev.'): a term or a
    scare quote, unless a speaker has just been given. A sentence that is all quotation
    ('"Never."') is not one: with its marks taken out, words of the writer's must be left."""
    marks = _QUOTE_MARKS.findall(text)
    if len(marks) != 2:
        return False
    term = _TERM_QUOTE.search(text)
    if term is None:
        return False
    rest = text[: term.start()] + " " + text[term.end() :]
    return any(c.isalpha() for c in rest)


def _quotation_opens(facts: list[SentenceFacts], index: int) -> int:
    """The sentence where the quotation of sentence ``index`` opens, when it runs over from
    the sentences before ('Hale said councils were timid.' | 'They "were stiff.' | 'They
    never took a risk."': the second): what follows its speaker is the quotation's start."""
    while index and facts[index].quote_groups & facts[index - 1].quote_groups:
        before = facts[index - 1]
        if before.quoted_share < _QUOTED and not _opens_on_words(before.text):
            break  # a mark alone at its end ('... the plant. \'\''): the quotation opens here
        index -= 1
    return index


def _quoted_speaker(facts: list[SentenceFacts], back: int, index: int) -> bool:
    """Whether the speaker of sentence ``back`` is one a later quotation can belong to.

    The sentence quotes someone; or its quotation was cut off before it ('"...?" |
    Sanders asked.'); or it reports speech or a statement just before the quotation ('He said the
    plan was sound. | "It will pay for itself."'), or just before a signpost that introduces it.
    """
    if facts[back].quote_groups or (back and facts[back - 1].quote_groups):
        return True
    cue = best_cue(facts[back].cues)
    said = cue is not None and cue.match.rule.category in _SAYING
    # 'The mayor issued a statement. | Here is the policy: | "..."': a signpost between
    signpost = back == index - 2 and facts[index - 1].ends_with_colon and not facts[index - 1].cues
    return said and (back == index - 1 or signpost)


def _inherit(speaker: Resolved, index: int, mode: str, ledger: Ledger) -> Resolved:
    ledger.attach(ledger.entries[speaker.ledger_id], index)
    origin = speaker.index if speaker.from_sentence is None else speaker.from_sentence
    return Resolved(
        index,
        speaker.cue,
        speaker.source,
        mode,
        speaker.ledger_id,
        origin,
        speaker.resolved_to,
        speaker.relayed_by,
    )
