"""frame-fresh22: framing kinds that fresh pieces written in the wire, analysis and opinion
styles showed missed, and neutral senses of charged words that made straight news EDITORIAL.

Missed (now EDITORIAL FRAMING): a sentence adverb between the copula and "likely to" ("is
also likely to"); the writer's odds as a predicate ("now seems all but certain"); an inverted
counterfactual ("Had the board acted, ..."); "has never been more isolated"; a hostile aim
("seeking to destabilise"); "It is time X admitted ..." (a wish, not a report); a verb of
speech or position after a modal of obligation ("the board should reject the deal": no
position reported).

Kept UNSOURCED: a duty with a deadline ("must report to prison by Jan. 15"); a force of
nature in a disaster or science report ("a powerful storm slammed", "a massive star"); cancer
the disease; "lists X as a terrorist organisation"; "the militant group" the wire way; an
offence after a date ("convicted in 2023 of conspiracy"); a "must" in what a law or a
document requires ("Under the harbour code, skippers must declare").

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import neutral_senses, one

from auditor.models import Label

EDITORIAL = [
    ("The new levy is also likely to split the harbour board.", "speculation.likely"),
    ("A ferry strike is now almost certain.", "speculation.all-but-certain"),
    ("Another fare rise seems all but guaranteed.", "speculation.all-but-certain"),
    (
        "Had the board repaired the pier in May, the ferry would still be running.",
        "speculation.counterfactual",
    ),
    ("The harbour master has never been more isolated on the board.", "stance.never-comparative"),
    ("The island has seldom looked weaker against the mainland.", "stance.never-comparative"),
    (
        "The protest was paid for by outside groups seeking to destabilise the island.",
        "motive.discredit-aim",
    ),
    ("It is time the harbour master admitted his mistake.", "action.deontic"),
    ("The harbour board should reject the ferry deal.", "action.deontic"),
    (
        "At any other time, the board would have closed the pier at once.",
        "speculation.counterfactual",
    ),
    ("The ferry cuts are a mistake, plain and simple.", "stance.booster"),
    ("The skippers have only themselves to blame.", "evaluative.verdict-idiom"),
    ("Islanders are paying the price for the board's war on energy.", "labels.charged"),
]

UNSOURCED = [
    "The skipper must report to the harbour jail by Feb. 2.",
    "A powerful winter storm slammed the island on Sunday, cutting power to 3,000 homes.",
    "The port town was devastated by a pair of earthquakes in 1931.",
    "Astronomers found a massive star near the core of the galaxy.",
    "Bowel cancer is the most commonly diagnosed cancer among the islanders.",
    "The mainland lists the movement as a terrorist organisation.",
    "The militant group lost the last of its villages in 2019.",
    "The harbour clerk was convicted in 2023 of conspiracy and misusing port funds.",
    "Ferry fares have never been higher.",
    "The pier is likely the oldest on the coast, the museum said.",
    "Under the harbour code, skippers must declare their cargo before docking.",
    "The bill stipulates that ferry firms must publish their fares.",
]


test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(UNSOURCED)


def test_natural_force_is_a_neutral_sense() -> None:
    sentence = one("Hurricane winds battered the pier overnight.")
    assert "sense.natural-force" in neutral_senses(sentence)
    assert sentence.label is Label.UNSOURCED


def test_the_same_words_about_people_keep_their_cue() -> None:
    sentence = one("The powerful harbour board ravaged the ferry plan in a massive blunder.")
    assert sentence.label is Label.EDITORIAL
    assert "sense.natural-force" not in neutral_senses(sentence)
    assert one("Corruption is a cancer on the harbour board.").label is Label.EDITORIAL


def test_a_time_wish_is_not_a_report() -> None:
    sentence = one("It's high time the harbour board explained the delay.")
    assert sentence.label is Label.EDITORIAL
    assert sentence.attribution is None


def test_a_said_counterfactual_stays_sourced() -> None:
    sentence = one('"Had we acted sooner, the pier would still stand," said Ana Ruiz.')
    assert sentence.label is Label.SOURCED


def test_an_obliged_verb_reports_no_position() -> None:
    sentence = one("The harbour board should reject the ferry deal.")
    assert sentence.attribution is None
    said = one("Ana Ruiz said the harbour board should reject the ferry deal.")
    assert said.label is Label.SOURCED
