"""SOURCED precision (issue 20): second senses of reporting verbs read from their complements
and surroundings. Writing a work is authorship, not a report of what it says; "backed by" names
a sponsor, unless a candidate or a bill is backed (endorsed); a headline kicker with a function
word is no speaker; people admitted or welcomed somewhere, a goal added beside an assist,
products recalled by the thousand and a report that "showed up" are other senses; what a party
"might say" is the writer's supposition.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # the reporting senses next to each guard still attribute
    ("Ana Ruiz wrote that the pier was unsafe.", "Ana Ruiz", Strength.NAMED),
    ("Ana Ruiz wrote in a letter that the pier was unsafe.", "Ana Ruiz", Strength.NAMED),
    (
        "Ana Ruiz wrote a letter to the board saying the pier was unsafe.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "Mayor Ana Ruiz wrote a letter to Gov. Tom E. Hale asking the state to inspect the pier.",
        "Mayor Ana Ruiz",
        Strength.NAMED,
    ),
    ("“The pier is unsafe,” the harbour master wrote.", "the harbour master", Strength.NAMED),
    ("The union backs the plan to close the pier.", "The union", Strength.NAMED),
    ("The levy was branded a poll tax by the union.", "the union", Strength.NAMED),
    ("Ruiz: The Ferry Deal Is Dead", "Ruiz", Strength.NAMED),
    ("The minister added a warning and a plea.", "The minister", Strength.NAMED),
    ("Nurse Ana Ruiz recalled that the ward was empty.", "Nurse Ana Ruiz", Strength.NAMED),
    ("The audit showed that the pier was unsafe.", "The audit", Strength.NAMED),
    ("The mayor would later say that the pier was safe.", "The mayor", Strength.NAMED),
    # "Police" speak as the one force of the place (attr-precision11, LABELS.md spokespeople)
    ("Police could not say how many people were hurt.", "Police", Strength.NAMED),
    ("Prime Minister Ana May said the pier was safe.", "Prime Minister Ana May", Strength.NAMED),
    ("The minister admitted that the pier was unsafe.", "The minister", Strength.NAMED),
    ("The union welcomed the ruling on Monday.", "The union", Strength.NAMED),
    # a candidate "backed by" a party is endorsed: a position
    (
        "Ana Ruiz, a harbour pilot backed by the mayor, won the primary.",
        "the mayor",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    # writing a work: authorship, not what the work says
    "An occupying power wrote the island's constitution in 1947.",
    "Tom Hale wrote the letter on Feb. 2 to the harbour board.",
    "She lived in Lisbon and wrote her thesis on the history of the port.",
    "For years the poet wrote under a pen name.",
    "A history of the port written by two retired pilots comes out in May.",
    "Most of the songs on the album were written by her brother.",
    # "backed by": a sponsor, armed, financial or electoral
    "Militias backed by the army took the port on Sunday.",
    "The ruling party, which is heavily backed by the generals, lost ten seats.",
    "The loan was backed by the state bank.",
    "A coalition led by the navy and backed by two allies shelled the port.",
    # letting people in and receiving them
    "Colleges fill the gap by admitting more foreign students.",
    "The island will welcome refugees fleeing the war.",
    "The mayor warmly welcomed home the sailors freed abroad.",
    "The ministry welcomed him into the country in May.",
    # a headline kicker with a function word in Title Case is no speaker
    "Big Night For Ruiz: Union Holds Off On Its Endorsement.",
    "Calm Over Harbour: Ferries Sail Again After The Storm.",
    # a goal beside an assist, products by the thousand, a report that turned up
    "Rookie Tomas Lind added a late goal and two assists, and the Harriers won.",
    "A toy maker recalls 120,000 wooden trains over a choking risk.",
    "The stolen report showed up on a website in May.",
    # what a party might say is the writer's supposition
    "As the harbour master might say, the new ferry is a bargain.",
    "The mayor may well say the pier is safe.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
