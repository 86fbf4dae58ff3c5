"""A source's words the reader missed (issues 20, 21): a second -ing verb after "and" that
continues a comma participle ("..., shifting her focus and admitting that"), and an owner's
dictum, proposition, thesis, belief or notion "that ...", a passive naming verb with its
agent ("has been called a fraud by fellow doctors"). Label, source and strength.
Every sentence is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    (
        "Ruiz has dropped the plan, shifting her focus to the port and admitting that the levy "
        "was a reckless grab.",
        "Ruiz",
        Strength.NAMED,
    ),
    (
        "The union walked out in anger, blocking the gates and warning that the pier was a "
        "disgrace.",
        "The union",
        Strength.NAMED,
    ),
    (  # the clause after an opening phrase has its own subject
        "In June, after Ruiz fell ill, Hale wrote to her, praising her work and telling her "
        "that the pier was a disgrace.",
        "Hale",
        Strength.NAMED,
    ),
    (
        "Many still quote Mayor Ruiz's old dictum that the port was a den of thieves.",
        "Mayor Ruiz's",
        Strength.NAMED,
    ),
    (
        "It starts with Ms. Ruiz's admittedly bold proposition that ports are a disgrace.",
        "Ms. Ruiz's",
        Strength.NAMED,
    ),
    (
        "Ruiz has been called a disgraceful quack by fellow surgeons.",
        "fellow surgeons",
        Strength.ANONYMOUS,
    ),
    ("Ruiz was mocked by Mayor Hale as a timid debater.", "Mayor Hale", Strength.NAMED),
    ("The pier is a disgrace, said fellow senators.", "fellow senators", Strength.ANONYMOUS),
]

NOT_SOURCED = [
    # a participle after a subordinate clause may belong to that clause's subject
    "A new mayor could mend ties that have suffered since the levy began, tarring dockers as "
    "thieves and vowing to close the disgraceful pier.",
    # the -ing verb after "and" continues the participle of a named pair, not the sentence's
    "Leaked notes emerged, showing Ruiz and Hale discussing the vote and bitterly blasting "
    "the disgraceful pier.",
    "The notion that ports are a disgrace is old.",
    "The disgraceful pier was called the Old Mole by sailors.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)


test_no_source_is_read = not_sourced_test(NOT_SOURCED)
