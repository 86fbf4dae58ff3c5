"""The writer's verdicts, motives and characterisations (issue 21): verdict idioms, what an
event means for a party, an aim to discredit, a trait of character, a question set up to be
answered, 'looks set to', 'there's no denying'."""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

IDIOM, FORTUNE, DISCREDIT, TRAIT, HYPOPHORA, LOOKS_SET, BOOSTER, OUTCOME, FEARS, MOTIVE = (
    "evaluative.verdict-idiom",
    "evaluative.fortune-verdict",
    "motive.discredit-aim",
    "stance.habitual-trait",
    "question.hypophora",
    "speculation.looks-set",
    "stance.booster",
    "speculation.outcome-modal",
    "motive.exploit-fears",
    "motive.claim",
)
MINE = {IDIOM, FORTUNE, DISCREDIT, TRAIT, HYPOPHORA, LOOKS_SET, FEARS}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The quarry owners' case for a second pit does not hold water.", IDIOM),
        ("The landlord's promise of repairs rang hollow by winter.", IDIOM),
        ("The county's bid to close the library early backfired.", IDIOM),
        ("The parking charge was a self-inflicted wound for the council.", IDIOM),
        ("A run of unforced errors has cost the mill its best customer.", IDIOM),
        ("This time the valley council may have gone too far.", IDIOM),
        ("The closure of the mill was only the beginning.", IDIOM),
        ("A new bus lane is only part of the solution.", IDIOM),
        ("The ruling is a coup for the tenants' association.", FORTUNE),
        ("The lost appeal was a blow to the quarry owners.", FORTUNE),
        ("Rising rents have been a headache for the valley's young families.", FORTUNE),
        ("The landlord is trying to smear the inspector who closed the flats.", DISCREDIT),
        ("The leaflet was part of a campaign aimed at blunting criticism of the toll.", DISCREDIT),
        ("The county sought to paper over the gap in the budget.", DISCREDIT),
        ("The bishop's penchant for long sermons is well known in the valley.", TRAIT),
        ("The landlord again showed his knack for raising rents at Christmas.", TRAIT),
        ("The problem?", HYPOPHORA),
        ("And the winners?", HYPOPHORA),
        ("Her main reason?", HYPOPHORA),
        ("The county looks set to approve the second quarry.", LOOKS_SET),
        ("There's no denying the mill has had a good year.", BOOSTER),
        ("The dip in visitors could be a warning sign for the valley.", OUTCOME),
        ("The county's leaflets were stoking fears about the new quarry.", FEARS),
        ("The landlord's letters prey on the anxieties of elderly tenants.", FEARS),
        ("The quarry owners have a vested interest in delay.", MOTIVE),
    ],
)
def test_a_writers_verdict_is_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # literal senses, schedules and facts
        "The old cistern held water until the frost cracked it.",
        "The bell rang at noon to mark the opening.",
        "The boxer took a blow to the head in the second round.",
        "The council is set to vote on the toll on Friday.",
        "The mill was built at the beginning of the century.",
        "The tenants are trying to repair the roof before winter.",
        "The crew tried to cover the hole with a tarpaulin.",
        "She felt relieved when the ferry docked, and tried not to show it.",
        "The firm has a capacity for large orders.",
        "What is the problem with the bridge?",
        "Your ticket?",
        "The children played on the green until dusk.",
    ],
)
def test_facts_and_literal_senses_stay_quiet(text: str) -> None:
    s = one(text)
    assert not fired(s) & MINE
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        '"The case does not hold water," said Ruth Okafor.',
        "Ruth Okafor said the ruling was a blow to the quarry owners.",
        "The tenants accused the landlord of trying to smear the inspector.",
        '"The problem?" Ruth Okafor asked.',
        "The tenants accused the landlord of stoking fears about the rent.",
    ],
)
def test_someone_elses_verdict_is_sourced(text: str) -> None:
    assert one(text).label is Label.SOURCED


def test_a_question_that_closes_a_quotation_is_not_the_writers() -> None:
    assert HYPOPHORA not in fired(one("Her answer? ''"))
