"""Missed and wrongly read sources (issues 20 and 21), closed by construction: a gerund after
"for" and a verb with no object of its own ("was criticised for saying that"); a count
approximated inside the phrase before an apposition ("The pilot of almost nine years, a
lifelong islander, said"); the progressive as the second verb of a coordination ("who runs
the ferry and is saying"); a document's author after a describing word in an "according to"
phrase ("according to a survey by the left-leaning Tide Institute"); named members counted
among a set ("Acme and Bolt are among the shops that said"); a handle after a person noun
("one Twitter user @quayside").
And what must stay unsourced: an event or an outcome that "reaffirms that" (only a party
reports), branding oneself as something, a thanked object's gerund, a gerund owned by a noun
("the fear of being punished for saying"), a handle that is an object.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    # a gerund after "for" and a participle: the clause's subject says it
    (
        "The senator was criticised for saying that the ferry was safe.",
        "The senator",
        Strength.NAMED,
    ),
    (
        "Ana Ruiz was widely mocked for claiming the tide tables were wrong.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    ("The mayor apologised for insisting that the pier stay open.", "The mayor", Strength.NAMED),
    # a count approximated inside the phrase, then an apposition
    (
        "The pilot of almost nine years, a lifelong islander, said the crossing was rough.",
        "The pilot of almost nine years",
        Strength.NAMED,
    ),
    (
        "A nurse of about 12 years, a keen angler, told us the ward was full.",
        "A nurse of about 12 years",
        Strength.ANONYMOUS,
    ),
    # the progressive as the second verb of a coordination
    (
        "Tom Hale, who runs the ferry and is now saying the fares must rise, met the board.",
        "Tom Hale",
        Strength.NAMED,
    ),
    ("The mayor came back early and is saying the levy is unfair.", "The mayor", Strength.NAMED),
    # a document's author after a describing word, in an "according to" phrase
    (
        "Fares would double, according to a survey by the left-leaning Tide Institute.",
        "a survey by the left-leaning Tide Institute",
        Strength.NAMED,
    ),
    # no author in a time phrase after "by": the document alone, described
    (
        "Fares would double, according to a memo by the close of the quarter.",
        "a memo",
        Strength.ANONYMOUS,
    ),
    # named members counted among a set
    (
        "Acme, Bolt and Corex are among the shops that said they would close early.",
        "Acme, Bolt and Corex",
        Strength.NAMED,
    ),
    (
        "Ana Ruiz was among the skippers who warned that the quay was unsafe.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
    # a party reaffirms
    ("The council reaffirmed its support for the pier.", "The council", Strength.NAMED),
    # a handle after a person noun names the account
    (
        "As one Twitter user @quayside pointed out, the ferry has been late all week.",
        "one Twitter user @quayside",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "The floods reaffirm that the port town is exposed.",
    "The results reaffirmed that voters want a new pier.",
    "The mayor appears to be trying to brand herself as an outsider.",
    "The mayor thanked the divers for helping after the storm.",
    "The fear of being punished for saying the dam was unsafe kept the town quiet.",
    "The bridge was closed for repairs, and the ferry ran late.",
    "I love @quayside and its photos of the harbour.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)
