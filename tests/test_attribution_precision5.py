"""SOURCED precision (issues 20 and 21): cues that are not attribution in the writer's voice,
read from their complements and surroundings: "according to" as "in proportion to", a belief
or wish inside a condition, "cannot admit", a measure as the subject of "reveals", claiming a
mantle, adding a quality to something, and a negative subject.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # the reporting senses next to each guard still attribute
    ("Fares rose 4%, according to the ferry company.", "the ferry company", Strength.NAMED),
    (
        "The finance minister believes that the pier will hold.",
        "The finance minister",
        Strength.NAMED,
    ),
    ("Ana Ruiz wants to close the old pier by May.", "Ana Ruiz", Strength.NAMED),
    ("The mayor admitted that the audit was late.", "The mayor", Strength.NAMED),
    ("The council revealed that the pier had been sold.", "The council", Strength.NAMED),
    ("The union claimed that the vote was rigged.", "The union", Strength.NAMED),
    ("The minister added that two ferries were cancelled.", "The minister", Strength.NAMED),
    (
        "Asked about the delay, the mayor replied that funds were short.",
        "the mayor",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    # "according to" after a verb of varying or sorting: in proportion to
    "Ferry fares vary according to the season and the length of the crossing.",
    "Each member's vote is weighted according to the acreage farmed.",
    "Rents are adjusted according to the size of the flat.",
    # a belief or a wish inside a condition is the writer's supposition
    "Anglers are fooling themselves if they really believe that the river will recover alone.",
    "The club will lose money unless its owners plan to sell the ground.",
    "The mayor will need a sharper answer if she wants the charge to fade.",
    # what a party cannot bring itself to say is the writer's claim
    "Smokers cannot admit that they enjoy the habit.",
    "The board won't acknowledge that the pier is failing.",
    # a measure, not a speaker, reveals
    "The size of the crowd reveals that anger is still high.",
    # claiming a mantle is taking it as one's own
    "Leaders like Roe and Hale would all claim the mantle of the reform movement.",
    # adding a quality or an item to something
    "Many landlords add greed to their other failings.",
    "The chef added saffron to the stew.",
    # a negative subject answered nothing
    "Nobody can answer that.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
