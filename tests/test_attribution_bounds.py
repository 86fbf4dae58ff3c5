"""Source text and strength of constructions a judged sample of unseen news got wrong
(issue 20): names joined by a slash, modifiers before an unknown noun, sets described by
names, couples, possessive owners, caption lines and Title Case headline verbs.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from auditor.api import audit_sentences
from auditor.models import Label, Strength


def _read(sentences: list[str], k: int = -1, *, headline: bool = False) -> tuple[str, str, str]:
    """Sentence ``k``'s source text, its antecedent (or the text again) and its strength."""
    sentence = audit_sentences(sentences, headline=headline).sentences[k]
    assert sentence.label is Label.SOURCED, sentences[k]
    attribution = sentence.attribution
    assert attribution is not None and sentence.strength is not None
    source = attribution.source
    return source.text, source.resolved_to or source.text, sentence.strength.value


SPANS = [
    # a slash between two names, with no space, joins them
    (
        "Turnout rose 4 percent, according to a Nordlys University/Harbor Times poll.",
        "a Nordlys University/Harbor Times poll",
        Strength.NAMED,
    ),
    (
        "According to July's Harbor Times/Nordlys News polling, turnout rose.",
        "July's Harbor Times/Nordlys News polling",
        Strength.NAMED,
    ),
    # an outlet's name first, a capitalised poll after the slash: the poll is the document
    (
        "Voters back the levy, a new Harbor Times/Nordlys University Poll finds.",
        "a new Harbor Times/Nordlys University Poll",
        Strength.NAMED,
    ),
    # unknown words between a known modifier and the head belong to the phrase
    ("Local business groups said the tax would hurt.", "Local business groups", Strength.ANONYMOUS),
    (
        "The levy is stalling as senior fellow Republicans urge him to resign.",
        "senior fellow Republicans",
        Strength.ANONYMOUS,
    ),
    # names in a series after an inverted cue are the speakers together
    (
        '"Vote early," wrote Ann Roe, Tom Hale and Ben Cole.',
        "Ann Roe, Tom Hale and Ben Cole",
        Strength.NAMED,
    ),
    # a counted set with "of" is one phrase
    (
        "A number of writers suggested the list was useful.",
        "A number of writers",
        Strength.ANONYMOUS,
    ),
    (
        "A handful of lawmakers said the list was useful.",
        "A handful of lawmakers",
        Strength.ANONYMOUS,
    ),
    # a cue inside a defining relative clause does not label the sentence; the main verb does
    (
        "Even senators who have praised the mayor warned on Tuesday that the pier may close.",
        "senators",
        Strength.ANONYMOUS,
    ),
    # a complement with a name before its unknown head: "rivals for the <party> nomination"
    (
        "His rivals for the Harbor Party nomination have said the tax is too high.",
        "His rivals for the Harbor Party nomination",
        Strength.ANONYMOUS,
    ),
    (
        "Ruiz and her rivals for the Harbor Party nomination have said the tax is too high.",
        "Ruiz and her rivals for the Harbor Party nomination",
        Strength.NAMED,
    ),
    # the agent of a participle belongs to the phrase before it, which is the source; a
    # document is named by it, a set of bodies is not
    (
        "Twelve states led by Valdonia argued that the rule was unlawful.",
        "Twelve states led by Valdonia",
        Strength.ANONYMOUS,
    ),
    (
        "Emails obtained by Harbor Leaks showed talks between the two.",
        "Emails obtained by Harbor Leaks",
        Strength.NAMED,
    ),
    # names that describe an unnamed set do not name it
    ("Valdonian rights groups condemned the bill.", "Valdonian rights groups", Strength.ANONYMOUS),
    (
        "Several prominent Harbor elders agreed that the plan was flawed.",
        "Several prominent Harbor elders",
        Strength.ANONYMOUS,
    ),
]


@pytest.mark.parametrize(("text", "source", "strength"), SPANS)
def test_source_text_and_strength(text: str, source: str, strength: Strength) -> None:
    found, _, graded = _read([text])
    assert (found, graded) == (source, strength.value)


NOT_SETS = [
    # one force, not a set; bodies the story is about; a name among them; documents
    "Harbor police say they have not yet found the car.",
    "The Harbor banks said the rates would rise.",
    "Ms. Ruiz, Mrs. Hale and other prominent donors said the fund was empty.",
    "Pentagon records show the plane was sold.",
    "Both candidates said the delay was minor.",
]


@pytest.mark.parametrize("text", NOT_SETS)
def test_names_that_do_name_the_source_stay_named(text: str) -> None:
    assert _read([text])[2] == "named"


def test_a_possessive_owner_is_the_antecedent_without_its_ending() -> None:
    sentences = ["Tom Hale's biggest cheer came when he said the plant would stay open."]
    assert _read(sentences)[1:] == ("Tom Hale", "named")


def test_he_is_one_of_a_couple_not_the_couple() -> None:
    sentences = [
        "Tom Hale and Ann Hale, the parents of the missing sailor, spoke on Monday.",
        '"We are tired," Tom Hale said.',
        "He says the harbour board failed them.",
    ]
    assert _read(sentences)[1] == "Tom Hale"


def test_a_couple_is_not_merged_with_one_of_them() -> None:
    sentences = [
        "Ana Ruiz and Tom Ruiz said the shop would close.",
        "Tom Ruiz said the rent had doubled.",
        "He added that the lease ends in May.",
    ]
    assert _read(sentences)[1] == "Tom Ruiz"


def test_a_credit_line_is_no_antecedent() -> None:
    sentences = [
        "Mayor Ana Ruiz spoke at the pier on Friday.",
        "Harborphoto.",
        "When Mayor Ruiz took office, she said the budget was broken.",
    ]
    assert _read(sentences)[1] == "Mayor Ana Ruiz"


def test_an_opening_time_phrase_is_no_antecedent() -> None:
    sentences = [
        "The council met on Tuesday.",
        "Moments later, Councillor Hale made sure his reply was polite.",
        '"I do not know if the mayor sees this," he said.',
    ]
    assert _read(sentences)[1] == "Councillor Hale"


def test_a_title_case_headline_verb_ends_its_subject() -> None:
    sentences = [
        "Ana Ruiz's Last Column Explains Why She Backs The Ferry Plan.",
        '"The ferry is the town\'s lifeline," she wrote.',
    ]
    report = audit_sentences(sentences, headline=True)
    for sentence in report.sentences:
        attribution = sentence.attribution
        assert attribution is None or "Explains" not in (attribution.source.resolved_to or "")


def test_the_cue_of_a_defining_relative_clause_yields_to_the_main_verb() -> None:
    sentence = audit_sentences(
        ["Even senators who have praised the mayor warned on Tuesday that the pier may close."]
    ).sentences[0]
    assert sentence.attribution is not None
    assert sentence.attribution.cue.text == "warned"


@pytest.mark.parametrize(
    "text",
    [
        "Grants can cut five figures off the bill each year per pupil.",
        "The levy is two dollars per ticket sold at the gate.",
    ],
)
def test_per_before_a_bare_singular_noun_is_a_rate(text: str) -> None:
    assert audit_sentences([text]).sentences[0].label is not Label.SOURCED


def test_per_opening_a_sentence_is_no_antecedent() -> None:
    sentences = ["Per the agreement, the port will close.", '"It is late," he said.']
    assert _read(sentences)[1] == "he"


def test_an_opening_participle_phrase_is_no_antecedent() -> None:
    sentences = [
        "Growing up in Harbor City, Ana Ruiz watched the ferries come in.",
        '"This is still my town," she said.',
    ]
    assert _read(sentences)[1] == "Ana Ruiz"


def test_a_transcript_signpost_is_no_speaker() -> None:
    sentences = [
        '"We will win this state," Ana Ruiz said on Tuesday.',
        'Transcript as follows: "We arrived in the harbour town at noon.',
        'We thanked the crowd."',
    ]
    assert _read(sentences, 1)[1:] == ("Ana Ruiz", "named")
