"""Source strength, relays and the ledger (attr-strength36, session 53).

- "Figures" after a word that places people in public life ("party figures", "Republican
  establishment figures", "senior figures in the party") are people, an unnamed set:
  anonymous; "figures" alone, "official figures" and a body's figures stay data
  (source-persons; Expressions._head_type; Strengths._plural_head). The first word of a
  two-word head ("establishment") is inside a noun phrase before the head's last word
  (NounPhrases._np_word), not elsewhere ("the party establishment has ...").
- A bare document right after "according to" or "citing" and before a mark ("according to
  preliminary results,", "according to recent polling.") names no owner: anonymous, as
  "Polling shows" is; a government's ("according to state law", "federal statistics") and
  one whose owner follows ("according to figures that Acme released") stay named
  (Expressions._relayed_alone).
- A document made for a client ("a poll conducted for CNN", "a report prepared for the
  ministry") is the client's: named as "a poll conducted by X" is (NounPhrases._led_by,
  Objects._with_author; grammar.MADE_FOR); "prepared for the meeting" names no owner.
- ", which cited X," relays X as "citing X" does (cue.which-cited): "According to the
  Courier, which cited two officials, ..." is as strong as the officials.
- A wish or belief the writer vouches for with a stance adverb ("clearly hopes", "obviously
  want") is the writer's reading of a motive, not a reported position (cue.cognition,
  cue.hope-clause).
- An outlet that "showed images" or "aired footage" of an event reports it (cue.outlet-footage):
  "State media later showed images of ..." is SOURCED (named: the country's state outlets,
  as labels-dev's annotators grade "state news media").
- A government's protest lodged, filed or issued states its position (cue.statement-noun):
  "Lirana lodged a protest with ..." is SOURCED, named (a capital as a metonym); not a
  complaint lodged in a relative clause whose content the story does not give.
- The ledger: "the nurses' union" after two unions is the body whose name holds "Nurses",
  not the first union (Ledger.antecedent, _describing).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import one

from auditor.api import audit_text
from auditor.models import Label, Strength

test_sourced_with_its_source_and_strength = sourced_test(
    [
        (
            "Several Republican establishment figures warned that the vote would fail.",
            "Several Republican establishment figures",
            Strength.ANONYMOUS,
        ),
        (
            "Some party figures said the leader should resign.",
            "Some party figures",
            Strength.ANONYMOUS,
        ),
        (
            "Senior figures in the party said the leader should resign.",
            "Senior figures in the party",
            Strength.ANONYMOUS,
        ),
        (
            "The party's senior figures said the leader should resign.",
            "The party's senior figures",
            Strength.ANONYMOUS,
        ),
        # unchanged: figures as data
        ("Official figures show that ferry traffic fell.", "Official figures", Strength.ANONYMOUS),
        (
            "Figures from the port authority show that ferry traffic fell.",
            "Figures from the port authority",
            Strength.NAMED,
        ),
        # a bare document after "according to" or "citing"
        (
            "According to preliminary results, the harbour party won 41 percent.",
            "preliminary results",
            Strength.ANONYMOUS,
        ),
        (
            "The mayor is trailing, according to recent polling.",
            "recent polling",
            Strength.ANONYMOUS,
        ),
        (
            "According to preliminary results from the electoral commission, she won.",
            "preliminary results from the electoral commission",
            Strength.NAMED,
        ),
        (
            "According to state law, no boat may dock there at night.",
            "state law",
            Strength.NAMED,
        ),
        ("According to the results, she won.", "the results", Strength.NAMED),
        # a document made for a client
        (
            "A poll conducted for the Harbour Courier found that 40 percent approve.",
            "A poll conducted for the Harbour Courier",
            Strength.NAMED,
        ),
        (
            "According to a survey commissioned for the ferry union, most crews back the strike.",
            "a survey commissioned for the ferry union",
            Strength.NAMED,
        ),
        (
            "A report prepared for the meeting found that exports fell.",
            "A report prepared for the meeting",
            Strength.ANONYMOUS,
        ),
        # ", which cited X," relays X
        (
            "The Courier, which cited two port officials, reported that the ferry was sold.",
            "two port officials",
            Strength.ANONYMOUS,
        ),
        (
            "According to the Courier, which cited two port officials, the ferry was sold.",
            "two port officials",
            Strength.ANONYMOUS,
        ),
        ("According to the Courier, the ferry was sold.", "the Courier", Strength.NAMED),
        # a protest lodged
        ("Lirana lodged a protest through diplomatic channels.", "Lirana", Strength.NAMED),
        ("The foreign ministry issued a strong protest.", "The foreign ministry", Strength.NAMED),
        # an outlet's broadcast
        (
            "Valdonian state media later showed images of the president at the launch.",
            "Valdonian state media",
            Strength.NAMED,
        ),
    ]
)

test_no_source_is_read = not_sourced_test(
    [
        "The party establishment has not forgiven the senator.",
        "The owners clearly want to sell the pier before the vote.",
        "The board obviously hopes the strike will collapse by spring.",
        "The harbour camera showed footage of the ferry listing.",
        "The police helped the skipper who lodged a complaint.",
        "Dockers staged a protest outside the port office.",
    ]
)


def test_a_stated_wish_is_still_a_position() -> None:
    sentence = one("The owners want to sell the pier before the vote.")
    assert sentence.label is Label.SOURCED


@pytest.mark.parametrize(
    ("text", "sentence", "row"),
    [
        (
            "The Harbour Porters Union said its members would strike. "
            "The Lirana Nurses Association said its vote was due on Friday. "
            "The nurses' union said wards would stay open.",
            2,
            "The Lirana Nurses Association",
        ),
        (
            "The Harbour Porters Union said its members would strike. "
            "The Lirana Nurses Association said its vote was due on Friday. "
            "The union said the pickets would start at dawn.",
            2,
            "The Harbour Porters Union",
        ),
    ],
)
def test_a_description_takes_the_body_it_describes(text: str, sentence: int, row: str) -> None:
    report = audit_text(text).to_dict()
    rows = {e["id"]: e for e in report["sources"]}
    source = report["sentences"][sentence]["attribution"]["source"]
    assert rows[source["ledger_id"]]["name"] == row
    assert rows[source["ledger_id"]]["strength"] == source["strength"] == "named"
