"""From evidence to label: the precedence table of LABELS.md, in one place.

| evidence                                        | label      |
|-------------------------------------------------|------------|
| an attribution to a source (own or inherited)   | SOURCED    |
| writer-voice framing score >= threshold         | EDITORIAL  |
| anything else                                   | UNSOURCED  |

Flags, independent of the label:

| flag                      | when                                                         |
|---------------------------|--------------------------------------------------------------|
| vague_attribution         | a vague-attribution cue in the writer's voice                |
| framing_in_sourced        | SOURCED, and writer-voice framing score >= threshold         |
| loaded_attribution_verb   | a loaded reporting verb with a source in the sentence        |
| not_a_claim               | a headline, byline, caption, credit or boilerplate           |
"""

from __future__ import annotations

from itertools import product

from auditor.models import Flag, Label


def verdict(
    attributed: bool, framed: bool, vague: bool, loaded_verb: bool, not_a_claim: bool
) -> tuple[Label, tuple[Flag, ...]]:
    """A sentence's label and flags by the table above; ``framed``: its writer-voice framing
    score reaches the threshold. Each fact is a bool, and they are all the answer hangs on,
    so it is read from a table of the 32 cases made once: the engine asks for every sentence."""
    return _VERDICTS[attributed, framed, vague, loaded_verb, not_a_claim]


def _verdict(
    attributed: bool, framed: bool, vague: bool, loaded_verb: bool, not_a_claim: bool
) -> tuple[Label, tuple[Flag, ...]]:
    """The precedence table above, case by case."""
    if attributed:
        label = Label.SOURCED
    elif framed:
        label = Label.EDITORIAL
    else:
        label = Label.UNSOURCED
    flags = []
    if vague:
        flags.append(Flag.VAGUE_ATTRIBUTION)
    if attributed and framed:
        flags.append(Flag.FRAMING_IN_SOURCED)
    if loaded_verb:
        flags.append(Flag.LOADED_ATTRIBUTION_VERB)
    if not_a_claim:
        flags.append(Flag.NOT_A_CLAIM)
    return label, tuple(flags)


_VERDICTS = {case: _verdict(*case) for case in product((False, True), repeat=5)}
