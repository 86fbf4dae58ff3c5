"""The parties of a lawsuit as sources (source-persons lexicon, issue 20): "The plaintiffs,
a coalition of ..., said" is the plaintiffs', not the apposition's, and an apposition with
"led by X" no longer hides the source. Graded as other roles are: one party named ("the
plaintiff"), a plural of unnamed people anonymous ("the plaintiffs", as "the prosecutors").

Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import sourced_test

from auditor.models import Strength

SOURCED = [
    ("The plaintiffs, a coalition of harbour groups, said the map was unfair.", "The plaintiffs",
     Strength.ANONYMOUS),
    ("The plaintiffs, a coalition led by the Harbor League, said the map was unfair.",
     "The plaintiffs", Strength.ANONYMOUS),
    ("The plaintiff said the ferry company had ignored her letters.", "The plaintiff",
     Strength.NAMED),
    ("A defendant in the case said he was never paid.", "A defendant in the case",
     Strength.ANONYMOUS),
    ("The appellants argued that the pier ruling was wrong.", "The appellants",
     Strength.ANONYMOUS),
]  # fmt: skip

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
