"""Helpers shared by the rule tests: label one invented sentence, name the rules that fired."""

from __future__ import annotations

from auditor.api import audit_sentences
from auditor.models import EvidenceKind, Sentence


def one(text: str) -> Sentence:
    """Label ``text`` as an article of one sentence."""
    return audit_sentences([text]).sentences[0]


def fired(sentence: Sentence) -> set[str]:
    """The ids of the framing rules that fired on ``sentence``."""
    return {e.rule for e in sentence.evidence_of(EvidenceKind.FRAMING)}


def neutral_senses(sentence: Sentence) -> set[str]:
    """The ids of the neutral-sense rules that fired on ``sentence``."""
    return {e.rule for e in sentence.evidence_of(EvidenceKind.NEUTRAL_SENSE)}
