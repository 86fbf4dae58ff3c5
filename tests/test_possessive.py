"""Possessive repeats: which repeats the pack's programs take whole, and that no match changes."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor.rules import firstchar
from auditor.rules.firstchar import _possessive_repeats, compile_pattern, parser

needs_possessive = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="re has possessive repeats from Python 3.11"
)


def _kinds(pattern: str, flags: int = 0) -> list[str]:
    """The repeats of ``pattern``'s top level after the rewrite: "+" possessive, "" not."""
    tree = parser.parse(pattern, flags)
    _possessive_repeats(tree, tree.state.flags)
    return [
        "+" if op is firstchar._POSSESSIVE else ""
        for op, _av in tree.data
        if op in firstchar.REPEATS
    ]


@needs_possessive
@pytest.mark.parametrize(
    ("pattern", "flags", "kinds"),
    [
        (r"[\w'’-]+\s+x", re.I, ["+", "+"]),  # a word before a space, a space before "x"
        (r"\s*[a-z]", 0, ["+"]),
        (r"\w*(?:\s+of|\s+in){1,3}", 0, ["+", ""]),  # what follows opens with a space
        (r"\s+(?:ab|\d)", re.I, ["+"]),
        (r"[^\s.]+\s", 0, ["+"]),
        (r"\s*\u00a0", 0, [""]),  # a space after spaces: the repeat may give one back
        (r"\w*a", 0, [""]),  # a letter after letters
        (r"[\w'’-]*[.!?]", 0, [""]),  # not worked out here: punctuation
        (r"\w*(?:\s|a)", 0, [""]),  # either kind may follow
        (r"\w*\s*x", 0, ["", "+"]),  # what follows may take nothing
        (r"\w*?\s", 0, [""]),  # a lazy repeat keeps its order
        (r"\w*$", 0, ["+"]),  # nothing after it but the end
        (r"\w+", 0, ["+"]),
        (r"\s*\b", 0, [""]),  # a boundary takes no character: not read here
        (r"\s*(?=\w)", 0, [""]),
        (r"\s*(?:of|in)", re.I, ["+"]),
        (r"\w*(?:\s+x)?$", 0, ["", ""]),  # a space or the end
        (r"\w*(?:\s+x)?\s", 0, ["+", ""]),  # a space either way
        (r"[^a]*\s", 0, [""]),  # takes spaces too
        (r"[\x00-\x20]*x", 0, [""]),  # a range holding spaces
    ],
)
def test_a_repeat_is_taken_whole_only_where_what_follows_cannot_take_its_characters(
    pattern, flags, kinds
) -> None:
    assert _kinds(pattern, flags) == kinds


@needs_possessive
def test_repeats_inside_groups_and_lookarounds_are_rewritten_too() -> None:
    program = firstchar.program(r"(?:[\w-]+\s+){0,3}(?=\s*\w)(?<=\w)x", re.I)
    plain = firstchar.program(r"(?:[\w-]+\s+){0,3}(?=\s*\w)(?<=\w)x", re.I, cased=False)
    assert program.code != plain.code  # POSSESSIVE_REPEAT_ONE in place of REPEAT_ONE


def test_no_character_is_both_a_space_and_a_word_or_digit_character() -> None:
    """What the rewrite rests on: ``\\s`` against ``\\w``, ``\\d`` (in either case), and
    every space below U+3100."""
    spaces = re.compile(r"\s")
    words = re.compile(r"[\w\d]", re.I)
    for code in range(0x110000):
        char = chr(code)
        if spaces.match(char):
            assert not words.match(char) and code in firstchar.SPACE_CODES, hex(code)


_ATOMS = [
    r"\s",
    r" ",
    r"\w",
    r"\d",
    r"[a-z]",
    r"[\w'’-]",
    r"[^\s.]",
    r"[^a]",
    "a",
    "ſ",
    "K",
    r"\.",
    "[.!?]",
    r"[\x00-\x20]",
]
_REPEATS = ["*", "+", "?", "{0,3}", "{2,}", "*?", "{1,2}"]
_ONE = st.builds(
    lambda atom, repeat: atom + repeat, st.sampled_from(_ATOMS), st.sampled_from(["", *_REPEATS])
)
_ITEM = st.one_of(
    _ONE,
    st.sampled_from(["$", r"\b", r"(?=\s)", r"(?!\w)", "^"]),
    st.builds(  # a group of two, repeated or not
        lambda a, b, repeat: f"(?:{a}{b}){repeat}", _ONE, _ONE, st.sampled_from(["", *_REPEATS])
    ),
    st.builds(lambda a, b: f"(?:{a}|{b})", _ONE, _ONE),
    st.builds(lambda a, b: f"(?={a}{b})", _ONE, _ONE),
)


@needs_possessive
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(_ITEM, min_size=1, max_size=5).map("".join),
    st.sampled_from([0, re.I, re.ASCII]),
    st.text(alphabet="ab ſK.x\u00a0\t\n1-’", max_size=12),
)
@example(r"\w*\s*x", 0, "ab  x")
@example(r"[\w'’-]*(?:\s+[A-Z]|a){1,3}", 0, "Ab K a")
@example(r"(?:\w+\s+){0,3}a\s*$", re.I, "ab  a \n")
def test_possessive_repeats_never_change_a_match(pattern: str, flags: int, text: str) -> None:
    rewritten, plain = compile_pattern(pattern, flags), re.compile(pattern, flags)
    got = [(m.span(), m.groups()) for m in rewritten.finditer(text)]
    assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]
