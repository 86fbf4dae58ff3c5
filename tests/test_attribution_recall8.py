"""Missed SOURCED (issue 20), closed by construction: roles and trades the person lexicon
lacked, so that a position or belief verb, which needs a typed subject, read none ("The
harbour master did not rule out ..."); a belief whose clause has no "that" and a verb in -s or
-ed ("Economists believe this provides ..."); signing a letter or a petition; "gave" an
account or a warning; the subject of a verb after a relative clause inside it ("Economists
who like the levy agree that": the economists, not the levy). And what must stay unsourced:
the writer's supposition ("a historian might wonder"), evidence handed over, an object
relative with its own subject, a noun after a relative clause, a passive participle after
its noun ("two wardens accused of abuse": nobody accuses). A headline may put a role in lower
case before its colon ("EU envoy: ...").

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # roles and trades as subjects of position and belief verbs
    ("The harbour master did not rule out further closures.", "The harbour master", Strength.NAMED),
    ("The sheriff opposed the new curfew.", "The sheriff", Strength.NAMED),
    ("The headmaster believes the roof is unsafe.", "The headmaster", Strength.NAMED),
    (
        "Two epidemiologists fear the outbreak will spread.",
        "Two epidemiologists",
        Strength.ANONYMOUS,
    ),
    ("Forty rabbis said they would join the march.", "Forty rabbis", Strength.ANONYMOUS),
    ("Fishermen said the catch was the worst in years.", "Fishermen", Strength.ANONYMOUS),
    # a belief without 'that'
    (
        "Economists believe this provides a cushion for small ports.",
        "Economists",
        Strength.ANONYMOUS,
    ),
    ("The union thinks the new levy hurts small boats.", "The union", Strength.NAMED),
    ("Growers suspected the ministry changed the rules.", "Growers", Strength.ANONYMOUS),
    # signing a letter, a statement, a petition
    (
        "Thirty skippers signed an open letter on Friday saying they would not sail.",
        "Thirty skippers",
        Strength.ANONYMOUS,
    ),
    ("Ana Ruiz signed a petition against the new toll.", "Ana Ruiz", Strength.NAMED),
    # 'gave' an account, advice, a warning
    ("The coach gave his players a blunt warning about the heat.", "The coach", Strength.NAMED),
    ("Tom Hale gave reporters his own account of the crash.", "Tom Hale", Strength.NAMED),
    # the subject of a verb after a relative clause inside its phrase
    (
        "Economists who favour the levy agree that it would cut emissions.",
        "Economists",
        Strength.ANONYMOUS,
    ),
    (
        "Economists who study trade agree that tariffs hurt buyers.",
        "Economists",
        Strength.ANONYMOUS,
    ),
    (
        "Councillors who are open to change disagree over its scope.",
        "Councillors",
        Strength.ANONYMOUS,
    ),
    (
        "A nurse who was hurt in the crash has spoken out about the delay.",
        "A nurse",
        Strength.ANONYMOUS,
    ),
    # a headline with a role in lower case before the colon
    ("EU envoy: The talks have failed for good", "EU envoy", Strength.NAMED),
    # a passive participle in the sentence leaves the other cue to speak
    (
        "Tom Hale, accused of taking bribes, said he would fight the charge.",
        "Tom Hale",
        Strength.NAMED,
    ),
    ("The plan, which critics denounced as a stunt, passed.", "critics", Strength.ANONYMOUS),
    # an object relative keeps its own subject
    (
        "Much of her anger was aimed at Hale, who Lund on Friday called a fraud.",
        "Lund",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "A curious historian might wonder whether the pier will last.",
    "The harbour police gave the evidence to the defence by mistake.",
    "The port signed a letter of intent with the ferry company.",
    "The mayor gave the dockers a new contract.",
    "We believe the plan works.",
    "I think this matters more than the vote.",
    "The fears the union raised proved right.",
    "Ana Ruiz met the nurse who had been the target of the angry voice mail.",
    "Three captains who have led big states were at the dinner.",
    "Oil market update: Prices fall for a third day.",
    "Two wardens accused of abuse were suspended on Monday.",
    "The firm hired an engineer accused of faking safety checks.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)
