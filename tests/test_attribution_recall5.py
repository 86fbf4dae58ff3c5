"""Constructions the reader missed on a fresh sample (issue 20, attr-recall5): idioms of
praise and blame ('heaps praise on', 'poured cold water on', 'knocked X as Y'), 'is
speaking out' with a time phrase before its topic, a changed account or page 'to say', a
speaker after an inverted 'reports', a passive 'was uttered once, by X', a verb of saying
that goes on a series of its clause's past verbs ('delayed the audit, admitted ...'),
data 'showing that' after "with", a family as a source, people 'aged 18 to 35', and an
apposition ending on a name. Label, source and strength; and the second senses that must
stay unattributed. Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    (
        "In a letter released on Friday, the mayor heaps praise on the rescue crews.",
        "the mayor",
        Strength.NAMED,
    ),
    ("Two unions poured scorn on the port levy.", "Two unions", Strength.ANONYMOUS),
    (
        "The minister poured cold water on the idea of a second bridge.",
        "The minister",
        Strength.NAMED,
    ),
    (
        "Even the governor has knocked the ferry levy as unfair to islanders.",
        "the governor",
        Strength.NAMED,
    ),
    (
        "Retired Gen. Ana Ruiz is speaking out ahead of the harbour vote about the new levy.",
        "Retired Gen. Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "Another diplomat, former envoy Tom Hale, shifted his account of the dinner to say "
        "the talks failed.",
        "Another diplomat, former envoy Tom Hale",
        Strength.NAMED,
    ),
    (
        "The ferry company updated its website to say that Sunday sailings were cancelled.",
        "The ferry company",
        Strength.NAMED,
    ),
    ("Both piers were closed again, reports Mara Lind.", "Mara Lind", Strength.NAMED),
    (
        'The word "levy" was uttered only once, by the mayor.',
        "the mayor",
        Strength.NAMED,
    ),
    (
        "The council delayed the vote, warned that funds were short, and walked out.",
        "The council",
        Strength.NAMED,
    ),
    (
        "Shares fell, with figures from the ministry showing that exports dropped.",
        "figures from the ministry",
        Strength.NAMED,
    ),
    ("The family denies any involvement.", "The family", Strength.NAMED),
    ("A family said the water was brown.", "A family", Strength.ANONYMOUS),
    ("Voters aged 18 to 35 said the fares were too high.", "Voters", Strength.ANONYMOUS),
    (
        "Another diplomat, former envoy to Spain Tom Hale, said the aid was held.",
        "Another diplomat, former envoy to Spain Tom Hale",
        Strength.NAMED,
    ),
    (
        "Another official, member of the harbour board, said the aid was held.",
        "Another official",
        Strength.ANONYMOUS,
    ),
]

NOT_SOURCED = [
    "Rain poured on the harbour all night.",
    "The coach would not heap praise on one player.",
    "The wind knocked the sign down as the storm passed.",
    "He knocked on doors as the polls opened.",
    "A late tackle knocked the striker out as the half ended.",
    "The bell rang out before the match on Sunday.",
    "The council changed the timetable to add two sailings.",
    "The pier closed, the storm reported Monday's damage.",
    "Nobody believes the nonsense uttered by the harbour board.",
    "The pier, warned of the storm, stayed shut.",
    "The board delayed its reply, worried that a vote would hurt sales and cost jobs.",
    "If the levy had failed, the data would be showing it by now.",
    "The family moved to Ohio in 1990.",
    "The family claimed the sailor's body, sold his boat, and left town.",
    "A study suggesting that coffee helps was retracted.",
    "The revealing dress drew stares.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)


test_no_source_is_read = not_sourced_test(NOT_SOURCED)
