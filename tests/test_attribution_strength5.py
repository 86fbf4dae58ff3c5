"""SOURCED precision and strength (issue 20), from attr-strength5's samples: fact-checkers are
unnamed people and "soon" is not in the source span; negative
pronouns and "enough" name no source, "everyone" is an unnamed set, a noun after a
determiner and describing words is no verb ("the second Lirana attack"), land claimed is
taken, not said ("claims more territory"), a striker "puts it away", and a wish the writer
asks about ("will readers still want to ...?") is nobody's position; "both men" after two
people named together is the two, named; in "a point the board denied" the board is the
source, not "a point the board".

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Strength

SOURCED = [
    # fact-checkers are unnamed people, and "soon" is no part of who spoke
    (
        "Fact-checkers soon noted that the ferry had never sailed.",
        "Fact-checkers",
        Strength.ANONYMOUS,
    ),
    ("Economists soon warned that the port would lose money.", "Economists", Strength.ANONYMOUS),
    # a relative clause without "that": the source is its subject, not the noun before
    ("It was a point the harbour board denied.", "the harbour board", Strength.NAMED),
    ("It is not the result the mayor promised.", "the mayor", Strength.NAMED),
    (
        "Port spokesman the Rev. Tom Hale told reporters the pier was closed.",
        "Port spokesman the Rev. Tom Hale",
        Strength.NAMED,
    ),
    # the reporting senses next to each guard still attribute
    ("But everyone said the ferry was late.", "everyone", Strength.ANONYMOUS),
    ("Everybody wants the pier to reopen.", "Everybody", Strength.ANONYMOUS),
    ("The senator claims the vote was rigged.", "The senator", Strength.NAMED),
    ("The union claims that the port lost money.", "The union", Strength.NAMED),
    ("Ana Ruiz attacks the council over the ferry fees.", "Ana Ruiz", Strength.NAMED),
    ("The mayor, as she put it, is done with the pier.", "she", Strength.NAMED),
    ("Harbor officials want to close the old pier by May.", "Harbor officials", Strength.ANONYMOUS),
    ("Enough is enough, the mayor said.", "the mayor", Strength.NAMED),
    ("Ruiz claimed victory shortly after midnight.", "Ruiz", Strength.NAMED),
    ("The harbour board reports that fares rose.", "The harbour board", Strength.NAMED),
    ("Harbor police reported no arrests on Monday night.", "Harbor police", Strength.NAMED),
    ("The mayor touted his victories in the north.", "The mayor", Strength.NAMED),
    ("Ruiz: The border deal is dead", "Ruiz", Strength.NAMED),
]

NOT_SOURCED = [
    # a negative subject, or "enough", gives no source
    "Nobody asked about the ferry timetable.",
    "No one opposed the harbour plan, and it passed 9 to 0.",
    "Enough said.",
    "Nothing was said about the old pier.",
    # a noun after a determiner and describing words
    "The ferry sank two hours after the second Lirana attack.",
    "The road reopened a day after the deadly Sinton attack.",
    # land claimed is taken
    "The militia claims more territory from the army every week.",
    "The river claimed new ground from the farms after the floods.",
    # "put it away": the action
    "Hale crossed the ball and Ruiz put it away just before the final whistle.",
    "The chef tasted the sauce and put it aside for later.",
    # a kind of report before "reports" makes a compound noun
    "The candidates must file their campaign finance reports by Sunday.",
    "The annual reports of the harbour board were never released.",
    # a victory won, a lead held
    "Ruiz won the county and claims her third victory of the night.",
    "The mayor boasts a 20-point lead among older voters.",
    # a list's label before a colon is no speaker
    "Group B: Norway, Chile, Republic of Korea, New Zealand",
    # a wish the writer asks about
    "Once the ads arrive, will readers still want to pay for the paper?",
    "Do the owners really want to sell the pier?",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)


def test_both_after_two_people_named_together_is_them() -> None:
    """'Both men', 'both' right after two people named together: the two, named (as "the two
    men" already is); without them "both" stays an unnamed pair."""
    pair = audit_sentences(
        ["Ana Ruiz and Beth Cole founded the clinic.", "Both women said it would stay open."]
    ).sentences[1]
    assert pair.attribution is not None
    assert pair.attribution.source.strength is Strength.NAMED
    alone = audit_sentences(
        ["Ana Ruiz and Tom Hale said the bank would grow.", "Both said it was not for sale."]
    ).sentences[1]
    assert alone.attribution is not None
    assert alone.attribution.source.strength is Strength.NAMED
    unnamed = audit_sentences(
        ["Voters in two towns were asked.", "Both said the pier was unsafe."]
    ).sentences[1]
    assert unnamed.attribution is not None
    assert unnamed.attribution.source.strength is Strength.ANONYMOUS
