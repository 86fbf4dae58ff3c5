"""attr-fresh31: "according to X" frames its sentence (invented sentences).

Beside a speaker's own cue of saying, X relays the speaker and the speaker's cue labels the
sentence, unless X is people graded anonymous and every speaker is named (the weaker link);
beside any other cue X is the sentence's source.
"""

from __future__ import annotations

from attribution_helpers import sourced_test
from sentence_helpers import one

from auditor.api import audit_sentences
from auditor.models import Label, Strength

test_according_to_frames_its_sentence = sourced_test(
    [
        # a plan, a wish, a finding: "according to" is the source
        (
            "Ruiz plans to tour the harbour this weekend, according to a campaign aide.",
            "a campaign aide",
            Strength.ANONYMOUS,
        ),
        (
            "According to the Harbour Institute, the storm has shown that the pier is too low.",
            "the Harbour Institute",
            Strength.NAMED,
        ),
        # the weaker link: people graded anonymous relay a named speaker
        (
            "Ruiz told aides she would sell the pier, according to two people present.",
            "two people",
            Strength.ANONYMOUS,
        ),
        # a speaker relayed by the outlet: the speaker's cue labels the sentence
        (
            "According to the Courier, engineers warned that the pier was unsafe.",
            "engineers",
            Strength.ANONYMOUS,
        ),
        (
            "According to the Courier, Mayor Ana Ruiz said the pier was unsafe.",
            "Mayor Ana Ruiz",
            Strength.NAMED,
        ),
        (
            "The harbour board said the pier was unsafe, according to the Courier.",
            "The harbour board",
            Strength.NAMED,
        ),
        # a poll's share of the people asked speaks for the poll
        (
            "According to a Courier survey, 58 percent of respondents in town said they back it.",
            "a Courier survey",
            Strength.NAMED,
        ),
        # polls relayed by an outlet the "by" names keep the tie they had
        (
            "Turnout rose among the young, according to exit polls first reported by the Courier.",
            "the Courier",
            Strength.NAMED,
        ),
    ]
)


def test_a_relayed_speaker_keeps_the_outlet_as_relay() -> None:
    sentence = one("According to the Courier, engineers warned that the pier was unsafe.")
    assert sentence.attribution is not None
    assert sentence.attribution.source.relayed_by == "the Courier"


def test_a_speaker_in_a_relative_clause_is_no_speaker_of_the_sentence() -> None:
    sentence = one(
        "The ferry line settled with its crews, according to the Labour Ministry, ending a "
        "strike that the owners, who spoke to reporters, said could cost them dearly."
    )
    assert sentence.label is Label.SOURCED


def test_a_colon_block_after_according_to_keeps_its_speaker() -> None:
    report = audit_sentences(
        [
            "According to testimony released by the harbour committee, Ruiz will say:",
            "I never sold the pier to anyone.",
        ]
    )
    first, block = report.sentences
    assert first.attribution is not None and first.attribution.source.text == "Ruiz"
    assert block.label is Label.SOURCED


test_a_panel_speaks_for_its_body = sourced_test(
    [
        (
            "A two-judge panel of the 9th U.S. Circuit Court of Appeals wrote that it was legal.",
            "A two-judge panel of the 9th U.S. Circuit Court of Appeals",
            Strength.NAMED,
        ),
        ("A Senate panel said the levy was lawful.", "A Senate panel", Strength.NAMED),
        ("A panel of experts said the levy was lawful.", "A panel of experts", Strength.ANONYMOUS),
    ]
)


def test_a_pronoun_after_an_opening_but_speaks_before_its_colon() -> None:
    report = audit_sentences(
        ["Ana Ruiz has run the mill since 1990.", 'But she has one worry: "Who will run it next?"']
    )
    quote = report.sentences[1]
    assert quote.attribution is not None
    assert quote.attribution.source.text == "she"
    assert quote.strength is Strength.NAMED


def test_it_before_a_colon_is_no_speaker() -> None:
    report = audit_sentences(["The mill closed in May.", 'It was simple: "No orders."'])
    quote = report.sentences[1]
    assert quote.attribution is None or quote.attribution.source.text != "It"


test_a_name_describing_the_people_included_names_none = sourced_test(
    [
        (
            "Backers of the levy, including parents who rallied outside the Capitol, say it helps.",
            "Backers of the levy",
            Strength.ANONYMOUS,
        ),
        (
            "Unions, including the Harbour Guild, said the levy was unfair.",
            "Unions, including the Harbour Guild",
            Strength.NAMED,
        ),
    ]
)


def test_a_document_graded_anonymous_keeps_the_named_finding() -> None:
    sentence = one(
        "An internal audit at the Harbour Clinic found that it overbilled the state, "
        "according to a leaked copy of the report seen by the Courier."
    )
    assert sentence.attribution is not None
    assert sentence.attribution.source.text == "An internal audit at the Harbour Clinic"
    assert sentence.strength is Strength.NAMED
