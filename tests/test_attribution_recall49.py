"""attr-recall49: constructions this session's fresh pieces missed or over-read (invented
sentences).

- A second sense of a reporting verb is no cue (LABELS.md, Hard cases): a score added in a
  match report ("added a third from the spot", "a stoppage-time try"), "demand" after a
  commodity or a market ("power demand", "oil demand"), and a day of the week heading a
  listing's line ("Saturday: Farmers' market ...") read as a transcript's speaker.
- A plea in court ("pleaded guilty", "has pleaded not guilty to") is a party's answer to a
  charge, as "denied" and "declined to comment" are: SOURCED, named when the party is.
- Strength and spans: an outlet's correspondent is an unnamed person within it (anonymous,
  as "our reporter" is); a clock's minutes ("12:10") are not a count opening the source; a
  question or time clause before "she laughed:" is not the speaker; "a draft copy of the
  document obtained by" a paper runs on through "copy of".
- A person who "spoke to the Valley Herald about" a topic gave the paper statements (as "told
  the Herald" does); "devotees believe that ..." tells a faith's tenet, not a stated position.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

test_recall49_sourced = sourced_test(
    [
        # a plea in court: the party's answer to the charge
        (
            "Maren Holt pleaded not guilty to two counts of fraud at the county court.",
            "Maren Holt",
            Strength.NAMED,
        ),
        ("Tomas Ruiz, 52, has pleaded guilty to dangerous driving.", "Tomas Ruiz", Strength.NAMED),
        ("Harbour pilot pleads guilty to falsifying logs", "Harbour pilot", Strength.NAMED),
        # an outlet's correspondent: an unnamed person within it
        (
            "Our correspondent in Tromsø reports that the ferry has turned back.",
            "Our correspondent in Tromsø",
            Strength.ANONYMOUS,
        ),
        # a live blog's clock time before the source is no count of it
        (
            "14:25 Our correspondent at the pier says the water is still rising.",
            "Our correspondent at the pier",
            Strength.ANONYMOUS,
        ),
        (
            "At 09:40 officials said the bridge would stay shut.",
            "officials",
            Strength.ANONYMOUS,
        ),
        (
            "16:05 The harbour board said the pier had reopened.",
            "The harbour board",
            Strength.NAMED,
        ),
        # a question or time clause before the speaker and her verb
        (
            'Asked whether she would sell the boat, Ana Lind laughed: "Not while I live."',
            "Ana Lind",
            Strength.NAMED,
        ),
        (
            'When the verdict was read, Tom Hale shrugged: "We go on."',
            "Tom Hale",
            Strength.NAMED,
        ),
        # a draft copy is the document itself, with the paper that obtained it
        (
            "The levy will double, according to the draft copy of the budget obtained by the "
            "Pell Courier.",
            "the draft copy of the budget obtained by the Pell Courier",
            Strength.NAMED,
        ),
        # a person who spoke to an outlet about a topic gave it statements
        (
            "The harbour master spoke to the Valley Herald about the dredging plan.",
            "The harbour master",
            Strength.NAMED,
        ),
        # still cues: a point added in words, a party's demand, "added" a reason
        ("The mayor added a third reason to doubt the audit.", "The mayor", Strength.NAMED),
        ("The mayor added that the team would be honoured.", "The mayor", Strength.NAMED),
        (
            "Harbour unions demand a pay rise of five per cent.",
            "Harbour unions",
            Strength.ANONYMOUS,
        ),
        ("Residents demand that the pier stay open.", "Residents", Strength.ANONYMOUS),
        ("Economists believe rates will rise in May.", "Economists", Strength.ANONYMOUS),
    ]
)

test_recall49_not_sourced = not_sourced_test(
    [
        # a score added in a match report
        "Ana Ruiz doubled the lead and Tom Hale added a third from the penalty spot.",
        "The visitors added a fourth in the 80th minute.",
        "The winger added a stoppage-time try to seal the win.",
        "Lind added a late goal after the break.",
        # demand, the economic noun
        "Power demand in the port city hit a record on Tuesday.",
        "Global oil demand fell for a third month.",
        "Housing demand has cooled since rates rose.",
        # a faith's tenet, told as background
        "Devotees believe that a dip in the river on this day washes away sins.",
        # speaking to a person about something is a meeting
        "The harbour master spoke to Tom Hale about the dredging plan.",
        "She spoke to the agency about her benefits.",
    ]
)


def test_listing_days_are_no_speakers() -> None:
    """An events listing's lines, one a day, are no transcript's turns."""
    lines = [
        "Friday: Jazz trio at the harbour hall, starting at 8pm.",
        "Saturday: Farmers' market at the pier car park, 8am to 1pm.",
        "Sunday: Open day at the lighthouse for all the family.",
    ]
    report = audit_sentences(lines)
    assert [s.label for s in report.sentences] == [Label.UNSOURCED] * 3


def test_transcript_turns_still_read() -> None:
    """A transcript's named speakers keep their turns."""
    lines = [
        "HALE: The pier will reopen in May if the board agrees.",
        "RUIZ: And if the board does not agree with you?",
        "HALE: Then we will take it to the voters ourselves.",
    ]
    report = audit_sentences(lines)
    assert [s.label for s in report.sentences] == [Label.SOURCED] * 3
