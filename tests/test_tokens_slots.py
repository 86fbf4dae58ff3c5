"""Token is a slotted class (its field loads specialise in CPython 3.11): it must carry the
same values as the named tuple it replaced, built by that tuple's own code here."""

from __future__ import annotations

import pickle
import re
from dataclasses import astuple
from itertools import repeat
from typing import NamedTuple

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from auditor.tokens import Token, TokenTable, tokenize

_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$", re.I)
_POSSESSIVE_LAST = frozenset("sS'’")


class OldToken(NamedTuple):
    """The named tuple as it was before the slots (auditor/tokens.py, main d8a7d63)."""

    text: str
    start: int
    end: int
    lower: str
    is_word: bool
    is_capitalised: bool

    @property
    def is_possessive(self) -> bool:
        text = self.text
        return (
            len(text) > 2
            and text[-1] in _POSSESSIVE_LAST
            and _POSSESSIVE.match(text, len(text) - 2) is not None
        )

    @property
    def base(self) -> str:
        text = self.text
        if text[-1:] not in _POSSESSIVE_LAST:
            return text
        if text.endswith(("'s", "’s")):
            return text[:-2]
        if text.endswith(("s'", "s’")):
            return text[:-1]
        return text


_FIELDS = ("text", "start", "end", "lower", "is_word", "is_capitalised", "base", "is_possessive")


def old_tokens(text: str) -> list[OldToken]:
    table = TokenTable(text)
    columns = zip(
        table.words,
        table.starts,
        table.ends,
        table.lowers,
        [w[0].isalnum() for w in table.words],
        [w[0].isupper() for w in table.words],
        strict=True,
    )
    return list(map(tuple.__new__, repeat(OldToken), columns))


def assert_same(text: str) -> None:
    new, old = tokenize(text), old_tokens(text)
    assert len(new) == len(old)
    for a, b in zip(new, old, strict=True):
        assert type(a) is Token
        assert [getattr(a, f) for f in _FIELDS] == [getattr(b, f) for f in _FIELDS]
        assert astuple(a) == tuple(b)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's aide said the plan’s cost was fair.",
        "Jones' lawyers and the Smiths’ neighbour didn’t agree, officials said.",
        "It's 's s' S’ US'S the boss's boss; THE BOSS'S BOSS.",
        "Über-rich İstanbul ΟΔΟΣ traders said on 3.5 U.S. networks: “No.”",
        "a\x00b c   \n\t d",
        "",
    ],
)
def test_tokens_carry_the_old_named_tuple_values(text: str) -> None:
    assert_same(text)


@given(st.text(alphabet=st.sampled_from("aAsS'’ .,-İΣ1\u2019x"), max_size=120))
@example("Lavrov's Jones' bus’ s's")
def test_tokens_carry_the_old_values_on_possessive_like_text(text: str) -> None:
    assert_same(text)


@given(st.text(max_size=300))
def test_tokens_carry_the_old_values_on_any_text(text: str) -> None:
    assert_same(text)


def test_a_token_is_slotted_equal_by_value_hashable_and_picklable() -> None:
    a, b = tokenize("Officials said")[0], tokenize("Officials said")[0]
    assert not hasattr(a, "__dict__")
    assert a == b and a is not b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != tokenize("Officials said")[1]
    assert a != tuple(old_tokens("Officials said")[0])  # no longer a tuple
    assert pickle.loads(pickle.dumps(a)) == a
    assert repr(a).startswith("Token(text='Officials', start=0, end=9,")
