"""Sentence-level attribution: which constructions are cues, whose source, what kind, how strong.

Every sentence here is invented for the test; each table is one construction family.
"""

from __future__ import annotations

import pytest
from attribution_helpers import one, source_of

from auditor.api import audit_sentences
from auditor.models import EvidenceKind, Flag, Label, SourceType, Strength

# -- reporting verbs, any tense and voice, before, inside or after the content ----------
VERBS = [
    ("The minister said talks would resume on Friday.", "The minister"),
    ("Talks will resume on Friday, the ministry says.", "the ministry"),
    ("The mayor has told residents the water is safe.", "The mayor"),
    ("The agency added that two flights were cancelled.", "The agency"),
    ("The inspector noted that the wiring was old.", "The inspector"),
    ("Officials stated that the road was closed.", "Officials"),
    ("The airline announced on Monday that it would cut 300 jobs.", "The airline"),
    ("The army has confirmed that two soldiers died.", "The army"),
    ("The company denies any wrongdoing.", "The company"),
    ("The firm claimed that its product was safe.", "The firm"),
    ("The governor warned that the dam could fail.", "The governor"),
    ("The senator wrote on Facebook that the count was wrong.", "The senator"),
    ("The candidate tweeted that the debate had gone well.", "The candidate"),
    ("The mayor posted a short message on Twitter after the vote.", "The mayor"),
    ("The officer testified that he saw the car.", "The officer"),
    ("The bureau estimated that 4,000 homes were damaged.", "The bureau"),
    ("Critics argued that the plan was too costly.", "Critics"),
    ("The coach insisted that the team was ready.", "The coach"),
    ("The minister acknowledged that mistakes were made.", "The minister"),
    ("The driver admitted that he had been speeding.", "The driver"),
    ("Washington accused Moscow of meddling in the vote.", "Washington"),
    ("The ministry blamed the rebels for the attack.", "The ministry"),
    ("The council rejected the proposal on Tuesday.", "The council"),
    ("The union urged its members to stay at home.", "The union"),
    ("The reporter asked whether the talks had failed.", "The reporter"),
    ("The spokesman replied that no decision had been made.", "The spokesman"),
    ("The court will rule on Friday, the lawyer predicted.", "the lawyer"),
    ("'The ward is full,' said Dr. Lena Okafor.", "Dr. Lena Okafor"),
    ("The guards were searching every car, a driver said.", "a driver"),
]


@pytest.mark.parametrize(("text", "source"), VERBS)
def test_reporting_verbs(text: str, source: str) -> None:
    assert source_of(text) == source


# -- phrases and constructions -------------------------------------------------------
CONSTRUCTIONS = [
    ("According to the health ministry, 12 people died.", "the health ministry"),
    ("Prices rose 4%, according to the statistics bureau.", "the statistics bureau"),
    ("The agency reported the deaths, citing hospital officials.", "hospital officials"),
    ("The commander, quoted by the Tass news agency, said the drills were over.", "The commander"),
    ("In a statement, the ministry said the border would reopen.", "the ministry"),
    ("A spokesperson for the airline said flights would resume.", "A spokesperson for the airline"),
    ("The airline's spokesperson said flights would resume.", "The airline's spokesperson"),
    (
        "Data from the statistics bureau show that prices rose 4%.",
        "Data from the statistics bureau",
    ),
    ("A report by the WHO found that cases rose in May.", "A report by the WHO"),
    ("The minister said in an interview with the BBC that talks had stalled.", "The minister"),
    ("The deal, first reported by Reuters, is worth $2 billion.", "Reuters"),
    ("Mayor Quinn: 'We will not close the clinic'", "Mayor Quinn"),
    ("Dr. Amal Haddad, a surgeon at the hospital, said supplies were low.", "Dr. Amal Haddad"),
    ("Ana Ruiz, 34, a nurse from Lyon, said the ward was full.", "Ana Ruiz"),
    ("Sen. Ana Ruiz (D-N.M.) said Tuesday that the bill was dead.", "Sen. Ana Ruiz (D-N.M.)"),
    ("Voters who watched the debate said they were unconvinced.", "Voters"),
    ("Experts on the region say the ceasefire will not hold.", "Experts on the region"),
    ("The engineers I interviewed said the bridge was sound.", "The engineers"),
    ("Carlos Vega arrived at the scene and said the fire was out.", "Carlos Vega"),
    (
        "A person familiar with the plans says the vote will be delayed.",
        "A person familiar with the plans",
    ),
    ("Some of the residents said the water was unsafe.", "Some of the residents"),
    ("Sixty percent said they would vote again.", "Sixty percent"),
    ("The Guardian reported on Thursday that the talks had stalled.", "The Guardian"),
    ("The nurse recalled the night of the fire in vivid detail.", "The nurse"),
    ("Fact-checkers looked at Senator Ruiz's claim that crime had doubled.", "Senator Ruiz's"),
    ("The ministry declined to comment.", "The ministry"),
    ("The general was quoted by local media as saying the drills were over.", "The general"),
    (
        "'We need more beds,' said master of ceremonies Ana Ruiz, a nurse from Lyon.",
        "master of ceremonies Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "source"), CONSTRUCTIONS)
def test_constructions(text: str, source: str) -> None:
    assert source_of(text) == source


def test_as_x_put_it() -> None:
    assert one("As the minister put it, the plan is dead.").label is Label.SOURCED


# -- not cues ------------------------------------------------------------------------
NOT_CUES = [
    "The said company was fined last year.",
    "All told, the storm destroyed 300 homes.",
    "There were reports of shelling near the bridge.",
    "The number of confirmed cases rose to 40.",
    "The journalists were denied entry at the border.",
    "He was told to leave the building.",
    "The plan went according to schedule.",
    "Firefighters responded to the blaze within minutes.",
    "The carmaker recalled 40,000 vehicles over faulty brakes.",
    "The blame fell on the weather.",
    "I said at the time that the plan would fail.",
    "The bridge was completed in 1932.",
    "The new recruit reported for duty at dawn.",
    "The exhibition shows paintings from 1900.",
]


@pytest.mark.parametrize("text", NOT_CUES)
def test_not_cues(text: str) -> None:
    assert one(text).label is not Label.SOURCED


def test_so_called_is_framing_not_a_source() -> None:
    sentence = one("The so-called activists blocked the road.")
    assert sentence.label is not Label.SOURCED


# -- vague attribution: a flag, never a source -----------------------------------------
VAGUE = [
    "The group is reportedly planning new attacks.",
    "The suspect allegedly fled to the coast.",
    "It is believed the fire started in the kitchen.",
    "It is said that the well was poisoned.",
    "The militia is known for its brutality.",
    "Reports say the convoy was hit twice.",
    "According to media reports, the talks collapsed.",
    "According to reports, the talks collapsed.",
    "The move is widely seen as a snub.",
    "It's been reported that the mayor will resign.",
]


@pytest.mark.parametrize("text", VAGUE)
def test_vague_attribution(text: str) -> None:
    sentence = one(text)
    assert sentence.label is not Label.SOURCED
    assert Flag.VAGUE_ATTRIBUTION in sentence.flags


@pytest.mark.parametrize(
    "text", ["Sources say the deal is close.", "Several said the deal was close."]
)
def test_bare_sources_and_quantifiers_are_anonymous_sources(text: str) -> None:
    sentence = one(text)
    assert sentence.label is Label.SOURCED
    assert sentence.strength is Strength.ANONYMOUS
    assert Flag.VAGUE_ATTRIBUTION not in sentence.flags


def test_report_headline() -> None:
    report = audit_sentences(["Rebels plotting attack on northern city: Report"])
    assert Flag.VAGUE_ATTRIBUTION in report.sentences[0].flags


# -- loaded attribution verbs -----------------------------------------------------------
LOADED = [
    "The company claimed that its product was safe.",
    "The minister admitted mistakes had been made.",
    "The coach conceded that the team had played badly.",
    "The mayor insisted that the budget was balanced.",
    "The senator slammed the plan as reckless.",
    "The union blasted the decision.",
    "The candidate boasted that he had won every debate.",
    "The actor lashed out at the critics.",
    "The ministry played down the risk of a leak.",
    "The mayor brushed off the audit's findings.",
    "The senator jumped on the governor's remark within minutes.",
]


@pytest.mark.parametrize("text", LOADED)
def test_loaded_verbs(text: str) -> None:
    sentence = one(text)
    assert sentence.label is Label.SOURCED
    assert Flag.LOADED_ATTRIBUTION_VERB in sentence.flags
    assert sentence.evidence_of(EvidenceKind.LOADED_VERB)


@pytest.mark.parametrize(
    "text",
    ["The company said that its product was safe.", "The mayor noted the budget was balanced."],
)
def test_neutral_verbs_are_not_loaded(text: str) -> None:
    assert Flag.LOADED_ATTRIBUTION_VERB not in one(text).flags


# -- source types -------------------------------------------------------------------------
TYPES = [
    ("The minister said the talks were useful.", SourceType.PERSON),
    ("Dr. Lena Okafor said the ward was full.", SourceType.PERSON),
    ("The ministry said the talks were useful.", SourceType.ORGANISATION),
    ("The Pentagon said the drills were over.", SourceType.ORGANISATION),
    ("Reuters reported that the plant had closed.", SourceType.OUTLET),
    ("The newspaper said the plant had closed.", SourceType.OUTLET),
    ("The report found that cases rose in May.", SourceType.DOCUMENT),
    ("A UN report published on Monday said cases rose.", SourceType.DOCUMENT),
    ("Witnesses said the car drove off at speed.", SourceType.GROUP),
    ("Residents said the water was brown.", SourceType.GROUP),
]


@pytest.mark.parametrize(("text", "kind"), TYPES)
def test_source_types(text: str, kind: SourceType) -> None:
    sentence = one(text)
    assert sentence.attribution is not None
    assert sentence.attribution.source.type is kind


RELAYS = [
    ("RIA Novosti, citing an informed source, said the convoy had left.", "RIA Novosti"),
    ("The agency reported the deaths, citing hospital officials.", "The agency"),
    # people an outlet quoted, after "according to": the outlet relays them, the people speak
    ("The pier is unsafe, according to engineers quoted by the Courier.", "the Courier"),
    ("According to two officials quoted by the Courier, the pier is unsafe.", "the Courier"),
    ("The talks failed, according to an official cited by Reuters.", "Reuters"),
]


@pytest.mark.parametrize(("text", "relay"), RELAYS)
def test_relay_keeps_the_weakest_link(text: str, relay: str) -> None:
    sentence = one(text)
    assert sentence.attribution is not None
    assert sentence.attribution.source.relayed_by == relay
    assert sentence.strength is Strength.ANONYMOUS


def test_people_interviewed_by_an_outlet_stay_anonymous() -> None:
    sentence = one("According to residents interviewed by the Courier, the pier flooded.")
    assert sentence.attribution.source.text == "residents interviewed by the Courier"
    assert sentence.strength is Strength.ANONYMOUS


def test_a_document_released_by_a_named_body_is_named() -> None:
    sentence = one("According to a report released by the WHO, cases rose.")
    assert sentence.attribution.source.text == "a report released by the WHO"
    assert sentence.strength is Strength.NAMED


def test_evidence_names_the_cue_and_the_source() -> None:
    sentence = one("The minister said talks would resume on Friday.")
    kinds = {e.kind for e in sentence.evidence}
    assert {EvidenceKind.CUE, EvidenceKind.SOURCE} <= kinds
    source = sentence.evidence_of(EvidenceKind.SOURCE)[0]
    assert (
        sentence.text[source.start - sentence.start : source.end - sentence.start] == "The minister"
    )


# -- reporting verbs and idioms, with their strength ------------------------------------
MORE_CUES = [
    ("The senator countered that the bill was dead.", "The senator", Strength.NAMED),
    ("The union backs the plan to raise wages.", "The union", Strength.NAMED),
    ("The ethics board cleared the coach of any wrongdoing.", "The ethics board", Strength.NAMED),
    ("The mayor echoed the governor's warning.", "The mayor", Strength.NAMED),
    ("The bishop implored the crowd to stay calm.", "The bishop", Strength.NAMED),
    ("Analysts expect the bank to raise rates in June.", "Analysts", Strength.ANONYMOUS),
    (
        "Children need routines, adds psychologist Jane Roe.",
        "psychologist Jane Roe",
        Strength.NAMED,
    ),
    ("The minister issued a tweet saying the talks were over.", "The minister", Strength.NAMED),
    ("The court found him guilty of fraud.", "The court", Strength.NAMED),
    ("WHO said it was sending more nurses to the region.", "WHO", Strength.NAMED),
    ("He added that the talks would resume.", "He", Strength.NAMED),
    ("The minister added a warning about the budget.", "The minister", Strength.NAMED),
    # idioms of saying and of taking a position
    ("The treasurer chimed in with a warning.", "The treasurer", Strength.NAMED),
    ("Officials made it clear the bridge would stay shut.", "Officials", Strength.ANONYMOUS),
    ("The senator made clear that she would vote no.", "The senator", Strength.NAMED),
    (
        "Mayor Ida Brandt draws a distinction between the two plans.",
        "Mayor Ida Brandt",
        Strength.NAMED,
    ),
    ("The historian referred to the “lost decade” in her talk.", "The historian", Strength.NAMED),
    ("The minister referred to the strikers as vandals.", "The minister", Strength.NAMED),
    ("From the Valley Courier:", "Valley Courier", Strength.NAMED),
    (
        "A reporter for the Courier saw the senator and reported her arrival on Instagram.",
        "A reporter for the Courier",
        Strength.ANONYMOUS,
    ),
    ("The speaker put a fresh offer on the table on Friday.", "The speaker", Strength.NAMED),
    ("In her memoir, the senator recounts her years as a nurse.", "the senator", Strength.NAMED),
    ("Mr. Holt recollects his father's shop in the old town.", "Mr. Holt", Strength.NAMED),
    ("The senator had this to say about the plan: “It will fail.”", "The senator", Strength.NAMED),
    ("Both companies were tight-lipped about the merger talks.", "Both companies", Strength.NAMED),
    ("The union opposed a request to delay the vote.", "The union", Strength.NAMED),
    (
        "The interior minister jabbed back at criticism from his rival.",
        "The interior minister",
        Strength.NAMED,
    ),
]


@pytest.mark.parametrize(("text", "source", "strength"), MORE_CUES)
def test_more_reporting_cues(text: str, source: str, strength: Strength) -> None:
    assert source_of(text) == source
    assert one(text).strength is strength


# -- a clause between the source and its verb (tables: test_attribution_subject.py) -----
def test_a_relative_clause_verb_does_not_label_the_sentence() -> None:
    sentence = one("The delegate and activist, who backs the senator, warned of a battle.")
    assert sentence.attribution is not None
    assert sentence.attribution.cue.text == "warned"


# -- second senses of reporting verbs are not cues (LABELS.md, Hard cases) --------------
SECOND_SENSES = [
    "The economy added 156,000 jobs in May.",
    "The numbers simply don't add up.",
    "The club added two new members in June.",
    "The delay added to the confusion.",
    "Researchers found the wreck of the ship in 2019.",
    "Police cleared the road of debris.",
    "The ship is believed to be the oldest in the fleet.",
    "The sound echoed through the valley.",
    "Rates will rise, adds nothing to the debate.",
    "The storm made it clear that the dam was weak.",
    "The commuters jumped on the last train home.",
    "The bill is often referred to as the Dream Act.",
    "The doctor referred the patient to a clinic.",
    "Crews referred to the manual before the repair.",
    "There is little to say about the weather.",
    "From Monday:",
    "The waiter put the plates on the table.",
    "The senator may want to check her figures.",  # the writer's advice, not her intention
    "The clerks recounted the ballots twice.",
    "The tax returns would have a lot to say on this.",
    "The tight-lipped manner of the clerk annoyed the visitors.",
    "The gunmen shot back at the patrol.",
    "Perhaps the council will oppose the plan.",
    "The two are opposed to the plan.",
    # a statement made a condition (sense.conditional-speech)
    "Unless the ferry firm explains the delay, the contract should be cancelled.",
    "If the governor agrees, the bridge could reopen by June.",
    # what something reveals, weighed (sense.says-more-than)
    "The recall vote says more about the town's mood than about the mayor.",
]


@pytest.mark.parametrize("text", SECOND_SENSES)
def test_second_senses_are_not_cues(text: str) -> None:
    assert one(text).label is not Label.SOURCED


def test_a_source_beside_a_condition_still_reports() -> None:
    text = "Even if, as the harbour master says, the dock is sound, the ferry will wait."
    assert source_of(text) == "the harbour master"


# -- headline attribution "Name: claim" (LABELS.md, Hard cases) -------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ruiz: The border deal is dead for this year", "Ruiz"),
        ("Senator Ana Ruiz: The talks have failed for good", "Senator Ana Ruiz"),
    ],
)
def test_headline_attribution(text: str, source: str) -> None:
    assert source_of(text) == source
    assert one(text).strength is Strength.NAMED


@pytest.mark.parametrize(
    "text",
    [
        "Update: Roads are closed across the whole county",
        "Analysis: The talks have failed for good this time",
        "Syria: Army retakes the northern town after a siege",
        "Contributing: Ana Ruiz and Tom Hale in the capital",
        "Q: Have you talked to her about the plan?",
    ],
)
def test_kickers_are_not_speakers(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The minister declined to offer her own estimate of job losses.", "The minister"),
        ("The senator took to Twitter on Tuesday to denounce the ruling.", "The senator"),
        ("Both sides released an identical statement on Sunday.", "Both sides"),
        ("Officials rejected complaints from the mayor that funds were short.", "Officials"),
    ],
)
def test_reporting_idioms(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    ["The senator took to the road on Tuesday.", "The minister declined to attend the dinner."],
)
def test_idioms_in_other_senses(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Senator Ana Ruiz was asked about the missing funds on Tuesday.", "Senator Ana Ruiz"),
        ("At the town hall, Tom Hale was asked whether he would raise taxes.", "Tom Hale"),
        ("Mayor Ortiz has been asked to explain the delay.", "Mayor Ortiz"),
    ],
)
def test_questioned_source_in_the_passive(text: str, source: str) -> None:
    sentence = one(text)
    assert source_of(text) == source
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength is Strength.NAMED


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ortiz was asked to leave the building.",
        "Residents were asked to pay a small fee.",
        "No questions were asked about the budget.",
    ],
)
def test_asked_as_an_order_is_not_a_source(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Asked about the flooding, the governor blamed the old levees.", "the governor"),
        ("When asked whether she would run again, Ana Ruiz only smiled.", "Ana Ruiz"),
        ("Asked by a reporter if the mill would close, Tom Hale demurred.", "Tom Hale"),
    ],
)
def test_a_leading_asked_clause_attributes_to_the_main_subject(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Asked to leave, the protesters stayed in the square.",
        "Asked about the flooding, the river rose again overnight.",
    ],
)
def test_a_leading_asked_clause_needs_a_questioned_subject(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Harbour Courier reported on Saturday that the mill would close.",
            "The Harbour Courier",
        ),
        ("The Daily Ledger also reported last month that rents had doubled.", "The Daily Ledger"),
    ],
)
def test_reported_that_after_a_time_adverbial(text: str, source: str) -> None:
    assert source_of(text) == source


def test_reporting_for_duty_is_not_a_report() -> None:
    assert one("The nurse reported on Monday for her first shift.").label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mayor Ortiz also repeated his claim that the audit was rigged.", "Mayor Ortiz"),
        ("The union renewed its call for an inquiry into the crash.", "The union"),
    ],
)
def test_a_repeated_claim_reports_the_subject(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    ["The club renewed its lease for five years.", "Workers made a call for help from the roof."],
)
def test_repeating_or_renewing_other_things_is_not_a_claim(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ana Ruiz then writes back, “See you soon.”", "Ana Ruiz"),
        ("The mayor fired back that the audit was rigged.", "The mayor"),
    ],
)
def test_an_answer_written_or_fired_back(text: str, source: str) -> None:
    assert source_of(text) == source


def test_firing_back_at_gunmen_is_not_an_answer() -> None:
    assert one("The guards fired back at the gunmen.").label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source", "strength"),
    [
        (
            "Councillor Mia Berg has long been critical of the bypass.",
            "Councillor Mia Berg",
            Strength.NAMED,
        ),
        (
            "The port union remains deeply sceptical of the merger.",
            "The port union",
            Strength.NAMED,
        ),
        ("Many growers are wary of the new quotas.", "Many growers", Strength.ANONYMOUS),
    ],
)
def test_a_stance_adjective_after_a_copula_reports_its_subject(
    text: str, source: str, strength: Strength
) -> None:
    s = one(text)
    assert (source_of(text), s.strength) == (source, strength)


@pytest.mark.parametrize(
    "text",
    [
        "The next two days are critical for the harvest.",
        "Hikers who were wary of the storm turned back.",
        "The engineers' report was critical of the design.",
    ],
)
def test_a_stance_adjective_without_a_party_or_in_a_relative_clause_is_not_a_source(
    text: str,
) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor is questioning whether the bridge can carry lorries.", "The mayor"),
        ("Two senators questioned the legality of the strikes.", "Two senators"),
        ("Ann Roe has openly questioned her rival's commitment to the port.", "Ann Roe"),
    ],
)
def test_questioning_a_claim_or_a_quality_reports_a_doubt(text: str, source: str) -> None:
    assert source_of(text) == source


@pytest.mark.parametrize(
    "text",
    [
        "Police questioned the driver for two hours.",
        "The suspect fainted under questioning.",
        "The question of timing was left open.",
    ],
)
def test_questioning_a_person_is_an_interrogation_not_a_source(text: str) -> None:
    assert one(text).label is not Label.SOURCED


@pytest.mark.parametrize(
    ("text", "source", "relayer", "strength"),
    [
        (
            "Reuters quoted a senior official as saying the talks had failed.",
            "a senior official",
            "Reuters",
            Strength.ANONYMOUS,
        ),
        (
            "The Courier quoted Ann Roe, a nurse, as saying the ward was full.",
            "Ann Roe",
            "The Courier",
            Strength.NAMED,
        ),
    ],
)
def test_an_outlet_quoting_someone_as_saying_relays_their_words(
    text: str, source: str, relayer: str, strength: Strength
) -> None:
    s = one(text)
    assert (source_of(text), s.attribution.source.relayed_by, s.strength) == (
        source,
        relayer,
        strength,
    )


def test_quoting_figures_is_not_quoting_a_source() -> None:
    assert one("The paper quoted the ward's figures in its report.").label is not Label.SOURCED
