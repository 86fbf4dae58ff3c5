"""Issue 21, EDITORIAL recall (frame-recall14, pack/framing/outlook.toml).

The writer's negative forecast ('won't happen any time soon', 'won't work'), the
writer's own wish ('hopefully', 'let's hope') and a set figure of speech that grades
('a non-starter', 'par for the course') are the writer's voice with no loaded word:
EDITORIAL FRAMING alone. A schedule ('won't happen until May'), a manner ('looked
hopefully'), the literal senses the figurative list leaves out, and the same words
given to a party stay as they were.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, one

from auditor.models import Label

_FORECAST = "speculation.negative-forecast"
_HOPE = "stance.writer-hope"
_FIGURE = "evaluative.figurative-verdict"
_MINE = {_FORECAST, _HOPE, _FIGURE}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("A toll-free crossing to the island won't happen in our lifetime.", _FORECAST),
        ("A fresh coat of paint will not fix the crumbling sea wall.", _FORECAST),
        ("The quarrel between the two villages isn't going to go away.", _FORECAST),
        ("The lighthouse grant won't come close to paying for the repairs.", _FORECAST),
        ("Closing the café early won't work.", _FORECAST),
        ("Hopefully the council will listen this time.", _HOPE),
        ("The repairs will hopefully be finished before the tourists arrive.", _HOPE),
        ("Here's hoping the night bus survives the budget.", _HOPE),
        ("With a little luck, the pier reopens in June.", _HOPE),
        ("The plan to move the market to the car park is a non-starter.", _FIGURE),
        ("Delays on the coast road are par for the course.", _FIGURE),
        ("The old ferry company is a shadow of its former self.", _FIGURE),
        ("The lighthouse fund has become a bottomless pit for the trust.", _FIGURE),
        ("The late ferry is the Achilles' heel of the whole timetable.", _FIGURE),
        ("A tunnel to the island is never going to happen.", _FORECAST),
    ],
)
def test_the_writers_forecasts_wishes_and_figures_are_editorial(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        # a schedule, a manner, a literal or technical sense
        "The vote on the new quay won't happen until the spring.",
        "The café won't work with the new card readers.",
        "The guard won't last beyond the end of the season.",
        "The children looked hopefully at the sky.",
        "One hopes to finish the survey before the autumn.",
        "Shares in the ferry company hit a new low in March.",
        "The harbour's old crane was tossed out of the window of history.",
        "The old minefield on the headland was cleared in 1995.",
        "The storm went south of the island overnight.",
    ],
)
def test_schedules_manners_and_literal_senses_stay_quiet(text: str) -> None:
    assert not fired(one(text)) & _MINE


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master said the toll-free crossing won't happen.",
        "Residents fear the new grant won't come close to covering repairs.",
        '"Hopefully the council will listen," said Ana Ruiz.',
        "The warden called the plan to move the market a non-starter.",
    ],
)
def test_the_same_words_given_to_a_party_are_not_the_writers(text: str) -> None:
    s = one(text)
    assert s.label is not Label.EDITORIAL or not fired(s) & _MINE
