"""The first-character lookahead: what it is made of, and that it never changes a match."""

from __future__ import annotations

import re
import string
import unicodedata

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pack_texts import PACK, PACK_TEXT

from auditor.rules.firstchar import (
    _MORE_CASES,
    compile_pattern,
    first_chars,
    quick_finder,
    with_first_char,
)


@pytest.mark.parametrize(
    ("pattern", "flags", "starts"),
    [
        (r"\bit\s+is", re.I, "iI"),  # a word boundary takes no character
        (r"(?:as\s+)?told", 0, "at"),  # an optional part: what follows may start it too
        (r"(?:^|[,;]\s*)sources", 0, ",;"),  # "s" only at the start of the string
        (r"(?<!x)\d+%", 0, "07"),
        (r"(?P<source>[A-Z]\w*) said", 0, "AQZ"),
        # a case-insensitive group in a case-sensitive pattern: each case re matches it in
        (r"(?i:s)aid", 0, "sS\u017f"),
        (r"(?i:\bwhether)\b[^.]*$|,\s+or", 0, "wW,"),
    ],
)
def test_the_lookahead_holds_the_characters_a_match_starts_with(pattern, flags, starts) -> None:
    first = first_chars(pattern, flags)
    assert first is not None
    assert all(re.fullmatch(first, c, flags) for c in starts)
    assert not re.fullmatch(first, "-", flags)


@pytest.mark.parametrize(
    "pattern",
    [
        r"a*",  # may match nothing
        r"^said",  # anchored: tried once anyway
        r"\Asaid",
        r".said",  # any character
        r"[^a]said",
        r"\w+ said",  # nearly any position
        r"(?i:\u00e9)t",  # case-insensitive inside a case-sensitive pattern, cases not known here
        r"(?>said)",  # an atomic group: not read here
    ],
)
def test_no_lookahead_where_it_cannot_be_sure_or_would_not_help(pattern) -> None:
    assert first_chars(pattern) is None
    assert with_first_char(pattern).pattern == pattern


def test_an_inline_group_wider_than_its_pattern_gets_no_lookahead() -> None:
    assert first_chars(r"(?u:\d)x", re.ASCII) is None  # Unicode digits in an ASCII pattern
    assert first_chars(r"(?i:\u00e9)x") is None  # its cases are not worked out here
    assert first_chars(r"(?-i:a)x", re.I) is not None  # narrower: the class covers it


def test_global_inline_flags_keep_the_pattern_as_written() -> None:
    assert with_first_char(r"(?i)said").pattern == r"(?i)said"


_PATTERNS = sorted(
    {
        (compiled.pattern, compiled.flags)
        for rule in PACK.rules
        for compiled in (rule.compiled, *rule.context)
        if compiled is not None
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT, st.integers(0, 8))
@example("Three in four voters said", 0)
@example("ſome ſay it KNOWN, İt is clear", 0)
def test_the_lookahead_never_changes_a_match_of_the_pack(text: str, start: int) -> None:
    """Every pattern and context of the built-in pack finds the same matches with it."""
    for fast, plain in _WITH_AND_WITHOUT:
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text, start)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)], fast.pattern


_SOURCES = sorted(
    {
        compiled._args
        for rule in PACK.rules
        for compiled in (rule.compiled, *rule.context)
        if compiled is not None
    }
)


# compiled once: the pack holds more patterns than re's own cache keeps, so compiling them
# in each example would compile every one of them anew each time
_FINDERS = [quick_finder(*args) for args in _SOURCES]
_COMPILED_SOURCES = [re.compile(*args) for args in _SOURCES]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT, st.integers(0, 8), st.integers(0, 8))
@example("Three in four voters said", 0, 0)
@example("ſome ſay it KNOWN, İt is clear", 0, 0)
def test_the_quick_finder_finds_a_match_where_the_pattern_does(
    text: str, start: int, cut: int
) -> None:
    """For every pattern and context of the built-in pack, in any part of a text."""
    end = max(start, len(text) - cut)
    finders = 0
    for quick, compiled in zip(_FINDERS, _COMPILED_SOURCES, strict=True):
        if quick is None:
            continue
        finders += 1
        finder, anchored = quick
        got = finder.search(text, start, end) is not None
        if anchored and start == 0:
            got = got or compiled.match(text, 0, end) is not None
        assert got == (compiled.search(text, start, end) is not None), compiled.pattern
    assert finders > len(_SOURCES) / 3  # most patterns of the pack have one


def test_alternatives_anchored_at_the_start_are_left_to_the_start() -> None:
    first = first_chars(r"(?:^\s*Related\b|\[VIDEO\]$)", re.I)
    assert first is not None and first.endswith("|\\A")
    lookahead = re.compile(f"(?={first})")
    assert lookahead.match("x") is not None  # at the start of the string, anything
    assert lookahead.search("xR", 1) is None and lookahead.search("x[", 1).start() == 1
    assert first_chars(r"(?:^a|^b)") is None  # anchored throughout: tried once
    opening = first_chars(r"^\s*Name:|\bopt out", re.I)  # opens with "^", one way of two
    assert opening is not None and opening.endswith("|\\A") and re.match(opening, "O")
    assert first_chars(r"^(?:Name|City):") is None  # anchored, alternatives and all
    multiline = first_chars(r"(?m:^a)|b")  # "^" is any line's start: "a" anywhere
    assert multiline is not None and re.fullmatch(multiline, "a")


def test_a_quick_finder_only_where_re_scans_for_its_class() -> None:
    finder, anchored = quick_finder(r"\bit\s+is", re.I) or (None, None)
    assert finder is not None and finder.search("so it is").start() == 3 and not anchored
    assert quick_finder(r"(?i)said") is None  # global inline flags
    assert quick_finder(r"\w+ said") is None  # no class worth having
    assert quick_finder("é", re.I) is None  # a class re lower-cases each character for


def _unwrapped(pattern: str) -> str:
    """The pattern as the pack writes it, without the lookahead the loader put in front."""
    found = re.match(
        r"\(\?=(?:\[[^\]]*\]|\(\?-i:\[[^\]]*\]\))(?:\|\\A)?\)\(\?:(.*)\)\Z", pattern, re.S
    )
    return found.group(1) if found else pattern


# each pattern of the pack with the loader's lookahead and without it, compiled once
_WITH_AND_WITHOUT = [
    (re.compile(written, flags), re.compile(_unwrapped(written), flags))
    for written, flags in _PATTERNS
]


def test_a_case_insensitive_lookahead_is_a_class_of_every_case() -> None:
    first = first_chars(r"\b(?:keep|[A-C]\d|’s)", re.I)
    assert first is not None and first.startswith("(?-i:")  # re lower-cases nothing then
    for char in "kK\u212aaBc’":
        assert re.fullmatch(first, char)
    assert not re.fullmatch(first, "d")
    assert first_chars(r"\bél", re.I) == r"[\U000000e9]"  # cases beyond ASCII: left to re


_CHARS = [chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000]


def test_the_more_cases_of_an_ascii_letter_are_all_that_re_matches_it_with() -> None:
    for letter in string.ascii_lowercase:
        pattern = re.compile(letter, re.I)
        found = {c for c in _CHARS if pattern.fullmatch(c)}
        assert found == {letter, letter.upper(), *_MORE_CASES.get(letter, "")}


def test_no_other_character_matches_punctuation_or_a_space_in_any_case() -> None:
    kept = {c for c in _CHARS if c.isascii() and not c.isalpha()}
    kept |= {c for c in _CHARS if unicodedata.category(c)[0] in "PZ"}
    pattern = re.compile(f"[{''.join(map(re.escape, sorted(kept)))}]", re.I)
    assert {c for c in _CHARS if pattern.fullmatch(c)} == kept


_CASED = [
    (compile_pattern(pattern, flags), re.compile(pattern, flags))
    for pattern, flags in {
        *_SOURCES,
        *((finder.pattern, finder.flags) for finder, _anchored in filter(None, _FINDERS)),
    }
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PACK_TEXT, st.integers(0, 8))
@example("Three in four voters said", 0)
@example("ſome ſay it KNOWN, İt is clear, ıt is", 0)
def test_cased_alternatives_never_change_a_match_of_the_pack(text: str, start: int) -> None:
    """Every pattern and context of the built-in pack, and its finder, find the same matches
    compiled with their alternatives' first letters as classes."""
    for cased, plain in _CASED:
        got = [(m.span(), m.groupdict()) for m in cased.finditer(text, start)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text, start)], (
            plain.pattern
        )


@pytest.mark.parametrize("flags", [re.I, re.I | re.ASCII, 0])
def test_a_cased_alternative_takes_every_case_re_takes_and_no_more(flags) -> None:
    """Over every character re may match a letter with in any case (the test above)."""
    chars = [*string.ascii_letters, *"".join(_MORE_CASES.values()), "0", "é"]
    for letter in string.ascii_lowercase:
        pattern = f"(?:{letter}x|0)"
        cased, plain = compile_pattern(pattern, flags), re.compile(pattern, flags)
        assert [c for c in chars if cased.fullmatch(c + "x")] == [
            c for c in chars if plain.fullmatch(c + "x")
        ], letter


def test_compile_pattern_keeps_the_pattern_as_written() -> None:
    compiled = compile_pattern(r"\b(?P<cue>said|told)\s+(?:was|were)", re.I)
    assert compiled.pattern == r"\b(?P<cue>said|told)\s+(?:was|were)"
    assert compiled.groupindex == {"cue": 1} and compiled.flags & re.I
    assert compiled.search("what was Said WAS odd").group("cue") == "Said"
    assert compile_pattern("said|told").pattern == "said|told"  # case-sensitive: as re has it


def test_alternatives_opening_with_one_character_are_grouped_under_it() -> None:
    from auditor.rules.firstchar import _grouped_branches, parser

    tree = parser.parse("said|says|told|sold|[xy]|sat")
    _grouped_branches(tree, 0)
    heads = [branch.data[0] for branch in tree.data[0][1][1]]
    # s-words, then "told", then the class that ends the run, then the run after it
    assert [chr(av) if isinstance(av, int) else None for _op, av in heads] == [
        "s",
        "t",
        None,
        "s",
    ]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\b(?:Sab|sa|said|told|s|Said)\w?", 0),
        (r"\b(?:Sab|sa|said|told|s|Said)\w?", re.I),
        (r"(?:a(b)|a(c)|x|a|ab)", 0),
        (r"(?:éa|Éb|ea|e)", re.I),
        (r"(?:ſa|sb|Sa|Kb|ka)", re.I),
    ],
)
def test_grouped_alternatives_match_as_written(pattern: str, flags: int) -> None:
    text = "Sab sab SAID said Said s told Sa ab ac x a éa Éb éb EA ſa sb SA Kb KA ka"
    grouped, plain = compile_pattern(pattern, flags), re.compile(pattern, flags)
    got = [(m.span(), m.groups()) for m in grouped.finditer(text)]
    assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_alternatives_in_a_row_opening_with_a_word_boundary_share_one() -> None:
    from auditor.rules.firstchar import _shared_boundaries, parser

    tree = parser.parse(r"\bsaid|\btold|x|\bas|\bso|\bif")
    _shared_boundaries(tree, 0)
    alternatives = tree.data[0][1][1]
    # two runs, each under one boundary, with "x" between them as written
    assert len(alternatives) == 3
    first, middle, last = (list(branch.data) for branch in alternatives)
    assert first[0] == last[0] == (parser.AT, parser.AT_BOUNDARY)
    assert [len(run[1][1][1]) for run in (first, last)] == [2, 3]
    assert middle == [(parser.LITERAL, ord("x"))]


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bsa(id)?|\btold|x|\b(?P<w>as)|\bs|\bif\b", re.I),
        (r"(?:\bit\s+is|\bthis|\b)\w", 0),
        (r"(?:\ba|\bab)(?:\bc|d)", re.ASCII),
    ],
)
def test_a_shared_boundary_matches_as_written(pattern: str, flags: int) -> None:
    text = "said Said told xas as sis if ifs it is this abc ab c ad éa"
    shared, plain = compile_pattern(pattern, flags), re.compile(pattern, flags)
    got = [(m.span(), m.groups()) for m in shared.finditer(text)]
    assert got == [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_alternatives_opening_with_i_k_or_s_keep_their_letter() -> None:
    """A class of their cases beyond ASCII would be a big charset (speed43)."""
    from auditor.rules.firstchar import program

    assert program("kept|said|is", re.I).code == program("kept|said|is", re.I, cased=False).code
    text = "KEPT \u212aept ſaid SAID İs ıs is WAS"
    plain = re.compile(r"\b(?:kept|said|is|was)\b", re.I)
    found = compile_pattern(plain.pattern, re.I).finditer(text)
    assert [m.span() for m in found] == [m.span() for m in plain.finditer(text)]


def test_a_class_with_one_character_beyond_255_is_compiled_small() -> None:
    from auditor.rules.firstchar import program

    for flags in (0, re.I):
        small = program(r"[\w.'’-]+", flags)
        assert len(small.code) < len(program(r"[\w.'’-]+", flags, cased=False).code) / 3


# characters a class of the pack may hold or a text may give it: ASCII, cases beyond it,
# quotation marks and dashes, the object replacement character, a letter beyond the BMP
_CLASS_CHARS = [
    *string.ascii_letters[:6], *"KSIksi.,:;'\"-_ 09", *_MORE_CASES.values(), "é", "É",
    "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\ufffc", "\U0001d400",
]  # fmt: skip
_CLASS_ITEMS = st.one_of(
    st.sampled_from(_CLASS_CHARS).map(re.escape),
    st.sampled_from([r"\w", r"\d", r"\s", r"\W", "a-f", "\u2010-\u2015", "\u2018-\u201d"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_CLASS_ITEMS, min_size=1, max_size=6), st.booleans(), st.sampled_from([0, re.I]))
def test_a_small_class_takes_the_characters_re_takes(items, negated, flags) -> None:
    """Any class, rewritten or not by ``_small_classes``, matches what ``re`` matches."""
    pattern = f"[{'^' if negated else ''}{''.join(items)}]"
    small, plain = compile_pattern(pattern, flags), re.compile(pattern, flags)
    chars = [*_CLASS_CHARS, *(c.upper() for c in _CLASS_CHARS), "\u0131", "\u212a", "x", "Z"]
    assert [c for c in chars if small.fullmatch(c)] == [c for c in chars if plain.fullmatch(c)]
