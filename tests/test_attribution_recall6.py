"""Constructions the reader missed on a fresh sample (issue 20, attr-recall6): a surname that
is also a common word ('Early says', '"...," Long said'), 'described' with an object that
holds the party's account ('described the sorry state of the port'), 'offered' an
assessment, advice or a defence, and documents and data that were not yet sources (logs,
ledgers, slides, disclosures), 'assured the public on its website, a ...,
that', 'volunteered that', 'by his own telling'. Label, source and strength; and the second
senses that must stay unattributed. Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    # a surname that is also a time word, an adverb or a modifier
    ('"The pier will hold," Early said.', "Early", Strength.NAMED),
    ("Early says the ferry will run again in May.", "Early", Strength.NAMED),
    ('"We will lose the vote," Long said.', "Long", Strength.NAMED),
    ("White told the council that the cranes were rusting.", "White", Strength.NAMED),
    ("Late says the harbour lost money in 2019.", "Late", Strength.NAMED),
    # 'described' and an object of two words or more
    ("The port director described the sorry state of the cranes.", "The port director",
     Strength.NAMED),
    ("Several farmers described the long drought that ruined their crops.", "Several farmers",
     Strength.ANONYMOUS),
    ("Two nurses described crude threats by the ward manager.", "Two nurses",
     Strength.ANONYMOUS),
    # 'offered' words
    ("The mayor offered a spirited defence of the new port fees.", "The mayor", Strength.NAMED),
    ("Ana Ruiz offered the crowd a bleak assessment of the harbour's future.", "Ana Ruiz",
     Strength.NAMED),
    # 'assured' its hearers somewhere, with an apposition, before 'that'; 'volunteered that'
    ("The agency assured the public on its website, a portal run by the state, that the "
     "water was safe.", "The agency", Strength.NAMED),
    ("The harbour master volunteered that two cranes had failed.", "The harbour master",
     Strength.NAMED),
    # the owner of an account: 'by X's own account', 'in X's telling'
    ("By Ruiz's own account, the deal was hers.", "Ruiz's", Strength.NAMED),
    ("In Hale's telling, the pier was never safe.", "Hale's", Strength.NAMED),
    # documents and data
    ("Campaign logs show that the mayor met the builder twice.", "Campaign logs",
     Strength.ANONYMOUS),
    ("Campaign finance disclosures show the mayor spent $2 million.",
     "Campaign finance disclosures", Strength.ANONYMOUS),
    ("Another slide shows that most of the limes sold here are imported.", "Another slide",
     Strength.ANONYMOUS),
]  # fmt: skip

NOT_SOURCED = [
    # the common word at a clause's opening is the word, not a name
    "Early on Tuesday, the ferry left the harbour.",
    "Late last year the pier was closed.",
    "All told, the port lost $4 million in May.",
    "Last week the crane fell into the harbour.",
    # 'described' with a bare topic, or in the passive
    "The guide described the route in detail.",
    "The captain described a day at sea.",
    "The route was described in the guide.",
    # 'offered' an act, not words
    "The firm offered a discount to new customers.",
    "The mayor offered to debate her rival in May.",
    "The council offered the dockers a new contract.",
    # the writer's own account, and an account that is a thing
    "By my own account, the trip was a failure.",
    "In its account of the storm, the almanac lists three ships.",
    # a guarantee, and volunteering to act
    "The win assured them a place in the final, a feat that few expected.",
    "Three dockers volunteered to clear the pier.",
    # the nouns as things, not sources
    "On average, the ferries run ten minutes late.",
    "The photos were taken in May.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)


def test_a_pronoun_owning_the_account_stands_for_the_person_before() -> None:
    report = audit_sentences(
        ["Tom Hale ran the port for years.", "By his own telling, he spent a decade at sea."]
    )
    second = report.sentences[1]
    assert second.label is Label.SOURCED
    assert second.attribution is not None
    assert second.attribution.source.strength is Strength.NAMED
