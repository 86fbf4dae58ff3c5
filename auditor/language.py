"""A small guess at an article's language, from its most common function words.

The labels are built for English news. This only needs to tell English from
the languages fact-checkers most often save by mistake, and to say which one it
is, from the function words in ``data/language-words.txt`` and from the script.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from importlib import resources

_WORDS = re.compile(r"[^\W\d_]+")
_SCRIPTS = (
    (re.compile(r"[\u0400-\u04ff]"), "ru"),
    (re.compile(r"[\u0600-\u06ff]"), "ar"),
    (re.compile(r"[\u0590-\u05ff]"), "he"),
    (re.compile(r"[\u4e00-\u9fff]"), "zh"),
    (re.compile(r"[\u3040-\u30ff]"), "ja"),
    (re.compile(r"[\uac00-\ud7af]"), "ko"),
    (re.compile(r"[\u0e00-\u0e7f]"), "th"),
    (re.compile(r"[\u0900-\u097f]"), "hi"),
    (re.compile(r"[\u0370-\u03ff]"), "el"),
)
_SAMPLE = 8_000  # characters read: plenty to tell a language by its function words
_NON_LATIN = re.compile(r"[^\x00-\u024f\W\d_]")
_MIN_WORDS = 20


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    text = (resources.files("auditor") / "data" / "language-words.txt").read_text("utf-8")
    table = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            code, _, words = line.partition(":")
            table[code.strip()] = frozenset(words.split())
    return table


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when there is too little text to tell."""
    sample = text[:_SAMPLE]
    found = _WORDS.findall(sample.lower())
    # Lower-casing a character gives one letter for a letter and none for anything else
    # (a test checks every code point), so the letters are counted in the lower-cased
    # runs of letters, found once for both uses.
    letters = sum(map(len, found))
    if not letters:
        return None
    if len(_NON_LATIN.findall(sample)) > 0.3 * letters:
        for pattern, code in _SCRIPTS:
            if len(pattern.findall(sample)) > 0.3 * letters:
                return code
    words = Counter(found)
    total = sum(words.values())
    if total < _MIN_WORDS:
        return None
    counts = {code: sum(words[w] for w in vocab) for code, vocab in _function_words().items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 0.05 * total else None


def is_english(code: str | None) -> bool:
    """Unknown counts as English: short texts are given the benefit of the doubt."""
    return code in (None, "en")
