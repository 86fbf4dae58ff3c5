"""Source spans after a date (issue 20): a weekday or month that opens the clause without a
comma, after a time word or a preposition of time ("On Tuesday the council said", "Last
March Ana Lund said"), says when, not who; the source is the noun phrase after it. A month
that is a name's ("Theresa May said", "June Carter said", "May Ellison said") stays in the
name.

Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import sourced_test

from auditor.models import Strength

SOURCED = [
    ("On Tuesday the harbour council said the bridge would close.", "the harbour council",
     Strength.NAMED),
    ("In March the ferry company announced it would cut routes.", "the ferry company",
     Strength.NAMED),
    ("On Friday Ana Lund said the levy was too low.", "Ana Lund", Strength.NAMED),
    ("On Monday night the Dunmore council said the pier would reopen.", "the Dunmore council",
     Strength.NAMED),
    ("By Friday the Harbour Authority said 40 boats were lost.", "the Harbour Authority",
     Strength.NAMED),
    ("Since January the transport ministry has said fares will rise.", "the transport ministry",
     Strength.NAMED),
    ("Last Tuesday the harbour board said it would appeal.", "the harbour board",
     Strength.NAMED),
    ("In May Tom Hale said the plan was dead.", "Tom Hale", Strength.NAMED),
    # a month that is a name's: no date, the whole name
    ("Theresa May said the levy was too low.", "Theresa May", Strength.NAMED),
    ("June Carter said the levy was too low.", "June Carter", Strength.NAMED),
    # a month that is a given name opening the sentence, "May" a modal too
    ("May Ellison said the levy was too low.", "May Ellison", Strength.NAMED),
    ("April Dunne told the council the pier was unsafe.", "April Dunne", Strength.NAMED),
    ("Last May Tom Hale said the plan was dead.", "Tom Hale", Strength.NAMED),
    # a comma after the date: as before
    ("On Tuesday, the harbour council said the bridge would close.", "the harbour council",
     Strength.NAMED),
]  # fmt: skip

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
