"""Properties across the pipeline: any text is labelled or refused cleanly, any report renders.

The segmenter's and the quotation finder's own invariants are in test_segment.py and
test_quotes.py; the decoder's in test_encoding.py. Here: the whole engine on any
Unicode string, the bytes path on any bytes, and every formatter on any combination
of labels, flags, sources and evidence, with HTML that always escapes.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from auditor.api import audit_sentences, audit_text, label
from auditor.errors import AuditorError
from auditor.formatters import FORMATS, write
from auditor.ingest import RawInput, ingest
from auditor.models import (
    Attribution,
    Evidence,
    EvidenceKind,
    Flag,
    Label,
    Report,
    SourceRef,
    SourceType,
    Strength,
)
from auditor.settings import Settings

ANY_LANGUAGE = Settings(any_language=True)
PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like news often enough to reach every rule: words, quotes, cues, markup.
NEWS_PIECES = st.sampled_from(
    [
        "Officials said",
        "according to",
        "the regime",
        "“",
        "”",
        '"',
        "'",
        "«",
        "»",
        "reportedly",
        " ",
        "\n\n",
        ".",
        "?",
        "!",
        ",",
        "said the minister",
        "He added",
        "so-called",
        "Mr.",
        "U.S.",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "[bold]x[/]",
        "مرحبا بالعالم",
        "שלום",
        "\u202e",
        "👍🏽",
        "\x00",
        "\x1b[31m",
        "\ufeff",
        "Ｔｅｓｔ",
        "ǅ",
    ]
)
NEWS_TEXT = st.lists(st.one_of(NEWS_PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _check(report: Report) -> None:
    text = report.article.text
    previous = -1
    for sentence in report.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start > previous or sentence.start == sentence.end
        previous = sentence.start
        for evidence in sentence.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.text
    Report.from_dict(json.loads(json.dumps(report.to_dict())))


@PROPERTY
@given(NEWS_TEXT)
@example("")
@example("   \n\t  ")
@example("x" * 1_000_000)  # a 1 MB single line
@example("Officials said " + "a" * 200_000 + ".")
@example("قال المتحدث إن الجسر سيفتح يوم الجمعة. The minister said it would open.")
def test_any_text_is_labelled_or_refused_cleanly(text: str) -> None:
    try:
        report = audit_text(text, settings=ANY_LANGUAGE)
    except AuditorError:
        return
    _check(report)


@PROPERTY
@given(st.lists(NEWS_TEXT, max_size=12))
@example(["the regime\n\nOfficials said"])  # a source across a line break
@example(["", " ", "\x00"])
@example([",", "He added"])  # a sentence that is a lone comma
def test_any_pre_split_sentences_keep_their_boundaries(sentences: list[str]) -> None:
    report = audit_sentences(sentences, settings=ANY_LANGUAGE)
    assert [s.text for s in report.sentences] == sentences
    _check(report)


@PROPERTY
@given(st.binary(max_size=4096), st.booleans())
@example(b"Officials said \xed\xa0\x80 the bridge \xed\xb0\x80 was shut.", False)  # lone surrogates
@example(b"\xff\xfe" + "The mayor said the café would reopen.".encode("utf-16-le"), False)
@example(b"<html><body><p>\xed\xa0\x80 x</p></body></html>", True)
def test_any_bytes_are_labelled_or_refused_cleanly(data: bytes, html: bool) -> None:
    raw = RawInput(data, "file", "input", None, html=html)
    try:
        report = label(ingest(raw, ANY_LANGUAGE), ANY_LANGUAGE)
    except AuditorError:
        return
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in report.article.text)
    _check(report)


# --- every formatter on any report ---------------------------------------------------

BASE = audit_text(
    "Bridge reopens\n\nOfficials said the bridge would reopen. It is a great success.\n\n"
    "The work cost $3m.",
    settings=ANY_LANGUAGE,
)
HOSTILE = st.sampled_from(
    ["<script>window.pwned=1</script>", '"><img src=x onerror=alert(1)>', "&amp;", "[/]"]
)
FIELD_TEXT = st.one_of(st.text(max_size=20), HOSTILE)


@st.composite
def evidence_for(draw, length: int) -> Evidence:
    start = draw(st.integers(0, length))
    end = draw(st.integers(start, length))
    return Evidence(
        kind=draw(st.sampled_from(list(EvidenceKind))),
        rule=draw(FIELD_TEXT),
        start=start,
        end=end,
        text=draw(FIELD_TEXT),
        message=draw(FIELD_TEXT),
        weight=draw(st.floats(0, 5, allow_nan=False)),
    )


@st.composite
def any_report(draw) -> Report:
    text = BASE.article.text
    sentences = []
    for sentence in BASE.sentences:
        attribution = None
        chosen = draw(st.sampled_from(list(Label)))
        if chosen is Label.SOURCED and draw(st.booleans()):
            source = SourceRef(
                text=draw(FIELD_TEXT),
                type=draw(st.sampled_from(list(SourceType))),
                strength=draw(st.sampled_from(list(Strength))),
                resolved_to=draw(st.none() | FIELD_TEXT),
                relayed_by=draw(st.none() | FIELD_TEXT),
            )
            attribution = Attribution(
                cue=draw(evidence_for(len(text))),
                source=source,
                mode=draw(st.sampled_from(["direct", "quote", "continuation", "orphan_quote"])),
            )
        sentences.append(
            replace(
                sentence,
                label=chosen,
                attribution=attribution,
                flags=tuple(draw(st.sets(st.sampled_from(list(Flag))))),
                framing_score=draw(st.floats(0, 10, allow_nan=False)),
                evidence=tuple(draw(st.lists(evidence_for(len(text)), max_size=4))),
            )
        )
    article = replace(
        BASE.article,
        title=draw(FIELD_TEXT),
        author=draw(st.none() | FIELD_TEXT),
        site=draw(st.none() | FIELD_TEXT),
        url=draw(st.none() | FIELD_TEXT),
    )
    return replace(BASE, sentences=tuple(sentences), article=article)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


@PROPERTY
@given(any_report(), st.sampled_from(FORMATS))
def test_any_report_renders_in_every_format(report: Report, fmt: str) -> None:
    stream = io.StringIO()
    write(report, fmt, stream)
    out = stream.getvalue()
    assert out
    if fmt == "json":
        assert Report.from_dict(json.loads(out)) == report
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == len(report.sentences)


@PROPERTY
@given(any_report())
def test_html_always_escapes_article_text_and_metadata(report: Report) -> None:
    stream = io.StringIO()
    write(report, "html", stream)
    parser = _Tags()
    parser.feed(stream.getvalue())
    assert "script" not in parser.tags and "img" not in parser.tags
    assert not parser.handlers


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_an_article_of_only_not_a_claim_lines(fmt: str) -> None:
    report = audit_text("Share this story\n\nFacebook | Twitter | Email", settings=ANY_LANGUAGE)
    stream = io.StringIO()
    write(report, fmt, stream)
    assert stream.getvalue()


@PROPERTY
@given(st.text(min_size=1, max_size=200), st.sampled_from(["file", "url"]))
@example("../../../etc/passwd", "file")
@example("https://evil.example/../../../etc/cron.d/x", "url")
@example("https://x.example/%2e%2e/%2e%2e/a", "url")
@example("..", "file")
def test_report_names_never_leave_the_output_folder(target: str, kind: str) -> None:
    from pathlib import Path

    from auditor.batch import report_name

    name = report_name(target, kind)
    assert "/" not in name and "\\" not in name and "\x00" not in name
    assert not name.startswith(".") and name not in {"", ".", ".."}
    folder = Path("/out/articles")
    assert (folder / f"{name}.json").parent == folder


@given(st.text())
@example("“Stop,” he said — ſo İt ıs.\ud800")
def test_a_sentence_key_is_its_word_characters_lower_cased(text: str) -> None:
    """The echo check's key, picked out of the UTF-8 bytes, is the pattern's."""
    import re

    from auditor.engine import _key

    assert _key(text) == re.sub(r"\W+", "", text).lower()


@given(st.lists(st.text()))
@example(["said.", "", "Ωmega\x01x", "ſo İt"])
@example(["“Stop,” he said", "\ud800", "1,000"])
def test_sentence_keys_worked_out_together_are_each_ones_key(texts: list[str]) -> None:
    """The keys of an article's sentences, found in one string, are the keys one by one,
    whatever characters (the separator among them) the sentences hold."""
    from auditor.engine import _key, _keys

    assert _keys(texts) == [_key(text) for text in texts]
