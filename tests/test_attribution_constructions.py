"""Constructions of LABELS.md that name a source in unusual words: label, source and strength.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, one, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    # a cue in an adverbial clause ("after X scolded") yields to the main clause's report
    ("On Monday, the harbour board issued a statement that allowed the ferry to sail after "
     "Mayor Ana Ruiz publicly scolded the board.", "the harbour board", Strength.NAMED),
    ("Because two dock workers warned of cracks, the port authority said the pier would close.",
     "the port authority", Strength.NAMED),
    # an outlet's poll is a document the outlet put out: it shows and finds
    ("A recent Harbor Gazette poll found 60 percent support for the levy.",
     "A recent Harbor Gazette poll", Strength.NAMED),
    ("A CNN survey of dock workers shows that most oppose the levy.",
     "A CNN survey of dock workers", Strength.NAMED),
    # a surname in -ly before an adverb and its verb is a name, not an adverb
    ("Kelly also said the river had flooded the road.", "Kelly", Strength.NAMED),
    ("Doubly later told reporters the ferry was late.", "Doubly", Strength.NAMED),
    # a surname that is also a function word, between a quotation and its verb
    ("“The bridge will hold,” From said on Tuesday.", "From", Strength.NAMED),
    ("The levee is sound, Before said.", "Before", Strength.NAMED),
    # in a title-case headline an adverb before the verb is not part of the name
    ("Mayor Ana Ruiz Just Announced Her Pick For The Port Board.", "Mayor Ana Ruiz",
     Strength.NAMED),
    ("Ana Ruiz Finally Says The Bridge Will Close.", "Ana Ruiz", Strength.NAMED),
    ("Emily Kelly Says The Bridge Will Close.", "Emily Kelly", Strength.NAMED),
    ("The ministry finally confirmed that the dam had cracked.", "The ministry", Strength.NAMED),
    # a quantifier, unknown describing words, then a known head: one noun phrase
    ("Several environmental groups sued the owner, saying the river was polluted.",
     "Several environmental groups", Strength.ANONYMOUS),
    ("Some liberal economists - including two members of the board - warn that rates could rise.",
     "Some liberal economists", Strength.ANONYMOUS),
    ("Many diehard Ruiz supporters who came to the capital say they will stay.",
     "Many diehard Ruiz supporters", Strength.ANONYMOUS),
    # an apposition between dashes names the set it follows
    ("The two senators — Ann Roe and Tom Hale — said the vote was close.",
     "The two senators — Ann Roe and Tom Hale", Strength.NAMED),
    # 'reported' with 'that' left out before a clause
    ("The Harbour Courier also reported Mayor Ana Ruiz had resigned.", "The Harbour Courier",
     Strength.NAMED),
    ("Nordlys Lines reported it sold 40,000 tickets in May.", "Nordlys Lines", Strength.NAMED),
    # a survey's comparison: the group 'more likely to say' is who says it
    ("Older voters were slightly more likely to say the economy mattered most.",
     "Older voters", Strength.ANONYMOUS),
    # a quantifier alone as the subject of a relative clause
    ("The council passed a levy that some say will hurt farmers.", "some", Strength.ANONYMOUS),
    # 'describe X as Y': the subject's characterisation
    ("Speaking on condition of anonymity, a diplomat described the talks as tense.",
     "a diplomat", Strength.ANONYMOUS),
    ("The union characterised the offer as an insult to nurses.", "The union", Strength.NAMED),
    # 'in X's view', 'in the view of X': what follows is X's opinion
    ("In Mayor Ruiz's view, the levy is unfair.", "Mayor Ruiz's", Strength.NAMED),
    ("In the view of most economists, the rate will fall.", "most economists",
     Strength.ANONYMOUS),
    # an owner's name before unknown describing words and a known head: one phrase
    ("As the Harbour Courier's business desk reported, the pier was closed.",
     "the Harbour Courier's business desk", Strength.NAMED),
    # a capitalised preposition opening the sentence is not part of the owner's name
    ("Despite Mayor Ruiz's claims that the pier is safe, engineers closed it.",
     "Mayor Ruiz's", Strength.NAMED),
    # a role before the name of someone asked; a quotation's title before the subject
    ("Council press director Ana Ruiz was asked about the donations, and she smiled.",
     "Council press director Ana Ruiz", Strength.NAMED),
    ('On the show "Harbour Talk," Ana Ruiz was asked whether she would run.', "Ana Ruiz",
     Strength.NAMED),
    # the one made to speak, with a relative clause before the verb of saying
    (
        "The senator forced the harbour master, who faced the inquiry for a week, "
        "to concede that the pier was unsafe.",
        "the harbour master",
        Strength.NAMED,
    ),
    # a leading clause that reports what the main clause's subject said
    ("After saying the bridge was safe, the mayor left the hall.", "the mayor", Strength.NAMED),
    ("Having announced that the plant would close, Tom Hale took questions.", "Tom Hale",
     Strength.NAMED),
    # a noun phrase right after the verb and before a past form opens the reported clause
    ("Sen. Ana Ruiz, D-Ill., speaking after the vote, said Tom Hale failed to act.",
     "Sen. Ana Ruiz", Strength.NAMED),
    ("A city judge sided with the union, saying the law violated the charter.", "A city judge",
     Strength.ANONYMOUS),
    ("The port will close, said a source involved in the talks.", "a source",
     Strength.ANONYMOUS),
    # a live blog's time line kept at the head of the sentence
    ("3:25 p.m.\n\nTom Hale is defending his tweets, saying they show he cares.", "Tom Hale",
     Strength.NAMED),
    # a capitalised verb opening a speaker's tag before a colon
    ('Stated Ana Ruiz: "The pier is safe."', "Ana Ruiz", Strength.NAMED),
    # idioms of stance and speech
    ("The central bank sounded a cautious note on the harbour's prospects.", "The central bank",
     Strength.NAMED),
    ("Ana Ruiz had nothing bad to say about the mayor.", "Ana Ruiz", Strength.NAMED),
    ("The union has responded with fresh attacks on the council.", "The union", Strength.NAMED),
    ("The auditors are right to note that the pier is old.", "The auditors",
     Strength.ANONYMOUS),
    # a place after people: "across", "throughout" join it to them when no verb intervenes
    ("Farmers across the county said that the levy was unfair.", "Farmers across the county",
     Strength.ANONYMOUS),
    ("Parents who spoke outside the clinic said the wait was long.", "Parents",
     Strength.ANONYMOUS),
    # the object of a relative clause's verb is not the speaker ("works at"), but a noun's
    # own prepositional phrase is part of it ("a pilot with")
    ("A woman who works at the Harbour Trust said the pier was unsafe.", "A woman",
     Strength.ANONYMOUS),
    ("Two officials who spoke with the Harbour Gazette said the talks had stalled.",
     "Two officials", Strength.ANONYMOUS),
    ("A pilot with Nordlys Lines said the tanker drifted.", "A pilot with Nordlys Lines",
     Strength.ANONYMOUS),
    ("A spokesman for the ministry said the pier was safe.", "A spokesman for the ministry",
     Strength.NAMED),
    # nor is the object of a relative clause's verb, and "that" after a noun opens one
    ("People who knew the mayor say she was kind.", "People", Strength.ANONYMOUS),
    ("Voters who had long backed Ruiz say they regret it.", "Voters", Strength.ANONYMOUS),
    ("The union that represents Ruiz said the talks failed.", "The union", Strength.NAMED),
    # a judge's or court's order is its ruling (LABELS.md: official findings and rulings)
    ("A federal judge blocked the new harbour rule.", "A federal judge", Strength.ANONYMOUS),
    ("Judge Ana Ruiz of Ellery this spring permitted the union to depose three aides.",
     "Judge Ana Ruiz of Ellery", Strength.NAMED),
    # a season between the subject and its verb; a month or season after a first name
    ("The minister this winter said the pier was safe.", "The minister", Strength.NAMED),
    ("Ana May said the pier was safe.", "Ana May", Strength.NAMED),
    ("Tom Winter told the council the pier was safe.", "Tom Winter", Strength.NAMED),
    # a party's explanation of a cause; a sports page's speakers by their position
    ("The firm attributed the loss to weak demand.", "The firm", Strength.NAMED),
    ("The striker vowed to bounce back.", "The striker", Strength.NAMED),
    # a named party's view, argument or position 'is that'
    ("Mayor Ruiz's view is that the levy is unfair.", "Mayor Ruiz's", Strength.NAMED),
    # a stance adjective before a 'that' clause
    ("Mayor Ana Ruiz is adamant that the bridge is safe.", "Mayor Ana Ruiz", Strength.NAMED),
    ("Local farmers remain convinced that the dam caused the flood.", "Local farmers",
     Strength.ANONYMOUS),
    # a relative clause between commas after a noun the lexicons do not know
    ("The shipbuilder, which bought the yard in 2019, says the order is safe.",
     "The shipbuilder", Strength.NAMED),
    ("The Danish shipbuilder, whose chief quit in May, said the order is safe.",
     "The Danish shipbuilder", Strength.NAMED),
    ("He toured the yard, which opened in May, and said the order is safe.", "He",
     Strength.NAMED),
    # a relative clause opened by a dash after a person
    ("Mayor Ana Ruiz — who earlier said she would fight the plan — later signed it.",
     "Mayor Ana Ruiz", Strength.NAMED),
    # a verb of saying that needs a complement: an adverb glued to a comma, a written piece
    ("The senator responded first, calling the vote a sham.", "The senator", Strength.NAMED),
    ("The Tide Gazette responded with a second critical editorial on Friday.", "The Tide Gazette",
     Strength.NAMED),
    # 'state' as a verb with the document it is stated in
    ("“Exports fell,” the engineers state in the white paper.", "the engineers",
     Strength.ANONYMOUS),
    # 'those who say': the people described by what they say
    ("Among those who said prices mattered most, half backed the mayor.", "those who",
     Strength.ANONYMOUS),
    # '-ing' after people who say something is their saying, before a clause or quotation;
    # and "he's saying" is a progressive, not a noun with a participle
    ("The share of voters saying they cannot pay rent has doubled.", "voters", Strength.ANONYMOUS),
    # a present verb of saying coordinated with the clause's first verb
    ("The farmers sold the land and say they regret it.", "The farmers", Strength.ANONYMOUS),
    # habit and emphasis before the verb of saying
    ("As some party leaders have taken to saying, the race is over.", "some party leaders",
     Strength.ANONYMOUS),
    ("The mayor made a point of saying the bridge was safe.", "The mayor", Strength.NAMED),
    # a long parenthesis between the name and its verb
    ("Sen. Ana Ruiz (a Vermont Democrat so wary that she rarely gives long interviews) says she"
     " was surprised.",
     "Sen. Ana Ruiz (a Vermont Democrat so wary that she rarely gives long interviews)",
     Strength.NAMED),
    # the agent of a passive declaration after what was declared
    ("Ana Ruiz was declared the winner of the race by the electoral board.",
     "the electoral board", Strength.NAMED),
    # a present verb after a closing dash is a verb, not a noun
    ("Ana Ruiz — who worked at the embassy for years — states that the visit was cancelled.",
     "Ana Ruiz", Strength.NAMED),
    ("The envoy — a veteran of three missions — notes that the talks failed.", "The envoy",
     Strength.NAMED),
    # a relative pronoun with a comma phrase of its own before the verb
    ("The first to speak was the editor Ana Ruiz, who, after a long pause, said the paper would"
     " close.", "the editor Ana Ruiz", Strength.NAMED),
    ("The mayor went out of her way to say that the budget was balanced.", "The mayor",
     Strength.NAMED),
    # a noun the lexicons do not know, named by the people of its apposition
    ("The mayor's fiercest hawks, Ana Ruiz of Lyon and Tom Hale of Nantes, urged a recount.",
     "Ana Ruiz of Lyon and Tom Hale of Nantes", Strength.NAMED),
    # a body that publishes a report with its content
    ("The committee published a report detailing how the budget was spent.", "The committee",
     Strength.NAMED),
    ("The audit reported what looked like two forged invoices.", "The audit", Strength.NAMED),
    ("Later that day, the mayor fired back a response saying she would not resign.", "the mayor",
     Strength.NAMED),
    # the writer's distancing label inside the agent does not hide the agent
    ("The raid was claimed by the so-called Dawn Brigade, spreading fear in the valley.",
     "the so-called Dawn Brigade", Strength.NAMED),
    ("A self-styled militia commander said the road was closed.",
     "A self-styled militia commander", Strength.ANONYMOUS),
    # a document, its participle and a time phrase before the verb: the document
    ("A harbour survey conducted last spring found that the pier was sinking.",
     "A harbour survey", Strength.ANONYMOUS),
    ("A port audit out this week shows the ferry losing money.", "A port audit",
     Strength.ANONYMOUS),
    # a time phrase with "past" or "the" between the source and its verb
    ("Tom Hale, the harbour master, this past week announced that the pier would close.",
     "Tom Hale", Strength.NAMED),
    ("The mayor's old allies have in the past hinted she would run again.",
     "The mayor's old allies", Strength.ANONYMOUS),
    # a manner of saying after a quotation; a complaint with a quoted phrase
    ("“Leave the dock,” Ruiz barked, and the crowd went quiet.", "Ruiz", Strength.NAMED),
    ("The harbour master retorted: “The pier is safe.”", "The harbour master", Strength.NAMED),
    ("Hale bemoaned a council in which members “never listen.”", "Hale", Strength.NAMED),
    ("Hale refers to the mayor as “Madam Pier” in every speech.", "Hale", Strength.NAMED),
    ("A third said the tax was fair.", "A third", Strength.ANONYMOUS),
    # "both" opening a clause is its subject, not the modifier of "they both said"
    ("Both said the pier was unsafe.", "Both", Strength.ANONYMOUS),
    ("Ruiz and Hale differ on taxes, but both agree that the pier is unsafe.", "both",
     Strength.ANONYMOUS),
    ("Ana Ruiz and Tom Hale both said the pier was unsafe.", "Ana Ruiz and Tom Hale",
     Strength.NAMED),
    # a progressive after an apposition is the subject's finite verb, not ", saying"
    ("Ana Ruiz, back from a week in Lyon, is pledging to reopen the pier.", "Ana Ruiz",
     Strength.NAMED),
    ("The union, which lost the vote, is warning that the port will close.",
     "The union", Strength.NAMED),
    # a verb of how someone spoke of a thing, with a quotation in its clause
    ("Hale mocked Ruiz for “losing the room” at the hearing.", "Hale", Strength.NAMED),
    ("The ferry company is touting a timetable that “never slips.”", "The ferry company",
     Strength.NAMED),
    # a party's judgement with "view/regard X as"
    ("The harbour board views the merger as a threat to jobs.", "The harbour board",
     Strength.NAMED),
    ("Many traders regarded the new tax as a betrayal.", "Many traders", Strength.ANONYMOUS),
    # people picked out by a rank, before an infinitive and its object
    ("The last mayor to close the pier says the cost was too high.", "The last mayor",
     Strength.NAMED),
    ("The youngest trader to open a stall says rents are too high.", "The youngest trader",
     Strength.NAMED),
]  # fmt: skip

NOT_SOURCED = [
    "Apparently also the river flooded the road.",
    "Finally the ferry left the harbour.",
    "From the bridge, the river looked calm.",
    "Ana Ruiz Just Won The Race For Mayor.",
    "Several restless weeks passed before the vote.",
    "She reported it to the police the next day.",
    "The ministry is likely to say the dam is safe.",  # a prediction in the writer's voice
    "The guide held that two opposed views can both be true.",
    "The city responded by closing the bridge.",
    "Two states in the report saw turnout fall.",
    "Those who arrived late missed the vote.",
    "These students announcing their results were loud.",
    "The farmers sold the land and claims were filed.",
    "She was named the best player of the year in May.",
    "The committee published a report on Monday.",
    "The so-called reform was passed by a thin majority.",
    # a relative clause whose own verb is the cue: the clause, not its noun, says nothing
    "The shipyard, which opened in May, employs 200 people.",
    "He was described as a quiet neighbour.",
    "It is certain that the bridge will close.",
    "In view of the storm, the ferry was cancelled.",
    "The quote was attributed to Lincoln.",
    "The guide described the route in detail.",
    # a position verb's participle before the noun it describes
    "Ana Ruiz leads the race by 40 pledged delegates.",
    # a noun-like verb form before a place is where something happened
    "Truck attacks in Lirana have killed nine people since May.",
    "The council is right to fear that the pier will fail.",
    "After saying goodbye, the river rose again.",
    # a capitalised verb opening a heading; a noun-like verb form after "a" and a word
    "Declared 2016 Candidates For Mayor.",
    "The fund ended the year on a giddy note of triumph.",
    "The ferry released last spring showed signs of rust.",
    # an ordinal alone is an item of a list, not a share of people
    "The third bemoans the new tax on boats.",
    "The two states voted on Tuesday.",
    "The ferry left the harbour, saying nothing to the crowd.",
    "A sailor described as a “local hero” sold the boat.",
    "Hale lampooned the plan for weeks.",
    "The merger is widely viewed as a threat to jobs.",
    "Traders view the harbour from the pier as the sun sets.",
    "The rules force the three traders to open a stall that says nothing.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)


test_not_sourced = not_sourced_test(NOT_SOURCED)


def test_a_pronoun_with_a_clitic_is_the_speaker_of_its_progressive() -> None:
    sentence = one("He's saying the budget is balanced.")
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.source.text.startswith("He")


def test_a_description_points_back_to_a_source_cited_second() -> None:
    report = audit_sentences(
        [
            "The mayor has said little, and people close to her say she will run.",
            "She would win easily, these people said.",
        ]
    )
    second = report.sentences[1]
    assert second.label is Label.SOURCED
    assert second.strength is Strength.ANONYMOUS
    assert second.attribution is not None
    assert second.attribution.source.resolved_to == "people close to her"


def test_a_quoted_title_between_a_determiner_and_its_document() -> None:
    sentence = one('According to the "Clean Rivers" report, the water is unsafe.')
    assert sentence.label is Label.SOURCED
    assert sentence.strength is Strength.NAMED


def test_a_transcript_line_is_its_speakers_turn_in_a_dialogue() -> None:
    report = audit_sentences(
        [
            "Transcript of the interview.",
            "HALE: I think the budget will pass this year.",
            "They want the bridge done.",
            "RUIZ: Do you think the council will back it?",
            "HALE: Yes, it has the votes now.",
            "(END CLIP)",
        ]
    )
    labels = [s.label for s in report.sentences]
    assert labels[1:5] == [Label.SOURCED] * 4
    assert labels[0] is not Label.SOURCED and labels[5] is not Label.SOURCED
    turn = report.sentences[2].attribution
    assert turn is not None and turn.source.text == "HALE" and turn.mode == "quote"
    assert report.sentences[4].strength is Strength.NAMED


def test_a_turn_runs_on_for_a_few_sentences_only() -> None:
    report = audit_sentences(
        [
            "Ana Ruiz: We waited for years.",
            "Tom Hale: The council never listened.",
            "Ruiz: It will listen now.",
            "It has to.",
            "It has no choice.",
            "It knows it.",
            "The vote is on Monday.",
        ]
    )
    assert [s.label is Label.SOURCED for s in report.sentences] == [True] * 6 + [False]


def test_a_transcript_line_is_its_speakers_whoever_it_reports() -> None:
    report = audit_sentences(
        [
            "HALE: Why not hold a vote?",
            "RUIZ: This is a council that said it would never raise taxes.",
            "It is now raising them.",
            "HALE: The council has the votes.",
        ]
    )
    assert [s.label for s in report.sentences] == [Label.SOURCED] * 4
    for k in (1, 2):
        turn = report.sentences[k].attribution
        assert turn is not None and turn.source.text == "RUIZ"
        assert report.sentences[k].strength is Strength.NAMED


def test_an_inverted_cue_after_a_long_quotation_from_the_sentence_before() -> None:
    report = audit_sentences(
        [
            '"The port has never been in worse shape than it is this winter.',
            "That the council ignored every single warning from the harbour master for a"
            ' whole decade is troubling," writes Tom Hale.',
        ]
    )
    assert [s.label for s in report.sentences] == [Label.SOURCED] * 2
    assert report.sentences[1].attribution.source.text == "Tom Hale"


def test_names_with_notes_are_no_dialogue() -> None:
    report = audit_sentences(["Ruiz: Win in a walk.", "Hale: Just hang on.", "Roe: A late surge."])
    assert all(s.label is not Label.SOURCED for s in report.sentences)


def _assert_sourced_first(labels: list[Label], n: int) -> None:
    """The first ``n`` labels are SOURCED and none of the rest is."""
    assert labels[:n] == [Label.SOURCED] * n
    assert Label.SOURCED not in labels[n:]


def test_hope_with_a_bare_clause_reports_the_wish() -> None:
    report = audit_sentences(
        [
            "The harbour board hopes the new cranes, bought last spring, will cut delays.",
            "It was a levy the growers hoped would pay for the dam.",
            "The growers spoke to the council in hopes of a levy.",
            "Residents may hope the river stays low.",
        ]
    )
    labels = [s.label for s in report.sentences]
    _assert_sourced_first(labels, 2)


def test_see_as_reports_a_judgement_but_not_a_sight() -> None:
    report = audit_sentences(
        [
            "Dock workers see the new cranes as a threat to their jobs.",
            "The harbour board sees the levy as a fair price.",
            "Fishermen saw the tide turn as the storm passed.",
            "We see the levy as a mistake.",
        ]
    )
    labels = [s.label for s in report.sentences]
    _assert_sourced_first(labels, 2)


def _labels(sentences: list[str]) -> list[Label]:
    return [audit_sentences([text]).sentences[0].label for text in sentences]


def test_rebukes_and_demands_in_words_report_a_position() -> None:
    labels = _labels(
        [
            "The port director chided the crews for the late start.",
            "Dock workers lobbied for a shorter shift all spring.",
            "The growers pushed for a lower levy on the dam.",
            "Ana Ruiz castigated the new ferry timetable.",
            "The trawler pushed for the harbour mouth.",
            "The issued reprimand was filed in May.",
        ]
    )
    _assert_sourced_first(labels, 4)


def test_talk_worry_and_wonder_report_the_party_not_the_writer() -> None:
    labels = _labels(
        [
            "The port director talked about the storm of 1998.",
            "Fishermen worry that the new quotas will empty the port.",
            "The growers wonder whether the dam will hold.",
            "The harbour board was worried that the cranes would rust.",
            "Many growers suspect the new levy was written for the big farms.",
            "Tom Hale floated the idea that the port could be sold.",
            "The crews met to discuss the new shifts.",
            "No wonder the crews were tired.",
            "I worry that the cranes will rust.",
        ]
    )
    _assert_sourced_first(labels, 6)


def test_describing_and_defending_ones_own_case_is_reported_speech() -> None:
    labels = _labels(
        [
            "The ferry captain described his crossing in the storm.",
            "The harbour board defended its record on safety.",
            "The guide described the path along the cliffs.",
            "The garrison defended the town for a month.",
        ]
    )
    _assert_sourced_first(labels, 2)


def test_implying_is_the_partys_claim() -> None:
    labels = _labels(
        [
            "Tom Hale implied the harbour judge was biased.",
            "The union insinuated that the audit had been rigged.",
            "Ana Ruiz, a dock worker, shouted to the crowd.",
            "The drop implied a weaker season.",
            "No fault was implied by the ruling.",
        ]
    )
    _assert_sourced_first(labels, 3)


def test_a_campaign_calling_something_a_name_is_its_verdict_not_a_naming() -> None:
    report = audit_sentences(
        [
            "The Ruiz campaign called the audit a false narrative.",
            "The harbour board calls the levy a fair price.",
            "Ana Ruiz founded the group called Harbour Watch.",
            "Tom Hale joined a campaign called Save the Pier.",
        ]
    )
    labels = [s.label for s in report.sentences]
    _assert_sourced_first(labels, 2)


def test_associates_of_a_named_person_are_anonymous() -> None:
    sentence = one("Ana Ruiz's associates insist she will run again.")
    assert sentence.label is Label.SOURCED
    assert sentence.attribution.source.strength is Strength.ANONYMOUS


def test_questioning_tactics_or_ties_is_a_reported_doubt() -> None:
    labels = _labels(
        [
            "Dock workers questioned the indirect ties between the board and the shipping lines.",
            "Tom Hale questioned the mayor's tactics at every meeting.",
            "Police questioned the driver for two hours.",
        ]
    )
    _assert_sourced_first(labels, 2)


def test_with_an_approximate_count_of_speakers_and_a_participle() -> None:
    labels = _labels(
        [
            "The feud grew, with nearly 40 lawmakers blasting the new shifts.",
            "The feud grew, with more than 40 lawmakers saying the shifts were unsafe.",
            "The report came out with about 40 pages detailing the loss.",
        ]
    )
    _assert_sourced_first(labels, 2)


def test_a_named_speaker_said_or_reported_to_have_spoken_keeps_the_words() -> None:
    texts = [
        "The mayor is said to have called the new levy “a tax on rain.”",
        "Ana Ruiz was reported to have told the crews that the pier would close.",
        "The port director also is understood to have warned the board against a sale.",
        "The mayor is said to have fled the port in 1998.",
        "The ferry was reported to have sunk near the pier.",
    ]
    sentences = [audit_sentences([text]).sentences[0] for text in texts]
    for sentence in sentences[:3]:
        assert sentence.label is Label.SOURCED
        assert sentence.attribution.source.strength is Strength.NAMED
        assert "vague_attribution" in {flag.value for flag in sentence.flags}
    assert all(s.label is not Label.SOURCED for s in sentences[3:])


def test_a_named_owners_claim_in_the_predicate_is_their_statement() -> None:
    labels = _labels(
        [
            "Tom Hale's most serious allegation is that the audit was rigged.",
            "Greenpeace's central claim was that the port was losing money.",
            "Her most serious claim was that the audit was rigged.",
            "Tom Hale's claim is that of a man who lost the vote.",
        ]
    )
    _assert_sourced_first(labels, 2)


def test_responding_to_a_titled_persons_interjection_reports_the_response() -> None:
    labels = _labels(
        [
            "The mayor responded to Mr. Hale's debate interjection that the port was dying.",
            "The mayor responded to Dr. Ruiz's assertion that the pier was safe.",
            "The crowd responded to Mr. Hale's entrance with loud cheers.",
        ]
    )
    _assert_sourced_first(labels, 2)
