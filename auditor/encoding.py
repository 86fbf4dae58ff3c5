"""Bytes to text: byte-order mark, declared charset, HTML meta, then detection.

Used for files, stdin and HTTP bodies alike. Decoding never raises: when
nothing fits, UTF-8 with replacement characters is the last resort, and the
:class:`Decoded` result says which step decided.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)

_SINGLE_BYTE_PREFIXES = ("cp", "windows-", "iso-8859", "iso8859", "latin", "koi8", "mac")

_TEXT_CONTROLS = frozenset(b"\t\n\r\x0b\x0c\x1b")
_BINARY_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)

# Magic numbers of formats people save by mistake as .html or .txt.
_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"%!PS", "a PostScript document"),
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec used, and how it was chosen."""

    text: str
    encoding: str
    method: str  # "bom", "declared", "meta", "utf-8", "mixed", "detected" or "fallback"


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` ("a PDF document"), or None if it may be text."""
    head = data[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _bom_codec(data[:4]):
        return None
    sample = data[:4096]
    if not sample:
        return None
    nul_share = sample.count(0) / len(sample)
    if 0.3 < nul_share < 0.7 and _looks_like_utf16(sample):
        return None  # UTF-16 text without a BOM: a NUL in every other byte
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))  # a C loop
    # A stray NUL or bell in a text file is noise; a tenth of control bytes is binary.
    if sample.count(0) > max(4, len(sample) // 100) or controls / len(sample) > 0.1:
        return "binary data"
    return None


def decode(data: bytes, declared: str | None = None, *, html: bool | None = None) -> Decoded:
    """Decode ``data`` using, in order: BOM, ``declared`` charset, HTML meta, detection."""
    bom = _bom_codec(data[:4])
    if bom:
        codec, size = bom
        return Decoded(data[size:].decode(codec, errors="replace"), codec, "bom")

    candidates: list[tuple[str, str]] = []
    if declared:
        candidates.append((declared, "declared"))
    if html is not False:
        meta = _META_CHARSET.search(data[:4096])
        if meta:
            candidates.append((meta.group(1).decode("ascii", "ignore"), "meta"))

    for label, method in candidates:
        codec = _normalise_codec(label)
        if codec is None:
            continue
        if codec.startswith("utf-16") and not _looks_like_utf16(data[:4096]):
            continue  # browsers read a page declared UTF-16 without its NULs as UTF-8
        if _is_single_byte(codec) and _is_multibyte_utf8(data):
            # A legacy charset was declared, but the bytes are valid UTF-8 with
            # non-ASCII characters: the declaration is wrong.
            return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
        try:
            return Decoded(data.decode(codec), codec, method)
        except (UnicodeDecodeError, LookupError):
            continue

    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    if _has_utf8_sequences(data):
        # Valid UTF-8 beside invalid bytes: text pasted together from two encodings.
        return Decoded(data.decode("utf-8", errors=_CP1252_BYTES), "utf-8+cp1252", "mixed")
    detected = _detect(data)
    if detected and _is_web_codec(detected):
        try:
            return Decoded(data.decode(detected), detected, "detected")
        except (UnicodeDecodeError, LookupError):
            pass
    return Decoded(data.decode("utf-8", errors="replace"), "utf-8", "fallback")


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """Decode the bytes that are not UTF-8 as windows-1252 (the usual other half of a mix)."""
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252", errors="replace"), error.end


_CP1252_BYTES = "auditor.cp1252"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)

# A two-, three- or four-byte UTF-8 sequence (not overlong, no surrogates).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


_HIGH_BYTES = bytes(range(128, 256))


def _has_utf8_sequences(data: bytes) -> bool:
    """Whether UTF-8 sequences hold a fair share (a fifth) of the non-ASCII bytes.

    Legacy text forms a few valid sequences by chance (windows-1251 "Пё" is
    0xCF 0xB8); text pasted together from UTF-8 and another encoding has many.
    """
    covered = sum(len(found) for found in _UTF8_SEQUENCE.findall(data))
    non_ascii = len(data) - len(data.translate(None, _HIGH_BYTES))
    return covered > 0 and covered * 5 >= non_ascii


def _bom_codec(head: bytes) -> tuple[str, int] | None:
    for bom, codec in _BOMS:
        if head.startswith(bom):
            return codec, len(bom)
    return None


def _looks_like_utf16(sample: bytes) -> bool:
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return max(even_nuls, odd_nuls) / half > 0.6 and min(even_nuls, odd_nuls) / half < 0.1


def _normalise_codec(label: str) -> str | None:
    """The Python codec of a charset label as browsers read it (the WHATWG list), or None.

    Labels Python knows but browsers do not (``utf-7``, ``unicode_escape``, ``punycode``,
    EBCDIC) are ignored, as are ``replacement`` and ``x-user-defined``.
    """
    import webencodings

    encoding = webencodings.lookup(label.strip().strip("\"'"))
    if encoding is None or encoding.name in ("replacement", "x-user-defined"):
        return None
    return encoding.codec_info.name


def _is_web_codec(codec: str) -> bool:
    """Whether browsers know ``codec`` (detection may guess one they do not, e.g. UTF-7)."""
    import webencodings

    web = {webencodings.lookup(label).codec_info.name for label in webencodings.LABELS}
    try:
        return codecs.lookup(codec).name in web
    except LookupError:
        return False


def _is_single_byte(codec: str) -> bool:
    return codec.startswith(_SINGLE_BYTE_PREFIXES)


def _is_multibyte_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes  # trafilatura depends on it

    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    best = matches[0]
    tied = {m.encoding for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)}
    # On a tie, prefer windows-1252, the web's most common legacy encoding (WHATWG's default).
    if "cp1252" in tied:
        return "cp1252"
    # Latin-script single-byte codecs differ only in a few accented letters, which
    # detection cannot tell apart in a short text; windows-1252 is the likeliest.
    if _is_latin_script(data.decode(best.encoding, errors="replace")) and _decodes(data, "cp1252"):
        return "cp1252"
    return best.encoding


def _is_latin_script(text: str) -> bool:
    letters = [c for c in text if not c.isascii() and c.isalpha()]
    return all(unicodedata.name(c, "").startswith("LATIN") for c in letters)


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True
