"""Run the examples of rules: each must fire on its ``fire`` examples and stay quiet on ``quiet``.

An example is audited as a one-sentence document by the full engine, so a rule
"fires" when evidence with its id reaches the sentence: a cue with a source, a
vague attribution, a framing cue in the writer's voice, a structure mark (a framing
word shown inside a quotation is the speaker's, kind ``quoted_framing``: not a firing). An
example with line breaks is a document of one sentence a line (for rules that
need the sentences around them, such as those with ``min_count``).
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.models import EvidenceKind
from auditor.rules.model import Rule


@dataclass(frozen=True)
class ExampleFailure:
    rule: Rule
    example: str
    expected: bool  # True: should have fired

    def __str__(self) -> str:
        verb = "did not fire on" if self.expected else "fired on"
        return f"{self.rule.id} ({self.rule.path}) {verb}: {self.example!r}"


def fired_rules(engine, text: str) -> set[str]:
    """Ids of the rules whose evidence reaches the sentence(s) of ``text``."""
    from auditor.api import sentences_report

    report = sentences_report(engine, text.split("\n"))
    return {
        e.rule
        for s in report.sentences
        for e in s.evidence
        if e.kind is not EvidenceKind.QUOTED_FRAMING
    }


def check_examples(engine, rules: list[Rule] | None = None) -> list[ExampleFailure]:
    """Every example of ``rules`` (default: all of the engine's) that does not behave."""
    failures = []
    for rule in rules if rules is not None else list(engine.ruleset.rules):
        for example in rule.fire:
            if rule.id not in fired_rules(engine, example):
                failures.append(ExampleFailure(rule, example, True))
        for example in rule.quiet:
            if rule.id in fired_rules(engine, example):
                failures.append(ExampleFailure(rule, example, False))
    return failures
