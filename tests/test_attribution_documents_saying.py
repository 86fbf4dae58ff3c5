"""A document right before an -ing verb of saying or asking, with what it says after it
(issue 20, branch attr-recall17): "a letter saying the pier was unsafe", "an ad asking,
'...?'", "signs urging the mayor to quit". The document is the source (LABELS.md); held up
or waved by a named person, it is as named as its holder. And what stays unsourced: a verb
of judgement after the document ("statements accusing the army"), a verb with only its
topic ("a sign warning of delays"), a supposed document ("any law demanding").

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    ("A letter saying the quay was unsafe reached the board.", "A letter", Strength.ANONYMOUS),
    ("The council put up signs saying the ferry was cancelled.", "signs", Strength.ANONYMOUS),
    ("Protesters held placards urging the harbour master to quit.", "placards", Strength.ANONYMOUS),
    ('The dockers\' union ran an ad asking, "Who pays for the new quay?"', "an ad", Strength.NAMED),
    (
        'One of the ferry captains was caught in a video saying, "We never check the boats."',
        "a video",
        Strength.ANONYMOUS,
    ),
    ("Tomas Lind received a memo from the port authority demanding that he close the slipway.",
     "a memo from the port authority", Strength.NAMED),
    # held up or waved by a named person: named, as a document she posts is
    ('Ana Ruiz held up a sign saying "No more tolls on the bridge."', "a sign", Strength.NAMED),
    ('Tomas Lind waved a banner saying "Keep the night ferry."', "a banner", Strength.NAMED),
]  # fmt: skip

NOT_SOURCED = [
    # a verb of judgement: what the document is about
    "Statements accusing the coastguard were read out at the inquest.",
    # a verb with its topic only
    "A road sign warning of fog stood at the harbour gate.",
    "The ferry line sent emails asking about the timetable.",
    # a supposed document
    "Any rule demanding that fishermen sell their boats would be struck down.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
