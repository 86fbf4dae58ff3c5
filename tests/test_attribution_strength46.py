"""Source strength on wire and non-US styles (attr-strength46, session 55).

- A lower-case word that describes a place between "in"/"of" and its name ("officials in
  northern Lirana", "residents of nearby Fort Ellis") stays in the people's phrase: the
  place is theirs, not the speaker (place-describers, NounPhrases._extends_back).
- A person's head written in capitals ("MP", "MPs", "MLA") is a common noun: "a Harbor
  Party MP" is a described person, anonymous, not a name (Strengths._acronym_head).
- A capitalised party word before a voice head ("a Labour spokesperson") is the party's
  on-record voice, named (party-adjectives, Strengths._speaks_for_body).
- "the country's top diplomat", "the agency's chief scientist": one person, named, though
  the head alone is anyone (unique-ranks, Strengths._top_one); "a top official" stays one
  of several.
- "A Harbor Trust representative" is one of the body's people: it stays anonymous though
  the story names someone of the body next (member-heads, discourse._named_next); a body's
  single post described in a lede ("a former party chairman") is still named by the name
  that follows.
- "A representative for Ms. Ruiz", "a representative for the Harbor Trust": the on-record voice of
  whom "for" names, named (voice-for-heads); "representatives of the dockers" stay anonymous.
- "The army's media wing" is the army's voice, named (voice-heads); "has written to the
  mayor urging her to ..." reports the writers' request (cue.written-to).
- "Emails obtained by the Ledger through a records request show": the document, with its
  agent, is the subject over the phrase of how it was got (Subjects._got_through,
  Documents._agent_before_phrase).
- "Residents opposed to the terminal have lodged a challenge": "opposed to" after its noun
  picks out the people; it reports no position (sense.opposed-to-after-noun), and in
  "councillors opposed to the levy said" the levy is not the speaker (stance-adjectives,
  Subjects._placed). "The governor is opposed to" keeps its reading.
- A poll that has, gives or puts a candidate ahead, behind, tied, at a share or a lead
  reports its finding (cue.poll-standing): "<a named> poll has Ruiz leading by six points".

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest
from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_text
from auditor.models import Strength

test_sourced_with_its_source_and_strength = sourced_test(
    [
        # a described place inside the people's phrase
        (
            "Officials in northern Lirana said the border road was closed.",
            "Officials in northern Lirana",
            Strength.ANONYMOUS,
        ),
        (
            "Residents of nearby Fort Ellis said the smoke hid the sun.",
            "Residents of nearby Fort Ellis",
            Strength.ANONYMOUS,
        ),
        (
            "Aid workers in rebel-held Varno told the agency that the bakery had shut.",
            "Aid workers in rebel-held Varno",
            Strength.ANONYMOUS,
        ),
        (
            "Police in southern Harbor County said the road was closed.",
            "Police in southern Harbor County",
            Strength.NAMED,
        ),
        # unchanged: no describing word, and a named person placed
        (
            "Residents in Fort Ellis said the smoke hid the sun.",
            "Residents in Fort Ellis",
            Strength.ANONYMOUS,
        ),
        (
            "Ana Ruiz of suburban Harbor City said the smoke hid the sun.",
            "Ana Ruiz of suburban Harbor City",
            Strength.NAMED,
        ),
        # a person's head in capitals
        (
            "A Harbor Party MP said the levy would fail.",
            "A Harbor Party MP",
            Strength.ANONYMOUS,
        ),
        ("Opposition MPs said the levy would fail.", "Opposition MPs", Strength.ANONYMOUS),
        (
            "Two Lirana Front MLAs said the levy would fail.",
            "Two Lirana Front MLAs",
            Strength.ANONYMOUS,
        ),
        ("Tory backbenchers said the levy would fail.", "Tory backbenchers", Strength.ANONYMOUS),
        ("The MP said the levy would fail.", "The MP", Strength.NAMED),
        (
            "Labour MP Jo Hale said the levy would fail.",
            "Labour MP Jo Hale",
            Strength.NAMED,
        ),
        # a party's spokesperson
        (
            "A Labour spokesperson said the levy would fail.",
            "A Labour spokesperson",
            Strength.NAMED,
        ),
        (
            "A Republican spokesman said the levy would fail.",
            "A Republican spokesman",
            Strength.NAMED,
        ),
        ("A Labour source said the levy would fail.", "A Labour source", Strength.ANONYMOUS),
        (
            "A conservative spokesman for the farmers said the levy would fail.",
            "A conservative spokesman for the farmers",
            Strength.ANONYMOUS,
        ),
        # one holder of a rank
        (
            "The country's top diplomat said the talks would resume.",
            "The country's top diplomat",
            Strength.NAMED,
        ),
        (
            "Lirana's chief negotiator said the talks would resume.",
            "Lirana's chief negotiator",
            Strength.NAMED,
        ),
        ("A top official said the talks would resume.", "A top official", Strength.ANONYMOUS),
        (
            "The country's top officials said the talks would resume.",
            "The country's top officials",
            Strength.ANONYMOUS,
        ),
        ("The diplomat said the talks would resume.", "The diplomat", Strength.ANONYMOUS),
        # a representative for someone: the voice of whom it speaks for
        (
            "A representative for Ms. Ruiz said the meeting was private.",
            "A representative for Ms. Ruiz",
            Strength.NAMED,
        ),
        (
            "A representative for the Harbor Trust said the pier would reopen.",
            "A representative for the Harbor Trust",
            Strength.NAMED,
        ),
        (
            "Representatives of the dockers said the pier would reopen.",
            "Representatives of the dockers",
            Strength.ANONYMOUS,
        ),
        (
            "A representative for a group of landlords said the rules were unfair.",
            "A representative for a group of landlords",
            Strength.ANONYMOUS,
        ),
        # a body's media wing speaks for it
        (
            "The army's media wing said the gunmen had been killed.",
            "The army's media wing",
            Strength.NAMED,
        ),
        # a letter's request, in the perfect
        (
            "Three harbour councillors have written to the mayor urging her to keep the ferry.",
            "Three harbour councillors",
            Strength.ANONYMOUS,
        ),
        (
            "Ana Ruiz has written to the port board to ask for the audit.",
            "Ana Ruiz",
            Strength.NAMED,
        ),
        # a document, its agent, and how it was got
        (
            "Emails obtained by the Harbor Ledger through a public records request show the "
            "clerk knew in May.",
            "Emails obtained by the Harbor Ledger through a public records request",
            Strength.NAMED,
        ),
        (
            "Records obtained by reporters under the state's open records law show the clerk "
            "knew in May.",
            "Records obtained by reporters under the state's open records law",
            Strength.ANONYMOUS,
        ),
        # where people stand, inside their phrase
        (
            "Councillors opposed to the levy said it would close the pier.",
            "Councillors opposed to the levy",
            Strength.ANONYMOUS,
        ),
        (
            "Voters loyal to Ana Ruiz said she would win the harbour ward.",
            "Voters loyal to Ana Ruiz",
            Strength.ANONYMOUS,
        ),
        (
            "A harbour group opposed to Mayor Tom Hale is urging voters to reject him.",
            "A harbour group opposed to Mayor Tom Hale",
            Strength.ANONYMOUS,
        ),
        # a poll's standing of a candidate
        (
            "Monday's Lirana Wire poll has Tom Hale trailing Ana Ruiz by four points.",
            "Monday's Lirana Wire poll",
            Strength.NAMED,
        ),
        (
            "A harbour survey taken last week had her at 41 percent.",
            "A harbour survey",
            Strength.ANONYMOUS,
        ),
        (
            "The Tidewater poll gave Ruiz a nine-point lead among women.",
            "The Tidewater poll",
            Strength.NAMED,
        ),
    ]
)

test_no_source_is_read = not_sourced_test(
    [
        "The poll has drawn criticism for its wording.",
        "The survey had 1,200 respondents and closed on Friday.",
        "Polling places had long lines, and Ruiz was up before dawn.",
        "A letter written to the mayor in 1921 was found in the attic.",
        "She had written to him every week for years.",
        "Staff obeyed an order by the mayor through the spring to keep the files that show "
        "the delay.",
        "Boats hired by the club through the summer show off the harbour.",
        "Residents opposed to a planned ferry terminal have lodged a challenge in court.",
    ]
)


def _sources(text: str) -> list[dict]:
    report = audit_text(text).to_dict()
    return [s["attribution"]["source"] for s in report["sentences"] if s["attribution"]]


@pytest.mark.parametrize(
    ("text", "strengths"),
    [
        # one of a named body's people, then its named voice: two people
        (
            "Talks on the dam ended without a deal. A Harbor Front representative who attended "
            "said the sides would meet again. Tom Hale, the Harbor Front's spokesman, wrote "
            "that the talks had been useful.",
            ["anonymous", "named"],
        ),
        (
            "A Lirana Army commander said the bridge was lost. Gen. Ana Ruiz said it would be "
            "retaken.",
            ["anonymous", "named"],
        ),
        # a body's single post described in a lede, named next: one person, named
        (
            "A former Harbor Party chairman says the leader should step down. Tom Hale, who "
            "led the party until 2019, said the vote had been lost.",
            ["named", "named"],
        ),
    ],
)
def test_a_described_lede_and_the_name_after_it(text: str, strengths: list[str]) -> None:
    assert [s["strength"] for s in _sources(text)] == strengths
