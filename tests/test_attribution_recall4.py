"""Constructions the reader missed on unjudged articles (issue 20, attr-recall4): a quoted
term given to its owner with a noun after the verb ('the "ghost fleet," as Ruiz dubs the
old ferries') or after "what" ('what its members described as'), a side taken on the record
('is on record opposing', 'went on the record as saying'), a speaker who 'was clear that' or
'was clear about one thing: ...', 'has spoken out', a view 'echoed by' a party, papers as
outlets and court papers as a document, and 'he' or 'she' tagging a quotation with a verb of
position ('"...," he complained afterward') where no source was cited just before.
A partial attribution labels a sentence only when nothing else does, and speaks for no
later quotation. Label, source and strength; and the second senses that must stay
unattributed. Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences, audit_text
from auditor.models import Label, Strength

SOURCED = [
    (
        'The "ghost fleet," as Mayor Ruiz dubs the old ferries, will be sold.',
        "Mayor Ruiz",
        Strength.NAMED,
    ),
    (
        "The council is facing what its members described as an unfair budget.",
        "its members",
        Strength.ANONYMOUS,
    ),
    (
        "Two harbour pilots are on record opposing the new fees.",
        "Two harbour pilots",
        Strength.ANONYMOUS,
    ),
    (
        "Mayor Tom Hale went on the record as saying the pier was unsafe.",
        "Mayor Tom Hale",
        Strength.NAMED,
    ),
    (
        "Governor Ana Ruiz was clear about one thing: the bridge would not close.",
        "Governor Ana Ruiz",
        Strength.NAMED,
    ),
    ("The dock union has been very clear that it will strike.", "The dock union", Strength.NAMED),
    (
        "More recently the senator has spoken out against the ferry fares.",
        "the senator",
        Strength.NAMED,
    ),
    (
        "Her doubts about the pier were echoed by several engineers.",
        "several engineers",
        Strength.ANONYMOUS,
    ),
    ("The mayor echoed those concerns on Monday.", "The mayor", Strength.NAMED),
    ("Dozens of papers endorsed the harbour plan.", "Dozens of papers", Strength.ANONYMOUS),
    # attr-fresh25: the papers of the one court of the case, as "a police statement" is the
    # police's (LABELS.md, Hard cases): named ("Court records show" already was)
    ("Court papers show that the mayor sold the pier.", "Court papers", Strength.NAMED),
    # a partial attribution does not outrank the clause's own verb of saying
    (
        "The mayor has repeatedly said the board is unfair, engaging in what critics "
        "described as old tactics.",
        "The mayor",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "Shots echoed across the valley.",
    "Her voice echoed off the walls of the pier.",
    "The old bell still echoed.",
    "The firm did what was described as a careful audit.",
    "The pier needs what I described as a full repair.",
    'The choir sang "Home," as the mayor walked in.',
    'The "new deal," as I call it, starts in May.',
    "The hottest year on record was 2016.",
    "The vote is on record in the minutes.",
    "The water was clear about a mile out.",
    "It was clear that the dam was weak.",
    "The sky was clear: no rain for days.",
    "The papers were signed on Monday.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)


test_no_source_is_read = not_sourced_test(NOT_SOURCED)


def test_pronoun_tagging_a_quotation_with_a_verb_of_position() -> None:
    report = audit_sentences(
        [
            "He felt ignored at the pier.",
            "The boats were late.",
            '"Nobody here ever listens to the fishermen," he complained to a visitor afterward.',
        ]
    )
    tag = report.sentences[2]
    assert tag.label is Label.SOURCED
    assert tag.attribution is not None
    assert tag.attribution.source.text == "he"
    assert tag.attribution.source.strength is Strength.NAMED


def test_pronoun_after_a_cited_speaker_still_resolves_to_the_name() -> None:
    report = audit_sentences(
        [
            '"The pier will close," said Harbour Master Lee Moreau.',
            '"The fees," he continued, "are too low."',
        ]
    )
    second = report.sentences[1]
    assert second.label is Label.SOURCED
    assert second.attribution is not None
    assert second.attribution.source.resolved_to == "Harbour Master Lee Moreau"


def test_a_named_term_does_not_make_its_owner_the_speaker_of_an_orphan_quotation() -> None:
    report = audit_sentences(
        [
            'Perhaps there is hope, since the "new Harbor Group," as Ruiz dubbed the merger, '
            "will own forty mills.",
            '"Not one mill has made money since 2008."',
        ]
    )
    first, orphan = report.sentences
    assert first.label is Label.SOURCED
    assert first.attribution is not None and first.attribution.source.text == "Ruiz"
    assert orphan.attribution is None or orphan.attribution.source.text != "Ruiz"


def test_a_named_term_does_not_speak_for_the_quotation_after_it() -> None:
    report = audit_sentences(
        [
            'The bishop answered in what one reporter called a "sharp tone": "We will not pay.',
            "Not one cent.",
            'Is that clear?"',
        ]
    )
    for sentence in report.sentences[1:]:
        source = sentence.attribution.source.text if sentence.attribution else None
        assert source != "one reporter", sentence.text


def test_a_signpost_naming_a_document_attributes_the_block_quotation_after_it() -> None:
    report = audit_text(
        "Harbour rules change\n\n"
        "The mayor's new policy is short. Here is the policy:\n\n"
        '"No boat may dock after dark. Every fee is due in cash.\n\n'
        '"Any boat left overnight will be towed."\n\n'
        "The council meets again in May."
    )
    by_text = {s.text: s for s in report.sentences}
    for text in (
        '"No boat may dock after dark.',
        "Every fee is due in cash.",
        '"Any boat left overnight will be towed."',
    ):
        sentence = by_text[text]
        assert sentence.label is Label.SOURCED, text
        assert sentence.attribution is not None
        assert sentence.attribution.source.text == "the policy"
    assert by_text["The council meets again in May."].label is not Label.SOURCED


def test_a_signpost_naming_no_document_attributes_nothing() -> None:
    report = audit_text(
        "Harbour rules change\n\nHere's what to know:\n\n"
        '"No boat may dock after dark."\n\nThe council meets again in May.'
    )
    assert all(s.label is not Label.SOURCED for s in report.sentences)


def test_a_document_signpost_defers_to_its_issuer_in_the_sentence_before() -> None:
    report = audit_text(
        "Harbour rules change\n\n"
        "The port authority issued a statement. Here is the policy:\n\n"
        '"No boat may dock after dark."\n\nThe council meets again in May.'
    )
    quoted = next(s for s in report.sentences if s.text.startswith('"No boat'))
    assert quoted.label is Label.SOURCED
    assert quoted.attribution is not None
    assert quoted.attribution.source.text == "The port authority"
