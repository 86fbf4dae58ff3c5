"""Quick paths of the engine and the discourse layer give what the slow ones gave.

Each quick path (docs/speed.md, speed28) is checked against the plain computation it
stands in for, on texts written for these tests.
"""

from __future__ import annotations

import random
import sys

import pytest

from auditor.attribution import SourceSpan
from auditor.discourse import (
    _LEAD_IN_END,
    SentenceFacts,
    _carried_groups,
    _givens,
    _lead_in_end,
    _opens_on_words,
    _together,
)
from auditor.engine import _WIDE_SPACE, _key, _keys, _opens_quoted, _word_count
from auditor.models import SourceType, Strength
from auditor.quotes import find_quotes

_ENDINGS = [
    "The harbour master was blunt.",
    "The harbour master said this:",
    "The council met (briefly).",
    "The council met again today",
    "Two of them left?",
    "She was asked about the ferry:  \n",
    "A vote.",
    "“It is over.”",
    "The ward nurses were furious at the board.\n\nAnd then",
    "Mayor Ellen Voss had a plan for the Trams.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", _ENDINGS)
def test_lead_in_end_is_the_pattern(text: str) -> None:
    assert _lead_in_end(text) == (_LEAD_IN_END.search(text) is not None)


def test_lead_in_end_on_random_texts() -> None:
    rng = random.Random(28)
    alphabet = 'ab Z.:)\n\t\u00a0\u2028,"x'
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert _lead_in_end(text) == (_LEAD_IN_END.search(text) is not None), repr(text)


_KEY_TEXTS = [
    "The ferry “will run” — on time.",
    "Ana’s plan… failed – again",
    "Café owners said no.",
    "İstanbul’s mayor",
    "Plain ASCII text, with commas.",
    "",
    "\u2000\u206f\u2070 x",
    "中文 words’ here",
]


def test_keys_of_texts_with_curly_marks_are_each_texts_key() -> None:
    assert _keys(_KEY_TEXTS) == [_key(text) for text in _KEY_TEXTS]
    assert _keys(_KEY_TEXTS[:2]) == ["theferrywillrunontime", "anasplanfailedagain"]


def test_keys_on_random_texts() -> None:
    rng = random.Random(7)
    alphabet = "aB1_ .,’“”—é\u00c9\u4e2d\u2000\u206f\u2070\u0130x\u00a0\u2028"
    for _ in range(5000):
        texts = [
            "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
            for _ in range(rng.randint(1, 4))
        ]
        assert _keys(texts) == [_key(text) for text in texts], texts


class _Span:
    def __init__(self, start: int, end: int) -> None:
        self.start, self.end, self.paragraph = start, end, 0


def test_opens_quoted_is_is_quoted_of_the_start() -> None:
    text = "He said “the plan is sound. It will pay.” Then he left. “Maybe,” she said."
    quotes = find_quotes(text)
    for start in range(len(text)):
        for end in (start, start + 1, start + 9, len(text)):
            span = _Span(start, end)
            inside = quotes.within(start, end)
            assert _opens_quoted(span, inside, quotes) == quotes.is_quoted(start)


def _fact(index: int, text: str, groups: set[int]) -> SentenceFacts:
    return SentenceFacts(index, [], frozenset(groups), 0.3, text)


def _carried_before(facts: list[SentenceFacts], index: int) -> frozenset[int]:
    """_carried_groups as it was: the marks read first."""
    fact = facts[index]
    before = facts[index - 1].quote_groups if index else frozenset()
    if index + 1 < len(facts) and _opens_on_words(fact.text):
        return before | (fact.quote_groups & facts[index + 1].quote_groups)
    return before


def test_carried_groups_reads_the_marks_only_for_a_shared_quotation() -> None:
    facts = [
        _fact(0, "Hale said the levy was fair.", set()),
        _fact(1, "He called it “a mess that nobody", {1}),
        _fact(2, "wants,” he said.", {1}),
        _fact(3, "It was “a mess that nobody", {2}),
        _fact(4, "Then “no.”", {3}),
        _fact(5, "The vote is on Monday.", set()),
    ]
    assert _carried_groups(facts, 1) == frozenset({1})  # runs on into the next sentence
    assert _carried_groups(facts, 3) == frozenset({1})  # its own is not the next one's
    for index in range(len(facts)):
        assert _carried_groups(facts, index) == _carried_before(facts, index)


def _givens_before(source, roles: frozenset[str]) -> list[str]:
    """_givens as it was: every word lower-cased, the last role found by max."""
    if source.type is not SourceType.PERSON or not source.names or _together(source):
        return []
    words = [w.rstrip(".").lower() for w in source.names[-1].split()]
    given = 1 + max((k for k, w in enumerate(words) if w in roles), default=-1)
    return [words[given]] if given < len(words) - 1 and len(words[given]) > 1 else []


@pytest.mark.parametrize(
    "name",
    [
        "Patrick Holt",
        "Acme CEO Ana Ruiz",
        "President Ruiz",
        "Ruiz",
        "Sen. Tom J. Hale",
        "Dr. A. Lund",
        "minister Ivo Petrak envoy",
        "Ana and Tom Ruiz",
        "Gov. Sen.",
    ],
)
def test_givens_as_before(name: str) -> None:
    roles = frozenset({"ceo", "president", "sen", "dr", "minister", "envoy", "gov"})
    for kind in (SourceType.PERSON, SourceType.ORGANISATION):
        source = SourceSpan(0, len(name), name, kind, Strength.NAMED, "x", "name", (name,))
        assert _givens(source, roles) == _givens_before(source, roles)


def test_wide_spaces_are_the_spaces_outside_ascii() -> None:
    wide = {chr(c) for c in range(128, sys.maxunicode + 1) if chr(c).isspace()}
    assert wide == {chr(c) for c in range(128, sys.maxunicode + 1) if _WIDE_SPACE.match(chr(c))}


@pytest.mark.parametrize(
    "text",
    [
        "",
        "  ",
        "The ferry runs.",
        " Two  spaces\tand a tab\n",
        "“Curly” quotes — and dashes",
        "a\u00a0non-breaking space",
        "thin\u2009space, ideographic\u3000space",
        "\x1cfile separator\x1f",
    ],
)
def test_word_count_is_the_split(text: str) -> None:
    assert _word_count(text) == len(text.split())


def test_word_count_on_random_texts() -> None:
    rng = random.Random(5)
    alphabet = [*" \t\n\x0b\x1c\u00a0\u2009\u3000\x85", *"ab’“中é", "\ud800"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert _word_count(text) == len(text.split()), repr(text)
