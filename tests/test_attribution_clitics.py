"""SOURCED precision (issue 20): "be" as a clitic on its subject makes the reporting verb after
it passive, as "are told" is: "They're told the bridge is safe" names no one who said it
(the hearers are its subject), and "I'm told" is the writer's. A speaker before the full verb
keeps the statement.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    ("Ann Roe told the crews the pier was safe.", "Ann Roe", Strength.NAMED),
]

NOT_SOURCED = [
    "They're told the bridge is safe.",
    "You're told to wait at the gate until noon.",
    "I'm told the ferry will sail on Friday.",
    "They’re asked to leave their cars at the quay.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
