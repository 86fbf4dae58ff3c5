"""A gerund of saying after a reaction its speaker draws (issue 20, branch attr-recall17):
"the mayor drew fire for saying ...", "makes no apologies for accusing ...",
"has endured criticism for telling ...", and after "aside from" ("few ideas aside from
stating that ..."): the gerund is the clause subject's. And what stays as it was: a person
before "for" ("thanked the pilots for saying": the pilots said it), a negated gerund ("faces
criticism for never saying the quay was unsafe").

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    ("The mayor drew fire for saying the quay was safe.", "The mayor", Strength.NAMED),
    ("Ana Ruiz has endured criticism for telling ferry crews that the toll would stay.",
     "Ana Ruiz", Strength.NAMED),
    ("Ana Ruiz got into trouble for saying the slipway had been repaired.", "Ana Ruiz",
     Strength.NAMED),
    ("Tomas Lind makes no apologies for saying the night ferry loses money.", "Tomas Lind",
     Strength.NAMED),
    ("Tomas Lind has offered few plans aside from stating that the quay should not close.",
     "Tomas Lind", Strength.NAMED),
]  # fmt: skip

NOT_SOURCED = [
    # a negated gerund: nothing was said
    "One councillor faces criticism for never saying the quay was unsafe.",
    # a person before "for": the pilots spoke, and they are read as no source here
    "The harbour master thanked the pilots for saying the quay was safe.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
