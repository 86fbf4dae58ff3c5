"""Named or anonymous: how a source expression is graded (LABELS.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from auditor.attribution.grammar import INDEFINITE, PEOPLE
from auditor.attribution.sentence import ReadSentence
from auditor.attribution.spans import SourceSpan
from auditor.models import SourceType, Strength
from auditor.tokens import Token

_COORDINATORS = frozenset({"and", "or", "nor", "&"})
# words after "and" that add others to a name ("Texas and other states", "Ruiz and fellow
# donors"), not a second describing word of one head (Strengths._joined_describers)
_NOT_DESCRIBERS = _COORDINATORS | {"other", "fellow", "allied", "several"}
_AGREEING_TYPES = frozenset({SourceType.PERSON, SourceType.GROUP, SourceType.UNKNOWN})
# where a clause opens: "Mourners say", "The Latest: Mourners say", "That said, Millennials say"
_CLAUSE_OPENINGS = frozenset({":", ",", ";", "—", "–", "("})
# the possessives of one person: "her lawyers" act for someone the story has named
_ONE_OWNER = frozenset({"his", "her"})


class Strengths:
    """Named or anonymous: how a source expression is graded (LABELS.md)."""

    def _form(self, head_part: list[Token], names: list[str], head: str, kind: SourceType) -> str:
        # A name only modifying a person ("GOP insiders", "White House officials") names no one,
        # nor does a capitalised set of people ("some Republicans", "many Democrats").
        last = head_part[-1]
        first = head_part[0].lower
        if first == "every" and not any(t.is_capitalised for t in head_part[1:]):
            # "Every recent poll": any of an unnamed set (its capital opens the sentence; not
            # "every Marist poll"), named only by a tail (attr-strength41)
            return "indefinite"
        if self._counted_plural(head_part) or (names and self._named_set(head_part, kind)):
            return "plural"  # "many Valdonians", "Valdonian rights groups"
        if names and (
            (
                last.is_capitalised
                and last.base.lower() not in self.group_heads
                and last.base.lower() not in self.demonyms  # "a Nevada Democrat"
                and not self._acronym_head(last)  # "a Labour MP", "BJP MLAs"
            )
            or kind not in PEOPLE
        ):
            return "name"
        if first in INDEFINITE:
            return "indefinite"
        if first == "both" and len(head_part) > 1 and all(t.lower != "and" for t in head_part):
            return "definite"  # "both companies": the two the story is about (not "both X and Y")
        if first in self.demonstratives and kind not in PEOPLE:
            return "definite"  # "those firms": bodies named before; "those voters" stay a set
        if first in self.determiners or head_part[0].is_possessive:
            return "plural" if self._plural_head(head_part, head, kind) else "definite"
        if self._is_plural(head) or first[0].isdigit() or first in self.modifiers:
            return "plural" if self._plural_head(head_part, head, kind) else "bare"
        return "bare"

    def _acronym_head(self, token: Token) -> bool:
        """'MP', 'MPs', 'MLA', 'TDs': a person's head written as capitals is a common noun, a
        described person ("a Labour MP", "opposition MPs"), not a name (attr-strength46)."""
        text = token.text[:-1] if token.text.endswith("s") else token.text
        return len(text) > 1 and text.isupper() and token.lower in self.person_words

    def _top_one(self, form: str, kind: SourceType, head_part: list[Token], head: str) -> bool:
        """'the country's top diplomat', 'Iran's chief negotiator', 'the top official at the
        embassy': one person the story can identify, named (LABELS.md: a role that points to
        one identifiable person), though "diplomat" alone is anyone (attr-strength46); and
        "the returning officer", an office named by its function (office-modifiers, attr57)."""
        if form != "definite" or kind is not SourceType.PERSON or self._is_plural(head):
            return False
        if len(head_part) > 1 and head_part[-2].lower in self.office_modifiers:
            # attr57: "the returning officer", "the presiding officer": the one holder of an
            # office named by its function, right before the head
            return True
        return any(t.lower in self.unique_ranks for t in head_part[:-1])

    def _holders_of(
        self, kind: SourceType, head_lows: list[str], lows: list[str], cut: int
    ) -> bool:
        """'The presidents of Lirana and Varno', 'foreign ministers of Spain, Italy and
        Greece': the plural of an office one person holds in each body, then "of" and bodies
        joined by "and" (one holder each, named when the tail names them: attr56); not one
        body's "leaders of the party", nor a counted "leaders of several states"."""
        if kind not in PEOPLE or cut + 2 >= len(lows) or lows[cut] != "of":
            return False
        office = " ".join(head_lows[-3:])
        while office and office not in self.office_heads:
            office = office.partition(" ")[2]  # "the foreign ministers": the last words
        if not office:
            return False
        tail = lows[cut + 1 :]
        return "and" in tail and tail[0] not in self.quantifiers and tail[0] != "both"

    def _plural_head(self, head_part: list[Token], head: str, kind: SourceType) -> bool:
        """Whether the head is plural: by its ending, or as the plural of a two-word head of
        people whose last word is no head alone ("the party's senior figures": people, an
        unnamed set; "figures" alone are data)."""
        if self._is_plural(head):
            return True
        return (
            kind is SourceType.GROUP
            and len(head_part) > 1
            and f"{head_part[-2].lower} {head[:-1]}" in self.head_types
        )

    def _counted_plural(self, head_part: list[Token]) -> bool:
        """'Many Valdonians', 'several Kennedys': a quantified plural is a set, not a name."""
        first, last = head_part[0].lower, head_part[-1]
        return (
            len(head_part) == 2
            and first in self.quantifiers
            and first not in INDEFINITE
            and last.is_capitalised
            and last.lower.endswith("s")
        )

    def _named_set(self, head_part: list[Token], kind: SourceType) -> bool:
        """'Valdonian rights groups', 'several prominent Harbor elders': names that only
        describe an unnamed set of bodies or people (not documents: "Pentagon records"; not
        "Harbor police", one force)."""
        first, last = head_part[0].lower, head_part[-1]
        low = last.lower
        if kind is SourceType.DOCUMENT or last.is_capitalised or not low.endswith("s"):
            return False
        if not (self._is_plural(low) or (first in self.quantifiers and not low.endswith("ss"))):
            return False  # (asked before the walks below, which most phrases end at)
        if first in self.determiners or any(t.is_possessive for t in head_part):
            return False  # "the Harbor banks", "Ana Ruiz's aides": the ones the story is about
        # "Ana Ruiz and other donors": a name among them (not "Environmental and consumer
        # groups": two describing words of one head)
        joins = [k for k, t in enumerate(head_part) if t.lower in _COORDINATORS]
        return not joins or self._joined_describers(head_part, joins[0])

    def _joined_describers(self, head_part: list[Token], join: int) -> bool:
        """'Environmental and consumer groups', 'Gay and civil rights groups': one capitalised
        word, then "and" and lower-case describing words before the plural head; the first
        word is capitalised as a sentence's first word is, not as a name (attr-strength33).
        Not "Ana Ruiz and other donors", "Washington and its allies"."""
        if join != 1 or len(head_part) < 4:
            return False
        return self._is_plural(head_part[-1].lower) and all(
            t.lower.isalpha()
            and not t.is_capitalised
            and t.lower not in self.quantifiers
            and t.lower not in self.determiners
            and t.lower not in _NOT_DESCRIBERS
            for t in head_part[2:]
        )  # not "Texas and 25 other states", "Ruiz and fellow donors": a name among them

    def _strength(
        self,
        form: str,
        kind: SourceType,
        head: str,
        names: list[str],
        named_tail: Callable[[], bool],
    ) -> Strength:
        if form == "name" or head in self.party_heads:
            return Strength.NAMED  # "both sides": the parties the story is about
        if kind in {SourceType.PERSON, SourceType.GROUP}:
            # "the minister"; a headline drops the article: "Minister says talks failed"
            bare_singular = form == "bare" and kind is SourceType.PERSON
            if (form == "definite" or bare_singular) and head not in self.anonymous_heads:
                return Strength.NAMED
            return Strength.ANONYMOUS
        if form in {"indefinite", "plural"}:
            # "a report by the EU", "the cities of Leeds and York": named by the tail
            # (not "a team of engineers in Norway": a place does not name a body in it)
            bodies = kind is SourceType.ORGANISATION and form == "plural"
            # "a paper published in Tidewater Medicine": "paper" is typed as an outlet
            works = kind is SourceType.DOCUMENT or kind is SourceType.OUTLET
            named = (works or bodies) and named_tail()
            return Strength.NAMED if named else Strength.ANONYMOUS
        return Strength.NAMED

    def _speaks_for_body(
        self,
        head_part: list[Token],
        lows: list[str],
        names: list[str],
        named_tail: Callable[[], bool],
    ) -> bool:
        """'A Foreign Office spokesperson', 'a spokesman for the ministry', 'a police statement',
        'a lawyer for Ms. Ruiz'.

        The on-record voice of an identifiable body is named (LABELS.md, Hard cases).
        """
        if lows[-1] in self.counsel_heads:
            # "Ms. Ruiz's lawyers", "her lawyers"; not "defense lawyers", "their lawyers"
            return bool(names) or lows[0] in _ONE_OWNER or named_tail()
        if lows[-1] not in self.voice_lasts:
            return False  # most heads: no word a voice ends on (before joining the last two)
        voice = next((n for n in (2, 1) if " ".join(lows[-n:]) in self.voice_heads), 0)
        if not voice:
            return False
        body = lows[:-voice]
        if any(t.is_capitalised and t.lower in self.party_adjectives for t in head_part[:-voice]):
            return True  # "a Labour spokesperson": the party's on-record voice (attr-strength46)
        return bool(names) or not self.organisation_words.isdisjoint(body) or named_tail()

    def _metonym_first(self, head_part: list[Token], names: list[str]) -> bool:
        """'Washington and its allies', 'President Ana Ruiz and her allies', 'the Pentagon
        and its allies': a coordination led by a name (after any capitalised title, or after
        "the" when what follows it is one of the phrase's names) is named."""
        lows = [t.lower for t in head_part]
        if "and" not in lows:
            return False
        join = lows.index("and")
        lead = [t for t in head_part[:join] if t.is_word]
        if self._joined_describers(head_part, join):
            return False  # "Environmental and consumer groups": no name leads
        if len(lead) > 1 and lead[0].lower == "the":
            return " ".join(t.text for t in lead[1:]) in names  # not "the Europeans and"
        return (
            bool(lead)
            and all(t.is_capitalised and t.lower not in self.determiners for t in lead)
            and self._proper(lead[-1])
        )

    def _proper(self, token: Token) -> bool:
        """A capitalised word that names: a capital city, or not a common or demonym word."""
        low = token.lower
        if not token.is_capitalised or low in self.demonyms:
            return False
        return low in self.countries or low not in self.common

    def agreeing_set(
        self, s: ReadSentence, source: SourceSpan | None, cue: int
    ) -> SourceSpan | None:
        """'Mourners say', 'The Latest: Caucus-goers say': one capitalised word in -s right
        before a verb in its plural present form is a set of people the lexicons do not
        know, anonymous; a name would take 'says' ("Sanders says")."""
        if source is None or source.form != "name" or source.type not in _AGREEING_TYPES:
            return source
        k = s.index(source.start)
        if s.index(source.end) != k + 1:
            return source  # one word
        if k != s.first_word and s.tokens[k - 1].text not in _CLAUSE_OPENINGS:
            return source  # "Did Campos call", "in Texas argue": not a clause's subject
        word = s.tokens[k]
        if k + 1 < cue and s.tokens[k + 1].lower == "who" and word.lower.endswith("s"):
            # "Reviewers who tried it said": a restrictive clause picks some of a set of
            # people (a name takes a comma before "who")
            if not word.is_possessive and word.lower not in self.countries:
                return replace(source, strength=Strength.ANONYMOUS, form="plural")
            return source
        if k + 1 != cue:
            return source  # one word, right before the verb
        verb = s.tokens[cue].lower
        if (
            not word.lower.endswith("s")
            or word.is_possessive
            or not verb.isalpha()
            or verb.endswith(("s", "ed"))
            or verb in self.unmarked_past  # "Mourners said": one speaker or many
        ):
            return source
        return replace(source, strength=Strength.ANONYMOUS, form="plural")
