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

from dataclasses import dataclass

from auditor.models import Flag, Label


@dataclass(slots=True)  # not frozen, to be quick to make (docs/speed.md)
class Verdict:
    label: Label
    flags: tuple[Flag, ...]


def decide(
    *,
    attributed: bool,
    framing_score: float,
    threshold: float,
    vague: bool,
    loaded_verb: bool,
    not_a_claim: bool,
) -> Verdict:
    framed = framing_score >= threshold
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
    return Verdict(label, tuple(flags))
