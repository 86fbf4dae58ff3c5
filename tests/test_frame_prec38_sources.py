"""frame-prec38: views and answers that are a party's, not the writer's voice.

'In her view, ...' and 'As Ruiz sees it, ...' give what follows as a party's view (the
pronoun resolved as in 'by her own account'); 'As I see it' stays the writer's.

Bare questions, each just before an answer line ('How does it feel?' | 'RUIZ: Odd.'), are the
interviewer's turns, so the answers make a dialogue (as 'Q:' lines do); the closing note
('This interview has been edited ...') is no answer's. Every sentence is invented for the test.
"""

from __future__ import annotations

from auditor import audit_sentences
from auditor.models import Label, Strength


def test_bare_questions_between_answers_make_an_interview() -> None:
    report = audit_sentences(
        [
            "Ana Ruiz has skippered the island ferry for 20 years.",
            "How does it feel to retire?",
            "Ruiz: Honestly, I still don't believe it. You do a job this long and it becomes you.",
            "What will you miss?",
            "Ruiz: The crossing at dawn. We never had two mornings the same.",
            "This interview has been edited for length.",
        ]
    )
    labels = [s.label for s in report.sentences]
    assert labels[2] is Label.SOURCED and labels[4] is Label.SOURCED
    assert report.sentences[4].strength is Strength.NAMED
    assert all(labels[k] is not Label.SOURCED for k in (0, 1, 3, 5))
    assert all(label is not Label.EDITORIAL for label in labels)


def test_a_bare_question_alone_makes_no_interview() -> None:
    report = audit_sentences(
        [
            "Who pays for the pier?",
            "Ruiz: The island does.",
            "The harbour board met on Monday.",
            "Hale: The state does.",
        ]
    )
    assert all(s.label is not Label.SOURCED for s in report.sentences)


def test_a_view_framed_by_its_owner_is_sourced() -> None:
    report = audit_sentences(
        [
            "Ana Ruiz, the harbour master, spoke on the pier on Monday.",
            "In her view, the ferry levy is a disaster for the island.",
            "As she sees it, the board has wasted a decade.",
            "As the union sees it, the offer is an insult.",
            "As I see it, the board has wasted a decade.",
        ]
    )
    labels = [s.label for s in report.sentences]
    assert labels[1:4] == [Label.SOURCED] * 3
    assert report.sentences[1].strength is Strength.NAMED
    assert labels[4] is not Label.SOURCED
