"""Missed SOURCED (issue 20), closed by construction: a judgement given to its holders after
"by" ("is seen by growers as a burden"); a party that "feels" something is so, or
"considers" it a thing; advice or pleas "from" a party with what was advised; hearers in a
longer phrase ("assured a crowd of supporters that"); a sum before "lawsuit"; a belief whose
clause opens with a name's possession ("thinks Ana Ruiz's plan is"); a finding of "no
evidence that"; "Among the audit's findings:" opening what a report found; a relative clause
whose object has a modifier ("Doctors who treat heart patients think": the doctors);
"educators" as a source. And what must stay unsourced: the bare hedge "is seen as", a
sighting or an examination "by" someone, a sensation felt, the writer's "I feel", "feel that
way", a bill considered "a second time", advice with nothing advised, a win that "assured
them a place", a discovery of an object, a list of findings with no owner.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # a judgement with its holders after "by"
    (
        "The new levy is seen by many growers as a burden on small farms.",
        "many growers",
        Strength.ANONYMOUS,
    ),
    ("The ruling was viewed by the union as a betrayal.", "the union", Strength.NAMED),
    (
        "The dam is widely regarded by engineers as the weakest in the valley.",
        "engineers",
        Strength.ANONYMOUS,
    ),
    # "feel" as a verb of belief
    ("Many growers feel that the new levy is unfair.", "Many growers", Strength.ANONYMOUS),
    ("Her aides feel they have done enough already.", "Her aides", Strength.ANONYMOUS),
    ("Ana Ruiz felt the ferry contract was a mistake.", "Ana Ruiz", Strength.NAMED),
    # a clause opening with a name's possession
    ("The union thinks Ana Ruiz's plan for the pier is too costly.", "The union", Strength.NAMED),
    # "consider" with a judgement after its object
    (
        "Most growers consider the new levy a burden on small farms.",
        "Most growers",
        Strength.ANONYMOUS,
    ),
    ("The union considers Ana Ruiz to be the best candidate.", "The union", Strength.NAMED),
    # advice and pleas from a party, with what was advised
    (
        "The council approved the tower despite advice from engineers that the site was unstable.",
        "engineers",
        Strength.ANONYMOUS,
    ),
    (
        "The mayor ignored pleas from residents to keep the pier open.",
        "residents",
        Strength.ANONYMOUS,
    ),
    # a longer phrase for the hearers; a sum before the lawsuit
    (
        "The mayor assured a crowd of tearful supporters that the pier would reopen.",
        "The mayor",
        Strength.NAMED,
    ),
    (
        "The attorney general filed a $40 million lawsuit alleging that the school lied.",
        "The attorney general",
        Strength.NAMED,
    ),
    # a finding of no evidence
    (
        "Scientists found no evidence that the additive harms children.",
        "Scientists",
        Strength.ANONYMOUS,
    ),
    # the owner of a report's findings before a colon
    (
        "Among the audit's findings: the port lost money for six years.",
        "the audit's",
        Strength.NAMED,
    ),
    # a relative clause whose object carries a modifier
    (
        "Doctors who treat heart patients think the new guidelines go too far.",
        "Doctors",
        Strength.ANONYMOUS,
    ),
    (
        "Lawyers who represent pension funds said the ruling was unclear.",
        "Lawyers",
        Strength.ANONYMOUS,
    ),
    # a reporting verb after the relative clause is no modifier: the belief is the team's
    (
        "A second aide who attended said Mr. Hale's team believed the vote was lost.",
        "Mr. Hale's team",
        Strength.NAMED,
    ),
    # heads the lexicons lacked
    ("But educators say the cuts will hurt poorer pupils most.", "educators", Strength.ANONYMOUS),
]

NOT_SOURCED = [
    "The new levy is widely seen as a burden on small farms.",
    "The boy was seen by a doctor on Friday.",
    "The suspect was seen by neighbours as he left the house.",
    "Residents felt the ground shake for a minute.",
    "I feel that the levy is unfair.",
    "The mayor may now feel that way herself.",
    "Anyone who feels the levy is unfair should write to the council.",
    "Divers found no sign of the wreck.",
    "The win assured them a place in the final that nobody expected.",
    "The council considered the bill a second time on Friday.",
    "The board considered a plan to sell the pier.",
    "The pier is considered a landmark.",
    "She followed advice from a friend and moved to the coast.",
    "Among the findings: the port lost money for six years.",
    "Among our findings: the port lost money for six years.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
