"""SOURCED precision and strength (issue 20): a wish told in the past tense ("the mayor wanted
to close the harbour") or a passing idea ("few reporters thought to ask") is the writer's
narration; "plan", "hope" and "fear" after "a" or a possessive are nouns; "deny" with two
objects withholds something; a candidate "claiming her third victory" takes a win; "The plan,
unveiled last week," is a reduced passive; a capitalised set of people that opens a phrase
("Liberals and Conservatives in Parliament", "Supporters of Ana Ruiz") names no one.

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
    ("The mayor said she wanted the harbour closed.", "The mayor", Strength.NAMED),
    ("60 percent of voters wanted to rebuild the pier.", "60 percent of voters", "anonymous"),
    ("The trustees thought the pier was unsafe.", "The trustees", Strength.ANONYMOUS),
    ("The senators plan to sell the pier.", "The senators", Strength.ANONYMOUS),
    ("Ana Ruiz plans to sell the pier.", "Ana Ruiz", Strength.NAMED),
    ("Ruiz denied the report on Monday.", "Ruiz", Strength.NAMED),
    ("Ruiz denied Hale had lied about the pier.", "Ruiz", Strength.NAMED),
    # a set of party members, or of supporters, is unnamed; a union's name is a name
    (
        "Liberals and Conservatives in Parliament said the levy was unfair.",
        "Liberals and Conservatives in Parliament",
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
    # a declared win, wins touted and an announcement with its content stay reports
    ("Ruiz claimed victory on Tuesday night.", "Ruiz", Strength.NAMED),
    ("Ruiz is touting her recent wins in the opening statement.", "Ruiz", Strength.NAMED),
    ("The plan, unveiled last week, said the ferry would run hourly.", "The plan", "named"),
    (
        "Ana Ruiz, 54, announced on Tuesday, to loud cheers, that she would run.",
        "Ana Ruiz",
        "named",
    ),
]

NOT_SOURCED = [
    # a wish or an idea narrated in the past tense
    "The mayor wanted to close the harbour before the storm.",
    "All of the trustees wanted to teach the new warden a lesson.",
    "Ruiz wanted the council to vote on the pier before Friday.",
    "That was what the skipper wanted to hear.",
    "Few reporters thought to ask why the pier was closed.",
    # nouns
    "Islanders could buy a state insurance plan like the mainland's.",
    "A Bold Plan to Save the Pier: Sell It.",
    "The mayor's plans to sell the pier were dropped.",
    # withholding
    "The council denied Ana Ruiz a berth for the winter.",
    "A revolt on the council floor denied Ruiz the chair.",
    # a win, a share of the vote or a tax home taken
    "Ruiz won the island's caucus, claiming her third victory of the night.",
    "Hale beat Ruiz in the runoff, claiming 58 percent of the ballots cast.",
    "The ferry firm moved abroad, with the merged company claiming residency in Malta.",
    # a reduced passive: what was announced, not who announced it
    "The plan, unveiled last week, would cut bus fares by half.",
    "The proposal, announced in May, drew little notice.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
