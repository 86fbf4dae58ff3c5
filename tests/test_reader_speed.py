"""The reader's quicker readings agree with the walks they replaced (docs/speed.md, speed27).

Each test reads invented sentences both ways, at every token or every span, so that a
quick test put in front of a reading can never change what it answers.
"""

from __future__ import annotations

import sys

import pytest

from auditor.api import engine_for
from auditor.attribution import ReadSentence, SourceReader
from auditor.attribution import reader as reader_module
from auditor.attribution.sentence import clitic_host, is_acronym
from auditor.tokens import Token, tokenize

# invented sentences: names with particles, initials and possessives, nationalities,
# sentence-initial common words and adverbs, a Title Case headline, clitics (straight and
# curly), a colon opening a clause, a dateline
SENTENCES = [
    "Americans' views of the port changed, the Iraqi's lawyer told reporters.",
    "Ana de la Cruz and J. R. Hale of the Harbour Trust said on Monday.",
    "Officials at the Port of Lirana, a Valdonian agency, said the ferry would run.",
    "Apparently the mayor’s aides weren't told, Kelly said.",
    "Kelly later told the council that we’d see a change.",
    "The Latest: Mourners say the Cuban said nothing.",
    "Harbour Mayor Says Ferry Will Run Again",
    "WHO officials and U.S. envoys said they'd wait; I've heard it too.",
    "LIRANA, March 12 (Reuters) - Will Doyle, a Cuban-born pilot, told the Tribune.",
    "Following the meeting, the Saudis said Early would speak.",
    "Those close to Tom O’Neill say his officials' plans stand.",
]


@pytest.fixture(scope="module")
def reader() -> SourceReader:
    return engine_for().reader


def _sentences() -> list[tuple[str, list[Token]]]:
    return [(text, tokenize(text)) for text in SENTENCES]


def test_reader_keeps_its_lexicons_in_slots(reader: SourceReader) -> None:
    """Every attribute the reader sets is one of its slots: with more than 30 attributes in
    an instance's dictionary, CPython 3.11 specialises the reader's loads and calls on
    ``self`` in slower forms or not at all, and the whole reader runs slower (docs/speed.md).
    A new lexicon goes into ``__slots__``."""
    assert not vars(reader), sorted(vars(reader))


def test_shared_words_change_no_lexicon(reader: SourceReader, monkeypatch) -> None:
    """The reader's word sets with their strings shared (speed42) hold the same words, and
    its word-keyed tables the same entries, as a reader built without the sharing; and every
    word is the one interned string, which is what the sharing is for."""
    monkeypatch.setattr(reader_module, "_share_words", lambda _reader: None)
    plain = SourceReader(engine_for().ruleset)
    for name in SourceReader.__slots__:
        shared, unshared = getattr(reader, name), getattr(plain, name)
        assert type(shared) is type(unshared), name
        assert shared == unshared, name
        if type(shared) in (frozenset, dict):
            assert all(sys.intern(w) is w for w in shared if type(w) is str), name


def _old_names(reader: SourceReader, s: ReadSentence, offset: int, tokens: list[Token]) -> list:
    """``_names`` as it read before speed27: every test on every word."""
    runs: list[list[str]] = []
    current: list[str] = []
    for k, token in enumerate(tokens):
        low = token.lower
        is_name = (
            token.is_word
            and token.is_capitalised
            and low not in reader.demonyms
            and low not in reader.demonym_plurals
            and token.base.lower() not in reader.demonyms
            and not reader._initial_common(s, offset + k)
            and not (low in reader.common and s.title_case)
        )
        inside = current and k + 1 < len(tokens) and tokens[k + 1].is_capitalised
        joins = (current and low in reader.particles) or (inside and low in reader.connectors)
        if is_name or joins:
            current.append(token.base)
        elif current and token.text == "." and len(tokens[k - 1].text) <= 4:
            current[-1] += "."
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    alone = not runs and len(tokens) == 1 and tokens[0].is_capitalised
    if alone and tokens[0].lower in reader.demonyms and not reader._initial_common(s, offset):
        return [tokens[0].base]
    return [" ".join(run) for run in runs if any(w[0].isupper() for w in run)]


def test_names_agree_with_the_walk_on_every_span(reader: SourceReader) -> None:
    compared = 0
    for text, tokens in _sentences():
        for first in range(len(tokens)):
            for last in range(first, min(len(tokens), first + 8)):
                s, old = ReadSentence(tokens), ReadSentence(tokens)
                span = tokens[first : last + 1]
                assert reader._names(s, first, span) == _old_names(reader, old, first, span), (
                    text,
                    first,
                    last,
                )
                compared += 1
    assert compared > 500


def _old_np_word(reader: SourceReader, s: ReadSentence, k: int) -> bool:
    """``_np_word`` as it read before speed27."""
    token = s.tokens[k]
    if not token.is_word:
        return False
    if is_acronym(token):
        return True
    low = token.lower
    if low in reader.outside_phrases and not (token.is_capitalised and reader._given_name(s, k)):
        return False
    if clitic_host(low) in reader.personal:
        return False
    if low in reader.speech_words and k > s.first_word and s.title_case:
        return False
    return (
        (token.is_capitalised and not reader._initial_common(s, k))
        or low in reader.head_words
        or low in reader.modifiers
        or low in reader.determiners
        or token.base.lower() in reader.head_words
        or token.text[0].isdigit()
        or (token.is_capitalised and token.is_possessive)
    )


def test_noun_phrase_words_agree_with_the_walk(reader: SourceReader) -> None:
    for text, tokens in _sentences():
        s, old = ReadSentence(tokens), ReadSentence(tokens)
        for k in range(len(tokens)):
            assert reader._np_word(s, k) is _old_np_word(reader, old, k), (text, tokens[k].text)


def test_opening_word_is_read_once_a_sentence(reader: SourceReader) -> None:
    """``_initial_common`` keeps its answer for a clause's first word in the sentence and
    answers the same again; other words are never kept."""
    s = ReadSentence(tokenize("Officials said the port of Lirana: Apparently Kelly said so."))
    first = [reader._initial_common(s, k) for k in range(len(s.tokens))]
    assert set(s.initial_common) == {0, 7}  # "Officials", and "Apparently" after the colon
    assert first[0] is True and first[7] is True  # common words opening a clause
    assert first[8] is False  # "Kelly": a name
    assert [reader._initial_common(s, k) for k in range(len(s.tokens))] == first


def _old_is_acronym(token: Token) -> bool:
    if token.text.islower():
        return False
    base = token.base
    return base.isupper() and len(base.replace(".", "")) >= 2


@pytest.mark.parametrize(
    "word",
    ["WHO", "WHO's", "U.S.", "U.S.'s", "AT&T", "A's", "A", "Ab", "AB", "ABs'", "Officials",
     "iPhone", "3M", "3m", "I", "I'm", "IT'S", "NATO’s", "Ruiz's", "mid-2020", "X."],
)  # fmt: skip
def test_acronym_quick_test_agrees(word: str) -> None:
    for token in tokenize(f"the {word} said"):
        assert is_acronym(token) is _old_is_acronym(token), token.text
