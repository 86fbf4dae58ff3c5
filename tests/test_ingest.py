"""Reading inputs: HTML or text by content, encodings, paragraphs, headlines, limits."""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from auditor.encoding import decode
from auditor.errors import ExitCode, InputError, NoTextError
from auditor.ingest import (
    _CONTROL,
    _PLAIN_BYTES,
    RawInput,
    _clean,
    _has_control,
    ingest,
    looks_like_headline,
    looks_like_html,
    read_file,
    text_article,
)
from auditor.settings import Settings

SETTINGS = Settings()
STORY = "Bridge reopens after repairs\n\nThe bridge reopened on Monday, the council said.\n"


def _ingest(tmp_path: Path, name: str, data: bytes, settings: Settings = SETTINGS):
    path = tmp_path / name
    path.write_bytes(data)
    return ingest(read_file(path, settings), settings)


def test_paragraphs_are_kept_and_the_headline_recognised() -> None:
    article = text_article("Bridge reopens\n\nFirst paragraph.\n\nSecond paragraph.\n")
    assert article.text == "Bridge reopens\n\nFirst paragraph.\n\nSecond paragraph."
    assert article.title == "Bridge reopens" and article.headline == 0


def test_a_first_line_that_is_a_sentence_is_not_a_headline() -> None:
    article = text_article("The bridge reopened on Monday.\n\nIt had been closed for a year.\n")
    assert article.title is None and article.headline is None


def test_hard_wrapped_lines_join_into_one_paragraph() -> None:
    article = text_article(
        "Title here\n\nThe bridge reopened\non Monday after a\nyear of repairs.\n"
    )
    assert article.text.split("\n\n")[1] == "The bridge reopened on Monday after a year of repairs."


def test_without_blank_lines_each_line_is_a_paragraph() -> None:
    article = text_article("Title\nFirst paragraph here.\nSecond paragraph here.\n")
    assert article.text.split("\n\n") == [
        "Title",
        "First paragraph here.",
        "Second paragraph here.",
    ]


def test_markdown_is_reduced_to_text() -> None:
    article = text_article(
        "# Title\n\nSee the [report](http://x.example) by **the WHO**.\n", markdown=True
    )
    assert article.text == "Title\n\nSee the report by the WHO."


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Court halts dam project", True),
        ("Rebels plotting attack on northern city: Report", True),
        ("The court halted the dam project on Tuesday.", False),
        ("word " * 40, False),
    ],
)
def test_headline_shape(line: str, headline: bool) -> None:
    assert looks_like_headline(line) is headline


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
        ("  <html lang='en'><head><title>t</title></head></html>", True),
        ("<div class='story'><p>Officials said...</p></div>", True),
        ("The <p> tag is used for paragraphs, the guide said.", False),
        ("5 < 6 and 7 > 3.", False),
    ],
)
def test_html_is_recognised_by_content(text: str, html: bool) -> None:
    assert looks_like_html(text) is html


def test_html_saved_as_txt_is_still_extracted(tmp_path: Path) -> None:
    page = (Path(__file__).parent.parent / "samples" / "saved-page.html").read_bytes()
    result = _ingest(tmp_path, "page.txt", page)
    assert result.info.format == "html"
    assert result.article.site == "The Fenwick Valley Herald"
    assert "Comments" not in result.article.text


def test_utf16_with_bom(tmp_path: Path) -> None:
    result = _ingest(tmp_path, "a.txt", codecs.BOM_UTF16_LE + STORY.encode("utf-16-le"))
    assert result.article.title == "Bridge reopens after repairs"
    assert result.info.encoding_method == "bom"


def test_control_characters_and_nul_are_removed(tmp_path: Path) -> None:
    result = _ingest(tmp_path, "a.txt", b"Title\n\nThe bridge\x00 reopened\x07 on Monday.\n")
    assert "\x00" not in result.article.text and "\x07" not in result.article.text


def test_input_hash_and_size_are_recorded(tmp_path: Path) -> None:
    import hashlib

    data = STORY.encode()
    result = _ingest(tmp_path, "a.txt", data)
    assert result.info.sha256 == hashlib.sha256(data).hexdigest() and result.info.size == len(data)


def test_html_without_text_is_no_text(tmp_path: Path) -> None:
    with pytest.raises(NoTextError) as caught:
        _ingest(tmp_path, "a.html", b"<html><body><script>app()</script></body></html>")
    assert caught.value.exit_code == ExitCode.NO_TEXT


def test_size_limit(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        _ingest(tmp_path, "a.txt", b"x" * 200, Settings(max_bytes=100))
    assert caught.value.exit_code == ExitCode.TOO_LARGE and "--max-bytes" in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read unreadable files")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_file(path, SETTINGS)


def test_permission_denied_is_reported(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("text")

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(InputError, match="permission denied") as caught:
        read_file(path, SETTINGS)
    assert caught.value.exit_code == ExitCode.INPUT


def test_the_headline_is_found_below_breadcrumb_lines() -> None:
    article = text_article(
        "News / Syria\n\nRebels plotting attack on northern city\n\nBody text.\n"
    )
    assert article.headline == 1 and article.title == "Rebels plotting attack on northern city"
    assert article.text.startswith("News / Syria")  # nothing is dropped


@given(st.text(max_size=200))
@example("a\r\nb\rc\u2028d\u2029e")
@example("x\x00y\ufeffz\x07w\x7f\ufffc")
def test_cleaning_matches_the_plain_rule(text: str) -> None:
    """Line breaks become \\n; NUL and BOM go; every other control character is a space."""
    expected = "".join(
        "\n"
        if c in "\r\u2028\u2029"
        else ""
        if c in "\x00\ufeff"
        else " "
        if _CONTROL.match(c)
        else c
        for c in text.replace("\r\n", "\n")
    )
    assert _clean(text) == expected


_BLANKS = st.sampled_from(" \t\n\u00a0\u2003\u200b\u3000\u202fx.")


@given(st.text(_BLANKS, max_size=40))
@example(" \u200bx \u00a0\n\u202f y\u200b")
def test_paragraph_spacing_matches_the_plain_rule(text: str) -> None:
    """Each paragraph's lines joined by a space, every run of spaces one space, stripped."""
    runs = re.compile(r"[ \t\u00a0\u2000-\u200b\u3000]+")
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    lines = (" ".join(line.strip() for line in block.split("\n")) for block in blocks)
    expected = [p for p in (runs.sub(" ", line).strip() for line in lines) if p]
    assert text_article(text).text == "\n\n".join(expected)


@given(st.text(max_size=200))
@example("x\x00y")
@example("\ufeffBOM")
@example("object \ufffc mark")
@example("\x7f")
@example("C1 \x9b31m")
def test_control_characters_are_found_in_the_utf8_bytes_as_in_the_text(text: str) -> None:
    """The check with a text's UTF-8 bytes agrees with the pattern on the text itself."""
    utf8 = text.encode("utf-8", "surrogatepass")
    assert _has_control(text, utf8) == bool(_CONTROL.search(text))
    rare = utf8.translate(None, _PLAIN_BYTES)  # as _clean looks: plain ASCII dropped
    assert _has_control(text, rare) == bool(_CONTROL.search(text))


@pytest.mark.parametrize(
    ("data", "charset"),
    [
        ("Bell\x07 and NUL\x00 — here.".encode(), None),
        ("\ufeffBOM, then a vertical tab\x0b and an object mark \ufffc.".encode(), None),
        ("caf\xe9\x07 \x81".encode() + b"\xff and more", None),  # a stray byte: mixed
        (b"A caf\xc3\xa9\x07 of sorts, cut short \xc3", "utf-8"),
        ("Caf\xe9\x07 \ufeffthere.".encode("utf-16"), None),
        ("Caf\xe9\x1f bar.".encode("cp1252"), "cp1252"),
        ("An EBCDIC bell\x07 is not byte 7.".encode("cp500"), "cp500"),
    ],
)
def test_control_characters_are_cleaned_whatever_the_encoding(data: bytes, charset) -> None:
    """Looking for them in the bytes, where that is exact, ends as looking in the text."""
    decoded = decode(data, charset)
    raw = RawInput(data, "file", "x.txt", declared_charset=charset, html=False)
    assert ingest(raw, SETTINGS).article == text_article(_clean(decoded.text))
    assert not _CONTROL.search(ingest(raw, SETTINGS).article.text)


_MARK_PIECES = st.sampled_from(
    ["a", " ", "é", "\u0301", "\u0301" * 29, "\u0301" * 31, "\u20d0" * 16]
)


@given(st.lists(_MARK_PIECES, max_size=12).map("".join))
@example("e" + "\u0301\u1ab0\u1dc0\u20d0\ufe20" * 7)
def test_runs_of_combining_marks_are_cut_to_thirty(text: str) -> None:
    """As a plain pattern for a run of 31 or more would cut them, with or without the bytes."""
    from auditor.ingest import _clean

    marks = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    expected = re.sub(f"[{marks}]{{31,}}", lambda m: m.group()[:30], text)
    assert _clean(text) == expected
    assert _clean(text, text.encode("utf-8")) == expected


@given(
    st.text(max_size=60)
    | st.lists(_MARK_PIECES | st.sampled_from(["’", "—", "\u1a00"])).map("".join)
)
@example("’quoted’ — \u20d0")
@example("\u1a00\u1ab0")
def test_the_bytes_of_a_mark_are_looked_for_one_by_one_first(text: str) -> None:
    """The quick look for the leads of marks' UTF-8 agrees with looking for each lead."""
    from auditor.ingest import _MARK_LEADS, _may_hold_marks

    utf8 = text.encode("utf-8", "surrogatepass")
    assert _may_hold_marks(utf8) == any(lead in utf8 for lead in _MARK_LEADS)
    assert _may_hold_marks(utf8.translate(None, _PLAIN_BYTES)) == _may_hold_marks(utf8)
