"""frame-fresh37: the writer's verdicts and generalisations that word lists missed.

Made EDITORIAL FRAMING: a noun that grades a plan or a result, predicated of it by the copula
("Closing the pier is a gamble.", "The refund was a pittance."), a sweeping claim whose subject
is an absolute pronoun ("Nothing in the survey justifies the levy."), a wh-question whose
negation is its subject ("Why has nobody read the survey?"), idioms of neglect ("gathering
dust", "looked the other way"), the writer naming the likeliest outcome, a forecast graded by
a minimiser ("will barely cover"), "yet again" and a party's interest named as a pathology
("obsession with"), an adjective that grades a chance or an effort predicated by the copula
("her chances look slim", "the funding is inadequate") and an '-averse' coinage.

Kept out: the same nouns in their literal sense ("a gamble at the casino", "a blow to the
head"), an appeal or an explainer
("Anyone with information can call ..."), the same adjectives before a noun ("a slim guide"),
the finance term "risk-averse", narration ("No one was hurt", "No one knew ..."),
a source's words (SOURCED).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import fired, one

from auditor.models import Label

EDITORIAL = [
    (
        "Closing the pier before the survey is a gamble with the island's trade.",
        "evaluative.copular-verdict",
    ),
    (
        "The refund the tenants got was a pittance next to the repairs.",
        "evaluative.copular-verdict",
    ),
    ("The harbour deal is a rare bright spot for the council.", "evaluative.copular-verdict"),
    ("Scrapping the night ferry would be a step backwards.", "evaluative.copular-verdict"),
    ("The new rule amounts to a free pass for the ferry company.", "evaluative.copular-verdict"),
    ("Relying on the grant is a risky bet for the harbour board.", "evaluative.copular-verdict"),
    ("Nothing in the harbour survey justifies the new levy.", "evaluative.sweeping-subject"),
    ("No one on the board can justify the delay.", "evaluative.sweeping-subject"),
    ("Anyone who reads the survey can see the problem.", "evaluative.sweeping-subject"),
    ("Why has nobody at the harbour board read the survey?", "question.negative-wh"),
    ("How is nothing being done about the pier?", "question.negative-wh"),
    ("The pier survey has been gathering dust since 2019.", "evaluative.verdict-idiom"),
    ("The harbour inspectors looked the other way.", "evaluative.verdict-idiom"),
    ("A second vote on the levy is the likeliest outcome.", "speculation.hedge"),
    ("The grant will barely cover the repairs to the pier.", "speculation.will-adverb"),
    ("With the vote a week away, her chances look slim.", "evaluative.predicate-verdict"),
    ("The funding for the harbour repairs is woefully inadequate.", "evaluative.predicate-verdict"),
    ("Talk of a ferry revival is premature.", "evaluative.predicate-verdict"),
    ("The science-averse council cut the survey budget.", "evaluative.compound-averse"),
]

NOT_EDITORIAL = [
    "He lost his savings on a gamble at the casino.",
    "The boxer took a blow to the head in the third round.",
    "The fund placed a bet on the ferry company in May.",
    "No one was hurt when the pier collapsed.",
    "Anyone with information can call the harbour police on Monday.",
    "Anyone who is not sure they qualify can ask a ferry clerk before buying.",
    "Anyone over 18 can apply for a ferry pass.",
    "No one knew where the ferry captain had gone.",
    "The divers were holding onto the rope at the pier.",
    "The ferry company sells a slim guide to the island.",
    "The court threw out the case for insufficient evidence.",
    "Risk-averse investors sold the ferry bonds in May.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


def test_a_sources_verdict_stays_sourced() -> None:
    # the verdict in a source's mouth is the source's: SOURCED, and the rule is not read there
    assert one('"It is a gamble," said the harbour master.').label is Label.SOURCED
    said = one("The warden said the refund was a pittance.")
    assert said.label is Label.SOURCED
    assert "evaluative.copular-verdict" not in fired(said)


def test_yet_again_and_a_pathology_add_weight() -> None:
    # "yet again" and "obsession with" are the writer's; each counts with another cue
    assert "intensifier.dismissive" in fired(one("The council caved to the ferry lobby yet again."))
    assert one("The council caved to the ferry lobby yet again.").label is Label.EDITORIAL
    assert one("The board's obsession with the old pier has cost the island dearly.").label is (
        Label.EDITORIAL
    )
