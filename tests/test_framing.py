"""Editorial framing: quote-awareness, context, scoring, summaries and user packs."""

from __future__ import annotations

from itertools import pairwise

import pytest

from auditor.api import audit_sentences, engine_for, sentences_report
from auditor.engine import Engine
from auditor.errors import UsageError
from auditor.formatters.describe import other_voice_lines
from auditor.models import EvidenceKind, Flag, Label
from auditor.rules import load_ruleset
from auditor.settings import Settings


def one(text: str, settings: Settings | None = None):
    return audit_sentences([text], settings=settings).sentences[0]


def cues(sentence) -> list[tuple[str, str]]:
    return [(e.rule, e.text) for e in sentence.evidence_of(EvidenceKind.FRAMING)]


def rules_fired(sentence) -> set[str]:
    return {rule for rule, _ in cues(sentence)}


# -- quote-awareness ---------------------------------------------------------


def test_a_loaded_word_in_the_writers_voice_makes_editorial() -> None:
    s = one("Armed thugs blocked the road to the airport.")
    assert s.label is Label.EDITORIAL
    assert ("labels.insult", "thugs") in cues(s)


def test_a_sentence_that_opens_inside_a_quotation_is_not_the_writers_framing() -> None:
    """A sentence cut from an article can end a quotation it does not open: its words up to
    the closing mark are the speaker's, the words after it the writer's."""
    tail = one("Armed thugs blocked the road, and we were terrified.” The police came.")
    assert tail.label is Label.UNSOURCED
    assert not cues(tail)
    after = one("The road was closed.” Armed thugs blocked it again on Monday.")
    assert ("labels.insult", "thugs") in cues(after)


def test_a_loaded_word_inside_a_quotation_belongs_to_the_speaker() -> None:
    s = one('"Armed thugs blocked the road to the airport," the governor said.')
    assert s.label is Label.SOURCED
    assert cues(s) == []
    assert Flag.FRAMING_IN_SOURCED not in s.flags


def test_quoted_framing_without_a_speaker_is_not_the_writers_either() -> None:
    s = one('"What a disgraceful, shameful betrayal this is," one banner read.')
    assert "evaluative.strong" not in rules_fired(s)


def test_framing_in_a_sourced_paraphrase_is_flagged() -> None:
    s = one("Police said the so-called activists blocked the road.")
    assert s.label is Label.SOURCED
    assert Flag.FRAMING_IN_SOURCED in s.flags
    assert ("doubt.distancing", "so-called") in cues(s)


def test_weak_framing_in_a_sourced_sentence_is_not_flagged() -> None:
    s = one("The ministry said the talks would resume on Friday.")
    assert s.label is Label.SOURCED
    assert Flag.FRAMING_IN_SOURCED not in s.flags


# -- scare quotes --------------------------------------------------------------


def test_a_short_quote_with_no_speaker_is_a_scare_quote() -> None:
    s = one('The army "liberated" the village on Tuesday.')
    assert "quotes.scare" in rules_fired(s)
    assert s.framing_score == pytest.approx(0.25)  # a quoted term alone does not decide
    assert one('The army "liberated" the village, brutally.').label is Label.EDITORIAL


def test_a_scare_quote_around_a_loaded_word_decides_alone() -> None:
    s = one("Supply lines are \u201cdramatically collapsing\u201d near the river.")
    assert "quotes.scare-loaded" in rules_fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    ['<embed data-id="88120455"/>.', 'Each ticket carried the code "4417".'],
)
def test_numbers_and_markup_values_are_not_scare_quotes(text: str) -> None:
    assert not rules_fired(one(text)) & {"quotes.scare", "quotes.scare-loaded"}


def test_an_attributed_partial_quote_is_not_a_scare_quote() -> None:
    s = one('The minister called the plan "a betrayal" on Tuesday.')
    assert s.label is Label.SOURCED
    assert "quotes.scare" not in rules_fired(s)


@pytest.mark.parametrize(
    "text",
    [
        'She reviewed "War and Peace" for the magazine.',
        'The band played "Born in the USA" twice.',
        'Two states have dropped the phrase "illegal alien" from their laws.',
        'He published an essay entitled "Growing like a weed" in 2011.',
        'The "safe harbour" bill passed on Friday.',
    ],
)
def test_titles_and_mentioned_words_are_not_scare_quotes(text: str) -> None:
    assert "quotes.scare" not in rules_fired(one(text))


def test_a_quoted_vote_is_not_a_scare_quote() -> None:
    s = one('Six councillors voted "no" and the ferry motion fell.')
    assert not rules_fired(s) & {"quotes.scare", "quotes.scare-loaded"}


def test_a_quoted_piece_of_speech_is_not_a_scare_quote() -> None:
    s = one('Then came the reply, "I might resign."')
    assert "quotes.scare" not in rules_fired(s)


@pytest.mark.parametrize(
    ("text", "rule", "word"),
    [
        ("The mayor gave a petulant reply to the council.", "evaluative.strong", "petulant"),
        ("The board's plan is short-sighted.", "evaluative.strong", "short-sighted"),
        ("The out-of-touch board raised the fees again.", "evaluative.strong", "out-of-touch"),
        ("The tax is an undemocratic levy on small towns.", "evaluative.mild", "undemocratic"),
        (
            "The inquiry is a partisan witch hunt and a power grab.",
            "evaluative.emotive-noun",
            "power grab",
        ),
        ("He launched into a tirade against the referees.", "evaluative.emotive-noun", "tirade"),
        ("The council dithered for a year over the bridge.", "evaluative.emotive-verb", "dithered"),
        ("The candidate pandered to the crowd.", "motive.claim", "pandered to"),
        ("The tax deal is a race to the bottom.", "evaluative.copular-idiom", "race to the bottom"),
        ("The new stadium is a vanity project.", "evaluative.emotive-noun", "vanity project"),
        ("The council's answer was fatuous.", "evaluative.strong", "fatuous"),
        ("Some blowhard on the radio said otherwise.", "labels.insult", "blowhard"),
        ("The party is a nest of vipers.", "evaluative.copular-idiom", "nest of vipers"),
        ("The minister was apoplectic about the leak.", "evaluative.charged-weak", "apoplectic"),
        ("The cuts are window dressing before the vote.", "motive.claim", "window dressing"),
        ("The mayor loves to pontificate about buses.", "evaluative.emotive-verb", "pontificate"),
    ],
)
def test_general_classes_of_judging_words_are_evaluative(text: str, rule: str, word: str) -> None:
    assert (rule, word) in cues(one(text))


# -- context -----------------------------------------------------------------


def test_militants_is_neutral_but_takfiri_terrorists_is_a_label() -> None:
    neutral = one("Militants attacked the checkpoint overnight.")
    loaded = one("Takfiri terrorists attacked the checkpoint overnight.")
    assert neutral.label is Label.UNSOURCED
    assert not any(rule.startswith("labels.") for rule in rules_fired(neutral))
    assert loaded.label is Label.EDITORIAL
    assert ("labels.pejorative-group", "Takfiri terrorists") in cues(loaded)


@pytest.mark.parametrize(
    "text",
    [
        "The province has suffered foreign-sponsored terrorism for a decade.",
        "The valley has lived with foreign-funded militancy since the war.",
    ],
)
def test_sponsored_violence_in_the_writers_voice_is_a_label(text: str) -> None:
    s = one(text)
    assert s.label is Label.EDITORIAL
    assert "labels.pejorative-group" in rules_fired(s)


def test_militancy_and_terrorism_alone_describe() -> None:
    for text in (
        "The province has suffered terrorism for a decade.",
        "Militancy rose in the valley.",
    ):
        assert one(text).label is Label.UNSOURCED


def test_a_metaphor_of_affliction_counts_with_another_cue_not_alone() -> None:
    alone = one("The province has been gripped by strikes since May.")
    assert alone.label is Label.UNSOURCED
    assert ("evaluative.affliction", "gripped by") in cues(alone)
    assert (
        one("The province has been gripped by senseless strikes since May.").label
        is Label.EDITORIAL
    )
    assert not rules_fired(one("The barn was engulfed in flames by midnight."))


def test_an_evaluative_compound_or_attitude_adverb_decides_alone() -> None:
    """Reliable wherever they fired alone (docs/tuning.md, cues under the threshold)."""
    compound = one("The harbour board hired a penny-obsessed accountant from Velmora.")
    assert cues(compound) == [("evaluative.compound", "penny-obsessed")]
    assert compound.label is Label.EDITORIAL
    adverb = one("The ferry to Orsk was maddeningly late on Sunday.")
    assert cues(adverb) == [("evaluative.attitude-adverb", "maddeningly")]
    assert adverb.label is Label.EDITORIAL
    assert one("The ferry to Orsk was late on Sunday.").label is Label.UNSOURCED
    assert not rules_fired(one("The skipper laughingly waved the Orsk inspectors aboard."))
    assert not rules_fired(one("The commander-in-chief of the Dunmere militia retired in June."))


def test_pathos_and_idioms_alone_stay_under_the_threshold() -> None:
    """Near the base rate on some file when alone (docs/tuning.md, cues under the threshold)."""
    pathos = one("Farmers in Lessing Vale were left defenseless by the new levy.")
    assert rules_fired(pathos) == {"evaluative.pathos"}
    assert pathos.label is Label.UNSOURCED
    idiom = one("The council of Dunmere muddied the waters on the bridge tolls.")
    assert rules_fired(idiom) == {"evaluative.idiom"}
    assert idiom.label is Label.UNSOURCED


def test_a_verb_of_lopsided_defeat_decides_alone() -> None:
    s = one("The visitors trounced the champions in a shocking upset.")
    assert ("evaluative.rout", "trounced") in cues(s)
    assert one("The mayor was trounced in the harbour ward.").label is Label.EDITORIAL
    assert not rules_fired(one("The visitors beat the champions 3-1."))


def test_a_terrorist_attack_describes_an_act_the_terrorists_labels_a_group() -> None:
    act = one("Seven people died in a terrorist attack on the market.")
    group = one("The terrorists shelled the market on Sunday.")
    assert "labels.terrorists" not in rules_fired(act)
    assert act.label is not Label.EDITORIAL
    assert "labels.terrorists" in rules_fired(group)
    assert group.label is Label.EDITORIAL


def test_a_sanctions_regime_is_a_system_the_regime_is_a_label() -> None:
    assert "labels.regime" not in rules_fired(one("The sanctions regime was tightened in May."))
    assert "labels.regime" in rules_fired(one("The regime tightened its grip in May."))


def test_a_designated_terrorist_organisation_is_a_legal_status() -> None:
    s = one("The State Department designated the group a foreign terrorist organization in 2019.")
    assert "labels.terrorists" not in rules_fired(s)


def test_a_rhetorical_question_but_not_a_signpost_question() -> None:
    assert one("But how likely is that?").label is Label.EDITORIAL
    assert one("What happens next?").label is Label.UNSOURCED


def test_us_the_country_is_not_the_writer() -> None:
    assert "stance.first-person" not in rules_fired(one("The US sent two ships to the gulf."))
    assert "stance.first-person" in rules_fired(one("We sent two ships to the gulf."))
    assert one("I sent two ships to the gulf.").label is Label.UNSOURCED


def test_decision_names_the_words_that_carried_it() -> None:
    s = one("The offensive is clearly achieving great success.")
    assert s.label is Label.EDITORIAL
    texts = {text for _, text in cues(s)}
    assert {"clearly", "great success"} <= texts
    assert all(e.message for e in s.evidence_of(EvidenceKind.FRAMING))


# -- scoring -------------------------------------------------------------------


def test_score_is_the_sum_of_non_overlapping_cue_weights() -> None:
    s = one("The offensive is clearly achieving great success.")
    weights = [e.weight for e in s.evidence_of(EvidenceKind.FRAMING)]
    assert s.framing_score == pytest.approx(sum(weights))
    spans = sorted((e.start, e.end) for e in s.evidence_of(EvidenceKind.FRAMING))
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in pairwise(spans))


def test_a_weak_cue_alone_stays_below_the_threshold() -> None:
    text = "The firm is trying to sell its shares."
    s = one(text)
    assert "motive.intent" in rules_fired(s)
    assert 0 < s.framing_score < Settings().threshold
    assert s.label is Label.UNSOURCED
    assert one(text, Settings(threshold=s.framing_score)).label is Label.EDITORIAL


def test_the_threshold_comes_from_the_scoring_data() -> None:
    assert Settings().threshold == pytest.approx(1.0)


def test_a_neutral_report_has_no_framing() -> None:
    s = one("The bridge was completed in 1932 and carries 40,000 cars a day.")
    assert s.label is Label.UNSOURCED
    assert cues(s) == []


# -- summary -------------------------------------------------------------------


def test_the_summary_gives_framing_density_and_top_cues() -> None:
    report = audit_sentences(
        [
            "The regime shelled the suburbs again.",
            "The regime clearly wants the town emptied.",
            "The bridge was completed in 1932.",
        ]
    )
    summary = report.summary
    assert summary.editorial == 2
    assert summary.framing_cues >= 3
    assert summary.framing_density > 0
    assert summary.top_framing_cues[0] == ("regime", 2)
    assert summary.to_dict()["framing_density"] > 0


# -- user packs ----------------------------------------------------------------


def _user_pack(tmp_path):
    folder = tmp_path / "mypack"
    (folder / "lexicons").mkdir(parents=True)
    (folder / "lexicons" / "framing-house-style.txt").write_text(
        "# Provenance: our newsroom's style guide.\nbureaucrat, bureaucrats\nred tape\n",
        encoding="utf-8",
    )
    (folder / "house.toml").write_text(
        'provenance = "Our newsroom style guide."\n'
        'kind = "framing"\n'
        "[[rule]]\n"
        'id = "house.bureaucrats"\n'
        'category = "loaded_label"\n'
        'message = "house style: loaded label"\n'
        'why = "Our style guide bans it."\n'
        "confidence = 0.9\n"
        "weight = 1.0\n"
        'lexicon = "framing-house-style"\n'
        'fire = ["The bureaucrats delayed the permit."]\n'
        'quiet = ["The office delayed the permit."]\n',
        encoding="utf-8",
    )
    return folder


def test_a_user_pack_folder_loads_with_its_own_lexicons(tmp_path) -> None:
    folder = _user_pack(tmp_path)
    ruleset = load_ruleset(packs=(str(folder),))
    rule = ruleset.by_id["house.bureaucrats"]
    assert rule.pack == "mypack"
    assert "framing-house-style" in ruleset.lexicons
    engine = Engine(Settings(packs=(str(folder),)))
    s = sentences_report(engine, ["The bureaucrats delayed the permit."]).sentences[0]
    assert s.label is Label.EDITORIAL
    assert ("house.bureaucrats", "bureaucrats") in cues(s)


def test_a_disabled_rule_is_removed(tmp_path) -> None:
    folder = _user_pack(tmp_path)
    ruleset = load_ruleset(packs=(str(folder),), disabled=("stance.booster", "house.bureaucrats"))
    assert "stance.booster" not in ruleset.by_id
    assert "house.bureaucrats" not in ruleset.by_id
    engine = Engine(Settings(disabled=("stance.booster",)))
    s = sentences_report(engine, ["The plan was clearly late."]).sentences[0]
    assert "stance.booster" not in rules_fired(s)
    default = sentences_report(engine_for(), ["The plan was clearly late."]).sentences[0]
    assert "stance.booster" in rules_fired(default)


def test_disabling_an_unknown_rule_is_an_error() -> None:
    with pytest.raises(UsageError, match="unknown rule"):
        load_ruleset(disabled=("no.such-rule",))


# -- the packs themselves ------------------------------------------------------

KINDS_REQUIRED = {
    "loaded_label", "evaluative", "intensifier", "stance", "motive", "speculation",
    "scare_quote", "rhetorical", "exclamation", "call_to_action", "casting_doubt",
}  # fmt: skip


def test_the_framing_pack_covers_every_kind_of_cue() -> None:
    categories = {r.category for r in load_ruleset().rules if r.kind == "framing"}
    assert categories >= KINDS_REQUIRED


def test_every_framing_lexicon_is_the_projects_own_with_provenance() -> None:
    for name, lexicon in load_ruleset().lexicons.items():
        if name.startswith("framing-"):
            provenance = lexicon.provenance
            assert "auditor project" in provenance or "English grammar" in provenance


def _entries(lexicon: str) -> list[str]:
    return [entry[0] for entry in load_ruleset().lexicons[lexicon].entries]


def test_generated_pejorative_groups_agree_with_their_sources() -> None:
    pairs = {
        f"{m} {n}"
        for m in _entries("framing-pejorative-modifiers")
        for n in _entries("framing-group-nouns")
    }
    assert set(load_ruleset().lexicons["framing-pejorative-groups"].phrases) == pairs


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_straight_and_curly_apostrophes_match_alike(apostrophe: str) -> None:
    s = one(f"It{apostrophe}s no secret that the council{apostrophe}s plan failed.")
    assert "stance.booster" in rules_fired(s)
    assert one(f"Isn{apostrophe}t it convenient, though?").label is Label.EDITORIAL


# -- cues that generalise across corpora (docs/tuning.md) -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "I grew up in a mining town and left it at eighteen.",
        "My brother drove me to the station that morning.",
        "As I reported in March, the plant closed two of its lines.",
        "I asked the clerk for the minutes of the meeting.",
    ],
)
def test_a_personal_account_in_the_first_person_is_not_framing(text: str) -> None:
    s = one(text)
    assert "stance.first-person-opinion" not in rules_fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "I would argue the council has lost its way.",
        "We are convinced the new rules will do more harm than good.",
        "In my opinion, the stadium was never worth the money.",
        "My guess is that the vote will be delayed again.",
        "I am convinced the inquiry was a waste of time.",
    ],
)
def test_a_first_person_opinion_is_editorial(text: str) -> None:
    s = one(text)
    assert "stance.first-person-opinion" in rules_fired(s)
    assert s.label is Label.EDITORIAL


def test_addressing_the_reader_alone_is_not_framing() -> None:
    s = one("You can renew the permit online or at the town hall.")
    assert "stance.second-person" in rules_fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "She faces criminal charges in two states.",
        "He was charged with conspiracy to commit wire fraud.",
        "A corruption inquiry opened in the capital in May.",
        "The province's premier met the mayor on Monday.",
        "The firm closed its pension scheme to new staff.",
        "The army launched a new offensive on Monday.",
        "The film scored 40% on Rotten Tomatoes.",
        "Lung cancer rates fell in the region last year.",
        "Farmers applied for disaster relief in the spring.",
    ],
)
def test_a_charged_word_in_its_neutral_sense_is_not_framing(text: str) -> None:
    s = one(text)
    assert s.label is Label.UNSOURCED
    assert s.evidence_of(EvidenceKind.NEUTRAL_SENSE)
    assert not s.evidence_of(EvidenceKind.FRAMING)


def test_the_same_word_in_its_charged_sense_still_counts() -> None:
    assert one("The whole inquiry was a fraud.").label is Label.EDITORIAL
    assert one("They hatched a scheme to hide the losses.").label is Label.EDITORIAL
    assert one("He made offensive remarks about the judge.").label is Label.EDITORIAL
    assert one("The new tax is a disaster for the town.").label is Label.EDITORIAL


def test_a_motive_behind_a_passive_hedge_is_editorial_the_hedge_alone_is_vague() -> None:
    s = one("The tariff is widely seen as an attempt to punish the exporters.")
    assert "motive.hedged" in rules_fired(s)
    assert s.label is Label.EDITORIAL and Flag.VAGUE_ATTRIBUTION in s.flags
    plain = one("The tariff is widely seen as the largest in a decade.")
    assert plain.label is Label.UNSOURCED and Flag.VAGUE_ATTRIBUTION in plain.flags


def test_the_writers_guess_about_a_past_act_is_editorial() -> None:
    assert one("The contractor likely inflated the invoices.").label is Label.EDITORIAL
    assert one("The likely nominee spoke on Friday.").label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    ["Take our poll below.", "Tell us what you think.", "Sign up for our newsletter."],
)
def test_the_outlets_own_furniture_is_not_the_writer_speaking(text: str) -> None:
    assert "stance.first-person" not in rules_fired(one(text))


def test_an_amplifier_is_shown_but_counts_for_nothing() -> None:
    s = one("Residents hold starkly different views.")
    assert "intensifier.amplifier" in rules_fired(s)
    assert s.framing_score == 0 and s.label is Label.UNSOURCED


# -- neutral senses met in unjudged news (frame-precision) ---------------------


def test_a_politicians_agenda_is_a_programme_a_hidden_one_is_a_motive() -> None:
    s = one("The governor pressed her legislative agenda through the spring session.")
    assert ("evaluative.charged-weak", "agenda") in cues(s) and s.label is Label.UNSOURCED
    assert one("The council has a hidden agenda.").label is Label.EDITORIAL


def test_actually_in_an_indirect_question_is_not_the_writer_insisting() -> None:
    s = one("Inspectors asked whether the pump had actually failed.")
    assert "intensifier.booster" not in rules_fired(s) and s.label is not Label.EDITORIAL
    assert one("Actually, the board decided nothing.").label is Label.EDITORIAL


def test_great_in_a_name_or_as_a_noun_of_sport_is_not_praise() -> None:
    assert one("Unemployment doubled during the Great Recession.").label is Label.UNSOURCED
    assert one("The tennis great opened the new courts.").label is Label.UNSOURCED
    assert one("It was a great speech.").label is Label.EDITORIAL


def test_a_looming_deadline_is_a_date_not_a_threat() -> None:
    s = one("The council is rushing to meet a looming deadline.")
    assert ("evaluative.charged-weak", "looming") in cues(s) and s.label is Label.UNSOURCED


def test_really_in_an_indirect_question_is_not_emphasis_but_a_what_really_opening_is() -> None:
    assert one("Voters kept asking what the mayor really believes.").label is not Label.EDITORIAL
    assert "intensifier.booster" in rules_fired(one("What really matters is the price."))


def test_a_hard_line_position_is_a_description_of_stance_that_counts_half() -> None:
    s = one("The senator took a hard-line position on the tariff.")
    assert ("evaluative.magnitude", "hard-line") in cues(s) and s.label is Label.UNSOURCED


def test_framing_words_in_a_partys_view_are_kept_as_theirs_and_not_counted() -> None:
    s = one("The harbour master considers the new ferry hopelessly slow.")
    assert s.label is Label.UNSOURCED
    assert cues(s) == []
    reported = [e.text for e in s.evidence_of(EvidenceKind.REPORTED_FRAMING)]
    assert reported == ["hopelessly"] and s.framing_score == 0
    assert "hopelessly" in " ".join(other_voice_lines(s))


# -- frame-precision9: the disease, a death from cancer, polled views -----------


@pytest.mark.parametrize(
    "text",
    [
        "A shepherd in the northern valley was diagnosed with bubonic plague.",
        "Plague is carried by fleas that live on marmots.",
        "Today, plague is easily cured if it is caught early.",
        "Two plague cases were confirmed near the border on Monday.",
        "Her uncle, a retired ferry pilot, died of cancer in 2019.",
    ],
)
def test_the_disease_is_a_diagnosis_not_the_writers_verdict(text: str) -> None:
    s = one(text)
    assert "evaluative.emotive-noun" not in rules_fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    "text",
    [
        "The harbour suffers a plague of potholes.",
        "Delays plague the island ferry.",
        "The council's secrecy is a cancer on the town.",
    ],
)
def test_plague_and_cancer_as_metaphors_keep_their_cue(text: str) -> None:
    s = one(text)
    assert "evaluative.emotive-noun" in rules_fired(s)
    assert s.label is Label.EDITORIAL


def test_a_polled_groups_split_on_a_question_holds_the_questions_words() -> None:
    s = one(
        "Islanders were split almost evenly on whether Mrs. Halvorsen or her rival"
        " would run the harbour better."
    )
    assert s.label is Label.UNSOURCED and cues(s) == []
    reported = {e.text for e in s.evidence_of(EvidenceKind.REPORTED_FRAMING)}
    assert {"would", "better"} <= reported
    assert one("Mrs. Halvorsen would do a better job than her rival.").label is Label.EDITORIAL


def test_a_view_given_to_a_quantity_of_people_after_by_is_theirs() -> None:
    s = one(
        "The two captains are seen as the ones who would best handle a storm"
        " by roughly a third of islanders."
    )
    assert s.label is Label.UNSOURCED and cues(s) == []
    s = one("The fare freeze was viewed as a shameless giveaway by some on the island.")
    assert s.label is Label.UNSOURCED and cues(s) == []
    assert one("The fare freeze is widely seen as a shameless giveaway.").label is Label.EDITORIAL


# -- verdicts on prospects, outcomes and significance (frame-recall6) ---------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("A split vote would set the stage for runoffs.", "speculation.outcome-modal"),
        ("The new timetable could complicate the mayor's quay plans.", "speculation.outcome-modal"),
        ("The loss of the grain contract may be even more damaging.", "speculation.outcome-modal"),
        ("A second storm will alienate the last tourists.", "speculation.outcome-modal"),
        ("A week's delay is small comfort to the fishermen.", "evaluative.prospect-verdict"),
        ("With two seats left, the Greens have nothing to lose.", "evaluative.prospect-verdict"),
        ("The lighthouse board was in damage-control mode by noon.", "evaluative.prospect-verdict"),
        ("The closure is more bad news for the quay's cafes.", "evaluative.prospect-verdict"),
        ("To make matters worse, the second ferry broke down in June.", "stance.matters-disjunct"),
        ("The dock ward is critical to any coalition on the council.", "evaluative.significance"),
        ("That is why the grain vote is so important to the mayor.", "evaluative.significance"),
    ],
)
def test_a_verdict_on_prospects_outcome_or_significance_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in rules_fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The council will meet on Friday to set the stage for the festival.",  # a literal stage
        "The bill would usher in a licence for every ferry operator.",  # what a bill provides
        "If the quay closes, the cafes would complicate the repair schedule.",  # a condition
        "Her aides believe a split vote would set the stage for runoffs.",  # a party's belief
        "A split vote would set the stage for runoffs, her aides believe.",  # the same, trailing
        "The harbour master was critical of the new timetable.",  # criticism, not weight
        "Pollsters asked residents what is important to them.",  # an indirect question
        "The dock ward is seen as critical to any coalition.",  # a passive hedge
        "The board discussed the matters worse hit by the storm.",  # no opening comment
        "The fishermen were paid in May for the lost week.",
    ],
)
def test_the_same_words_in_a_partys_view_a_condition_or_a_literal_sense_are_not_counted(
    text: str,
) -> None:
    s = one(text)
    fired = rules_fired(s)
    assert not fired & {
        "speculation.outcome-modal",
        "evaluative.prospect-verdict",
        "stance.matters-disjunct",
        "evaluative.significance",
    }


# -- character and quality judgements (frame-lexicon) -------------------------


@pytest.mark.parametrize(
    ("text", "rule", "word"),
    [
        ("The brash harbour master closed the quay without a vote.", "evaluative.strong", "brash"),
        ("Councillor Brenn was pugnacious all evening.", "evaluative.strong", "pugnacious"),
        (
            "The ferry board faces a tenacious opponent in the fishermen.",
            "evaluative.strong",
            "tenacious",
        ),
        (
            "The regatta drew a star-studded crowd to Pell Island.",
            "evaluative.strong",
            "star-studded",
        ),
        ("Its new timetable is counterproductive.", "evaluative.strong", "counterproductive"),
        (
            "The second closure came at an inopportune time for the mayor.",
            "evaluative.strong",
            "inopportune",
        ),
        (
            "The toll was an unnecessary burden on the island's cafes.",
            "evaluative.strong",
            "unnecessary",
        ),
        (
            "The board's losses were self-inflicted errors.",
            "evaluative.strong",
            "self-inflicted errors",
        ),
        ("The mayor was cavalier about the flood warnings.", "evaluative.strong", "cavalier about"),
        ("The festival ended in a drab parade along the seafront.", "evaluative.strong", "drab"),
        (
            "The council's plan was a quixotic bid to save the pier.",
            "evaluative.strong",
            "quixotic",
        ),
        ("The vaunted breakwater failed in the first storm.", "evaluative.strong", "vaunted"),
        (
            "The audit exposed years of fakery in the harbour accounts.",
            "evaluative.emotive-noun",
            "fakery",
        ),
        ("Island politics has sunk into tribalism.", "evaluative.emotive-noun", "tribalism"),
        ("Climate doomsayers have turned to the ferry fleet.", "labels.insult", "doomsayers"),
        (
            "The new hotel has a Versailles-worthy staircase.",
            "evaluative.compound",
            "Versailles-worthy",
        ),
    ],
)
def test_a_judgement_of_character_or_quality_is_editorial(text: str, rule: str, word: str) -> None:
    s = one(text)
    assert (rule, word) in cues(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "Residents were told to avoid unnecessary travel during the storm.",  # health guidance
        "The coroner found a self-inflicted gunshot wound.",  # not a verdict on a blunder
        "The Cavaliers beat the Rovers by four points.",  # a team, not the verdict phrase
        "The ferry operator is a Cavalier owner.",  # a name, not 'cavalier about'
        "Only credit-worthy borrowers qualify for the harbour loan.",  # a rating
        '"The mayor is brash and pugnacious," the harbour master said.',  # a quotation
        "Critics called the toll unnecessary and counterproductive.",  # a party's view
    ],
)
def test_the_judgement_words_in_a_plain_sense_or_another_voice_do_not_decide(text: str) -> None:
    s = one(text)
    assert s.label is not Label.EDITORIAL


# -- the writer's predictions of a side's fortune (frame-predict) ---------------


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The new ferry timetable could help Halvorsen in the island wards.",
            "speculation.party-fortune",
        ),
        ("Rain Might Boost Greens, But Not In The Harbour.", "speculation.party-fortune"),
        ("That is a bloc that could benefit her in the runoff.", "speculation.party-fortune"),
        (
            "The two councillors, who may not survive the spring vote, sat apart.",
            "speculation.may-outcome",
        ),
        ("The mayor's gamble on the quay might not pay off.", "speculation.may-outcome"),
        (
            "The chairman's silence could fuel the Greens' fear of a split.",
            "speculation.possible-consequence",
        ),
        (
            "The closure may prompt some fishermen to back the levy after all.",
            "speculation.possible-consequence",
        ),
        ("The harbour master's tactics could backfire.", "speculation.possible-consequence"),
        (
            "A late count might hurt the mayor's party in the dock ward.",
            "speculation.possible-consequence",
        ),
        (
            "The new seating will make it difficult for the mayor to heckle the board.",
            "speculation.make-harder",
        ),
        (
            "Such a split might make it harder for the Greens to accept a smaller pier.",
            "speculation.make-harder",
        ),
    ],
)
def test_a_prediction_of_a_sides_fortune_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in rules_fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The grant could help pay for a second ferry.",  # a purpose, not a side's fortune
        "Donors will help the candidate reach her target by May.",  # a plan
        "He was popular on the island and could win.",  # past ability in a narrative
        "Of the 40 ward delegates, she will win at least 22.",  # arithmetic
        "A candidate may win up to 12 delegates in each ward.",  # a rule of allocation
        "Her aides fear the closure might hurt the party.",  # a party's fear
        "Critics worry the levy could fuel a rise in fares.",  # the same, another verb
        "The quay levy bill could benefit landlords on the island.",  # what a bill provides
        "The new drug may damage the liver in older patients.",  # a treatment's effect
        "If the pier closes, it could help the mayor.",  # a condition
        "It is unclear whether the storm might prompt a recount.",  # an open question
        "The surge could help Ruiz in the runoff, her aides believe.",  # a trailing belief
        "The paper's guide shows where each of the three may thrive.",  # an indirect question
        "The knock on the mayor is that her temper will make it hard for her to govern.",  # a view
        "The new rule will make it harder for landlords to evict tenants.",  # what a rule provides
        "Slow ferries could lead to a fall in visitors.",  # a neutral mechanism
        '"It could backfire," said Ana Ortega.',  # a quotation
    ],
)
def test_a_plan_a_rule_a_view_or_past_ability_is_not_a_prediction(text: str) -> None:
    fired = rules_fired(one(text))
    assert not fired & {
        "speculation.party-fortune",
        "speculation.may-outcome",
        "speculation.possible-consequence",
        "speculation.make-harder",
    }


# -- verbs of feeling as adjectives, appraisal adjectives, superlatives (frame-recall8) --


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (
            "The harbour board gave a frustrating answer to the netmakers.",
            "evaluative.psych-adjective",
        ),
        (
            "Brennock's third-place finish in the ward was a disappointing one.",
            "evaluative.psych-adjective",
        ),
        ("The ferry crossing to Pell Island is a bone-jarring ride.", "evaluative.psych-adjective"),
        ("Even more puzzling is the board's silence on the toll.", "evaluative.psych-adjective"),
        ("The council's answer on the sea wall was baffling and slow.", "evaluative.mild"),
        ("The new toll on the quay is deeply confusing.", "evaluative.psych-predicate"),
        ("The gap between the two wards remains sobering.", "evaluative.psych-predicate"),
        ("The mayor's plan for the pier is untenable.", "evaluative.mild"),
        (
            "Dunmore passed the most reckless harbour budget in a generation.",
            "evaluative.superlative-verdict",
        ),
        (
            "It was one of the least coherent council debates in years.",
            "evaluative.superlative-verdict",
        ),
    ],
)
def test_a_verb_of_feeling_as_adjective_an_appraisal_or_a_superlative_verdict_is_editorial(
    text: str, rule: str
) -> None:
    s = one(text)
    assert rule in rules_fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master is encouraging netmakers to apply by May.",  # a verb with its object
        "The toll was confusing some drivers at the quay.",  # the same
        "For the netmakers, the delay was frustrating.",  # the one who feels it is named
        "The delay was frustrating for Ms Brennock.",  # the same, after
        "Several drivers found the new toll confusing.",  # a party's finding
        "Ms Brennock said the result was disappointing.",  # reported speech
        "The Pier Is Charming, a memoir by Ada Kell, sold out.",  # a capitalised title
        "The appeal raised an astounding 3 million crowns.",  # a number follows
        "It was the most expensive harbour wall in the island's history.",  # a measurable rank
        "Ms Kell won the most votes ever cast in the dock ward.",  # a counted rank
        "Critics called it the most reckless budget in a generation.",  # someone's verdict
    ],
)
def test_the_same_words_as_a_verb_with_a_named_feeler_or_a_measurable_rank_are_not_counted(
    text: str,
) -> None:
    fired = rules_fired(one(text))
    assert not fired & {
        "evaluative.psych-adjective",
        "evaluative.psych-predicate",
        "evaluative.superlative-verdict",
    }
