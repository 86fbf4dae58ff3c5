"""Sentence-level attribution: reporting cues and the source each one names.

The reader sees one sentence in the writer's voice (quotations masked to a
single :data:`~auditor.tokens.QUOTE` token) and the cue matches of the rule
pack. For every cue it looks for the source where the rule says: the subject
before the cue, or after it when inverted ("said the minister"); the object
after it ("according to X"); or a named group of the rule's pattern. Source
expressions are read with the pack's lexicons: determiners, modifiers, head
nouns for people, organisations, outlets, documents and groups, and proper names.
Nothing here knows about other sentences; see :mod:`auditor.discourse`.

One construction, one module (the reader mixes them into :class:`SourceReader`):

- ``subject``: the subject before the cue ("The minister said", "X, who ..., says");
- ``speaker``: the speaker after it ("..., said the minister");
- ``documents``: the object of the cue and a document's author ("according to X",
  "a report by X");
- ``loose``: sources the lexicons do not know, next to a confident cue;
- ``phrase``: where a noun phrase starts and ends;
- ``expression``: what a source expression is (head, type, names, form);
- ``strength``: named or anonymous;
- ``sentence``, ``spans``, ``grammar``: the tokens read, what is found, shared word classes.
"""

from auditor.attribution.reader import SourceReader
from auditor.attribution.sentence import ReadSentence
from auditor.attribution.spans import Cue, SourceSpan, best_cue

__all__ = ["Cue", "ReadSentence", "SourceReader", "SourceSpan", "best_cue"]
