"""The framing words a prediction marks (issue 21, frame-spans14): loaded attribution verbs
and loaded words inside quotations are marked as spans, and neither moves a label.

Sentences written for these tests."""

from __future__ import annotations

from sentence_helpers import fired, one

from auditor.evaluate import predict
from auditor.models import EvidenceKind, Label


def marks(text: str) -> list[tuple[str, str]]:
    """The framing spans a prediction gives for ``text`` alone: (words, rule)."""
    [p] = predict([{"doc": "t", "i": 0, "text": text, "gold": {}}])
    return [(text[a:b], rule) for a, b, rule in p["framing"]]


def quoted(text: str) -> list[str]:
    return [e.text for e in one(text).evidence_of(EvidenceKind.QUOTED_FRAMING)]


# -- loaded attribution verbs --------------------------------------------------


def test_a_loaded_attribution_verb_is_a_marked_span() -> None:
    assert ("insisted", "cue.loaded") in marks(
        "The harbour master insisted the ferry timetable was sound."
    )


def test_a_neutral_attribution_verb_is_not_marked() -> None:
    assert marks("The harbour master said the ferry timetable was sound.") == []


def test_the_loaded_verb_leaves_the_label_as_it_was() -> None:
    s = one("The harbour master insisted the ferry timetable was sound.")
    assert s.label is Label.SOURCED
    assert not fired(s)


# -- loaded words inside a quotation -------------------------------------------


def test_loaded_words_in_a_quotation_are_the_speakers() -> None:
    text = 'The councillor called the levy "a shameful, reckless grab" at the meeting.'
    s = one(text)
    assert s.label is Label.SOURCED
    assert not fired(s)  # not the writer's voice
    assert quoted(text) == ["shameful", "reckless"]
    assert ("shameful", "evaluative.strong") in marks(text)


def test_quoted_loaded_words_weigh_nothing() -> None:
    s = one('"It is a disgraceful betrayal of the valley," Ana Ruiz said.')
    assert s.label is Label.SOURCED
    assert s.framing_score == 0
    assert {e.weight for e in s.evidence_of(EvidenceKind.QUOTED_FRAMING)} == {0.0}


def test_the_grammar_of_a_quotation_is_not_marked() -> None:
    # a first person, a modal, a demand: the speaker's grammar, not loaded words
    assert quoted('"We would need to reopen the depot by May," Ana Ruiz said.') == []


def test_a_neutral_sense_inside_a_quotation_is_not_marked() -> None:
    assert quoted('"He faces criminal charges in two counties," the clerk said.') == []


def test_a_scare_quote_is_the_writers_and_not_marked_twice() -> None:
    text = 'The ferry operator\'s "improvements" left the pier shut for a month.'
    s = one(text)
    assert "quotes.scare-loaded" in fired(s) or "quotes.scare" in fired(s)
    assert quoted(text) == []


def test_two_quotations_are_matched_apart() -> None:
    # 'witch' closes one quotation and 'hunt' opens the next: not the phrase 'witch hunt'
    assert ("witch hunt", "evaluative.emotive-noun") in marks(
        'The inquiry was "a witch hunt," the mayor said.'
    )
    assert marks('The chant was "witch" and the reply "hunt the fox," the mayor recalled.') == []
