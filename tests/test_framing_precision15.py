"""Issue 21, EDITORIAL precision, fifteenth sample (frame-precision15, docs/tuning.md).

A capitalised evaluative word inside a proper name in running text ('the Shun Hate on
Ferries campaign', 'his book The Wretched Harbour', 'the Harbour Corrupt Dealings Act') is
the name's, not the writer's; the content of someone's statement, comments or announcement ('an
announcement that the levy would be wholly scrapped') holds the speaker's modals and
loaded words; 'beware' opens a warning to the reader. Each case has a twin the rules must
still read as the writer's.
"""

from __future__ import annotations

import pytest
from sentence_helpers import fired, neutral_senses, one

from auditor.framing import in_name
from auditor.models import Label


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Sales fell as the Shun Hate on Ferries campaign spread.", "evaluative.emotive-noun"),
        ("The essay, reprinted in his book The Wretched Harbour, is short.", "evaluative.strong"),
        ("Her walls were covered in Dirty Harbour Blues posters.", "evaluative.strong"),
        ("The firm was charged under the Harbour Corrupt Dealings Act.", "evaluative.strong"),
        ("The tide rose over Pellmouth's Great Grey Pier.", "evaluative.mild"),
        ("The film follows her book, 9 Days: How the Pier Really Fell.", "intensifier.booster"),
    ],
)
def test_a_cue_word_inside_a_proper_name_is_the_names(text: str, rule: str) -> None:
    s = one(text)
    assert rule in neutral_senses(s)
    assert rule not in fired(s)
    assert s.label is Label.UNSOURCED


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # a title-case headline: every word capitalised, no name to tell apart
        ("The Brutal Truth About The Harbour Fund", "evaluative.strong"),
        # the head of the sentence: a capitalised first word is no sign of a name
        ("Brutal Harbour Fees are back.", "evaluative.strong"),
        # a label the writer capitalises after a copula or a demonstrative
        ("The councillors are Shameless Hacks.", "evaluative.strong"),
        ("Watch these Shameless Hacks try to save the levy.", "evaluative.strong"),
        # a nickname: the evaluative word right before a given name
        ("He beat Crooked Jane in the harbour race.", "evaluative.strong"),
        # one capitalised word alone
        ("The plan was, frankly, a Disaster for the harbour.", "evaluative.emotive-noun"),
        # lower case
        ("The harbour board ran a brutal campaign against the ferry.", "evaluative.strong"),
        # capitals for emphasis
        ("The ferry crew did NOTHING WRONG that night.", "evaluative.mild"),
        # a run broken by a comma: the cue stands alone
        ("The harbour chief, Corrupt, Lazy and Vain, resigned.", "evaluative.strong"),
    ],
)
def test_the_writers_word_outside_a_name_keeps_its_cue(text: str, rule: str) -> None:
    s = one(text)
    assert rule in fired(s)
    assert s.label is Label.EDITORIAL


def test_in_name_reads_the_run_around_the_cue() -> None:
    text = "Ads fell as the Shun Hate on Ferries campaign grew."
    start = text.index("Hate")
    no = frozenset()
    assert in_name(text, (start, start + 4), (0, len(text)), no, no)
    assert not in_name(text, (0, 3), (0, len(text)), no, no)  # the first word
    lower = "ads fell as the shun hate on ferries campaign grew."
    assert not in_name(lower, (start, start + 4), (0, len(lower)), no, no)
    idiom = "The mayor faced a real Hobson's Choice at the harbour."  # the cue is the whole run
    at = idiom.index("Hobson")
    assert not in_name(idiom, (at, at + len("Hobson's Choice")), (0, len(idiom)), no, no)


@pytest.mark.parametrize(
    "text",
    [
        "The trip ended with an announcement that the ferry levy would be wholly scrapped.",
        "The board replied to comments made by novelist Ada Penn that the pier must be saved.",
        "He repeated his pledge that the harbour would never close.",
    ],
)
def test_the_content_of_a_statement_is_the_speakers(text: str) -> None:
    s = one(text)
    assert "sense.reported-claim" in neutral_senses(s)
    assert s.label is not Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    [
        "It is my belief that the levy must go.",
        "The statement was a shameless dodge.",
        "The ferry levy would be wholly scrapped.",
    ],
)
def test_the_writers_own_view_of_a_statement_keeps_its_cue(text: str) -> None:
    assert one(text).label is Label.EDITORIAL


@pytest.mark.parametrize(
    "text",
    ["Beware the new fare rules at the harbour.", "But beware, islanders: the board has a plan."],
)
def test_beware_warns_the_reader(text: str) -> None:
    s = one(text)
    assert fired(s) & {"action.imperative", "action.imperative-linked"}
    assert s.label is Label.EDITORIAL
