"""Tests for auditor.segment: example tables, the word lists, invariants under hypothesis."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import auditor
from auditor import _punkt
from auditor.evaluate_segments import score_boundaries
from auditor.segment import SentenceSpan, split_paragraphs, split_sentences

LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


def run_python(*args: str) -> subprocess.CompletedProcess[str]:
    """Run Python on this checkout of auditor, as a separate process."""
    root = str(Path(auditor.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([root, os.environ.get("PYTHONPATH", "")])}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, env=env, check=False
    )


def sentences(text: str) -> list[str]:
    return [text[span.start : span.end] for span in split_sentences(text)]


def case(name: str, marked: str) -> object:
    """A test case from a text whose sentence boundaries are marked " | "."""
    parts = marked.split(" | ")
    return pytest.param(" ".join(parts), parts, id=name)


# Every example is written for these tests.
EXAMPLES = [
    # Plain sentence ends
    case("period", "The vote was close. | Officials counted twice."),
    case("question-exclamation", "Was it fair? | Nobody knows! | The count goes on."),
    case("double-marks", "Wait!! | Officials left. | Really?! | Yes."),
    # Abbreviations inside a sentence
    case("titles", "Mr. Obama met Dr. Lee and Prof. Ruiz in Sen. Warren's office."),
    case("ranks", "Lt. Col. Ann Hart and Sgt. Maj. Roy Diaz arrived with Gen. Mark Milley."),
    case("months", "The law took effect on Jan. 6 and was repealed on Sept. 30."),
    case("state-dateline", "SPRINGFIELD, Mass. (AP) — The mayor resigned on Monday."),
    case("state-comma", "The firm moved to Austin, Tex., last year."),
    case("companies", "Acme Corp. and Smith Bros. Ltd. merged with Pitt & Co. in March."),
    case("places", "St. Louis and Ft. Worth lie far from Mt. Hood on Elm Ave. in Ohio."),
    case("latin", "Some cities, e.g. Lyon, i.e. the big ones, etc. were named vs. others."),
    case("reference", "See p. 12 and pp. 40-45 in vol. 3, ed. by Ruiz, fig. 2."),
    case("dotted-acronyms", "The U.S. Senate and the U.N. met in Washington, D.C. on Friday."),
    case("us-for", "She worked for the U.S. for nine years."),
    case("possessive", "This is Tom Hale Jr.'s car and Acme Inc.’s logo."),
    # Abbreviations ending a sentence
    case("us-final", "She grew up in the U.S. | The rest of her family did not."),
    case("uk-final", "She studied in the U.K. | But she came back."),
    case("inc-final", "The shares went to Acme Inc. | It paid cash."),
    case("co-final", "He sold it to Pitt & Co. | They resold it."),
    case("etc-final", "They brought chairs, tables, etc. | Then they left."),
    case("abbr-then-quote", "The shares went to Acme Inc. | “We are pleased,” it said."),
    case("ill-final", "He fell ill. | Doctors said he would recover."),
    # Initials
    case("middle-initial", "The report was written by Jonas E. Smith."),
    case("dotted-initials", "J.R.R. Tolkien wrote it. | He was a professor."),
    case("spaced-initials", "It was signed by J. A. Rivera and T. K. Ng."),
    case("initial-final", "They chose Plan B. | The committee agreed."),
    # Numbers, money, decimals
    case("decimals", "Inflation rose 3.5% in March. | Wages rose 1.2%."),
    case("money", "The deal is worth $1.2 billion, or 0.5 percent of output."),
    case("money-final", "He paid $250.00. | It was all in coins."),
    case("year-final", "The party won in 2019. | Its leader resigned."),
    case("number-sign", "He lives at No. 10 Downing St. with his family."),
    case("no-final", "The answer was no. | Smith left."),
    case("nos", "Nos. 3 and 4 were recalled."),
    case("rank-final", "She finished No. 2. | The winner was Lee."),
    # Times
    case("time-mid", "The polls close at 5 p.m. Monday in Ohio."),
    case("time-lower", "They met at 9 a.m. on Tuesday."),
    case("time-final", "The polls close at 8 p.m. | The count starts then."),
    # Ellipses
    case("dots-final", "He paused... | Then he spoke."),
    case("dots-mid", "He paused... and then he spoke."),
    case("ellipsis-char", "He paused… | Then he spoke."),
    case("ellipsis-char-mid", "He was tired… and hungry."),
    case("spaced-mid", "It was . . . unusual."),
    case("spaced-after-stop", "It ended there. | . . . The next day was calm."),
    case("four-spaced-dots", "It ended there . . . . | Officials left."),
    case("bracketed", "The cost [...] was high, she said [...] and rising."),
    case("bracketed-final", "“It rose [...] | However, it fell.”"),
    # Quotation marks and brackets closing after the stop
    case("straight-close", '"We will not retreat." | The minister left.'),
    case("curly-close", "“We will not retreat.” | The minister left."),
    case("curly-question", "“Will you retreat?” | The minister shook his head."),
    case("curly-exclaim", "“Never!” | The minister left."),
    case("single-curly", "He called it ‘a mistake.’ | Others agreed."),
    case("paren-close", "(The vote was delayed.) | Then it passed."),
    case("paren-inside", "The vote (it was delayed.) then passed."),
    case("said-after", '"Why now?" she asked.'),
    case("said-after-curly", "“Why now?” she asked. | “Because,” he said."),
    case("quote-opens", 'He left. | "We will return," she said.'),
    case("curly-opens", "He left. | “We will return,” she said."),
    case("exclaim-name", "He writes for Yahoo! in the sports section."),
    case("dash-attribution", "“Power concedes nothing.” — Frederick Douglass"),
    # Lists
    case("item", "1. Open the box."),
    case("item-paren", "2) Close the lid."),
    case("inline-numbers", "1. Drain the tank | 2. Seal the valve"),
    case("inline-letters", "a) Drain the tank | b) Seal the valve | c) Test the pump"),
    case("inline-bullets", "• Apples | • Pears | • Plums"),
    # Addresses
    case("url", "See www.example.co.uk for details."),
    case("url-final", "Visit https://example.org/a.b/c.html. | Then log in."),
    case("email-final", "Write to jane.doe@example.com. | She replies fast."),
    case("filename", "The file config.yaml.bak was deleted."),
    # Case of the next word
    case("camel-case-start", "The price fell. | iPhone sales rose."),
    case("lower-after-stop", "Prices fell 2 pct. on Monday."),
    # Paragraphs
    case("headline", "SHARE THIS ARTICLE"),
    case("title-case-headline", "Why the U.S. Is Losing the Chip Race. Again"),
    case("no-final-stop", "Stir the pears. | Add the lemon juice. | Boil for a minute"),
    case("post-with-link", "We are on it. | Read more at https://example.org/x"),
    case("trailing-credit", "Prices rose on Monday. | (Reuters)"),
    pytest.param(
        "Vote Delayed Again\nThe count starts today. It ends Friday.",
        ["Vote Delayed Again", "The count starts today.", "It ends Friday."],
        id="headline-then-body",
    ),
    pytest.param(
        "He said\r\nthat it was over.\u2028Then\u2029nothing.\rEnd",
        ["He said", "that it was over.", "Then", "nothing.", "End"],
        id="line-breaks",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXAMPLES)
def test_examples(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_carry_offsets_and_paragraphs() -> None:
    text = "  Headline here \n\n\tFirst one. Second one!  \r\n Last one?\n"
    assert split_sentences(text) == [
        SentenceSpan(2, 15, 0),
        SentenceSpan(19, 29, 1),
        SentenceSpan(30, 41, 1),
        SentenceSpan(46, 55, 2),
    ]
    assert split_paragraphs(text) == [(2, 15), (19, 41), (46, 55)]


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\r\n\u2029 \u3000"])
def test_blank_text_has_no_sentences(text: str) -> None:
    assert split_sentences(text) == []
    assert split_paragraphs(text) == []


def test_import_does_not_load_nltk() -> None:
    code = "import sys, auditor.segment; print(sorted(m for m in sys.modules if 'nltk' in m))"
    result = run_python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


# The word lists


DATA = files("auditor") / "data" / "punkt"
LISTS = ["abbreviations.txt", "before_numbers.txt", "sentence_starters.txt"]


def test_every_list_file_is_known() -> None:
    assert sorted(item.name for item in DATA.iterdir() if item.name.endswith(".txt")) == LISTS


@pytest.mark.parametrize("name", LISTS)
def test_list_has_provenance_header(name: str) -> None:
    lines = DATA.joinpath(name).read_text(encoding="utf-8").splitlines()
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    text = " ".join(header)
    assert "Provenance:" in text
    assert "the project's own" in text


@pytest.mark.parametrize("name", LISTS)
def test_list_entries_are_well_formed(name: str) -> None:
    entries = _punkt.word_list(name)
    assert entries
    assert len(entries) == len({entry.lower() for entry in entries}), "duplicate entries"
    for entry in entries:
        assert " " not in entry
        if name == "sentence_starters.txt":
            assert entry.isalpha() and entry[0].isupper(), entry
        else:
            assert entry.endswith("."), entry


def test_parameters_come_from_the_lists() -> None:
    params = _punkt.parameters()
    assert {"mr", "u.s", "calif", "inc", "ph.d", "w.va"} <= params.abbrev_types
    assert ("no", "##number##") in params.collocations
    assert "no" not in params.abbrev_types
    assert params.ortho_context["the"] and not params.ortho_context["smith"]


# Invariants


def check_spans(text: str, spans: list[SentenceSpan]) -> None:
    """Spans are stripped, ordered, disjoint, inside one paragraph, and cover the text."""
    paragraphs = split_paragraphs(text)
    covered = [False] * len(text)
    previous_end = 0
    for span in spans:
        assert isinstance(span, SentenceSpan)
        assert previous_end <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip()
        assert not any(char in LINE_BREAKS for char in piece)
        start, end = paragraphs[span.paragraph]
        assert start <= span.start and span.end <= end
        covered[span.start : span.end] = [True] * (span.end - span.start)
        previous_end = span.end
    assert [span.paragraph for span in spans] == sorted(span.paragraph for span in spans)
    assert {span.paragraph for span in spans} == set(range(len(paragraphs)))
    for index, char in enumerate(text):
        assert covered[index] or char.isspace(), (index, char)


@pytest.mark.parametrize(
    "spans",
    [
        [SentenceSpan(0, 4, 0)],  # "Left" leaves "Right." uncovered
        [SentenceSpan(0, 5, 0), SentenceSpan(6, 12, 1)],  # not stripped
        [SentenceSpan(0, 12, 0)],  # crosses the paragraph break
        [SentenceSpan(0, 4, 0), SentenceSpan(2, 11, 1), SentenceSpan(5, 11, 1)],  # overlaps
        [SentenceSpan(5, 11, 1), SentenceSpan(0, 4, 0)],  # out of order
        [SentenceSpan(0, 4, 1), SentenceSpan(5, 11, 1)],  # wrong paragraph
    ],
)
def test_check_spans_rejects_broken_spans(spans: list[SentenceSpan]) -> None:
    with pytest.raises(AssertionError):
        check_spans("Left\nRight.", spans)


# Words and marks that exercise every rule, joined at random with spaces and line breaks.
# fmt: off
TOKENS = [
    "The", "he", "Smith", "iPhone", "vote", "Mr.", "Dr.", "U.S.", "Inc.", "Co.", "No.", "no.",
    "p.m.", "e.g.", "J.", "A.", "3.5%", "$1.2", "2019.", "1.", "2)", "a)", "•", "...", "…",
    ". . .", ". . . .", "[...]", ".", "?", "!", "?!", ",", ";", ":", '"', "'", "“", "”", "‘",
    "’", "(", ")", "[", "]", "-", "—", "www.example.co.uk", "jane.doe@example.com", "שלום.",
    "مرحبا؟", "\u200f", "🙂", "👍🏽.", "\x00", "\x1c", "\x85", "\xa0", "\t",
]
# fmt: on
SEPARATORS = ["", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\v"]
article_like = st.lists(
    st.tuples(st.sampled_from(TOKENS), st.sampled_from(SEPARATORS)), max_size=60
).map(lambda pairs: "".join(token + separator for token, separator in pairs))

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text())
@example("")
@example("   \t  ")
@example("\n" * 50)
@example("\x00. \x00.")
@example("שלום עולם. מה שלומך? טוב.")
@example("مرحبا. كيف حالك؟ بخير.")
@example("🙂. 🙂! 🙂? 👍🏽")
@example("\u202eReversed. Text\u202c.")
@example("\ud800. Lone surrogates. \udfff")
def test_any_text_gives_valid_spans(text: str) -> None:
    check_spans(text, split_sentences(text))


@FAST
@given(article_like)
def test_article_like_text_gives_valid_spans(text: str) -> None:
    check_spans(text, split_sentences(text))


@FAST
@given(article_like.filter(lambda line: not any(char in LINE_BREAKS for char in line)))
def test_paragraphs_are_split_alone(line: str) -> None:
    """Three copies of a line, as paragraphs, give the line's sentences three times."""
    shift = len(line) + 2
    expected = [
        SentenceSpan(span.start + copy * shift, span.end + copy * shift, copy)
        for copy in range(3)
        for span in split_sentences(line)
    ]
    assert split_sentences("\n\n".join([line] * 3)) == expected


def test_long_single_line() -> None:
    sentence = "Mr. Lee said the U.S. economy grew 3.5% in 2019… “It works,” he said. "
    text = sentence * 2000
    spans = split_sentences(text)
    check_spans(text, spans)
    assert len(spans) == 2 * 2000


# Evaluation


def test_score_boundaries() -> None:
    records = [
        {
            "id": "a:1",
            "text": "One is here.  Two is there.",
            "sentences": ["One is here.", "Two  is there."],
        },
        {"id": "b:1", "text": "Mr. Lee left. Then.", "sentences": ["Mr. Lee left. Then."]},
        {"id": "b:2", "text": "No end here", "sentences": ["No end here"]},
    ]
    scores = score_boundaries(records)
    overall = scores["overall"]
    assert overall["records"] == 3
    assert overall["exact_match"] == pytest.approx(2 / 3)
    assert (overall["gold_boundaries"], overall["predicted_boundaries"]) == (1, 2)
    assert overall["correct_boundaries"] == 1
    assert (overall["precision"], overall["recall"]) == (0.5, 1.0)
    assert overall["f1"] == pytest.approx(2 / 3)
    assert overall["mismatches"] == ["b:1"]
    assert sorted(scores["subsets"]) == ["a", "b"]
    assert scores["subsets"]["a"]["f1"] == 1.0
    assert scores["subsets"]["b"]["precision"] == 0.0


def test_score_boundaries_rejects_gold_missing_from_text() -> None:
    with pytest.raises(ValueError, match="not found"):
        score_boundaries([{"id": "x:1", "text": "One.", "sentences": ["Two."]}])


def test_evaluation_command(tmp_path) -> None:
    path = tmp_path / "gold.jsonl"
    record = {"id": "t:1", "text": "It works. It ends.", "sentences": ["It works.", "It ends."]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    result = run_python("-m", "auditor.evaluate_segments", str(path))
    assert result.returncode == 0, result.stderr
    assert "overall" in result.stdout and "1.000" in result.stdout


@FAST
@given(article_like)
@example("He paused . . . and went on [...] (…)")
@example("x .\u00a0.\u00a0. y")
def test_an_ellipsis_is_never_missed_by_the_quick_test(text: str) -> None:
    """Text the ellipsis pattern finds something in holds one of the marks tested first."""
    from auditor.segment import _ELLIPSIS, _ELLIPSIS_MARKS

    if _ELLIPSIS.search(text):
        assert any(mark in text for mark in _ELLIPSIS_MARKS)


@FAST
@given(article_like)
@example('He said "yes." (Then left.) "Why?" she asked. Done')
@example("A.  B. ... C! ) D")
def test_sentence_starts_are_those_of_nltks_span_tokenize(text: str) -> None:
    """The one-loop reading of Punkt's breaks gives the starts nltk's own method gives."""
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    tokenizer = _punkt.tokenizer()
    expected = [start for start, _ in PunktSentenceTokenizer.span_tokenize(tokenizer, text)]
    assert tokenizer.sentence_starts(text) == expected


@pytest.mark.parametrize(
    ("text", "shortcut"),
    [
        ("They voted. The count", True),
        ("Why? Because", True),
        ("Stop! Now", True),
        ("It ended.” Then", True),
        ("Mr. Smith", False),  # an abbreviation: Punkt decides
        ("Item no. 5 is", False),  # an abbreviation before a number
        ("In 2019. The", False),  # a number: Punkt's orthographic heuristic decides
        ("J. Smith", False),  # an initial
        ("Ph.D. Then", False),
        ("It went… Then", False),
    ],
)
def test_the_break_shortcut_is_taken_only_where_punkt_always_breaks(
    text: str, shortcut: bool
) -> None:
    tokenizer = _punkt.tokenizer()
    ((match, context),) = list(tokenizer._match_potential_end_contexts(text))
    assert tokenizer._surely_breaks(match, context) is shortcut
    if shortcut:
        assert tokenizer.text_contains_sentbreak(context)


@FAST
@given(article_like)
def test_the_break_shortcut_never_breaks_where_punkt_would_not(text: str) -> None:
    tokenizer = _punkt.tokenizer()
    for match, context in tokenizer._match_potential_end_contexts(text):
        if tokenizer._surely_breaks(match, context):
            assert tokenizer.text_contains_sentbreak(context), context
