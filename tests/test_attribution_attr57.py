"""Attribution constructions from attr57 (eleventh session, issue 20: the blind tune set).

- A verb of saying or of position in a second sense, told by its complement: saying joined
  to doing ("anything the mayor said or did": an act, sense.said-and-did and
  sense.did-and-said), asking someone for a thing handed over ("asked the bank for
  copies": sense.ask-for-object), agreeing to do something or to a deal (a commitment:
  sense.agree-to-act; a refusal and a court's agreeing to hear a case keep their cue),
  unveiling a plan whose content is not given
  (sense.unveil-without-content), a restrictive "who want to" before what such people must
  do (a condition: sense.who-want-condition), calling a phone number (cue.call).
- Evidence before a court, an inquest or a jury, as the court reporter's tag ("...,
  Tarrow Crown Court heard.") or in the passive ("the inquest was told that"):
  cue.court-heard, cue.court-told; an inquest is a body that issues findings.
- A body reporting its results as a change with a figure ("reported a 12% fall in
  profit", "record profits"): cue.report-figures.
- A that-clause after a time adverbial ("admitted last month that") makes the verb of
  saying confident, as "admitted that" does (sentence.complement_follows); not "a study
  released in May that found" (a relative clause).
- A definite singular head that alone is anyone, after a word naming its function ("the
  returning officer", "the presiding officer"): one office holder, named
  (office-modifiers, Strengths._top_one).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import one

from auditor.models import Label, Strength

test_sourced_with_its_source_and_strength = sourced_test(
    [
        # evidence heard by a court or an inquest
        (
            "The skipper had not slept for two days before the crossing, the inquest heard.",
            "the inquest",
            Strength.NAMED,
        ),
        (
            "Hale kept two sets of ledgers for six years, Pellham Crown Court heard.",
            "Pellham Crown Court",
            Strength.NAMED,
        ),
        (
            "The inquest was told that the lifeboat left the harbour late.",
            "The inquest",
            Strength.NAMED,
        ),
        (
            "The ferry's brakes had failed twice before, Tarrow Magistrates' Court was told.",
            "Tarrow Magistrates' Court",
            Strength.NAMED,
        ),
        # a body's results
        (
            "Marlow Brewing, which owns 40 pubs, reported a 7% rise in sales for the year.",
            "Marlow Brewing",
            Strength.NAMED,
        ),
        (
            "Pellham Bank reported record profits for the third year running.",
            "Pellham Bank",
            Strength.NAMED,
        ),
        # a that-clause after a time adverbial
        (
            "Ruiz's running mate conceded on Monday that the levy would rise.",
            "Ruiz's running mate",
            Strength.NAMED,
        ),
        (
            "The mayor's chief of staff acknowledged last week that the channel was shallow.",
            "The mayor's chief of staff",
            Strength.NAMED,
        ),
        # an office named by its function
        (
            "The turnout was 61 per cent, the presiding officer announced.",
            "the presiding officer",
            Strength.NAMED,
        ),
        (
            "The returning officer said the recount would start at nine.",
            "The returning officer",
            Strength.NAMED,
        ),
        (
            "An investigating officer said the van had been stolen.",
            "An investigating officer",
            Strength.ANONYMOUS,
        ),
        (
            "The investigating officers said the van had been stolen.",
            "The investigating officers",
            Strength.ANONYMOUS,
        ),
        # second senses that keep their cue
        ("Ruiz asked the court for a delay in the case.", "Ruiz", Strength.NAMED),
        ("The mayor unveiled a plan to sell the pier.", "The mayor", Strength.NAMED),
        (
            "Most economists agreed that the levy was too high.",
            "Most economists",
            Strength.ANONYMOUS,
        ),
        (
            "The Supreme Court has agreed to hear the harbour case.",
            "The Supreme Court",
            Strength.NAMED,
        ),
    ]
)

test_no_source_is_read = not_sourced_test(
    [
        # saying as an act
        "Nothing the harbour master said or did could calm the crowd.",
        "That vote, more than anything Ruiz said or did, decided the race.",
        "Voters judged Hale on everything he did and said in office.",
        # asking for a thing
        "The fraud came to light when an auditor asked the port for its records.",
        "Hale asked a neighbour for a lift to the quay.",
        # agreeing to act
        "The council agreed to close the pier as part of the loan deal.",
        "The ferry company has agreed to a two-year freeze on fares.",
        "Two witnesses agreed to speak on condition that their names be withheld.",
        # unveiling with no content
        "Ruiz unveiled her budget on Monday at a dinner for donors.",
        "The firm is unveiling its new ferry design in Leeds on Friday.",
        # a condition, a phone number
        "Islanders who want to renew a ferry pass must apply before May.",
        "Anyone who saw the crash should call 999.",
        "Witnesses can call Harbourwatch on 0171 555 0199.",
        # evidence heard, but no court's account
        "The court heard the case for two days.",
        "The jury was told to ignore the remark.",
        # a relative clause after a time adverbial
        "The harbour kept the nets mentioned on Monday that belonged to the crew.",
    ]
)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("The tribunal was told that the crew had not been trained.", "cue.court-told"),
        ("The cook had no licence, the inquest heard.", "cue.court-heard"),
        ("Marlow Brewing reported a 7% rise in sales.", "cue.report-figures"),
    ],
)
def test_the_cue_is_the_rule_for_the_construction(text: str, rule: str) -> None:
    sentence = one(text)
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.cue.rule == rule


def test_a_refusal_to_agree_is_still_a_stand() -> None:
    sentence = one("Hale said he would never agree to a sale of the pier.")
    assert sentence.label is Label.SOURCED


def test_a_quotation_tag_after_say_or_do_keeps_its_cue() -> None:
    sentence = one('"We will say or do whatever it takes," Ruiz said.')
    assert sentence.label is Label.SOURCED
    assert sentence.attribution is not None
    assert sentence.attribution.source.text == "Ruiz"
