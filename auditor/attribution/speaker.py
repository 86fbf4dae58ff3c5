"""The speaker after the cue: "..., said the minister", "..., adds psychologist Ana Ruiz"."""

from __future__ import annotations

from auditor.attribution.grammar import (
    AUXILIARIES,
    HEARER_VERBS,
    INVERSION_MARKS,
    PEOPLE,
    RELATIVE_OPENERS,
    SPEAKER_LENGTH,
    WEEKDAYS,
)
from auditor.attribution.sentence import ReadSentence, after_quote
from auditor.attribution.spans import SourceSpan
from auditor.models import SourceType
from auditor.tokens import QUOTE

# verbs that may open a sentence with their speaker after them ("Says Ruiz: ...")
_OPENING_SAYS = frozenset({"said", "says", "say"})
_TAG_ENDS = frozenset({":", ",", QUOTE})  # what follows the speaker of a tag that opens a line
# prepositions that open a participle's phrase ("a source involved in", "an aide based at")
_PHRASE = frozenset({"in", "on", "with", "by", "at", "from", "for", "about", "near", "into"})


class Speakers:
    """The speaker after the cue: "..., said the minister", "..., adds psychologist Ana Ruiz"."""

    def _inverted(self, s: ReadSentence, i: int, j: int, speech: bool) -> SourceSpan | None:
        """'..., said the minister.'; other verbs only at the end of a clause ('..., warned X.')."""
        before = s.tokens[i - 1].text if i > 0 else None
        if i > s.first_word and before not in INVERSION_MARKS:
            return None
        # a capitalised verb opening the sentence: "Stated Stone: ..." is a speaker's tag, but
        # "Declared Presidential Candidates." a heading ("Says Ruiz" either way)
        heading = (
            before not in INVERSION_MARKS
            and s.tokens[i].is_capitalised
            and s.tokens[i].lower not in _OPENING_SAYS
        )
        if s.tokens[i].lower in HEARER_VERBS:
            return None  # "..., told the BBC": the phrase after is the hearer
        # "..., said the harbour master.", "..., warned the port director.": over a compound
        # the lexicons lack; for verbs other than speech only where the phrase ends the
        # sentence ("Armed staff, called school resource officers, would" names no speaker)
        source = self._np_after(s, j + 1, compound=True)
        if source is not None and not speech and not _ends_sentence(s, s.index(source.end)):
            source = self._np_after(s, j + 1)
        if source is None and speech and after_quote(s, i):
            source = self._speaker_after(s, j + 1)
        elif source is None and speech and before == ",":
            # "..., adds psychologist Jane Roe.": a role the lexicons miss, then a name
            speaker = self._speaker_after(s, j + 1)
            source = speaker if speaker is not None and speaker.form == "name" else None
        if source is not None and self._when(s, source):
            return None  # "The deal, announced Friday, would last": a time, not a speaker
        if source is not None:
            after = s.index(source.end)
            follower = s.tokens[after] if after < len(s.tokens) else None
            if heading and (follower is None or follower.text not in _TAG_ENDS):
                return None
            if (
                follower is not None
                and follower.is_word
                and (
                    source.is_pronoun
                    or not speech
                    or follower.lower in AUXILIARIES
                    or follower.lower in self.be
                    or _past_verb(s, after)
                )
            ):
                # "..., says she plans to", ", pledged delegates", "say the troops should go",
                # "said the office closed": the phrase opens the reported clause, it is not
                # the speaker
                return None
            if follower is not None and follower.text == ",":
                if source.form != "name" and (
                    source.type in PEOPLE or source.type is SourceType.UNKNOWN
                ):
                    # "..., said another witness, Ann Roe.": the apposition names her (and
                    # "..., said one, Ann Roe,": a pronoun the lexicons give no type)
                    return self._named_by_apposition(s, source, last=True) or source
                return self._named_series(s, source) or source
            if speech and follower is not None and follower.lower == "of" and source.form == "bare":
                # '..., said director of communications Ana Ruiz': a bare role with its 'of'
                # phrase, then the name: every word up to the next mark
                speaker = self._speaker_after(s, j + 1)
                if speaker is not None and s.tokens[s.index(speaker.end) - 1].is_capitalised:
                    return speaker
        return source

    def _when(self, s: ReadSentence, source: SourceSpan) -> bool:
        """A time read as a speaker: 'announced Friday', 'said last week' (not a month alone,
        which may be a surname: 'said May')."""
        lows = s.lowers[s.index(source.start) : s.index(source.end)]
        if not all(low in self.time_words for low in lows):
            return False
        return source.head in WEEKDAYS or not s.tokens[s.index(source.end) - 1].is_capitalised

    def _named_series(self, s: ReadSentence, first: SourceSpan) -> SourceSpan | None:
        """'..., wrote Ana Ruiz, Tom Hale and Ben Cole.': names in a series to the sentence's
        end are the speakers together."""
        start, k = s.index(first.start), s.index(first.end)
        n = len(s.tokens)
        while n > k and not s.tokens[n - 1].is_word:
            n -= 1  # the closing marks
        rest = s.tokens[k:n]
        if not rest or not rest[-1].is_capitalised or s.lowers[k:n].count("and") != 1:
            return None
        if not all(t.text == "," or t.lower == "and" or t.is_capitalised for t in rest):
            return None
        series = self._analyse(s, (start, n - 1))
        return series if series is not None and series.form == "name" else None

    def _speaker_after(self, s: ReadSentence, i: int) -> SourceSpan | None:
        """'"...," said master of ceremonies Ana Ruiz': every word up to the next mark."""
        k = i
        while k < len(s.tokens) and k - i < SPEAKER_LENGTH:
            token = s.tokens[k]
            if not (token.is_word or token.text in {".", "-"}) or token.lower in RELATIVE_OPENERS:
                break
            k += 1
        while k > i and not s.tokens[k - 1].is_word:
            k -= 1
        if k == i or s.tokens[i].lower in self.unspoken:
            return None
        return self._analyse(s, (i, k - 1)) or self._loose(s, i, k - 1, anyway=True)


def _past_verb(s: ReadSentence, k: int) -> bool:
    """A lower-case past form at token ``k`` ("closed", "failed to"): the verb of a reported
    clause; not a participle before its phrase ("a source involved in the talks")."""
    word = s.tokens[k].text
    after = s.tokens[k + 1].lower if k + 1 < len(s.tokens) else ""
    return word.islower() and len(word) > 4 and word.endswith("ed") and after not in _PHRASE


def _ends_sentence(s: ReadSentence, k: int) -> bool:
    """Only closing marks stand from token ``k`` to the end of the sentence."""
    return all(not t.is_word and t.text not in {",", ";", ":"} for t in s.tokens[k:])
