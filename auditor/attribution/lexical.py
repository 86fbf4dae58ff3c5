"""One table from a word to the reader's lexicons that hold it, as the bits of an int.

The reader asks of one word whether it is in several of its big word sets in a row (a
phrase's word: outside phrases? a head? a modifier? a given name?). Each set is a hash
table of its own, apart in the heap, and each test read a cache line of another table;
one look-up in this table answers all of them from one entry (docs/speed.md, speed46).
The sets stay: the table is built from them and agrees with them word for word
(tests/test_reader_speed.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Set

# one bit a lexicon of the reader (SourceReader's slot of the same meaning)
OUTSIDE = 1 << 0  # outside_phrases
PERSONAL = 1 << 1  # personal
SPEECH = 1 << 2  # speech_words
HEAD = 1 << 3  # head_words
MODIFIER = 1 << 4  # modifiers
DETERMINER = 1 << 5  # determiners
COMMON = 1 << 6  # common
GIVEN = 1 << 7  # given_genders (its keys)
VERB_MODIFIER = 1 << 8  # verb_modifiers
CLOSED = 1 << 9  # closed_class
SURNAME = 1 << 10  # surname_words
DEMONYM = 1 << 11  # demonyms
DEMONYM_WORD = 1 << 12  # demonym_words
FUNCTION = 1 << 13  # function


def word_bits(lexicons: Mapping[int, Set[str]]) -> dict[str, int]:
    """Each word of the ``lexicons`` (bit -> words) with the bits of those holding it.

    Equal masks are one int object: most masks are over 256, which CPython does not
    cache, and one object a mask keeps the values as few as the kinds of word."""
    bits: dict[str, int] = {}
    for bit, words in lexicons.items():
        for word in words:
            bits[word] = bits.get(word, 0) | bit
    same: dict[int, int] = {}
    return {word: same.setdefault(mask, mask) for word, mask in bits.items()}
