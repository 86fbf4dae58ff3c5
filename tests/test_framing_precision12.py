"""Issue 21, EDITORIAL precision, twelfth sample (frame-precision12, docs/tuning.md).

The conditional of a proposal's content ('the bill would cap fares'), the future in
the past of a narrative ('she would later chair the board'), 'boast' meaning 'have',
'striking' as a verb or of people on strike, 'road rage' as a kind of incident, a
fine as a penalty, 'best' and 'utter' as verbs, a record ranked over years, and 'in
fact' joining one fact to another: none is the writer's framing alone. A quoted legal
term ('"reasonable suspicion"') is a plain scare quote at most, not a loaded one. Each case
has a twin the rules must still read as the writer's.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import fired, neutral_senses, one

from auditor.models import EvidenceKind, Label, Strength


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("The harbour bill would also cut fares for anyone over 65.", "sense.proposal-would"),
        (
            "Her proposal, which would eventually replace the old ferries, goes to a vote in May.",
            "sense.proposal-would",
        ),
        ("I would soon learn that the pier had been sold.", "sense.future-in-past"),
        (
            "The draft of what would become the harbour charter was written in 1998.",
            "sense.future-in-past",
        ),
        ("She would later chair the harbour board for ten years.", "sense.future-in-past"),
        ("A road rage incident closed the harbour road on Friday.", "sense.neutral-collocation"),
    ],
)
def test_neutral_senses_of_modals_and_incidents_are_not_framing(text: str, sense: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert s.label is Label.UNSOURCED
    assert not fired(s) & {
        "speculation.modal",
        "speculation.will-adverb",
        "evaluative.emotive-noun",
    }


@pytest.mark.parametrize(
    ("text", "sense", "cue"),
    [
        (
            "The town boasts two harbours and a lighthouse.",
            "sense.boast-possession",
            "evaluative.emotive-verb",
        ),
        (
            "Both councils are close to striking a deal on the ferry.",
            "sense.striking-verb",
            "evaluative.magnitude",
        ),
        (
            "Striking dockers blocked the harbour gates on Monday.",
            "sense.striking-verb",
            "evaluative.magnitude",
        ),
    ],
)
def test_verb_senses_of_charged_words_are_not_framing(text: str, sense: str, cue: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert cue not in fired(s)


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("The skipper was given a fine, a ban and a warning.", "sense.fine-penalty"),
        ("She needs three wards to best her rival.", "sense.best-verb"),
        ("He never dared to utter a word against the harbour board.", "sense.utter-verb"),
        ("The film is set during the financial meltdown of 2008.", "sense.neutral-collocation"),
        ("A picture of my childhood hero hung over the ferry desk.", "sense.neutral-collocation"),
        ("She is a corruption expert at the harbour college.", "sense.neutral-collocation"),
        ("The council lifted its blanket ban on night sailings.", "sense.neutral-collocation"),
    ],
)
def test_penalties_verbs_and_named_events_are_not_framing(text: str, sense: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Two late goals lifted the Wild, who have won four in a row.", "sense.team-wild"),
        ("The old skipper spent the evening telling stories about the pier.", "sense.telling-verb"),
        (
            "Not to be confused with the old ferry, the new boat seats 300.",
            "sense.neutral-collocation",
        ),
    ],
)
def test_names_and_glosses_on_pages_are_not_framing(text: str, sense: str) -> None:
    assert sense in neutral_senses(one(text))


def test_a_stay_tuned_line_is_page_furniture() -> None:
    s = one("Stay tuned for more news from the harbour!")
    assert "structure.share" in {e.rule for e in s.evidence_of(EvidenceKind.STRUCTURE)}
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        'Police need a "reasonable suspicion" before they search a ferry.',
        'The rules require a "reasonable search" of the ferry.',
        'Harbour pilots keep their licence on "good behaviour."',
    ],
)
def test_a_quoted_legal_term_is_not_a_loaded_scare_quote(text: str) -> None:
    s = one(text)
    assert "quotes.scare-loaded" not in fired(s)
    assert s.label is Label.UNSOURCED


def test_a_quoted_loaded_word_is_still_a_loaded_scare_quote() -> None:
    s = one('The council\'s "brutal" cuts hit the harbour.')
    assert "quotes.scare-loaded" in fired(s)
    assert s.label is Label.EDITORIAL


def test_a_ranked_record_is_not_the_writers_verdict() -> None:
    s = one("The island had its worst drought in 50 years.")
    assert "sense.record-rank" in neutral_senses(s)
    assert s.label is Label.UNSOURCED


# 'boasts' before its object means 'has': no statement is reported.
test_boasts_meaning_has_reports_no_statement = not_sourced_test(
    [
        "The mayor boasts a lead of 20 points among island voters.",
        "The three ferry lines boast about 2 million riders a year.",
        "The harbour town boasts the oldest lighthouse on the coast.",
    ]
)

test_boasts_that_still_reports_a_statement = sourced_test(
    [
        ("The mayor boasts that the ferry is never late.", "The mayor", Strength.NAMED),
        ("Ana Ruiz boasts about her record on the harbour.", "Ana Ruiz", Strength.NAMED),
    ]
)


def test_in_fact_alone_does_not_make_a_fact_editorial() -> None:
    s = one("In fact, the pier opened in 1890.")
    assert "stance.in-fact" in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "In fact, the council's plan is a disgrace.",
        "The bill would wreck the harbour and ruin the islanders.",
        "The harbour plan would likely fail in the upper house.",
        "The ferry deal, which runs to 40 pages, would never be signed by anyone.",
        "The ferry line would soon collapse without the subsidy, and everyone knows it.",
        "It was a striking admission, and a shameful one.",
        "It was the worst decision the council ever made.",
        "It was a fine idea, and a brilliant one.",
        "The ferry plan led to utter chaos.",
        "The ferry ride was wild, and the crew was rude.",
        "Stay tuned: this shameful council will fold.",
        "The harbour is a hotbed of corruption.",
    ],
)
def test_the_writers_own_voice_keeps_its_cues(text: str) -> None:
    assert one(text).label is Label.EDITORIAL
