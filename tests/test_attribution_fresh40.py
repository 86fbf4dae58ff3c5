"""attr-fresh40: constructions fresh pieces of new kinds (earnings, weather agencies, recalls,
science, entertainment) showed missed or over-read (invented sentences).

A body that revises its own forecast in a main clause, or fines someone, states its
position; members of a faith speak as an unnamed set; a chain of shops or hotels is a
company; an agency that issues counted or coloured warnings and alerts states its forecast;
a publicist speaks for the person; "the authors" of no work named stay anonymous;
a study "published on <weekday> in" a journal is named by the journal. A Treasury note, a
recall as a noun, a fire that threatens homes, an unveiled product and "voice control" are
no statements.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import one

from auditor.models import Label, Strength

test_fresh40_sourced = sourced_test(
    [
        # a fine a body imposes is its ruling
        (
            "In June, the port regulator fined the ferry firm $30,000 for late sailings.",
            "the port regulator",
            Strength.NAMED,
        ),
        # members of a faith as an unnamed set
        (
            "Traditionalist evangelicals said the synod had gone too far.",
            "Traditionalist evangelicals",
            Strength.ANONYMOUS,
        ),
        (
            "Parishioners said the bells had been silent for a year.",
            "Parishioners",
            Strength.ANONYMOUS,
        ),
        # a body's own forecast, revised or kept, in the main clause
        (
            "The bakery chain trimmed its annual sales forecast after a wet summer.",
            "The bakery chain",
            Strength.NAMED,
        ),
        (
            "The port authority cut its estimate of cargo growth for next year.",
            "The port authority",
            Strength.NAMED,
        ),
        # a chain of shops is a company: it takes a verb of position
        ("The hotel chain warned of lower bookings.", "The hotel chain", Strength.NAMED),
        # warnings and alerts an agency issues, counted or of a colour
        (
            "The weather bureau has issued nine flood warnings for the valley.",
            "The weather bureau",
            Strength.NAMED,
        ),
        (
            "The coast guard issued an orange alert for the northern islands.",
            "The coast guard",
            Strength.NAMED,
        ),
        # a publicist speaks for the person, on the record
        (
            "The actor's publicist declined to comment.",
            "The actor's publicist",
            Strength.NAMED,
        ),
        # the authors of no work the reader can identify stay anonymous; after a named work
        # the ledger names them (tests/test_attribution_strength41.py)
        (
            "The authors, who surveyed 300 harbours, wrote that silt had doubled.",
            "The authors",
            Strength.ANONYMOUS,
        ),
        ("Its authors said the sample was small.", "Its authors", Strength.ANONYMOUS),
        # a set of writers stays a set
        ("Two authors said the prize should be shared.", "Two authors", Strength.ANONYMOUS),
        # published on a weekday in a named journal
        (
            "Reefs shrank, according to a paper published on Tuesday in the journal Marine Ledger.",
            "a paper published on Tuesday in the journal Marine Ledger",
            Strength.NAMED,
        ),
    ]
)

test_fresh40_not_sourced = not_sourced_test(
    [
        "The yield on the 30-year Treasury note fell to 3.9%.",
        "She left a handwritten note on the ferry office door.",
        "It was the toy maker's second recall this year.",
        "The recall covers two models of kettle.",
        "Grassfire threatens homes near the lake",
        "Floodwaters threatened three villages on Sunday.",
        "The bakery issued two new shares for every five held.",
        "The ferry firm was fined $30,000 last spring.",
        # told as the cause of a market move: the writer's narrative
        "Ferry shares fell 9% after Harbor Lines cut its annual forecast.",
        "Harbor Audio unveils wireless speaker with offline voice control",
        "The town unveiled a bronze statue of its first harbour master.",
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "The union threatened to strike on Monday.",
        "Ana Ruiz recalled that the ferry left at dawn.",
        "The Treasury notes that receipts rose in May.",
        "The mayor unveiled a plan to rebuild the pier.",
        "Dock workers voice concern over the new rota.",
    ],
)
def test_fresh40_cues_kept(text: str) -> None:
    assert one(text).label is Label.SOURCED, text
