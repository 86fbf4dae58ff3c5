"""SOURCED precision (issue 20, attr-precision10): advising as a job ("the bank advises
shipping firms on mergers", "she advises the president") names a client, not advice; "say"
after "a", "any", "no" or "the final" is the noun ("a bigger say"); "according to" after a
verb of conduct ("dress according to the weather") is "in keeping with"; "wrote" before a
title in Title Case ("wrote The Harbour Years") is authorship; a term of one or two
words in quotes ('A "renewal" plan?') inherits no speaker from a quotation several sentences
back, though it does from the sentence right before it (a list of the points a speaker made).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.api import audit_sentences
from auditor.models import Label, Strength

SOURCED = [
    # the advice itself after the verb keeps the report
    ("Engineers advised the mayor to close the pier.", "Engineers", Strength.ANONYMOUS),
    ("The coastguard advised that the pier was unsafe.", "The coastguard", Strength.NAMED),
    ("Doctors advised against swimming near the pier.", "Doctors", Strength.ANONYMOUS),
    ("The board advised Ruiz not to sign the contract.", "The board", Strength.NAMED),
    ("The harbour master advised caution.", "The harbour master", Strength.NAMED),
    # the verb "say" after a plural or a quantity
    ("The residents say the pier is unsafe.", "The residents", Strength.ANONYMOUS),
    ("Many more say the ferry is late.", "Many more", Strength.ANONYMOUS),
    # the verb "attack" and a source after "according to"
    ("Ruiz has attacked the plan as a waste.", "Ruiz", Strength.NAMED),
    ("Prices rose, according to the harbour board.", "the harbour board", Strength.NAMED),
    # a written work followed by what it says
    (
        "Ana Ruiz wrote The Harbour Gazette's editor that the pier was unsafe.",
        "Ana Ruiz",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    # advising as a job
    "Harbour Capital, which advises shipping firms on mergers, opened an office in May.",
    "Ana Lind is now advising the Ruiz campaign on transport policy.",
    "As state counsellor, Ana Lind advises President Ana Ruiz.",
    "The firm advised on two of the largest ferry deals of the year.",
    # the noun "say"
    "Islanders want a bigger say over the harbour budget.",
    "The board has the final say on the pier.",
    "Fishermen have no say in the new quotas.",
    # "in keeping with"
    "Crews must dress according to the weather on deck.",
    "The elders behave according to the old harbour customs.",
    # a title written (authorship)
    "Long before Ana Ruiz wrote The Harbour Years, she fished off the pier.",
]

test_sourced = sourced_test(SOURCED)
test_not_sourced = not_sourced_test(NOT_SOURCED)

_QUOTED_BEFORE = [
    '"The pier will be rebuilt by spring," Mayor Ana Ruiz said on Monday.',
    "The council meets again next week.",
    "Work on the pier has been delayed for six years.",
]


def test_a_term_in_quotes_takes_no_speaker_from_a_quotation_further_back() -> None:
    report = audit_sentences([*_QUOTED_BEFORE, 'A "renewal" plan?'])
    assert report.sentences[0].label is Label.SOURCED
    assert report.sentences[-1].label is not Label.SOURCED


def test_a_longer_quotation_further_back_still_takes_the_latest_speaker() -> None:
    report = audit_sentences([*_QUOTED_BEFORE, '"We have waited long enough for the pier."'])
    last = report.sentences[-1]
    assert last.label is Label.SOURCED
    assert last.attribution is not None and last.attribution.mode == "orphan_quote"
    assert last.attribution.source.text == "Mayor Ana Ruiz"


def test_a_term_in_quotes_right_after_its_speaker_keeps_the_speaker() -> None:
    report = audit_sentences(
        [
            '"The pier is a disgrace," Mayor Ana Ruiz said of the harbour board.',
            'Fostering "chronic delay."',
        ]
    )
    last = report.sentences[-1]
    assert last.label is Label.SOURCED
    assert last.attribution is not None and last.attribution.source.text == "Mayor Ana Ruiz"
