"""Source strength and the ledger on documents, polls and withheld names (attr-strength41,
session 54).

- A work "published on Monday in" a named journal is the journal's, named, as "published
  Monday in" was (NounPhrases._published_on, Expressions._named_tail / _published_in).
- A government's level before a document's head ("City records", "County data", "federal
  data") and a body's staff ("a staff report") are the body's records, named as "court
  records" are (public-record-bodies); "state polls" are polls of a state, not its records.
- "Every recent poll" is any of an unnamed set: anonymous unless a tail names its author
  (Strengths._form); "a poll of the county" names who was asked, not who asked.
- A person the story gives only a first name or a made-up one for ("who gave only his first
  name", "asked that her last name not be used", "identified by a pseudonym") is anonymous,
  and so is that name when it is cited again (discourse._withheld, Ledger.withheld).
- "The authors" or "the researchers" of the work the story last cited by name are named
  (discourse._authors_of_named_work); "The emails show", after emails the story named, are
  those emails, in their ledger row (discourse._named_papers).
- "did not name", "would not say how many" report a party's response (cue.declined-comment).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_text
from auditor.models import Strength

test_sourced_with_its_source_and_strength = sourced_test(
    [
        (
            "Ferry crossings fell by a third, according to a study published on Tuesday in "
            "the journal Coastal Transport.",
            "a study published on Tuesday in the journal Coastal Transport",
            Strength.NAMED,
        ),
        (
            "A study published on Friday in Harbour Medicine found that dockers slept less.",
            "A study published on Friday in Harbour Medicine",
            Strength.NAMED,
        ),
        (
            "City records show that the ferry firm was paid twice for one repair.",
            "City records",
            Strength.NAMED,
        ),
        ("County data show the ferry ran late on most days.", "County data", Strength.NAMED),
        (
            "A staff report says the dock lease was never put out to bid.",
            "A staff report",
            Strength.NAMED,
        ),
        (
            "Every recent poll has shown the harbour levy losing.",
            "Every recent poll",
            Strength.ANONYMOUS,
        ),
        (
            "Every recent poll of the county has shown the harbour levy losing.",
            "Every recent poll of the county",
            Strength.ANONYMOUS,
        ),
        (
            "Recent state polls show the harbour levy losing.",
            "Recent state polls",
            Strength.ANONYMOUS,
        ),
        (
            "A poll of the county by Tidewater Research found the levy losing.",
            "A poll of the county by Tidewater Research",
            Strength.NAMED,
        ),
        (
            "A docker who gave only his first name, Ilya, said the cranes had stopped twice.",
            "Ilya",
            Strength.ANONYMOUS,
        ),
        (
            "Marta, a cook who asked that her last name not be used, said the canteen had shut.",
            "Marta",
            Strength.ANONYMOUS,
        ),
        # unchanged: a full name, and a first name with no word of withholding
        (
            "Marta Lind, a cook at the canteen, said it had shut.",
            "Marta Lind",
            Strength.NAMED,
        ),
        (
            "Harbourton did not name the ships or say where they were registered.",
            "Harbourton",
            Strength.NAMED,
        ),
    ]
)

test_no_source_is_read = not_sourced_test(
    [
        "Many voters in the valley do not identify with either party.",
    ]
)


def _rows(text: str) -> tuple[list[dict], dict[int, dict]]:
    report = audit_text(text).to_dict()
    return report["sentences"], {e["id"]: e for e in report["sources"]}


@pytest.mark.parametrize(
    ("text", "sentence", "strength"),
    [
        # a withheld name cited again stays anonymous, and so does its row
        (
            "A nurse, who asked to be identified only by her first name, Olga, said the ward "
            "was short of beds. Olga said the night shift had two nurses.",
            1,
            "anonymous",
        ),
        (
            "Marta, a cook who asked that her last name not be used, said the canteen had "
            "shut. Marta said she had worked there for nine years.",
            1,
            "anonymous",
        ),
        # the authors of a work the story named
        (
            "A study published in Harbour Medicine found that dockers slept less. The authors "
            "wrote that night shifts were the likely cause.",
            1,
            "named",
        ),
        (
            "A study published in Harbour Medicine found that dockers slept less. The authors "
            "wrote that night shifts were the likely cause. They cautioned that the sample "
            "was small.",
            2,
            "named",
        ),
        # not the authors of an unnamed survey
        (
            "A survey found that dockers slept less. The authors wrote that night shifts were "
            "the likely cause.",
            1,
            "anonymous",
        ),
        # the emails the story named, in their row
        (
            "The port paid twice for one repair, according to emails obtained by the Harbour "
            "Courier. The emails show the manager signed both orders.",
            1,
            "named",
        ),
        (
            "Emails show the manager signed both orders. The emails show more.",
            1,
            "anonymous",
        ),
    ],
)
def test_a_mention_and_its_row_agree(text: str, sentence: int, strength: str) -> None:
    sentences, rows = _rows(text)
    source = sentences[sentence]["attribution"]["source"]
    assert source["strength"] == strength
    assert rows[source["ledger_id"]]["strength"] == strength


def test_named_emails_join_their_row() -> None:
    sentences, rows = _rows(
        "The port paid twice for one repair, according to emails obtained by the Harbour "
        "Courier. The emails show the manager signed both orders."
    )
    first = sentences[0]["attribution"]["source"]["ledger_id"]
    assert sentences[1]["attribution"]["source"]["ledger_id"] == first
    assert rows[first]["sentences"] == [0, 1]
