"""Issue 21, EDITORIAL precision, eleventh sample (frame-precision11, docs/tuning.md).

Neutral senses read from their complements (charting a course, a count too close to
call, a spot reserved for one use, weather, a broken law or record, a labour demand's
terms, animals in the wild), 'best' and 'better' as adverbs of manner after a modal or
'to', a reporter's narrative 'we', a need someone recognises ('the need to'), a reprint
note and a newsletter line: none is the writer's framing. Each case has a twin the
rules must still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import neutral_senses, one

from auditor.models import EvidenceKind, Label


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("The skipper plotted a route around the sandbanks.", "sense.neutral-collocation"),
        ("The harbour ward was too close to call at midnight.", "sense.neutral-collocation"),
        ("The dock has a dedicated slot for the tablet.", "sense.neutral-collocation"),
        ("Bad weather kept the ferries in port on Friday.", "sense.neutral-collocation"),
        ("The audit found that no one on the board broke the rules.", "sense.neutral-collocation"),
        ("Dockers marched to the town hall for better wages.", "sense.neutral-collocation"),
        ("Seals and wild birds nest on the outer island.", "sense.neutral-collocation"),
        ("Benchmark crude rose 30 cents on Tuesday.", "sense.neutral-collocation"),
        ("With two wards left, 40 delegates are outstanding.", "sense.neutral-collocation"),
        ("She won an award for outstanding harbour reporting.", "sense.neutral-collocation"),
        ("Analysts say the Ruritanian offensive has stalled.", "sense.military-offensive"),
        ("Islanders were asked which party would better handle the harbour.", "sense.manner-best"),
        ("The fund was set up to better inform tenants of their rights.", "sense.manner-best"),
        ("Pick the layout that can best match the way you work.", "sense.manner-best"),
        ("We met at a bakery near the quay on a wet Monday.", "sense.narrative-we"),
        ("Afterwards we sat in the wheelhouse with the crew.", "sense.narrative-we"),
        ("We are again republishing below her report of June 3.", "sense.newsroom-we"),
    ],
)
def test_neutral_senses_manner_and_narrative_are_not_framing(text: str, sense: str) -> None:
    s = one(text)
    assert sense in neutral_senses(s)
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's plot to sell the pier was a disgrace.",
        "She is a dedicated and tireless champion of the islanders.",
        "The harbour deal is a bad bargain for islanders.",
        "The ferry system is hopelessly broken.",
        "The pier plan is far better than the council's last one.",
        "We sat by while the council sold the pier.",
        "We should have seen this coming.",
        "The mayor went on a wild spending spree with the harbour fund.",
        "The crude jokes at the ferry gala were outstanding only in their cruelty.",
    ],
)
def test_the_writers_own_voice_keeps_its_cues(text: str) -> None:
    assert one(text).label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "- You can receive this weekly briefing every Friday morning by email!",
        "Just click here and enter your email address.",
    ],
)
def test_newsletter_lines_are_page_furniture(text: str) -> None:
    s = one(text)
    assert "structure.share" in {e.rule for e in s.evidence_of(EvidenceKind.STRUCTURE)}
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    ("text", "editorial"),
    [
        ("The harbour board finally saw the need to adapt.", False),
        ("Her campaign rests on the need to cut ferry fares.", False),
        ("The council needs to cut ferry fares now.", True),
        ("There is a need to cut ferry fares now.", True),
    ],
)
def test_a_need_someone_recognises_is_not_the_writers_demand(text: str, editorial: bool) -> None:
    assert (one(text).label is Label.EDITORIAL) is editorial


def test_a_newsletter_tip_about_something_else_is_not_furniture() -> None:
    s = one("You can get the ferry timetable at the pier.")
    assert "structure.share" not in {e.rule for e in s.evidence_of(EvidenceKind.STRUCTURE)}
