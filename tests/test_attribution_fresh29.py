"""Constructions from attr-fresh29's fresh pieces (issue 20's held-out kinds): a speaker named
after ", adds" behind content that ends on a noun list; a relative clause "whose members
..." between a source and its verb; a finding's or a document's "that" clause whose own
subject says something ("a survey found that most people say"); a document that "reported";
a statement that "reads in full:" before its block; the second sense "reports earnings on
<date>" (a schedule); a saying in a paragraph of its own after a quotation is no tag of it.
Every sentence is invented for the test.
"""

from __future__ import annotations

from article_helpers import article
from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Label, Strength

SOURCED = [
    (
        "The new pier will bring ferries, trucks and higher rents, adds Marta Jurado, a "
        "retired harbour pilot who has lived on the quay since 1980.",
        "Marta Jurado",
        Strength.NAMED,
    ),
    (
        "Fares rose twice in a year, notes economist Pavel Orlik.",
        "economist Pavel Orlik",
        Strength.NAMED,
    ),
    (
        "The league, whose members have lobbied for years for a new dock, praised the vote.",
        "The league",
        Strength.NAMED,
    ),
    (
        "A survey by the Harbor Institute found that most ferry riders say fares are too high.",
        "A survey by the Harbor Institute",
        Strength.NAMED,
    ),
    (
        "Records obtained by the Tide Gazette show that one of the pilots wrote to the board "
        "twice.",
        "Records obtained by the Tide Gazette",
        Strength.NAMED,
    ),
    (
        "The second study, which followed 9,000 dock workers for a decade, reported a similar "
        "link.",
        "The second study",
        Strength.NAMED,
    ),
]

# kept as they were: a tag after the content names its own speaker; a speaker who reports
# another's words relays them (the weakest link, LABELS.md); a subject cut by an aside
KEPT = [
    (
        "Dock owners have long pushed the claim that the levy is illegal, Ruiz said.",
        "Ruiz",
        Strength.NAMED,
    ),
    (
        "The Tide Gazette reported that a source close to the board told the paper the vote "
        "was off.",
        "a source close to the board",
        Strength.ANONYMOUS,
    ),
    (
        "The harbour master, a veteran pilot, said Ruiz was wrong.",
        "The harbour master",
        Strength.NAMED,
    ),
    (  # a verb other than saying: the phrase after it is its object, not a speaker
        "Pier owners, for example, brand their cafes as Harbor Classics.",
        "Pier owners",
        Strength.ANONYMOUS,
    ),
    (
        "Dock workers, however, say Mayor Ruiz ignores them.",
        "Dock workers",
        Strength.ANONYMOUS,
    ),
]

NOT_SOURCED = [
    "Tidewater Foods reports earnings on Nov. 12.",
    "The ferry line reports quarterly earnings on Oct. 30.",
]

test_sourced = sourced_test(SOURCED)
test_kept = sourced_test(KEPT)
test_not_sourced = not_sourced_test(NOT_SOURCED)


def test_a_past_report_of_earnings_keeps_its_cue() -> None:
    report = article(["Tidewater Foods reported earnings of $2.10 a share."])
    assert report.sentences[0].label is Label.SOURCED


def test_a_statement_read_in_full_gives_its_block_a_source() -> None:
    report = article(
        ["The ferry board released a statement on Friday.", "It read in full:"],
        ["The board has always supported the pier.", "We wish the mayor well."],
    )
    assert [s.label for s in report.sentences[2:]] == [Label.SOURCED, Label.SOURCED]


def test_a_saying_in_a_new_paragraph_is_no_tag_of_the_quotation() -> None:
    report = article(
        ['"We lost a boat in 2016," Ruiz said.', '"That is what people forget.'],
        ['"I like the ferry.', 'But the bridge is right."'],
        ["Not everyone on the island agrees, residents say."],
    )
    quoted = report.sentences[:4]
    assert all(s.label is Label.SOURCED for s in quoted)
    assert all(s.attribution.source.text == "Ruiz" for s in quoted)
    assert report.sentences[4].attribution.source.text == "residents"
