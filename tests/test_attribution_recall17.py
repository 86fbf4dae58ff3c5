"""Missed SOURCED (issue 20, branch attr-recall16), closed by construction: a report with its
outlet or issuing body and a content clause ("seized on a Gazette report that ...", "a
report by the Gazette that ..."); an organisation's headline ("Harbour Police: ..."); a pitch
being made, with what it says; statements in the plural without an article ("issued
statements defending"); "or so writes X"; "implying that"; radio listeners, callers and
unnamed businesses as sources; a source described by sex or standing ("by a female
reporter"). And what must stay unsourced: a relative clause after "report that", a
nationality before "report", capitalised headline kickers ("BOOM:"), a
chamber or a place before a colon, a pitcher's pitch, the writer's own readers.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # a report with its outlet and a content clause
    (
        "The mayor seized on a Port Watch report that the pier had cracked.",
        "Port Watch",
        Strength.NAMED,
    ),
    (
        "Shares in the ferry line fell after a Tide News report that fares would double.",
        "Tide News",
        Strength.NAMED,
    ),
    (
        "Then came a report by the Harbor Gazette that she had sold the ferry.",
        "the Harbor Gazette",
        Strength.NAMED,
    ),
    (
        "Traders seized on an analysis by Port Watch on Monday that wages had stalled.",
        "Port Watch",
        Strength.NAMED,
    ),
    # an organisation's headline
    ("Harbour Police: Two men were arrested after the brawl", "Harbour Police", Strength.NAMED),
    (
        "Justice Department: No charges will be filed against the mayor",
        "Justice Department",
        Strength.NAMED,
    ),
    # a pitch being made, with what it says
    (
        "The senator is making a pitch to farmers saying the levy will fall.",
        "The senator",
        Strength.NAMED,
    ),
    # statements in the plural without an article
    (
        "The port board issued statements defending the new levy.",
        "The port board",
        Strength.NAMED,
    ),
    # "or so writes X"
    (
        "The ferry sank in a storm in 1911 (or so writes Mr. Hale).",
        "Mr. Hale",
        Strength.NAMED,
    ),
    (
        "The pier is the oldest in the state, or so claims the company.",
        "the company",
        Strength.NAMED,
    ),
    # "implying that"
    (
        "Ana Ruiz shrugged at the question, implying that the council had lied.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    # listeners, callers and businesses as sources
    (
        "The host took calls from listeners who said the ferry was always late.",
        "listeners",
        Strength.ANONYMOUS,
    ),
    (
        "The levy is opposed by the guilds, including businesses that warn it could close shops.",
        "businesses",
        Strength.ANONYMOUS,
    ),
    # a source described by sex or standing
    (
        "The clerk was accused by a female reporter, who worked for the paper, of pushing her.",
        "a female reporter",
        Strength.ANONYMOUS,
    ),
    ("Two retired dockers said the pier was unsafe.", "Two retired dockers", Strength.ANONYMOUS),
]

NOT_SOURCED = [
    # a relative clause after "report that", a nationality
    "The mayor waved a Port Watch report that his aides had leaked in May.",
    "A Port Watch report that was published on Monday named three streets.",
    "Traders laughed at a Canadian report that the pier had cracked.",
    "The Monday report that the pier had cracked was wrong.",
    # capitalised kickers, a chamber and a place before a colon
    "BOOM: Mayor caught lying again on live television.",
    "PROOF: The Ferry Company Failed To Count The Passengers",
    "Ana Ruiz Senate: Governor Names Former Aide To Replace Tom Hale",
    # a pitcher's pitch; a bare pitch
    "The pitcher is making a pitch to the batter.",
    # the writer's readers and young people
    "Each spring a reader or two asks about the ferry timetable.",
    "It is young people who demand the late ferries most.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
