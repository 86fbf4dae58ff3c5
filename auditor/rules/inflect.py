"""Regular English inflections of lexicon entries.

A lexicon whose header says ``# Inflect: noun`` (or ``verb``, ``adjective``) has the
regular forms of its one-form lines added when it loads: "travesty" also matches
"travesties". A line that lists several forms was written out by hand and is kept as
written. Irregular forms come from the exceptions lexicon ("lemma, form, form"), and a
generated form in the stop lexicon (a different, neutral word) is never added.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

POS = ("noun", "verb", "adjective")
_VOWELS = "aeiou"
# the ends after which a plural or third person takes -es ("crashes", "hoaxes", "buses")
_SIBILANT = re.compile(r"(?:s|x|z|ch|sh)$")
# a word of one syllable ending in consonant, vowel, consonant doubles it: "slam", "slammed"
_DOUBLES = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")
_WORD = re.compile(r"^[a-z]+$")
# a noun already plural: -s after a letter other than s, u, i ("points", "shambles";
# not "abyss", "circus", "hubris")
_PLURAL = re.compile(r"[^siu]s$")
# words that make a phrase an idiom, not a compound: its forms are written by hand
_FUNCTION = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "into", "onto", "for", "from", "with",
    "by", "as", "than", "and", "or", "out", "off", "up", "down", "over", "under", "no", "not",
})  # fmt: skip


def _s(word: str) -> str:
    """The -s form of a noun or verb: "hoaxes", "travesties", "ploys", "slams"."""
    if _SIBILANT.search(word):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _stem(word: str) -> str:
    """The stem a vowel suffix joins: e dropped ("berate": "berat"), a final consonant
    doubled after one short vowel ("slam": "slamm"), y to i before -ed handled apart."""
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        return word[:-1]
    if _DOUBLES.match(word):
        return word + word[-1]
    return word


def _ed(word: str) -> str:
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ied"
    if word.endswith("e"):
        return word + "d"
    return _stem(word) + "ed"


def _ing(word: str) -> str:
    if word.endswith("ie"):
        return word[:-2] + "ying"
    return _stem(word) + "ing"


def _er_est(word: str) -> tuple[str, str]:
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ier", word[:-1] + "iest"
    if word.endswith("e"):
        return word + "r", word + "st"
    stem = _stem(word)
    return stem + "er", stem + "est"


def _syllables(word: str) -> int:
    """A rough count of syllables: vowel groups, a final silent e not counted, a final y
    after a consonant counted ("sly"), y before a vowel a consonant ("loyal")."""
    if word.endswith(("ing", "ed")):
        return 2  # participles compare with more/most
    stem = word.removesuffix("e")
    count = len(re.findall(r"[aeiou]+", stem))
    return count + (stem.endswith("y") and stem[-2:-1] not in _VOWELS)


def word_forms(word: str, pos: str) -> tuple[str, ...]:
    """The regular inflected forms of one lower-case ``word`` as a ``pos`` (not the word)."""
    if not _WORD.match(word):
        return ()  # hyphens, apostrophes, digits: written out by hand
    if pos == "noun":
        return () if _PLURAL.search(word) else (_s(word),)
    if pos == "verb":
        return (_s(word), _ed(word), _ing(word))
    if pos == "adjective":
        return _er_est(word) if _syllables(word) == 1 else ()  # "ruder"; not "shamefuller"
    raise ValueError(f"unknown part of speech {pos!r}; one of {POS}")


def phrase_forms(
    phrase: str,
    pos: str,
    exceptions: Mapping[str, tuple[str, ...]] = {},
    stop: Collection[str] = (),
) -> tuple[str, ...]:
    """The inflected forms of ``phrase``: a noun's last word ("show trials"), a verb's
    first ("lashes out"); an adjective of one word only; none for a noun phrase with a
    function word ("slap in the face"), whose forms are written by hand. Irregular
    forms are those of ``exceptions`` (by lemma); forms in ``stop`` are left out."""
    words = phrase.split(" ")
    if (pos == "adjective" and len(words) > 1) or (pos == "noun" and _FUNCTION.intersection(words)):
        return ()
    at = 0 if pos == "verb" else len(words) - 1
    head = words[at]
    forms = exceptions.get(head.lower())
    if forms is None:
        forms = word_forms(head, pos)
    made = (" ".join([*words[:at], form, *words[at + 1 :]]) for form in forms)
    return tuple(f for f in dict.fromkeys(made) if f != phrase and f.lower() not in stop)
