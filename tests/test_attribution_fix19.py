"""attr-fix19: two constructions whose source was lost.

"claims that" after "and" as the second present verb of a clause ("The leaflet hits the
mayor for the levy and claims that ..."): the verb of the clause's subject, not the noun, and
a quotation it opens runs on into the next sentence with the same source. "The claims that",
"his claims that", "denied the reports and claims that" and a past clause ("remembered the
storm and claims that") keep the noun.

A reporting verb after a control verb of choice ("decided to", "chose to", "opted to",
"managed to"): the subject before the control verb is the speaker ("The mayor decided to warn
islanders that ..."), as after "refused to" and "tried to".

Every sentence here is invented for the test.
"""

from __future__ import annotations

from article_helpers import article
from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Label, Strength

SOURCED = [
    # "and claims that" after a present verb of the clause's subject
    (
        "The new leaflet hits Mayor Lena Ostrow for the levy and claims that she sold the pier.",
        "The new leaflet",
        Strength.NAMED,
    ),
    (
        "The union's flyer thanks the crews and claims that the fare rise is a tax on islanders.",
        "The union's flyer",
        Strength.NAMED,
    ),
    (
        "Councillor Dana Reyes visits the docks every week but claims that nobody listens to her.",
        "Councillor Dana Reyes",
        Strength.NAMED,
    ),
    # a control verb of choice before the reporting verb
    (
        "The mayor decided to warn islanders that the pier was unsafe.",
        "The mayor",
        Strength.NAMED,
    ),
    (
        "The harbour board chose to tell the council that the levy was needed.",
        "The harbour board",
        Strength.NAMED,
    ),
    (
        "Ana Ruiz opted to remind the ferry crews that the fee was fair.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "Some fishermen managed to convince the council that the bay was overfished.",
        "Some fishermen",
        Strength.ANONYMOUS,
    ),
    (
        "The mayor has decided to press Hale to publish the ferry accounts.",
        "The mayor",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    # "claims" a noun: after a determiner, a possessive, a claim noun, or a past clause
    "Islanders remembered the storm and claims that the pier would fall.",
    "The claims that the pier would fall were never tested.",
    "The levy, and the claims that it was unfair, faded from view.",
    # a control verb before an act, not a statement
    "The mayor decided to resign after the ferry vote.",
    "The harbour board chose to close the pier for the winter.",
    "Ana Ruiz managed to finish the race in the rain.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)


def test_claims_noun_after_a_claim_noun_keeps_the_first_verb() -> None:
    """'rejects the allegations and claims that': "claims" is a noun beside "allegations";
    the cue is "rejects"."""
    report = article(["Ostrow rejects the allegations and claims that the fund is empty."])
    sentence = report.sentences[0]
    assert sentence.attribution is not None
    assert sentence.attribution.cue.text == "rejects"


def test_according_to_stands_when_the_pronoun_after_it_has_no_one_behind_it() -> None:
    """'According to her posts, she had rejected ...' opening an article: the pronoun has
    no antecedent, and the "according to" still gives the sentence its source."""
    report = article(
        [
            "According to the mayor's own posts, she had already rejected "
            "the board's request before the deadline."
        ]
    )
    sentence = report.sentences[0]
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength is Strength.NAMED


def test_quotation_opened_by_and_claims_runs_on_with_its_source() -> None:
    report = article(
        ["Harbour vote heats up"],
        [
            "The new leaflet hits Mayor Lena Ostrow for the ferry levy and claims that "
            '"she has never once listened to the fishermen.',
            'She sold the pier to her friends."',
        ],
    )
    first, second = report.sentences[1], report.sentences[2]
    for sentence in (first, second):
        assert sentence.label is Label.SOURCED, sentence.text
        assert sentence.attribution is not None
        assert sentence.attribution.source.text == "The new leaflet"
        assert sentence.attribution.source.strength is Strength.NAMED
