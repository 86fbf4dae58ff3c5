"""Attribution across sentences: pronouns, definite descriptions, quotations, the ledger.

Articles here are invented; paragraphs are separated by blank lines and the
sentence spans are computed by the small helper below, not by a segmenter.
"""

from __future__ import annotations

import pytest
from article_helpers import article, labels

from auditor.api import audit_sentences, audit_text
from auditor.discourse import _opens_subordinate
from auditor.models import EvidenceKind, Label, Strength


# -- pronouns and definite descriptions -------------------------------------------------
def test_pronoun_resolves_to_the_nearest_person() -> None:
    report = audit_sentences(
        [
            "Foreign Minister Sergei Lavrov said the talks were useful.",
            "He added that a new round would follow in May.",
        ]
    )
    second = report.sentences[1]
    assert second.label is Label.SOURCED
    assert second.attribution is not None
    assert second.attribution.source.resolved_to == "Foreign Minister Sergei Lavrov"
    resolution = second.evidence_of(EvidenceKind.RESOLUTION)
    assert resolution and "Sergei Lavrov" in resolution[0].message


def test_the_two_points_back_to_the_pair_named_together() -> None:
    report = audit_sentences(
        [
            "Ana Ruiz and Tom Hale said the pier was unsafe.",
            "The two admit that repairs will take a year.",
            "Two officials said the ferry was late.",
            "The two said the timetable would change.",
        ]
    )
    pair, officials = report.sentences[1], report.sentences[3]
    assert pair.label is Label.SOURCED and pair.strength is Strength.NAMED
    assert pair.attribution.source.resolved_to == "Ana Ruiz and Tom Hale"
    assert officials.strength is Strength.ANONYMOUS


def test_pronoun_skips_incompatible_sources() -> None:
    report = audit_sentences(
        [
            "Mayor Ana Ruiz said the clinic would stay open.",
            "The health ministry said it had no plans to close it.",
            "She added that the budget was secure.",
        ]
    )
    assert report.sentences[2].attribution.source.resolved_to == "Mayor Ana Ruiz"


@pytest.mark.parametrize(
    ("sentence", "sourced"),
    [
        ("She also sent a text message saying the port would stay open.", True),
        ("He put out a statement on Friday backing the dockers.", True),
        ("It also sent a letter saying the port would stay open.", False),
        ("He blames the council for the closure.", False),
    ],
)
def test_he_or_she_with_no_antecedent_takes_a_statement_put_out(
    sentence: str, sourced: bool
) -> None:
    # the sentence before cites a group and names the person only as an object: "she" has
    # no antecedent in the ledger; a statement she put out is still hers, a position is not
    report = audit_sentences(["Dock workers accused Ana Ruiz of lying.", sentence])
    assert (report.sentences[1].label is Label.SOURCED) is sourced


def test_definite_description_resolves_to_the_organisation() -> None:
    report = audit_sentences(
        [
            "The Interior Ministry said the border was closed.",
            "The ministry later said it would reopen on Friday.",
        ]
    )
    attribution = report.sentences[1].attribution
    assert attribution is not None
    assert attribution.source.resolved_to == "The Interior Ministry"
    assert attribution.source.ledger_id == report.sentences[0].attribution.source.ledger_id


def test_the_source_keeps_its_anonymity() -> None:
    report = audit_sentences(
        [
            "A senior military source said 300 fighters crossed the border.",
            "The source added that more were expected.",
        ]
    )
    second = report.sentences[1]
    assert second.label is Label.SOURCED
    assert second.attribution.source.resolved_to == "A senior military source"
    assert second.strength is Strength.ANONYMOUS


@pytest.mark.parametrize(
    "named",
    [
        "Later, Blue Lagoon Watch, an environmental group, filed a suit.",
        "Blue Lagoon Watch, an environmental group based in Lyon, denied the claim.",
    ],
)
def test_a_description_takes_the_nearer_named_source_it_describes(named: str) -> None:
    """'The group' after 'a local group' and then 'X, an environmental group' is X."""
    report = audit_sentences(
        ["A local group said the water was unsafe.", named, "The group said it would sue."]
    )
    last = report.sentences[2]
    assert last.strength is Strength.NAMED
    assert last.attribution.source.resolved_to == "Blue Lagoon Watch"


def test_the_people_need_sources_before() -> None:
    alone = audit_sentences(["The people said the deal was close."])
    assert alone.sentences[0].label is not Label.SOURCED
    after = audit_sentences(
        [
            "Two people familiar with the talks said the deal was close.",
            "The people said a vote could come on Friday.",
        ]
    )
    assert after.sentences[1].label is Label.SOURCED
    assert after.sentences[1].strength is Strength.ANONYMOUS


def test_the_people_may_point_back_to_people_described_but_not_cited() -> None:
    report = audit_sentences(
        [
            "Two people briefed on the meeting left before the vote.",
            "The mayor had little time to speak, the people said.",
        ]
    )
    second = report.sentences[1]
    assert second.label is Label.SOURCED
    assert second.attribution.source.resolved_to == "Two people"
    assert second.strength is Strength.ANONYMOUS


# -- the ledger -------------------------------------------------------------------------
def test_ledger_merges_name_surname_and_role() -> None:
    report = audit_sentences(
        [
            "Russian Foreign Minister Sergei Lavrov said the talks were useful.",
            "Lavrov said a new round would follow.",
            "The foreign minister added that sanctions were not discussed.",
            "A senior diplomat said the mood was tense.",
        ]
    )
    lavrov = [e for e in report.sources if "Lavrov" in e.name]
    assert len(lavrov) == 1
    entry = lavrov[0]
    assert entry.sentences == (0, 1, 2)
    assert entry.strength is Strength.NAMED
    assert {"Lavrov", "The foreign minister"} <= set(entry.mentions)
    assert report.summary.named_sources == 1
    assert report.summary.anonymous_sources == 1


def test_article_figures() -> None:
    report = audit_sentences(
        [
            "Officials said the dam was safe.",
            "The dam was built in 1932.",
            "Sergei Lavrov said the talks were useful.",
            "The river rose two metres overnight.",
        ]
    )
    summary = report.summary
    assert summary.sourced == 2
    assert summary.sourced_share == 0.5
    assert summary.anonymous_share == 0.5
    assert summary.named_sources == 1


def test_relay_is_in_the_ledger() -> None:
    report = audit_sentences(["RIA Novosti, citing an informed source, said the convoy had left."])
    (entry,) = report.sources
    assert entry.strength is Strength.ANONYMOUS
    assert entry.relayed_by == ("RIA Novosti",)


# -- quotations across sentences and paragraphs -------------------------------------------
def test_every_sentence_of_a_quotation_takes_its_speaker() -> None:
    report = audit_sentences(
        [
            '"The ward is full.',
            "We have no beds left.",
            'We are turning people away," said Dr. Lena Okafor.',
        ]
    )
    assert labels(report) == [Label.SOURCED] * 3
    assert report.sentences[0].attribution.mode == "quote"
    assert report.sentences[0].attribution.source.text == "Dr. Lena Okafor"


def test_news_style_quotation_over_paragraphs() -> None:
    report = article(
        ['The mayor said after the vote: "We did not expect this result.'],
        ['"We will ask for a recount.'],
        ['"And we will win it."'],
        ["The count ended at midnight."],
    )
    assert labels(report) == [Label.SOURCED, Label.SOURCED, Label.SOURCED, Label.UNSOURCED]
    assert report.sentences[2].attribution.source.text == "The mayor"
    assert report.sentences[2].attribution.from_sentence == 0


def test_a_paragraph_after_a_speakers_colon_is_their_block_quotation() -> None:
    report = article(
        ["The governor added:"],
        ["It is typical of the council.", "It never reads the reports."],
        ["The council met on Monday."],
    )
    assert labels(report) == [Label.SOURCED] * 3 + [Label.UNSOURCED]
    assert report.sentences[2].attribution.source.text == "The governor"
    assert report.sentences[2].attribution.from_sentence == 0


def test_given_sentences_with_a_colon_and_a_blank_line_open_a_block_quotation() -> None:
    report = audit_sentences(
        [
            "The governor wrote:\n\nIt is typical of the council.",
            "It never reads the reports.",
            "It never will.\n\n",
            "The council met on Monday.",
        ]
    )
    assert labels(report)[:3] == [Label.SOURCED] * 3
    assert labels(report)[3] is not Label.SOURCED
    assert report.sentences[2].attribution.source.text == "The governor"


def test_a_colon_and_a_blank_line_open_no_block_before_a_marked_quotation() -> None:
    report = audit_sentences(
        ['The governor wrote:\n\n"It is typical of the council."', "The council met on Monday."]
    )
    assert labels(report)[1] is not Label.SOURCED


def test_a_tag_after_a_quotation_opened_at_the_end_of_the_sentence_before() -> None:
    report = audit_sentences(
        [
            "The boy joined a rowing club.\n\n''",
            "It was his first try at rowing on his own,'' said his friend, Tom Hale.",
        ]
    )
    assert report.sentences[1].label is Label.SOURCED
    assert report.sentences[1].attribution.mode == "direct"


def test_a_paragraph_after_a_colon_without_a_speaker_is_not_quoted() -> None:
    report = article(
        ["The plan has three parts:"],
        ["Housing comes first.", "Transport is next."],
    )
    assert labels(report) == [Label.UNSOURCED] * 3


def test_a_dash_signature_under_a_quotation_names_its_speaker() -> None:
    report = article(
        ["\u201cWe need more buses.", "The trams are full.\u201d"],
        ["\u2014 Ana Ruiz, a nurse from Leeds"],
        ["The council met on Monday."],
    )
    assert labels(report) == [Label.SOURCED] * 3 + [Label.UNSOURCED]
    assert report.sentences[0].attribution.source.text == "Ana Ruiz"
    assert report.sentences[0].strength is Strength.NAMED


def test_a_dash_inside_a_sentence_is_not_a_signature() -> None:
    report = article(
        ["The buses \u2014 Ana Ruiz says \u2014 are late.", "LONDON \u2014 The trams ran."]
    )
    assert report.sentences[1].label is not Label.SOURCED


def test_speaker_named_in_the_last_paragraph_of_a_quotation() -> None:
    report = article(
        ['"We lost the north in a week.'],
        ['"Nobody expected it," the general told reporters.'],
    )
    assert labels(report) == [Label.SOURCED, Label.SOURCED]
    assert report.sentences[0].attribution.source.text == "the general"


def test_doubled_apostrophes_continue_after_the_attribution() -> None:
    report = audit_sentences(
        [
            "''The plan is sound,'' said Ana Ruiz, the finance minister. ''",
            "It will pay for itself in five years.''",
            "The vote is on Friday.",
        ]
    )
    assert labels(report)[:2] == [Label.SOURCED, Label.SOURCED]
    assert report.sentences[1].attribution.source.text == "Ana Ruiz"
    assert report.sentences[2].label is not Label.SOURCED


def test_colon_introduces_the_next_quotation() -> None:
    report = article(
        ["The minister told reporters:"],
        ['"We will not pay.', 'We never agreed to this."'],
    )
    assert [s.label for s in report.sentences[1:]] == [Label.SOURCED, Label.SOURCED]


def test_orphan_quote_takes_the_latest_speaker() -> None:
    report = audit_sentences(
        [
            '"We will rebuild," the mayor said.',
            "The storm destroyed 300 homes.",
            '"Every family will have a roof by winter."',
        ]
    )
    last = report.sentences[2]
    assert last.label is Label.SOURCED
    assert last.attribution.mode == "orphan_quote"
    assert last.attribution.source.text == "the mayor"


def test_orphan_quote_without_any_speaker_is_not_sourced() -> None:
    report = audit_sentences(["The storm destroyed 300 homes.", '"Never again."'])
    assert report.sentences[1].label is not Label.SOURCED


def test_unbalanced_quotation_stops_within_two_sentences() -> None:
    report = audit_sentences(
        [
            'The mayor said: "We will rebuild every home.',
            "The storm destroyed 300 homes.",
            "The river rose two metres overnight.",
            "The bridge was closed.",
        ]
    )
    assert report.sentences[3].label is Label.UNSOURCED


def test_a_ledger_entry_keeps_its_best_mention_and_what_it_is_matched_by() -> None:
    from auditor.attribution import SourceSpan
    from auditor.discourse import Entry
    from auditor.models import SourceType

    def span(text, form, names=()):
        head = text.split()[-1].lower()
        return SourceSpan(0, len(text), text, SourceType.PERSON, Strength.NAMED, head, form, names)

    entry = Entry(0)
    entry.mention(span("a senior official", "indefinite"))
    entry.mention(span("she", "pronoun"))
    assert entry.main.text == "a senior official"  # not a pronoun
    first, same = span("Ana Ruiz", "name", ("Ana Ruiz",)), span("Ana Diaz", "name", ("Ana Diaz",))
    entry.mention(first)
    entry.mention(same)
    assert entry.main is first  # a name wins; the first of equals stays
    entry.mention(span("Ana Ruiz-Diaz", "name", ("Ana Ruiz-Diaz",)))
    assert entry.main.text == "Ana Ruiz-Diaz"  # then the longest
    assert entry.surnames == {"ruiz", "diaz", "ruiz-diaz"}
    assert {"a senior official", "she"} <= entry.texts
    assert {"official", "she", "ruiz"} <= entry.heads


def test_an_entry_makes_its_name_and_gender_sets_only_when_a_mention_fills_them() -> None:
    """Entries start with one shared empty set for surnames, given names, genders and the
    pronouns they were called (speed46): what one entry is given never shows in another."""
    from auditor.attribution import SourceSpan
    from auditor.discourse import _NONE, Entry
    from auditor.models import SourceType

    def span(text, form, names=()):
        head = text.split()[-1].lower()
        return SourceSpan(0, len(text), text, SourceType.PERSON, Strength.NAMED, head, form, names)

    named, unnamed = Entry(0), Entry(1)
    unnamed.mention(span("a senior official", "indefinite"))
    named.mention(span("Ana Ruiz", "name", ("Ana Ruiz",)), 3, given_genders={"ana": "she"})
    named.mention(span("she", "pronoun"), 4)
    named.mention(span("Mrs. Ruiz", "name", ("Ruiz",)), 5)
    assert (named.surnames, named.givens, named.genders, named.called) == (
        {"ruiz"}, {"ana"}, {"she"}, {"she"},
    )  # fmt: skip
    for empty in (unnamed.surnames, unnamed.givens, unnamed.genders, unnamed.called):
        assert empty is _NONE and not _NONE


def test_a_sentence_cut_after_a_party_tag_is_sourced_on_both_halves() -> None:
    report = audit_sentences(
        ["The vote was close. Sen. Ana Ruiz (D-Ill.)", "said on Tuesday that she would vote no."]
    )
    first, second = report.sentences
    assert second.label is Label.SOURCED
    assert first.label is Label.SOURCED
    assert first.attribution.mode == "continuation"
    assert first.attribution.from_sentence == 1
    assert first.strength is Strength.NAMED


def test_a_lower_case_sentence_without_a_source_before_does_not_spread() -> None:
    report = audit_sentences(["The bridge was closed at noon.", "and the traffic stopped."])
    assert labels(report) == [Label.UNSOURCED, Label.UNSOURCED]


def test_orphan_quote_after_a_cut_off_attribution() -> None:
    report = audit_sentences(
        [
            '"Who pays for it?"',
            "Senator Ruiz asked.",
            '"Nobody has told us, and nobody will."',
        ]
    )
    assert report.sentences[2].label is Label.SOURCED
    assert report.sentences[2].attribution.source.text == "Senator Ruiz"


def test_a_long_tag_after_a_question_opening_with_its_speaker_gives_the_question() -> None:
    report = audit_sentences(
        [
            "The hall was half empty.",
            '"Why would I change now?"',
            "Mayor Ana Ruiz asked reporters at a briefing in the old town hall on Monday.",
        ]
    )
    assert report.sentences[1].label is Label.SOURCED
    assert report.sentences[1].attribution.source.text == "Mayor Ana Ruiz"


def test_a_long_tag_after_an_exclamation_with_a_long_speaker_gives_the_quotation() -> None:
    report = audit_sentences(
        [
            '"Build the bridge!"',
            "Tom Hale, a retired engineer from the valley, said into the microphone.",
        ]
    )
    assert report.sentences[0].label is Label.SOURCED


def test_a_long_sentence_after_a_quotation_closing_on_a_full_stop_is_no_tag() -> None:
    report = audit_sentences(
        [
            "The hall was half empty.",
            '"We will build the bridge."',
            "Mayor Ana Ruiz said the budget for the coming year would be cut by a tenth.",
        ]
    )
    assert report.sentences[1].label is not Label.SOURCED


def test_a_long_sentence_not_opening_with_its_speaker_is_no_tag_of_a_question() -> None:
    report = audit_sentences(
        [
            "The hall was half empty.",
            '"Why would anyone come?"',
            "The vote was held on Monday after a long and bitter debate, officials said.",
        ]
    )
    assert report.sentences[1].label is not Label.SOURCED


def test_a_hyphen_signature_after_a_quotation_signs_it() -> None:
    report = audit_sentences(
        ['"We will cut the fares. We will add buses."', "- Ana Ruiz.", "The vote is on Friday."]
    )
    assert labels(report)[:2] == [Label.SOURCED, Label.SOURCED]
    assert report.sentences[0].attribution.source.text == "Ana Ruiz"


def test_a_hyphen_signature_after_the_writers_paragraph_is_a_byline() -> None:
    report = audit_sentences(["The vote on the new fares was put off to Friday.", "- Ana Ruiz."])
    assert labels(report) == [Label.UNSOURCED, Label.UNSOURCED]


def test_a_signature_running_into_the_next_quotation_signs_the_one_before() -> None:
    report = audit_sentences(
        [
            "Readers wrote in after the vote.",
            "“The buses never come.",
            "We wait an hour.”",
            "― Ana Ruiz\n“We want better schools.",
            "We want jobs.”",
            "― Tom Hale",
        ]
    )
    speakers = [s.attribution.source.text if s.attribution else None for s in report.sentences]
    assert speakers[1:] == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz", "Tom Hale", "Tom Hale"]


def test_a_roundup_heading_names_the_author_of_a_long_quotation() -> None:
    report = audit_sentences(
        [
            "RENTS RISE AGAIN - Ana M. Ruiz: “Rents rose in every district.",
            "They rose most in the north.",
            "Nobody expected that.”",
            "[Harbour Weekly.]",
        ]
    )
    assert labels(report)[:3] == [Label.SOURCED] * 3
    assert report.sentences[2].attribution.source.text == "Ana M. Ruiz"
    assert report.sentences[3].label is not Label.SOURCED


def test_quotation_right_after_reported_speech_continues_it() -> None:
    report = audit_sentences(
        ["The mayor said the plan was sound.", '"It will pay for itself in five years."']
    )
    assert report.sentences[1].label is Label.SOURCED
    assert report.sentences[1].attribution.mode == "orphan_quote"


def test_a_heading_in_single_marks_is_no_orphan_quotation_where_speech_is_in_double() -> None:
    report = audit_sentences(
        [
            '"We will reopen the mine," the mayor said.',
            '"It will pay for itself."',
            "'Coal Is Not the Villain.'",
        ]
    )
    assert report.sentences[1].label is Label.SOURCED
    assert report.sentences[2].label is not Label.SOURCED


def test_an_orphan_in_single_marks_keeps_its_speaker_where_speech_is_in_single() -> None:
    report = audit_sentences(
        ["'We will reopen the mine,' the mayor said.", "'It will pay for itself.'"]
    )
    assert report.sentences[1].label is Label.SOURCED


def test_quotation_after_an_unquoted_position_is_not_taken_as_speech() -> None:
    report = audit_sentences(["The union backs the plan.", '"Never again."'])
    assert report.sentences[1].label is not Label.SOURCED


def test_the_group_takes_the_nearest_named_body_over_an_unnamed_mention() -> None:
    report = audit_sentences(
        [
            "A group of protesters said the road was closed.",
            "The Green Dawn movement later claimed the protest.",
            "The group said it would march again.",
        ]
    )
    last = report.sentences[2]
    assert last.attribution.source.resolved_to == "The Green Dawn movement"
    assert last.strength is Strength.NAMED


def test_the_official_still_keeps_its_anonymity() -> None:
    report = audit_sentences(
        [
            "A senior official said the talks had stalled.",
            "The Valdonian government announced new talks.",
            "The official said the date was not set.",
        ]
    )
    assert report.sentences[2].strength is Strength.ANONYMOUS


def test_a_ledger_row_never_changes_a_mentions_strength() -> None:
    report = audit_sentences(
        [
            "A Taliban representative said the talks would continue.",
            "The Taliban said the talks had failed.",
        ]
    )
    first, second = report.sentences
    assert first.strength is Strength.ANONYMOUS
    assert second.strength is Strength.NAMED
    assert first.attribution.source.ledger_id != second.attribution.source.ledger_id


def test_they_stands_for_two_people_named_together() -> None:
    report = audit_sentences(
        [
            "Neighbours said the river had risen overnight.",
            "The inspectors toured the dam twice.",
            "On Monday, Ms. Okafor and Mr. Lindqvist released a joint letter about the dam.",
            "“The agency has never explained its reasoning,” they said.",
            "They added that the budget was too small.",
        ]
    )
    for sentence in report.sentences[3:]:
        assert sentence.attribution.source.resolved_to == "Ms. Okafor and Mr. Lindqvist"
        assert sentence.strength is Strength.NAMED


def test_they_is_not_one_person_nor_two_names_without_and() -> None:
    report = audit_sentences(
        [
            "Mayor Ida Brandt said the road would reopen.",
            "Chief Engineer Paulo Reis (via Ana Lind) posted a photo.",
            "They said the dam was old.",
        ]
    )
    assert report.sentences[2].attribution.source.resolved_to is None


def test_those_firms_after_a_list_of_companies_is_named_and_they_follows() -> None:
    report = audit_sentences(
        [
            "The regulator questioned Ford, Toyota and other carmakers about the defect.",
            "Those firms have denied they hid the fault.",
            "But they acknowledge recalling some models.",
        ]
    )
    assert [s.strength for s in report.sentences[1:]] == [Strength.NAMED, Strength.NAMED]
    assert report.sentences[2].attribution.source.resolved_to == "Those firms"


@pytest.mark.parametrize(
    "tag",
    [
        "Senator Ana Ruiz replied.",
        "one of her aides tweeted on Sunday.",
        "Mayor Ortiz said as he left.",
    ],
)
def test_quotation_cut_off_before_its_speakers_tag(tag: str) -> None:
    report = audit_sentences(["The hall fell silent.", '"Are we really going to stop now?"', tag])
    quoted = report.sentences[1]
    assert quoted.label is Label.SOURCED
    assert quoted.attribution is not None
    assert quoted.attribution.source.text in tag


@pytest.mark.parametrize(
    "after",
    [
        "The senator said on Tuesday that the vote would go ahead as planned in May.",
        'Senator Ana Ruiz said: "We will not stop."',
        "The crowd cheered.",
    ],
)
def test_a_quotation_does_not_take_a_later_full_report(after: str) -> None:
    report = audit_sentences(["The hall fell silent.", '"Are we really going to stop now?"', after])
    assert report.sentences[1].label is not Label.SOURCED


def test_rest_of_a_sentence_cut_after_a_party_tag_keeps_its_source() -> None:
    report = audit_sentences(
        ['"The bridge will open in May," said Sen. Ana Ruiz (D-Ill.)', ", who chairs the panel."]
    )
    tail = report.sentences[1]
    assert tail.label is Label.SOURCED
    assert tail.attribution is not None
    assert tail.attribution.source.text == report.sentences[0].attribution.source.text


@pytest.mark.parametrize("tail", ["supporters in the north.", "http://example.org/a1b2."])
def test_a_lower_case_opening_alone_is_not_a_cut_sentence(tail: str) -> None:
    report = audit_sentences(['"The bridge will open in May," said Sen. Ana Ruiz (D-Ill.)', tail])
    assert report.sentences[1].label is not Label.SOURCED


def test_a_quotation_carried_into_the_next_sentence_attributes_its_short_end() -> None:
    report = audit_sentences(
        [
            'Mayor Lena Ortiz said the levee plan was "bold and overdue.',
            'It is long awaited" by families who have waited since the spring flood for any sign'
            " of work on the river banks.",
        ]
    )
    carried = report.sentences[1]
    assert carried.label is Label.SOURCED
    assert carried.attribution is not None
    assert carried.attribution.source.text == "Mayor Lena Ortiz"


def test_a_short_quotation_of_its_own_is_not_carried_over() -> None:
    report = audit_sentences(
        [
            'Mayor Lena Ortiz said the levee plan was "bold and overdue."',
            'Families near the "bold" levee have waited since the spring flood for any sign'
            " of work on the river banks.",
        ]
    )
    assert report.sentences[1].label is not Label.SOURCED


@pytest.mark.parametrize(
    "before",
    [
        "Mayor Lena Ortiz repeated her claim that the report was false.",
        "Mayor Lena Ortiz slammed the report on Tuesday.",
    ],
)
def test_a_quotation_right_after_a_statement_continues_its_speaker(before: str) -> None:
    report = audit_sentences([before, '"We never signed anything."'])
    quoted = report.sentences[1]
    assert quoted.label is Label.SOURCED
    assert quoted.attribution is not None
    assert quoted.attribution.source.text == "Mayor Lena Ortiz"


def test_a_block_quotation_after_a_signpost_takes_the_statement_before_it() -> None:
    """'The mayor issued a statement. | Here is the policy: | "..."' (issue 20)."""
    text = (
        "The council met on Monday.\n\nThe mayor issued a statement. Here is the policy:\n\n"
        '"All parks will close at dusk. Fines will double."\n\nThe council voted on Tuesday.'
    )
    report = audit_text(text)
    labels = [s.label for s in report.sentences]
    assert labels[3:5] == [Label.SOURCED, Label.SOURCED]
    assert report.sentences[3].attribution.source.text == "The mayor"
    assert labels[5] is Label.UNSOURCED


def test_the_nation_as_a_party_is_not_a_description_of_its_officials() -> None:
    report = audit_sentences(
        ["Danish officials said the levy was unfair.", "The Danes have warned they could withdraw."]
    )
    assert report.sentences[1].strength is Strength.NAMED


def test_lead_in_gives_the_quotation_its_speaker() -> None:
    report = audit_sentences(
        [
            "The council met on Tuesday to vote on the harbour levy.",
            "The mayor was blunt.",
            '"This plan is dead.',
            'Nobody will pay for it."',
        ]
    )
    lead, first, second = report.sentences[1:]
    assert lead.label is not Label.SOURCED  # the lead-in is the writer's
    for quoted in (first, second):
        assert quoted.label is Label.SOURCED
        assert quoted.attribution.mode == "lead_in"
        assert quoted.attribution.source.text == "The mayor"
        assert quoted.attribution.source.strength is Strength.NAMED


def test_lead_in_beats_an_earlier_speaker() -> None:
    report = audit_sentences(
        [
            '"We will rebuild," a council member said.',
            "Tom Hale, a retired teacher, has lived by the harbour for forty years.",
            '"They promised us a pier in 2015."',
        ]
    )
    quoted = report.sentences[2]
    assert quoted.attribution.source.text == "Tom Hale"
    assert quoted.attribution.source.strength is Strength.NAMED


@pytest.mark.parametrize(
    "lead",
    [
        "The storm destroyed 300 homes on the coast.",  # no person or body
        "Given the cost of the repairs, the work will wait.",  # a capitalised opener
        "Harbour Master Sees Pier Reopen By Spring.",  # a headline
        "He was blunt about the plan.",  # a pronoun
    ],
)
def test_no_lead_in_without_a_speaker_before(lead: str) -> None:
    report = audit_sentences([lead, '"Nobody will pay for it."'])
    assert report.sentences[1].label is not Label.SOURCED, lead


def test_lead_in_not_for_a_quotation_with_its_own_tag() -> None:
    report = audit_sentences(["The mayor was blunt.", '"It is dead," a fisherman said.'])
    assert report.sentences[1].attribution.source.text == "a fisherman"


def test_cut_after_a_party_tag_with_a_pronoun_in_the_second_half() -> None:
    report = audit_sentences(
        ["Former Rep. Tom Hale (R-Conn.)", "was for the levy while it lasted, he said Wednesday."]
    )
    head, tail = report.sentences
    assert tail.label is Label.SOURCED
    assert head.label is Label.SOURCED
    assert head.attribution.mode == "continuation"


def test_a_quotation_and_its_pronoun_tag_do_not_reach_back() -> None:
    # '"...," she said.' opens in lower case once its quotation is masked: not a cut sentence
    report = audit_sentences(["The mayor was in no hurry.", '"Really?" she said.'])
    assert report.sentences[0].label is not Label.SOURCED


def test_lead_in_with_a_cue_that_names_no_one() -> None:
    # "when asked" reads no source of its own: the lead-in's subject still speaks next
    report = audit_sentences(
        [
            '"We will rebuild," a council member said.',
            "Tom Hale did not mince words when asked about the plan on Tuesday.",
            '"It is a scam."',
        ]
    )
    assert report.sentences[2].attribution.source.text == "Tom Hale"


def test_a_statement_read_in_part() -> None:
    report = audit_sentences(
        [
            "The port authority issued a statement on Friday.",
            '"We regret the delay," it read in part.',
        ]
    )
    assert report.sentences[1].label is Label.SOURCED
    assert report.sentences[1].attribution.cue.rule == "cue.text-reads-tag"


# -- genders in the ledger: pronouns, titles, given names ----------------------------------
@pytest.mark.parametrize(
    "sentences",
    [
        # the pronoun right after the surname
        [
            "Hale said the pier was unsafe.",
            "He added that repairs would take a year.",
            "Anne Hale, a council member, said the budget was tight.",
            "He said the pier would close in May.",
        ],
        # the pronoun further on: still no merge with a name of the other gender
        [
            "Hale said the pier was unsafe.",
            "The council met on Monday.",
            "Later he added that repairs would take a year.",
            "Anne Hale, a council member, said the budget was tight.",
            "He said the pier would close in May.",
        ],
    ],
)
def test_a_surname_known_as_he_is_not_a_later_full_name_of_a_woman(sentences: list[str]) -> None:
    report = audit_sentences(sentences)
    hale, anne, last = report.sentences[0], report.sentences[-2], report.sentences[-1]
    assert anne.attribution.source.text == "Anne Hale"
    assert anne.attribution.source.ledger_id != hale.attribution.source.ledger_id
    assert last.attribution.source.resolved_to == "Hale"


def test_a_surname_merges_with_a_full_name_of_its_own_gender() -> None:
    report = audit_sentences(
        [
            "Hale said the pier was unsafe.",
            "He added that repairs would take a year.",
            "Tom Hale, a council member, said the budget was tight.",
        ]
    )
    first, full = report.sentences[0], report.sentences[2]
    assert full.attribution.source.ledger_id == first.attribution.source.ledger_id


@pytest.mark.parametrize(
    ("speaker", "pronoun", "other"),
    [
        ("Beth Lund", "He", "Tom Hale"),
        ("Liz Lund", "He", "Tom Hale"),
        ("Kate Lund", "He", "Tom Hale"),
        ("Tony Lund", "She", "Ana Ruiz"),
        ("Jeff Lund", "She", "Ana Ruiz"),
    ],
)
def test_a_short_given_name_tells_the_gender(speaker: str, pronoun: str, other: str) -> None:
    report = audit_sentences(
        [
            f"{other} said the pier was unsafe.",
            f"{speaker} said the budget was tight.",
            f"{pronoun} added that the pier would close in May.",
        ]
    )
    assert report.sentences[2].attribution.source.resolved_to == other


@pytest.mark.parametrize("speaker", ["Sam Lund", "Alex Lund", "Chris Lund", "Jo Lund"])
def test_a_given_name_of_both_sexes_tells_no_gender(speaker: str) -> None:
    report = audit_sentences(
        [
            "Tom Hale said the pier was unsafe.",
            f"{speaker} said the budget was tight.",
            "He added that the pier would close in May.",
        ]
    )
    assert report.sentences[2].attribution.source.resolved_to == speaker


@pytest.mark.parametrize(
    "named",
    [
        "I reached his editor, Ann Lund, by phone.",
        "The plan was drawn up with his deputy, Ann Lund, in May.",
        "He shares an office with his editor Ann Lund.",
    ],
)
def test_she_may_be_a_woman_named_in_full_in_a_sentence_that_cites_no_one(named: str) -> None:
    report = audit_sentences(
        ["Tom Hale said the pier was unsafe.", named, "She said the pier would close in May."]
    )
    assert report.sentences[2].attribution.source.resolved_to == "Ann Lund"


@pytest.mark.parametrize(
    "between",
    [
        # "she" goes on with the subject "she", not the woman she named
        "She had warned her deputy, Ann Lund, in May.",
        # a given name that tells no gender is no candidate
        "The plan was drawn up with her deputy, Sam Lund, in May.",
        # a name that modifies is no one
        "The plan came from her deputy Ann Lund's office.",
        # a sentence that cites someone names no one in passing
        "Tom Hale cited a letter from his deputy Ann Lund.",
        # a place named like a woman is no antecedent
        "The talks were held in the Rose Garden on Monday.",
        "The talks were held at Virginia Tech on Monday.",
    ],
)
def test_she_keeps_to_the_speaker(between: str) -> None:
    report = audit_sentences(
        ["Ana Ruiz said the pier was unsafe.", between, "She said repairs would take a year."]
    )
    assert report.sentences[2].attribution.source.resolved_to == "Ana Ruiz"


def test_he_keeps_to_the_cited_man_whom_the_sentence_between_is_about() -> None:
    report = audit_sentences(
        [
            "Tom Hale said the pier was unsafe.",
            "Later Mr. Hale took a swipe at rivals on the council like Ben Lund.",
            "He said repairs would take a year.",
        ]
    )
    assert report.sentences[2].attribution.source.resolved_to == "Tom Hale"


# -- a pronoun's own sentence opens with a subordinate clause (discourse._opening_source) --
@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Though the agency said so, it ...", True),
        ("And although Ruiz admitted it, she ...", True),
        ("But while the port authority ...", True),
        ("It said the pier would open.", False),
        ("The agency, though, said so.", False),  # the third word: no opening clause
        ("", False),
    ],
)
def test_opens_subordinate_reads_the_first_two_words(text: str, opens: bool) -> None:
    """Only a sentence whose first or second word starts with a subordinator has its
    subjects read for a pronoun's opening clause (the test the reader's speed relies on)."""
    assert _opens_subordinate(text) is opens


@pytest.mark.parametrize("lead", ["Though", "And though", "But although"])
def test_a_pronoun_after_an_opening_clause_takes_its_source(lead: str) -> None:
    report = audit_sentences(
        [
            "The Harbour Courier reported the leak on Monday.",
            f"{lead} the port authority has said the pier is sound, it has also "
            "acknowledged that two berths are shut.",
        ]
    )
    source = report.sentences[1].attribution.source
    assert (source.text, source.resolved_to) == ("it", "the port authority")
