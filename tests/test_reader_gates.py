"""The reader's quick tests agree with the readings they stand in front of (docs/speed.md)."""

from __future__ import annotations

import pytest

from auditor.attribution.sentence import (
    ReadSentence,
    may_name_writer,
    writer_clause,
    writer_subject,
)
from auditor.tokens import tokenize

# invented phrases: the writer as a subject, with clitics and curly apostrophes, inside an
# aside, and phrases that hold no writer at all
PHRASES = [
    "we have long argued",
    "I think",
    "We’ve been told",
    "we've heard",
    "i'm sure",
    "I’d say",
    "Chef Mara Lind, whom we met in June,",
    "Mara Lind, we learned,",
    "the harbour master's deputy",
    "Ruiz’s lawyers",
    "a spokesperson for the port",
    "Tom O'Neill",
    "the weekly's editors",
    "Wei Chen",
    "wee hours",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_gate_passes_every_writer_clause(phrase: str) -> None:
    tokens = tokenize(phrase)
    lows = [t.lower for t in tokens]
    if writer_subject(tokens):
        assert may_name_writer(lows, " ".join(lows)), phrase


def test_phrases_hold_writer_clauses() -> None:
    """The table above is no empty check: the walk finds the writer in some of its phrases,
    and the gated reading agrees with it on every one."""
    found = [p for p in PHRASES if writer_subject(tokenize(p))]
    assert "We’ve been told" in found and "i'm sure" in found
    for phrase in PHRASES:
        tokens = tokenize(phrase)
        lows = [t.lower for t in tokens]
        assert writer_clause(tokens, lows, " ".join(lows)) is writer_subject(tokens), phrase


def test_gate_turns_down_phrases_without_the_writer() -> None:
    for phrase in ("a spokesperson for the port", "Wei Chen", "wee hours"):
        lows = [t.lower for t in tokenize(phrase)]
        assert not may_name_writer(lows, " ".join(lows)), phrase


def test_gate_lets_clitics_through() -> None:
    for phrase in ("We’ve been told", "Ruiz’s lawyers", "Tom O'Neill"):
        lows = [t.lower for t in tokenize(phrase)]
        assert may_name_writer(lows, " ".join(lows)), phrase


def _title_case(phrase: str) -> bool:
    """The definition: at least three words of four letters or more, over 80% capitalised."""
    words = [t for t in tokenize(phrase) if t.is_word and len(t.text) > 3]
    return len(words) >= 3 and sum(t.is_capitalised for t in words) / len(words) > 0.8


@pytest.mark.parametrize(
    "phrase",
    [
        "Harbour Board Votes To Close The Pier",
        "Harbour board votes to close the pier",
        "Mayor Says Pier Will Close",
        "Mayor Says Pier will close soon",
        "Ruiz Wins",
        "The Mayor, The Board And The Pier",
        "12 Boats Sank Overnight Near Lirana",
    ],
)
def test_title_case_as_defined(phrase: str) -> None:
    assert ReadSentence(tokenize(phrase)).title_case is _title_case(phrase)
