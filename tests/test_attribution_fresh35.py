"""attr-fresh35: constructions fresh pieces of new kinds showed missed or over-read
(invented sentences).

A stated reason after ", citing" speaks for the clause's subject; "under fire from X" reports
X's criticism (a side attribution); "describe X as Y" over a longer object; a club recalling
a player is an action; a capitalised preposition inside a name ("Doctors Without Borders")
keeps the name whole and named; a name the lexicons do not know, described as a body in
apposition, is that body ("Brightline, a logistics firm, which said").
"""

from __future__ import annotations

import pytest
from attribution_helpers import sourced_test
from sentence_helpers import one

from auditor.models import Label, Strength

test_fresh35_sourced = sourced_test(
    [
        # a stated reason: the subject of the clause gave it
        (
            "The ferry firm cut its winter fares to $2 a trip from $3, citing weak demand.",
            "The ferry firm",
            Strength.NAMED,
        ),
        (
            "Harbor Motors and the Ostend firm Valco ended their merger talks, citing new tariffs.",
            "Harbor Motors and the Ostend firm Valco",
            Strength.NAMED,
        ),
        # what is cited is a source: the relay reads it, as before
        (
            "The agency reported the closures, citing hospital officials.",
            "hospital officials",
            Strength.ANONYMOUS,
        ),
        # criticism from a party, named after "from"
        (
            "The harbour master came under fire from the union over the new rota.",
            "the union",
            Strength.NAMED,
        ),
        (
            "Though under fire from her rivals, Ana Ruiz kept the title.",
            "her rivals",
            Strength.ANONYMOUS,
        ),
        # another cue in the sentence labels it: the criticism is a side attribution
        (
            "Under fire from other papers, the Courier said its story was accurate.",
            "the Courier",
            Strength.NAMED,
        ),
        # "describe X as Y" with a longer object, abbreviations and a tag in it
        (
            "Police described the driver in the Jan. 4 crash on Route 9 as a man in his 30s.",
            "Police",
            Strength.NAMED,
        ),
        (
            "Mayor Ana Ruiz described Sen. Tom Hale (D-Ore.) as an old friend of the port.",
            "Mayor Ana Ruiz",
            Strength.NAMED,
        ),
        # a name with a capitalised preposition inside it
        (
            "Doctors Without Borders said its clinic in the port was full.",
            "Doctors Without Borders",
            Strength.NAMED,
        ),
        (
            "Mothers Against Drunk Driving said the new limit would save lives.",
            "Mothers Against Drunk Driving",
            Strength.NAMED,
        ),
        (
            "Doctors Without Borders, which runs two clinics in the port, said both were full.",
            "Doctors Without Borders",
            Strength.NAMED,
        ),
        # people placed somewhere stay people
        (
            "Farmers across the county said the levy was too high.",
            "Farmers across the county",
            Strength.ANONYMOUS,
        ),
        # images from orbit are a data set (note52's open "Satellite images show")
        ("Satellite images show the pier has collapsed.", "Satellite images", Strength.ANONYMOUS),
        (
            "Satellite imagery from the Harbour Institute shows three new wrecks.",
            "Satellite imagery from the Harbour Institute",
            Strength.NAMED,
        ),
        # a name typed a person by default, described as a body in apposition
        (
            "The fire began in a depot owned by Brightline, a logistics firm, which said all "
            "staff were safe.",
            "Brightline",
            Strength.NAMED,
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board shelved the report, citing no data.",
        "The convoy came under fire from militants near the pass.",
        "The patrol came under heavy fire from two tanks at dawn.",
        "The studio cast actor Bo Lee as the ferryman.",
        "The Hawks recalled left-hander Sam Ruiz from Triple-A Durham.",
        "The club recalled goaltender Ana Roe from its minor-league affiliate.",
    ],
)
def test_fresh35_not_sourced(text: str) -> None:
    assert one(text).label is not Label.SOURCED, text


@pytest.mark.parametrize(
    ("text", "strength"),
    [
        # the apposition that closes with a request not to be named: the person asks
        ("Ruiz's neighbour, a retired teacher who asked not to be named, said the pier was "
         "unsafe.", Strength.ANONYMOUS),
        ("The ferry's captain, a veteran sailor who declined to be identified, said the engine "
         "failed.", Strength.ANONYMOUS),
        ("Ruiz's neighbour, who asked not to be named, said the pier was unsafe.",
         Strength.ANONYMOUS),
        # an apposition that says how close the speaker stands asks nothing
        ("The harbour master, a man close to the mayor, said the pier was unsafe.",
         Strength.NAMED),
        ("The mayor, one of the people familiar with the plan, said it was done.",
         Strength.NAMED),
        ("The harbour master, as he stood by the pier, said it was unsafe.",
         Strength.NAMED),
    ],
)  # fmt: skip
def test_fresh35_apposition_asks_anonymity(text: str, strength: Strength) -> None:
    sentence = one(text)
    assert sentence.label is Label.SOURCED, text
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength is strength, text
