"""attr-precision13 (issue 20): false sources and source strength, on invented articles.

Second senses and the writer's own text that must not be a source (a confirmation vote, a
disclosure that dates an event, a correction of the article itself, a noun that is also a
verb of saying, "our calculations", a signpost), a document's author after "by" or "from"
with a describing word the lexicons lack, and pronouns: a clause that ends on a time word
before a comma still has its subject, a tag after its content does not speak of the
content's subject, a given name tells the gender, and who replies is the one asked.

Every sentence here is invented for the test (none is from the evaluation files).
"""

from __future__ import annotations

import pytest
from article_helpers import article

from auditor.models import Flag, Label, Strength

_HEADLINE = ["Harbour board faces questions over ferry deal"]


def _target(paragraphs: list[list[str]], piece: str):
    report = article(_HEADLINE, *paragraphs)
    return next(s for s in report.sentences if piece in s.text)


# (paragraphs, a piece of the target sentence, strength, the antecedent's piece or None)
SOURCED = [
    # a document's author after "by" or "from", over a describing word
    ([["According to a 2019 report by the central bank, ferry fares rose 8%."]],
     "central bank", Strength.NAMED, None),
    ([["According to data from the central bank, ferry fares rose 8% last year."]],
     "data from", Strength.NAMED, None),
    ([["According to estimates by the housing bank, 300 homes stand empty."]],
     "housing bank", Strength.NAMED, None),
    ([["According to calculations by the port authority, the deal cost $4 million."]],
     "calculations", Strength.NAMED, None),
    ([["According to a report due by the end of May, fares rose."]], "end of May", None, None),
    # a time word closing a clause before a comma: the clause keeps its subject
    ([["Harbour master Olaf Brand vetoed the deal on Monday.",
       '"It costs too much," Brand said.'],
      ["Councillor Luis Moreno, who drafted the deal, called the veto rash.",
       '"Fishermen will pay for this," Moreno said.'],
      ["Brand has blocked four contracts this year, more than any harbour master before him.",
       "He said he would block more if the board kept signing them."]],
     "block more", Strength.NAMED, "Brand"),
    # a given name tells the gender: "he" is not his deputy Rita
    ([["Union leader Sam Okafor met the board on Monday.",
       "Okafor has led the union since 2019, and his deputy, Rita Vance, has pushed for a deal.",
       '"We are not moving," he said.']],
     "not moving", Strength.NAMED, "Okafor"),
    # a tag after its content is not the content's subject
    ([["Nurse Tom Berg said the staff had asked for a meeting.",
       "The owner never replied, he said."]],
     "never replied", Strength.NAMED, "Tom Berg"),
    ([["Nurse Tom Berg said the staff had asked for a meeting.",
       "A cleaner was dismissed without notice, he said."]],
     "cleaner was dismissed", Strength.NAMED, "Tom Berg"),
    # a plural unit of time opening the sentence is not the participle's subject
    ([["Minutes later, the harbour master left the hall, saying she had another meeting."]],
     "left the hall", Strength.NAMED, None),
    # who replies is the one asked, not the asker cited last
    ([["Harbour master Ana Brand toured the docks on Monday.",
       '"We need more cranes," Brand said.'],
      ["A reporter asked Brand how she felt about the vote.", 'She replied: "Better than ever."']],
     "Better than ever", Strength.NAMED, "Brand"),
    # a signpost's document still sources the block after it
    ([["The board adopted new parking rules on Tuesday."], ["Here is the policy:"],
      ["Residents may park for free on Sundays."]],
     "Residents may park", Strength.NAMED, None),
    # what the new senses leave alone
    ([["The ministry confirmed that two ferries had sunk."]], "two ferries", Strength.NAMED, None),
    ([["Police confirmed two judges were hurt in the crash."]], "two judges", Strength.NAMED,
     None),
    ([["Harbour master Olaf Brand wouldn't comment."]], "comment", Strength.NAMED, None),
    ([["The harbour master added workers would be paid on Friday."]], "be paid",
     Strength.NAMED, None),
    ([["The audit was published on Friday.", "Costs rose by a third, the audit revealed."]],
     "by a third", Strength.NAMED, None),
    ([["A ferry captain told this newspaper that the pier was unsafe."]], "ferry captain",
     Strength.ANONYMOUS, None),
]  # fmt: skip

NOT_SOURCED = [
    ([["According to our calculations, the deal cost the port $4 million."]], "our calculations"),
    ([["Our tally shows that 40 berths changed hands."]], "Our tally"),
    ([["The board adopted new parking rules on Tuesday."], ["Here is the policy:"],
      ["Residents may park for free on Sundays."]], "Here is the policy"),
    ([["The clerk resigned two weeks after the ledgers revealed."]], "ledgers revealed"),
    ([["Months after the memos revealed, the board sold the pier."]], "memos revealed"),
    ([["Correction: A previous version of this story wrongly listed the date of the vote."]],
     "previous version"),
    ([["This story originally reported that the ferry had sunk."]], "originally reported"),
    ([["Harvest stress."]], "Harvest"),
    ([["The Farmers' Union Voice."]], "Union Voice"),
    ([["This piece was first published by the Harbor Times."]], "first published"),
    ([["The shipyard adds jobs every spring."]], "adds jobs"),
    ([["The Senate confirmed her nomination on Tuesday."]], "her nomination"),
    ([["By then the majority had confirmed 40 judicial nominees in two years."]], "40 judicial"),
]  # fmt: skip


@pytest.mark.parametrize(("paragraphs", "piece", "strength", "antecedent"), SOURCED)
def test_sourced_with_strength(
    paragraphs: list[list[str]], piece: str, strength: Strength | None, antecedent: str | None
) -> None:
    sentence = _target(paragraphs, piece)
    if strength is None:  # "by the end of May" names no author: the bare report
        assert sentence.attribution is not None
        assert "May" not in sentence.attribution.source.text
        return
    assert sentence.label is Label.SOURCED, sentence.text
    assert sentence.attribution is not None
    assert sentence.attribution.source.strength is strength, sentence.text
    if antecedent is not None:
        assert antecedent in (sentence.attribution.source.resolved_to or ""), (
            sentence.text,
            sentence.attribution.source.resolved_to,
        )


@pytest.mark.parametrize(("paragraphs", "piece"), NOT_SOURCED)
def test_not_sourced(paragraphs: list[list[str]], piece: str) -> None:
    sentence = _target(paragraphs, piece)
    assert sentence.label is not Label.SOURCED, sentence.text


def test_signpost_is_not_a_claim() -> None:
    sentence = _target(
        [["The board adopted new parking rules."], ["Here's the full statement:"],
         ['"We are proud of this step."']],
        "full statement",
    )  # fmt: skip
    assert sentence.label is Label.UNSOURCED
    assert Flag.NOT_A_CLAIM in sentence.flags
