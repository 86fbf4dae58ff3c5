"""Plain-language explanations of a sentence's evidence, shared by the formatters."""

from __future__ import annotations

from auditor.models import EvidenceKind, Flag, Label, Report, Sentence

FLAG_NAMES = {
    Flag.VAGUE_ATTRIBUTION: "vague attribution",
    Flag.FRAMING_IN_SOURCED: "framing in sourced sentence",
    Flag.LOADED_ATTRIBUTION_VERB: "loaded attribution verb",
    Flag.NOT_A_CLAIM: "not a claim",
}


def source_line(sentence: Sentence) -> str | None:
    """'source: Sergei Lavrov (named person) · cue: "said"', or None when not SOURCED."""
    attribution = sentence.attribution
    if attribution is None:
        return None
    source = attribution.source
    parts = [f"source: {source.text} ({source.strength.value} {source.type.value})"]
    if source.resolved_to:
        parts.append(f"refers to {source.resolved_to}")
    if source.relayed_by:
        parts.append(f"relayed by {source.relayed_by}")
    if attribution.mode == "direct":
        parts.append(f"cue: “{attribution.cue.text}” [{attribution.cue.rule}]")
    else:
        origin = attribution.from_sentence
        where = f"sentence {origin + 1}" if origin is not None else "an earlier sentence"
        parts.append(f"inside the {attribution.carrier} attributed in {where}")
    return " · ".join(parts)


def framing_line(sentence: Sentence) -> str | None:
    """'framing: "regime" (loaded label), ... · score 2.0', or None without framing."""
    cues = sentence.evidence_of(EvidenceKind.FRAMING)
    if not cues:
        return None
    words = ", ".join(f"“{e.text}” ({e.message})" for e in cues)
    counted = sentence.label is Label.EDITORIAL or Flag.FRAMING_IN_SOURCED in sentence.flags
    what = "framing" if counted else "weak framing cues, under the threshold"
    return f"{what}: {words} · score {sentence.framing_score:g}"


def context_line(sentence: Sentence) -> str | None:
    """Why weak cues counted: the article around the sentence (an opinion piece), or None."""
    context = sentence.evidence_of(EvidenceKind.CONTEXT)
    return context[0].message if context else None


# framing words in another voice than the writer's: shown, not counted
_OTHER_VOICES = {
    EvidenceKind.QUOTED_FRAMING: "in a quotation or an interview answer or question, the speaker's",
    EvidenceKind.REPORTED_FRAMING: "in a party's reported view or reaction, theirs",
}


def other_voice_lines(sentence: Sentence) -> list[str]:
    """'framing words in ..., not counted: "brilliant" (...)', one line per other voice."""
    lines = []
    for kind, whose in _OTHER_VOICES.items():
        cues = sentence.evidence_of(kind)
        if cues:
            words = ", ".join(f"“{e.text}” ({e.message})" for e in cues)
            lines.append(f"framing words {whose}, not counted: {words}")
    return lines


def flag_line(sentence: Sentence) -> str | None:
    """Flags with the words behind them: 'vague attribution: "reportedly"'."""
    parts = []
    for flag in sentence.flags:
        if flag is Flag.VAGUE_ATTRIBUTION:
            words = ", ".join(f"“{e.text}”" for e in sentence.evidence_of(EvidenceKind.VAGUE))
            parts.append(f"vague attribution: {words}")
        elif flag is Flag.LOADED_ATTRIBUTION_VERB:
            words = ", ".join(f"“{e.text}”" for e in sentence.evidence_of(EvidenceKind.LOADED_VERB))
            parts.append(f"loaded attribution verb: {words}")
        elif flag is Flag.NOT_A_CLAIM:
            why = sorted({e.message for e in sentence.evidence_of(EvidenceKind.STRUCTURE)})
            parts.append("not a claim" + (f" ({', '.join(why)})" if why else ""))
        else:
            parts.append(FLAG_NAMES[flag])
    return "; ".join(parts) or None


def why_lines(sentence: Sentence) -> list[str]:
    """Every explanation line of a sentence, in reading order."""
    lines = [
        source_line(sentence),
        framing_line(sentence),
        context_line(sentence),
        *other_voice_lines(sentence),
        flag_line(sentence),
    ]
    return [line for line in lines if line]


def set_aside_rows(report: Report) -> list[tuple[str, int]]:
    """One row per reason sentences were set aside as not claims: ("– caption", 2)."""
    return [(f"– {reason}", count) for reason, count in report.summary.not_claims]


def headline(report: Report) -> str:
    """What to call an article: its title, else where it came from."""
    return report.article.title or report.input.location or "untitled article"
