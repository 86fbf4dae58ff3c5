"""Missed sources whose words read as the writer's (issues 20 and 21), closed by construction:
a passive's agent that opens with a describing word the lexicons lack before a known head
("condemned by the harbour authority", "criticised by civil liberties groups"); a party that
presses another to act or presses for something ("Lirana has pressed Varno to"); a belief
whose clause has a longer subject before its auxiliary ("believe the pull of the new harbour
will"); "this" opening a clause after a verb of belief or worry ("worry this could"); "The
US" as the country, not the writer's "us".
And what must stay unsourced: a push with the hand, "pressed for time", a passive "was pressed
to", an act done by a body ("was built by the port authority"), the writer's own belief.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # a passive's agent over a describing word the lexicons lack
    (
        "The ferry contract was condemned by the harbour authority.",
        "the harbour authority",
        Strength.NAMED,
    ),
    (
        "The curfew was criticised by civil liberties groups as far too broad.",
        "civil liberties groups",
        Strength.ANONYMOUS,
    ),
    # a government or a person pressing another party to act, or pressing for something
    ("Lirana has pressed Varno to reopen the northern border.", "Lirana", Strength.NAMED),
    (
        "The dock union pressed Mr. Hale to publish the ferry accounts.",
        "The dock union",
        Strength.NAMED,
    ),
    ("Ana Ruiz pressed Hale hard for a vote on the pier.", "Ana Ruiz", Strength.NAMED),
    ("Growers have pressed for a lower levy on small boats.", "Growers", Strength.ANONYMOUS),
    # a belief whose clause has a longer subject before its auxiliary
    (
        "Growers believe the pull of the new harbour will fade by winter.",
        "Growers",
        Strength.ANONYMOUS,
    ),
    (
        "Many farmers fear the loss of the old jetty could empty the bay.",
        "Many farmers",
        Strength.ANONYMOUS,
    ),
    # "this" opening the clause
    (
        "Dock workers worry this could end night shifts at the port.",
        "Dock workers",
        Strength.ANONYMOUS,
    ),
    ("Ana Ruiz believes this will save the ferry.", "Ana Ruiz", Strength.NAMED),
    # "US" in capitals among lower-case words: the country, not the writer's "us"
    ("The US disclosed that it had sold two frigates to Lirana.", "US", Strength.NAMED),
    ("Last week the US warned its citizens to avoid the port.", "US", Strength.NAMED),
]

NOT_SOURCED = [
    # a push, time, a passive, a need, going on
    "She pressed the button to open the gate.",
    "The crew were pressed for time before the storm.",
    "The mayor was pressed to explain the cost.",
    "The council faces a pressing need for new berths.",
    "She pressed her palm to the cold glass.",
    # an act done by a body, not a statement
    "The new pier was built by the port authority in 1990.",
    "The ferry was hit by a cargo vessel.",
    # the writer's belief; a generic believer
    "I think the pull of the new harbour will fade by winter.",
    "Anyone who believes the loss of the jetty will not matter should visit.",
    # the writer's "us", in capitals too
    "None of us said the pier was safe.",
    "LET US SAY THE PIER IS SAFE",
    # staff or troops called home: an act
    "The US recalled non-essential consular staff from Varno.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
