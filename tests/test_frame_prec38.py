"""frame-prec38: rules described, page furniture and interview answers kept out of EDITORIAL.

- A measured duty is how a rule is written ('must keep records for six years', 'inspected at
  least twice a year', 'report within 24 hours'). A punishment or a wait with its term, and a
  duty put on a class of people ('Skippers who broke the rules must resign'), stay the
  writer's. (A duty of a class defined by what its members do now, 'Boats that fail a check
  must stay in port', is a condition; the lead took that guard out for its cost, docs/limits.md.)
- 'Suspicious payments' and kin are what banks report, as 'suspicious transactions' are.
- The outlet's own pages ('our live page', 'our morning briefing') are furniture.
- Interview answers: tests/test_frame_prec38_interview.py.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test

EDITORIAL = [
    ("The harbour board must act before the winter storms.", "action.deontic"),
    ("The harbour master should be suspended for 90 days.", "action.deontic"),
    ("The council should wait until at least 2031 to sell the pier.", "action.deontic"),
    ("Skippers who broke the rules must resign.", "action.deontic"),
    ("Islanders who care about the pier should vote for the Greens.", "action.deontic"),
    ("Islanders who still hesitate should ask the ferry crew, not a forum.", "action.deontic"),
    ("The board must act within weeks.", "action.deontic"),
    ("We should have seen the ferry crisis coming.", "stance.first-person"),
]

NOT_EDITORIAL = [
    "Ferry operators must keep a log of each crossing for six years.",
    "Lifeboats must be inspected by a certified engineer at least twice a year.",
    "Skippers must rest for at least 10 hours every day.",
    "Harbour firms must pay deckhands at least the statutory minimum.",
    "Boat owners must report an accident to the coastguard within 24 hours.",
    "Island firms must report suspicious payments to the regulator within 48 hours.",
    "Banks flagged 300 suspicious payments from the harbour account.",
    "Follow the latest on the ferry strike on our live page.",
    "Get our morning briefing delivered to your inbox.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)
