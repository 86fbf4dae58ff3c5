"""A small guess at an article's language, from its most common function words.

The labels are built for English news. This only needs to tell English from
the languages fact-checkers most often save by mistake, and to say which one it
is; the word lists are the commonest function words of each language (our own
short lists, facts of each language's grammar).
"""

from __future__ import annotations

import re

_WORDS = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is that for it on was with as by at from he said his are be this have not".split()
    ),
    "fr": frozenset(
        "le la les de des du et à un une est pour que qui dans en sur au par pas il elle avec ce sont".split()
    ),
    "de": frozenset(
        "der die das und ist nicht zu den von mit sich des auf für ein eine im dem auch es sie wird".split()
    ),
    "es": frozenset(
        "el la los las de del y en que un una es por con para se no su al lo como más fue".split()
    ),
    "it": frozenset(
        "il la le di del della e che un una è per non con si da sono al lo gli nel anche".split()
    ),
    "pt": frozenset(
        "o a os as de do da e que um uma é para com não em no na por se mais foi ao".split()
    ),
    "nl": frozenset(
        "de het een en van in is dat op te niet met voor zijn er aan als ook door bij".split()
    ),
    "tr": frozenset("ve bir bu da de için ile olarak olan gibi daha çok en ama ne var ki".split()),
    "id": frozenset(
        "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke oleh".split()
    ),
}
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
_SAMPLE = 20_000
_MIN_WORDS = 20


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when there is too little text to tell."""
    sample = text[:_SAMPLE]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return None
    for pattern, code in _SCRIPTS:
        if len(pattern.findall(sample)) > 0.3 * len(letters):
            return code
    words = [w.lower() for w in _WORDS.findall(sample)]
    if len(words) < _MIN_WORDS:
        return None
    counts = {code: sum(w in vocab for w in words) for code, vocab in _FUNCTION_WORDS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= 0.05 * len(words) else None


def is_english(code: str | None) -> bool:
    """Unknown counts as English: short texts are given the benefit of the doubt."""
    return code in (None, "en")
