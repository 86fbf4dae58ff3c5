"""Figures that come from a source (cue.comes-from, issue 20): "The figure comes from the
Census Bureau" gives the figure as that body's, as "data from X show" does (LABELS.md); money,
water or a word that comes from somewhere is no claim's source.

Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    ("The figure comes from the Harbor Institute.", "the Harbor Institute", Strength.NAMED),
    ("These numbers come from the transport ministry.", "the transport ministry",
     Strength.NAMED),
    ("The estimate came from a 2019 survey by the Harbor Institute.",
     "a 2019 survey by the Harbor Institute", Strength.NAMED),
    ("Their data largely comes from the health ministry.", "the health ministry", Strength.NAMED),
]  # fmt: skip

NOT_SOURCED = [
    "The money comes from the county transport fund.",
    "The name comes from an old word for a harbour.",
    "Most of the water comes from the reservoir.",
    "The figure came into view at dusk.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
