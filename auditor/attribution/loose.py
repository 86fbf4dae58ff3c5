"""Sources the lexicons do not know, read from the words around a confident cue."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from auditor.attribution.grammar import (
    AUXILIARIES,
    HARD_STOPS,
    INDEFINITE,
    LOOSE_LENGTH,
    MAX_APPOSITIVE,
    POSSESSIVE_PRONOUNS,
    WRITER_OWNERS,
)
from auditor.attribution.sentence import (
    ReadSentence,
    be_clitic,
    clitic_host,
    writer_clause,
)
from auditor.attribution.spans import SourceSpan
from auditor.models import SourceType, Strength
from auditor.tokens import Token

_CLAUSE_OPENERS = frozenset({"which", "who", "whose"})  # lower-case: "Who" may be the WHO
_UNNAMED = frozenset({"named", "identified"})  # "declining to be named", "asked not to be named"
_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents", "ees")  # endings of doers
_AGE_OWNERS = frozenset({"his", "her", "their"})
_AGE = re.compile(
    r"(?:(?:early|mid|late|mid-)\s*)?(?:teens|twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties|[1-9]0s|[1-9]0['’]s)"
)  # "his sixties", "her late 70s", "their mid-20s"
_AGED_OPENERS = frozenset({"a", "an", "one", "another"})
_AGED_REACH = 4  # words from "in" back to the article: "a retired school bus driver in"
_AGENTS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "man", "men", "person", "people")


class LooseSources:
    """Sources the lexicons do not know, read from the words around a confident cue."""

    def _loose_before(self, s: ReadSentence, i: int) -> SourceSpan | None:
        """The words before a confident cue, read as a source of unknown type ("Each side said")."""
        j = self._skip_back(s, i - 1)
        if j < 0 or not self._loose_word(s.tokens[j]) or s.tokens[j].is_possessive:
            return None
        if s.tokens[j].lower in self.describers:
            return None  # "the said company", "all told"
        k = j
        while k >= 0 and j - k < LOOSE_LENGTH and self._loose_word(s.tokens[k]):
            k -= 1
        if k + 1 < j and _inverting_auxiliary(s, k + 1):
            k += 1  # "Why did the harbour master say": the subject after the auxiliary
        aged = _aged_from(s, k + 1, j)
        if aged is not None:
            k = aged - 1  # "a retiree in her 70s said": the person, not her age
        source = self._loose(s, k + 1, j)
        if source is None:
            return None
        if aged is not None:
            return replace(source, type=SourceType.PERSON, strength=Strength.ANONYMOUS)
        # "an affidavit filed in the case states": the document, not "the case"
        return self._document_before_phrase(s, source) or source

    def _loose_before_relative(self, s: ReadSentence, i: int) -> SourceSpan | None:
        """The words before a relative clause set off by commas right before a confident cue
        ("The shipbuilder, which bought the yard in 2019, says"), read as in
        :meth:`_loose_before`. Only "which", "who" and "whose" open such a clause, or an
        aside that asks for anonymity ("A shareholder, speaking on condition of anonymity,
        said"), whose speaker is then anonymous."""
        j = self._skip_back(s, i - 1)
        if j < 1 or s.tokens[j].text != ",":
            return None
        for k in range(j - 1, max(0, j - MAX_APPOSITIVE), -1):
            text = s.tokens[k].text
            if text in HARD_STOPS:
                return None
            if text == ",":
                if s.tokens[k + 1].text in _CLAUSE_OPENERS:
                    return self._loose_before(s, k)
                if not _asks_anonymity(s.lowers[k + 1 : j]):
                    return None
                source = self._loose_before(s, k)
                return source and replace(source, strength=Strength.ANONYMOUS)
        return None

    def _agent_before(self, s: ReadSentence, i: int) -> bool:
        """Whether the word before token ``i`` heads a phrase for a doer the lexicons do not
        know: a name, or a noun with a doer's ending ("the harbour master", "a fisherman"),
        with no function word between it and the determiner ("appearing on conference calls"
        and "the borrowing continued" name no one)."""
        if i < 1:
            return False
        head = s.tokens[i - 1]
        if not (head.is_capitalised or head.lower.endswith(_AGENTS + _AGENT_PLURALS)):
            return False
        k = i - 1
        while k >= 0 and s.tokens[k].is_word and s.tokens[k].lower not in self.describers:
            if not self._loose_word(s.tokens[k]):
                return False
            k -= 1
        return k < 0 or not s.tokens[k].is_word or s.tokens[k].lower in self.describers

    def _loose_after(self, s: ReadSentence, i: int, *, anyway: bool = False) -> SourceSpan | None:
        k = i
        while k < len(s.tokens) and k - i < LOOSE_LENGTH and self._loose_word(s.tokens[k]):
            k += 1
        return self._loose(s, i, k - 1, anyway=anyway)

    def _loose_word(self, token: Token) -> bool:
        low = token.lower
        return (
            token.is_word
            and low not in self.function
            and low not in self.be
            and clitic_host(low) not in self.writer  # "We've said": the writer, as "we" is
            and not be_clitic(low)  # "They're told": "are told", a passive
        )

    def _apposed(self, tokens: list[Token], person: int) -> list[Token]:
        """The words right after a person noun that may name the person ("spokesman Ana Ruiz"),
        up to a connector or an anonymity lead ("an aide familiar with the Ruiz campaign")."""
        words = []
        for token in tokens[person + 1 :]:
            if token.lower in self.connectors or token.lower in self.anonymity_leads:
                break
            words.append(token)
        return words

    def _loose(
        self, s: ReadSentence, first: int, last: int, *, anyway: bool = False
    ) -> SourceSpan | None:
        if first > last or first < 0:
            return None
        tokens = s.tokens[first : last + 1]
        if len(tokens) == 1 and tokens[0].lower in self.empty_alone:
            return None
        lows = s.lowers[first : last + 1]
        words = " ".join(lows)
        if words in self.no_one:
            return None  # "Enough said.": no one in particular
        if len(tokens) > 1 and writer_clause(tokens, lows, words):
            return None  # "This is why I keep telling readers:": a clause of the writer's
        names = self._names(s, first, tokens)
        opener = tokens[0].lower
        if opener in WRITER_OWNERS and (
            lows[-1].endswith("ing") or self.head_types.get(lows[-1]) is SourceType.DOCUMENT
        ):
            # "our initial testing suggests", "according to our analysis": the writer's own
            # work, as in Expressions._read_expression (not "my own folks", people)
            return None
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
        # "several prominent Harbor elders": a counted set of people, whatever names it holds
        counted = opener in self.quantifiers and _plural_word(tokens[-1])
        # "one Reddit commenter", "an Instagram influencer": after an indefinite article, a name
        # before a lower-case noun for a doer only says where an unnamed one is from (not "a
        # yearly Gallup poll", "an FEC advisory opinion": a named body's document)
        last_word = tokens[-1]
        member = (
            opener in INDEFINITE
            and last_word.is_word
            and last_word.text.islower()
            and last_word.lower.endswith(_AGENTS)
        )
        named = (
            bool(names)
            and not counted
            and not member
            and (
                last_person is None
                or any(t.is_capitalised for t in self._apposed(tokens, last_person))
            )
        )
        # "her handlers", "their backers": an owner's unnamed people are a set, anonymous
        owned_set = opener in POSSESSIVE_PRONOUNS and _plural_word(tokens[-1])
        # "the theory" (as the theory goes): no one the reader can name
        definite = definite and not owned_set and tokens[-1].lower not in self.anonymous_heads
        strength = Strength.NAMED if named or definite else Strength.ANONYMOUS
        plural = owned_set or counted
        form = "name" if named else ("definite" if definite else "plural" if plural else "bare")
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


def _aged_from(s: ReadSentence, first: int, last: int) -> int | None:
    """Where an unnamed person's phrase opens when the words ``first..last`` before a cue are
    an age after "in" ("a beekeeper in his sixties", "one retiree in her late 70s",
    attr56): at "a", "an" or "one" a few words before "in"; None for anything else."""
    if first < 2 or s.lowers[first - 1] != "in" or s.lowers[first] not in _AGE_OWNERS:
        return None
    if not _AGE.fullmatch(" ".join(s.lowers[first + 1 : last + 1])):
        return None
    for k in range(first - 2, max(-1, first - 2 - _AGED_REACH), -1):
        if not s.tokens[k].is_word:
            return None
        if s.lowers[k] in _AGED_OPENERS:
            return k
    return None


def _asks_anonymity(words: list[str]) -> bool:
    """Whether an aside asks for its speaker's anonymity: "speaking on condition of
    anonymity", "speaking anonymously", "declining to be named"."""
    return (
        "anonymity" in words
        or "anonymously" in words
        or any(a == "be" and b in _UNNAMED for a, b in pairwise(words))
    )


def _inverting_auxiliary(s: ReadSentence, k: int) -> bool:
    """An auxiliary at token ``k`` before a lower-case word: a question's inverted auxiliary
    ("did the harbour master", "Will the board"), not a name ("Will Doyle")."""
    token = s.tokens[k]
    return token.lower in AUXILIARIES and s.tokens[k + 1].text.islower()


def _plural_word(token: Token) -> bool:
    """A lower-case plural of a noun for people ("handlers", "loyalists"); not "remarks"."""
    return token.is_word and not token.is_capitalised and token.lower.endswith(_AGENT_PLURALS)
