"""Source strength, documents and the ledger (attr-strength33, session 52).

- A filing ("a court filing", "a regulatory filing", "the filing") is a paper lodged with a
  court or a regulator, on its public record: named, as "a police statement" is the force's
  (LABELS.md: spokespeople and statements; documents). A counted one ("two filings") stays
  as it was (Expressions._body_document). After "according to", a document whose noun
  follows describing words the lexicons lack ("a bankruptcy filing") is read as the document
  it heads, not as a loose phrase of unknown type; a bare one with no name ("according to
  payroll records") stays anonymous (Objects._loose_author).
- A park or a zoo speaks through its management: "a park statement", "the zoo
  said", "data from the park" are named (source-organisations).
- "Pediatricians in the county" are people, an unnamed set: anonymous (source-persons).
- "The pilots' union": a plural's possessive mark, which the tokens split off its word, is
  inside the noun phrase (NounPhrases._extends_back, _extends).
- "according to the ferry union", "the figure comes from the ferry union": the object is a
  noun phrase over describing words the lexicons lack, as a passive's agent is; not a head
  noun used as a describing word ("according to the official story").
- "The first, a study of 4,000 nurses, found": an item of an announced list, said by its
  apposition (Subjects._appositive_subject).
- Transcripts: "Q:" lines between one speaker's "NAME:" turns are the interviewer's turns,
  so the article is a dialogue and the turns (and the sentences after them) are the speaker's.
- "Environmental and consumer groups", "Gay and civil rights groups": one capitalised word
  and lower-case describing words joined by "and" before a plural head are an unnamed set,
  anonymous; not a name leading others ("Texas and other states", "Washington and its
  allies"): Strengths._joined_describers.
- The ledger: two bodies whose names end on their kind ("the Democratic Party", "the
  Republican Party") are two rows, not one by a shared "surname".

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_text
from auditor.models import Label, Strength

SOURCED = [
    ("A court filing says the mayor knew of the leak.", "A court filing", Strength.NAMED),
    (
        "A regulatory filing shows the lender lost $2 million.",
        "A regulatory filing",
        Strength.NAMED,
    ),
    (
        "According to a bankruptcy filing, the chain owes suppliers $40 million.",
        "a bankruptcy filing",
        Strength.NAMED,
    ),
    ("New filings show the campaign has $3 million on hand.", "New filings", Strength.NAMED),
    # unchanged: a report without its author, records nobody owns, stay anonymous
    ("A report says the mayor knew of the leak.", "A report", Strength.ANONYMOUS),
    (
        "According to a leaked memo, the chain owes suppliers $40 million.",
        "a leaked memo",
        Strength.ANONYMOUS,
    ),
    (
        "According to payroll records, his cousin ran the office.",
        "payroll records",
        Strength.ANONYMOUS,
    ),
    (
        "A park statement said two climbers were treated for exposure.",
        "A park statement",
        Strength.NAMED,
    ),
    ("The zoo said the panda would return in May.", "The zoo", Strength.NAMED),
    (
        "Pediatricians in the county said more parents were asking for the shot.",
        "Pediatricians in the county",
        Strength.ANONYMOUS,
    ),
    ("The nurses' union said the wards were short of staff.", "The nurses' union", Strength.NAMED),
    (
        'The pilots\' union called the delays "entirely avoidable" and said it had warned them.',
        "The pilots' union",
        Strength.NAMED,
    ),
    ("The figure comes from the ferry union.", "the ferry union", Strength.NAMED),
    (
        "According to the regional transit authority, fares will rise in May.",
        "the regional transit authority",
        Strength.NAMED,
    ),
    (
        "According to the widely doubted official story, the boats fired first.",
        "the widely doubted official story",
        Strength.NAMED,
    ),
    (
        "The second, an analysis by the Transport Ministry, found no effect on crashes.",
        "an analysis by the Transport Ministry",
        Strength.NAMED,
    ),
    (
        "The first, a study of 3,000 drivers, found that phones slowed reactions.",
        "a study of 3,000 drivers",
        Strength.ANONYMOUS,
    ),
]

# two describing words of one plural head: an unnamed set, the first word capitalised only
# as the sentence's first; a name that leads others stays named
SOURCED += [
    (
        "Environmental and consumer groups criticised the plan.",
        "Environmental and consumer groups",
        Strength.ANONYMOUS,
    ),
    (
        "Texas and other states said the rule was unlawful.",
        "Texas and other states",
        Strength.NAMED,
    ),
    ("Washington and its allies blamed the militia.", "Washington and its allies", Strength.NAMED),
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)

NOT_SOURCED = [
    "The money came from the sale of a house.",
    "The first, in 2019, was a small one.",
]

test_no_source_is_read = not_sourced_test(NOT_SOURCED)

INTERVIEW = (
    "Harbor chief on the new terminal\n\n"
    "Ines Marlow has run the harbor board since 2020.\n\n"
    "Q: Why does the port need a new terminal?\n\n"
    "MARLOW: The ships have doubled in size. Our berths have not.\n\n"
    "Q: When will work start?\n\n"
    "MARLOW: Next spring, if the permits come through."
)


def test_turns_between_questions_are_the_speakers() -> None:
    sentences = audit_text(INTERVIEW).sentences
    answers = [
        s for s in sentences if s.text.startswith("MARLOW:") or s.text == "Our berths have not."
    ]
    assert len(answers) == 3
    for sentence in answers:
        assert sentence.label is Label.SOURCED, sentence.text
        assert sentence.attribution is not None
        assert sentence.attribution.source.strength is Strength.NAMED


def test_questions_alone_make_no_dialogue() -> None:
    text = "Q: Why now?\n\nThe harbor board met on Monday.\n\nQ: Who pays?\n\nThe state pays."
    assert all(s.label is not Label.SOURCED for s in audit_text(text).sentences)


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The Harbor Party said the vote was fair. The Coast Party said it was not.",
            2,
        ),
        ("The WHO said cases rose. According to WHO, there were 300 cases.", 1),
        ("The Lirana Teachers Union said talks failed. The union said it would strike.", 1),
    ],
)
def test_ledger_rows_of_bodies_named_by_their_kind(text: str, rows: int) -> None:
    report = audit_text(text).to_dict()
    assert len(report["sources"]) == rows
    strengths = {e["id"]: e["strength"] for e in report["sources"]}
    for sentence in report["sentences"]:
        source = (sentence.get("attribution") or {}).get("source")
        if source and source.get("ledger_id") is not None:
            assert strengths[source["ledger_id"]] == source["strength"]


# One record of a public body is graded as its records are: "a police report" is the force's,
# as "a police statement" is (LABELS.md); a private body's paper and a counted set are not.
test_one_public_record_is_named = sourced_test(
    [
        ("A police report says the van was parked on the pier.", "A police report", Strength.NAMED),
        (
            "A court document shows the ferry firm owed $2 million.",
            "A court document",
            Strength.NAMED,
        ),
        ("A campaign memo says the mayor will run again.", "A campaign memo", Strength.ANONYMOUS),
        ("Two agency reports found the pier was unsafe.", "Two agency reports", Strength.ANONYMOUS),
    ]
)
