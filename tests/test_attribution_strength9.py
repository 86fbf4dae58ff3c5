"""Source strength (issue 20), from attr-strength9's checks of the session's notes.

- A crowd or an audience is a gathering of unnamed people, even with "the": anonymous
  (anonymous-heads.txt), a group that "he" and "she" do not stand for (source-groups.txt).
- A bare mass noun of data opening its clause ("Polling shows", "Research suggests") names
  no document anyone can look up: anonymous, unless what follows names it ("research from
  the Harbor Institute"): Expressions._unowned.
- Bodies or outlets before a place preposition are the subject with their place
  ("Newspapers across the state warned", "Hospitals across the county said"), as people
  are, where their phrase opens its clause; after a word they are its object ("spoke to
  the Chronicle outside the court") (Subjects._placed).
- "The unions state their aim was": "state" with "that" dropped before a possessive noun of aim
  or stance and its verb (cue.state).
- "Recalls Trucks": goods straight after "recall" (no article, as headlines write) are
  withdrawn, not remembered (cue.recall).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    ("The crowd chanted that the mayor must resign.", "The crowd", Strength.ANONYMOUS),
    ("The audience shouted that the levy was unfair.", "The audience", Strength.ANONYMOUS),
    ("Polling shows the senator ahead by six points.", "Polling", Strength.ANONYMOUS),
    ("Research suggests the new ferry saves fuel.", "Research", Strength.ANONYMOUS),
    # still named: a named tail, a named body's role, a name
    (
        "Research from the Harbor Institute shows the ferry saves fuel.",
        "Research from the Harbor Institute",
        Strength.NAMED,
    ),
    ("The minister said the pier was unsafe.", "The minister", Strength.NAMED),
    ("The group said the pier was unsafe.", "The group", Strength.NAMED),
    ("Harbor First's polling shows the senator ahead.", "Harbor First's polling", Strength.NAMED),
    ("Ana Ruiz recalled that the trucks had stopped at dawn.", "Ana Ruiz", Strength.NAMED),
    (
        "Newspapers across the state warned that the levy would fail.",
        "Newspapers across the state",
        Strength.ANONYMOUS,
    ),
    (
        "Hospitals across the county said they were full.",
        "Hospitals across the county",
        Strength.ANONYMOUS,
    ),
    (  # a named outlet before a place is the object of the relative clause, not the subject
        "Parents who spoke to the Chronicle outside the court said the ruling was late.",
        "Parents",
        Strength.ANONYMOUS,
    ),
    ("The union states its main goal is a shorter week.", "The union", Strength.NAMED),
]

NOT_SOURCED = [
    "Automaker Recalls Pickup Trucks Over Faulty Brakes.",
    "Harbor Motors recalled vehicles built in May.",
    "Voters in the state their parents left are older.",
]


def test_he_is_not_the_crowd() -> None:
    sentences = audit_sentences(
        [
            "Ana Ruiz spoke at the harbour on Friday.",
            "The crowd booed when she told them the levy would stay.",
        ]
    ).sentences
    attribution = sentences[1].attribution
    assert sentences[1].label is Label.SOURCED
    assert attribution is not None
    assert attribution.source.strength is Strength.NAMED
    assert attribution.source.resolved_to == "Ana Ruiz"


test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
