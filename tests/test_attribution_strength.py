"""Source strength (auditor/attribution/strength.py): named or anonymous, as LABELS.md decides.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import one

from auditor.models import Label, Strength

# -- named vs anonymous --------------------------------------------------------------------
STRENGTH = [
    ("Sergei Lavrov said the talks were useful.", Strength.NAMED),
    # a share of people, hyphenated, is not a name; a place after a set is not its head
    ("Two-thirds of traders said the pier was unsafe.", Strength.ANONYMOUS),
    ("Most farmers across the county said the harvest was late.", Strength.ANONYMOUS),
    ("A source within the port authority said the pier was unsafe.", Strength.ANONYMOUS),
    ("The Pentagon said the drills were over.", Strength.NAMED),
    # a nation's armed forces are one body, as "the army" is
    ("The Valdonian military said the drills were over.", Strength.NAMED),
    ("The military said the drills were over.", Strength.NAMED),
    ("Reuters reported that the plant had closed.", Strength.NAMED),
    ("The minister told reporters the bridge was safe.", Strength.NAMED),
    ("According to the OPCW report, sarin was used.", Strength.NAMED),
    ("A senior official said the talks had stalled.", Strength.ANONYMOUS),
    ("Sources familiar with the matter said the deal was close.", Strength.ANONYMOUS),
    ("Two Iraqi security sources said 300 fighters crossed the border.", Strength.ANONYMOUS),
    ("Residents said the water was brown.", Strength.ANONYMOUS),
    ("Experts said the bridge was unsafe.", Strength.ANONYMOUS),
    ("Critics said the plan was too costly.", Strength.ANONYMOUS),
    ("Critics of the new harbour plan said it was too costly.", Strength.ANONYMOUS),
    # an owner's unnamed people: a set, anonymous, whether the lexicons know the noun
    # ("rivals", "backers") or not ("handlers"); one rival is a named role
    ("Her rivals said the vote was rigged.", Strength.ANONYMOUS),
    ("The vote, his backers said, was rigged.", Strength.ANONYMOUS),
    ("Yesterday their foes accused the board of lying.", Strength.ANONYMOUS),
    ("His handlers said the vote was rigged.", Strength.ANONYMOUS),
    ("His rival said the vote was rigged.", Strength.NAMED),
    ("His remarks indicated that the vote was rigged.", Strength.NAMED),
    ("Ruiz, others vow a reply to the harbour deal.", Strength.NAMED),
    # clauses with sources of their own after a semicolon: one named names the sentence,
    # but not a clause that runs on a report ("say that ...; Ruiz wants")
    ("Leaders denounce the harbour deal; Ruiz vows a reply.", Strength.NAMED),
    ("Officials say that the pier is unsafe; Ruiz wants to keep it open.", Strength.ANONYMOUS),
    # people inside a named body, not the body
    ("Officials at the new harbour board said the pier was safe.", Strength.ANONYMOUS),
    ("A spokesman for the new harbour board said the pier was safe.", Strength.NAMED),
    # groups named by a cause or an act are described sources, capitalised or not
    ("Demonstrators said the march would go ahead.", Strength.ANONYMOUS),
    ("After the vote, environmentalists worry that the reserve will shrink.", Strength.ANONYMOUS),
    ("A person close to the talks said a deal was near.", Strength.ANONYMOUS),
    ("Investigators said the fire was set on purpose.", Strength.ANONYMOUS),
    ("Many in Valdonia say the law is a threat.", Strength.ANONYMOUS),
    ("Many in Port Ellis say the law is a threat.", Strength.ANONYMOUS),
    ("Advisers to the government said the plan had failed.", Strength.ANONYMOUS),
    ("Aides to Ann Roe said the vote was close.", Strength.ANONYMOUS),
    ("Sources say the deal is close.", Strength.ANONYMOUS),
    ("Several said the deal was close.", Strength.ANONYMOUS),
    # plurals in -ies of a known head: unnamed sets, as "officials" are
    ("Allies said the plan would fail.", Strength.ANONYMOUS),
    ("Authorities said the road was closed.", Strength.ANONYMOUS),
    ("Two companies said fares rose.", Strength.ANONYMOUS),
    ("A team of scientists in Norway said the ice had thinned.", Strength.ANONYMOUS),
    # a coordination led by a name, after its title; bodies named in the tail
    ("President Ana Ruiz and her allies said the pier was safe.", Strength.NAMED),
    ("The towns of Ellery and Marlow said they would close the beaches.", Strength.NAMED),
    # an apposition that asks for anonymity makes a described source anonymous
    ("The captain, who asked not to be named, said the pier was safe.", Strength.ANONYMOUS),
    ("The nurse, who declined to give her name, said the ward was full.", Strength.ANONYMOUS),
    ("The congressman, standing close to the reporter, said the pier was safe.", Strength.NAMED),
    # a description whose apposition names the people is named
    ("The two leading candidates, Ann Roe and Tom Hale, said the deal was dead.", Strength.NAMED),
    (
        "But the two leading Republicans, Ann Roe and Tom Hale, have questioned the science and "
        "criticized the deal.",
        Strength.NAMED,
    ),
    (
        "Other Republicans, like Ann Roe, have questioned the science and criticized the deal.",
        Strength.ANONYMOUS,
    ),
    # a party member is a description; the party as a side is named
    ("A Nevada Democrat said the plan was dead.", Strength.ANONYMOUS),
    ("One Republican said the plan was dead.", Strength.ANONYMOUS),
    ("Democrat Ann Roe said the plan was dead.", Strength.NAMED),
    ("The Democrats said the plan was dead.", Strength.NAMED),
    ('"It will fail," said one aide familiar with the Ruiz campaign.', Strength.ANONYMOUS),
    ("Many Valdonians said the talks had failed.", Strength.ANONYMOUS),
    ("Both Davis and Williams said the talks had failed.", Strength.NAMED),
    # people of a nation are unnamed; "the Saudis" as a party is its government
    ("Many Canadians said the talks had failed.", Strength.ANONYMOUS),
    ("Iraqis say the water is dirty.", Strength.ANONYMOUS),
    ("Some Americans said the plan was unfair.", Strength.ANONYMOUS),
    ("The Saudis said the talks had failed.", Strength.NAMED),
    # a place after a head places it; an outlet after "in" publishes it
    ("Voters in Port Ellis said the plan was fine.", Strength.ANONYMOUS),
    ("People in Port Ellis said the mosque was quiet.", Strength.ANONYMOUS),
    ("Polls in Valdonia show the race is close.", Strength.ANONYMOUS),
    ("A report in the Daily Star found the files were lost.", Strength.NAMED),
    # a body known by a short name authors a document; its people stay unnamed
    ("A UN report published on Monday found that the famine had deepened.", Strength.NAMED),
    ("A report by the EU found that the fishery had collapsed.", Strength.NAMED),
    ("UN officials said the famine had deepened.", Strength.ANONYMOUS),
    ("A report by UN officials found that the famine had deepened.", Strength.ANONYMOUS),
    # a party or state tag after a name does not change strength (LABELS.md, Hard cases)
    ("Sen. Ana Ruiz (D-N.Y.) said the vote would be close.", Strength.NAMED),
    ("Rep. Tom Hale (R-IA) told reporters the bill was dead.", Strength.NAMED),
    ("'We have the votes,' said Rep. Lea Moss (D-Calif.).", Strength.NAMED),
    ("Mara Holt, 34, said the shelling lasted all night.", Strength.NAMED),
    # the on-record voice of a named body is named; people inside it are not
    ("A Foreign Office spokesperson said the embassy was closed.", Strength.NAMED),
    ("A spokesman for the ministry said the embassy was closed.", Strength.NAMED),
    ("A police statement said two men were arrested.", Strength.NAMED),
    ("A spokesman said the embassy was closed.", Strength.ANONYMOUS),
    ("A ministry official said the embassy was closed.", Strength.ANONYMOUS),
    ("A Taliban representative said the talks would continue.", Strength.ANONYMOUS),
    # capitals and governments as metonyms are named; unnamed sets are not
    ("Paris and its partners blamed Ankara for the outage.", Strength.NAMED),
    ("Moscow denied the report on Friday.", Strength.NAMED),
    ("Western officials said the strikes were lawful.", Strength.ANONYMOUS),
    ("Some allies said the strikes were unlawful.", Strength.ANONYMOUS),
    ("Officials and experts said the plan was sound.", Strength.ANONYMOUS),
    ("Kenyan and Ugandan sources confirmed the shipment.", Strength.ANONYMOUS),
    # a headline drops the article: a bare role is "the minister", but "official" stays unnamed
    ("Minister says talks failed", Strength.NAMED),
    ("Official says talks failed", Strength.ANONYMOUS),
    ("Senior diplomat says talks failed", Strength.ANONYMOUS),
    # the parties of the story, whatever the determiner
    ("Both sides released an identical statement on Sunday.", Strength.NAMED),
    # "those"/"these" point back to bodies named before; a set of people stays a set
    ("Those carmakers have denied they hid the fault.", Strength.NAMED),
    ("But these agencies insist the data was never shared.", Strength.NAMED),
    ("Those voters said the economy came first.", Strength.ANONYMOUS),
    ("These officials have denied any role in the leak.", Strength.ANONYMOUS),
    # counsel speak for a named client; a kind of lawyer names no one
    ("Ms. Ruiz's lawyers opposed the request.", Strength.NAMED),
    ("A lawyer for Ms. Ruiz said the charges would be dropped.", Strength.NAMED),
    ("Defense lawyers said the charges would be dropped.", Strength.ANONYMOUS),
    ("A lawyer said the charges would be dropped.", Strength.ANONYMOUS),
    # a capitalised set of people is a set, wherever it stands; "the Democrats" is the party
    ("Some Republicans said the bill was dead.", Strength.ANONYMOUS),
    ("A growing number of Democrats are suggesting the bill is dead.", Strength.ANONYMOUS),
    ("Later, Republicans said the bill was dead.", Strength.ANONYMOUS),
    ("The Democrats said the bill was dead.", Strength.NAMED),
    # a document put out by a named body is named
    ("The Tribune on Friday ran a piece that noted the plan would cost more.", Strength.NAMED),
    ("The Hale Institute released a study that found rents rose.", Strength.NAMED),
    ("Someone posted a memo that said rents would rise.", Strength.ANONYMOUS),
]


@pytest.mark.parametrize(("text", "strength"), STRENGTH)
def test_strength(text: str, strength: Strength) -> None:
    assert one(text).strength is strength


def test_a_definite_plural_of_bodies_is_the_bodies_named_together_before() -> None:
    from auditor.api import audit_sentences

    report = audit_sentences(
        [
            "Nordlys Lines and Harbour Freight said on Monday they would merge.",
            "The companies said the deal would close in May.",
            "Acme said it would cut fares.",
            "The companies said prices would rise.",
        ]
    )
    strengths = [s.strength for s in report.sentences]
    assert strengths == [Strength.NAMED, Strength.NAMED, Strength.NAMED, Strength.ANONYMOUS]
    assert report.sentences[1].attribution.source.resolved_to == (
        "Nordlys Lines and Harbour Freight"
    )


def test_a_possessive_before_a_claim_takes_its_owners_strength() -> None:
    from auditor.api import audit_sentences

    report = audit_sentences(
        [
            "Mayor Ana Ruiz said the pier was safe.",
            "Contrary to her claim that repairs were done, the pier stayed shut.",
            "A harbour official said the ferry was late.",
            "His assertion that the timetable had changed was denied by the port.",
        ]
    )
    second, fourth = report.sentences[1], report.sentences[3]
    assert second.label is Label.SOURCED and second.strength is Strength.NAMED
    assert second.attribution.source.resolved_to == "Mayor Ana Ruiz"
    assert fourth.label is Label.SOURCED and fourth.strength is Strength.ANONYMOUS


def test_a_possessive_with_nobody_before_it_names_no_source() -> None:
    sentence = one("Contrary to her claim that repairs were done, the pier stayed shut.")
    assert sentence.label is not Label.SOURCED


def test_a_lede_source_named_in_the_next_attribution_is_named() -> None:
    from auditor.api import audit_sentences

    def strengths(sentences: list[str]) -> list[Strength | None]:
        return [s.strength for s in audit_sentences(sentences).sentences]

    # delayed identification: the lede describes the union, the next attribution names it
    assert strengths(
        [
            "A union representing ferry crews endorsed Mayor Ruiz on Thursday.",
            "In a statement, the Ferry Crews Guild called Ruiz a champion of its members.",
        ]
    ) == [Strength.NAMED, Strength.NAMED]
    # people within a body stay anonymous, and so does a person before a body
    assert strengths(
        [
            "A senior official said on Monday that the talks had failed.",
            "Minister Tom Hale said the talks would resume.",
        ]
    ) == [Strength.ANONYMOUS, Strength.NAMED]
    assert strengths(
        [
            "A lawmaker said on Monday that the port would close.",
            "The Harbour Board said it would stay open.",
        ]
    ) == [Strength.ANONYMOUS, Strength.NAMED]
