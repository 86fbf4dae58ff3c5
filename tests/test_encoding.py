"""Bytes to text: BOM, declared charset, HTML meta, detection; never a crash."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from auditor.encoding import binary_kind, decode

TEXT = "Le ministre a déclaré « nous ne céderons pas » — 5 €."


@pytest.mark.parametrize(
    ("data", "encoding", "method"),
    [
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", "bom"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", "bom"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", "bom"),
        (TEXT.encode("utf-8"), "utf-8", "utf-8"),
    ],
)
def test_byte_order_marks_and_utf8(data: bytes, encoding: str, method: str) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT
    assert (decoded.encoding, decoded.method) == (encoding, method)


def test_declared_charset_is_used() -> None:
    decoded = decode(TEXT.encode("cp1252"), "windows-1252")
    assert decoded.text == TEXT and decoded.method == "declared"


def test_latin1_label_means_windows_1252() -> None:
    assert decode("“quoted”".encode("cp1252"), "iso-8859-1").text == "“quoted”"


def test_html_meta_charset() -> None:
    page = '<html><head><meta charset="windows-1252"></head><body>café</body></html>'
    decoded = decode(page.encode("cp1252"), html=True)
    assert "café" in decoded.text and decoded.method == "meta"


def test_a_wrong_single_byte_declaration_loses_to_valid_utf8() -> None:
    decoded = decode(TEXT.encode("utf-8"), "iso-8859-1")
    assert decoded.text == TEXT and decoded.method == "utf-8"


def test_undeclared_latin1_is_detected() -> None:
    text = "Les négociations reprendront la semaine prochaine, a déclaré le ministère. " * 5
    decoded = decode(text.encode("latin-1"))
    assert decoded.text == text and decoded.method == "detected"


def test_short_undeclared_latin1_is_read_as_windows_1252() -> None:
    # Too short for detection to tell Latin codecs apart: cp775 and cp1257 score as well.
    text = "The mayor said the façade of the café in Zürich would be repaired next year."
    decoded = decode(text.encode("latin-1"))
    assert decoded.text == text and decoded.encoding == "cp1252"


def test_undeclared_cyrillic_is_not_forced_into_windows_1252() -> None:
    text = "Министр заявил в понедельник, что переговоры возобновятся на следующей неделе. " * 3
    assert decode(text.encode("cp1251")).text == text


def test_legacy_bytes_that_happen_to_form_utf8_are_not_a_mix() -> None:
    # "Пё" and "Т»" in windows-1251 are valid two-byte UTF-8 sequences by chance.
    text = "Пётр Иванов сказал: «НЕТ» — переговоры возобновятся на следующей неделе. " * 3
    assert decode(text.encode("cp1251")).text == text


def test_utf8_and_latin1_pasted_together_both_read() -> None:
    data = "Officials said the café would reopen.\n".encode() + "The façade is safe.".encode(
        "latin-1"
    )
    decoded = decode(data)
    assert decoded.text == "Officials said the café would reopen.\nThe façade is safe."
    assert decoded.method == "mixed"


def test_an_unknown_declared_charset_is_ignored() -> None:
    assert decode(b"plain words", "no-such-charset").text == "plain words"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "a PNG image"),
        (b"PK\x03\x04\x14\x00", "a ZIP archive (or an Office document)"),
        (b"\x00\x01\x02\x03binary\x00\x00", "binary data"),
    ],
)
def test_binary_formats_are_named(data: bytes, kind: str) -> None:
    assert binary_kind(data) == kind


def test_utf16_without_bom_is_not_binary() -> None:
    assert binary_kind("Plain words in UTF-16.".encode("utf-16-le")) is None


@given(st.binary(max_size=2048), st.sampled_from([None, "utf-8", "latin-1", "bogus", "utf-16"]))
def test_decode_never_raises(data: bytes, declared: str | None) -> None:
    assert isinstance(decode(data, declared).text, str)
