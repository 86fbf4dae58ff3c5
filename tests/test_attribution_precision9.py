"""SOURCED precision and strength (issue 20): a wish told in the past tense ("the mayor wanted
to close the harbour") or a passing idea ("few reporters thought to ask") is the writer's
narration; "plan", "hope" and "fear" after "a" or a possessive are nouns; "deny" with two
objects withholds something; a capitalised set of people that opens a phrase ("Democrats and
Republicans in Congress", "Supporters of Ana Ruiz") names no one.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # the reporting senses next to each guard still attribute
    ("Ruiz wants to make the ferry free for pensioners.", "Ruiz", Strength.NAMED),
    ("The harbour master wanted to know why the ferry was late.", "The harbour master", "named"),
    ("The harbour master wanted to know how to fix the crane.", "The harbour master", "named"),
    ("She said she wanted to close the harbour.", "She", Strength.NAMED),
    ("60 percent of voters wanted to rebuild the pier.", "60 percent of voters", "anonymous"),
    ("The trustees thought the pier was unsafe.", "The trustees", Strength.ANONYMOUS),
    ("The senators plan to sell the pier.", "The senators", Strength.ANONYMOUS),
    ("Ana Ruiz plans to sell the pier.", "Ana Ruiz", Strength.NAMED),
    ("Ruiz denied the report on Monday.", "Ruiz", Strength.NAMED),
    ("Ruiz denied Hale had lied about the pier.", "Ruiz", Strength.NAMED),
    # a set of party members, or of supporters, is unnamed; a union's name is a name
    (
        "Democrats and Republicans in Congress said the levy was unfair.",
        "Democrats and Republicans in Congress",
        Strength.ANONYMOUS,
    ),
    ("Supporters of Ana Ruiz said the levy was unfair.", "Supporters of Ana Ruiz", "anonymous"),
    (
        "Wages rose 3%, according to the Harbour Workers of America, a union.",
        "the Harbour Workers of America",
        Strength.NAMED,
    ),
    ("Washington and its allies said the levy was unfair.", "Washington and its allies", "named"),
    ("The Church in Wales said the levy was unfair.", "The Church in Wales", Strength.NAMED),
]

NOT_SOURCED = [
    # a wish or an idea narrated in the past tense
    "The mayor wanted to close the harbour before the storm.",
    "All of the trustees wanted to teach the new warden a lesson.",
    "Ruiz wanted the council to vote on the pier before Friday.",
    "That was what the skipper wanted to hear.",
    "Few reporters thought to ask why the pier was closed.",
    # nouns
    "Others could buy a government plan similar to the state's.",
    "A Bold Plan to Save the Pier: Sell It.",
    "The mayor's plans to sell the pier were dropped.",
    # withholding
    "The council denied Ana Ruiz a berth for the winter.",
    "A floor fight at the convention denied Ruiz the nomination.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
