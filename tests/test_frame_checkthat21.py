"""frame-checkthat21: a name inside the subject's prepositional phrase, "such and such",
and the features tools/fit_weights.py fits on.

A verb of `cue.speech-context` ("continues", "responded", "noted", "emails", "posts") after
a noun phrase whose head is no speaker and whose last words are a prepositional phrase
ending in a name ("The war in Ukraine continues.", "an archive of Ruiz emails") does not
make the name its speaker: the name is the object of the preposition. A head that can speak
(a person, a group, an organisation, a document: "the minister of Finance", "a spokesman for
Boeing", "the embassy in Paris", "a study by Harvard University") still does, and so does a
speaker after a relative pronoun, a conjunction or a month ("who in February posted").

"such and such" names an unspecified one (a placeholder), not a degree.

tools/fit_weights.py fits on the cues the engine counts: a sentence of page furniture
counts none, so its cues are no features.

Every sentence here is invented for the test.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from article_helpers import article
from attribution_helpers import not_sourced_test, sourced_test
from sentence_helpers import fired, neutral_senses, one

from auditor.models import Label, Strength

ROOT = Path(__file__).resolve().parent.parent

SOURCED = [
    ("Scarborough continued.", "Scarborough", Strength.NAMED),
    ("The minister of Finance continued.", "The minister of Finance", Strength.NAMED),
    ('"We will rebuild," the mayor of Ostrava continued.', "the mayor of Ostrava", Strength.NAMED),
    (
        "The family of Ana Ruiz responded with a short statement.",
        "The family of Ana Ruiz",
        Strength.NAMED,
    ),
    (
        "The embassy in Paris responded that the visa rules had changed.",
        "The embassy in Paris",
        Strength.NAMED,
    ),
    (
        "The office of Senator Ruiz responded that the vote was fair.",
        "The office of Senator Ruiz",
        Strength.NAMED,
    ),
    (
        "No photo ran with the story of the appeal because Alvarez indicated that "
        "the family wanted privacy.",
        "Alvarez",
        Strength.NAMED,
    ),
]

NOT_SOURCED = [
    "The war in Ukraine continues.",
    "The war in eastern Ukraine continues.",
    "The hunt for the wreck off Malta continues.",
    "The exodus from Venezuela continued.",
    "The dispute over the port of Gdansk continues on Monday.",
    "The boom in Texas continued, with new jobs in every county.",
    "Meanwhile, the slow project of pricing every small part of life in modern France continues.",
    "The clerk deleted an archive of Ruiz emails.",
    "The ferry's fate will not be settled on Facebook posts.",
]

test_sourced_with_its_source_and_strength = sourced_test(SOURCED)
test_no_source_is_read = not_sourced_test(NOT_SOURCED)


def test_a_speaker_after_the_previous_sentences_name_still_speaks() -> None:
    """The 80 characters before the cue run into the sentence before: its last name,
    after a preposition, is not the head of this sentence's subject."""
    report = article(
        [
            "The dockers backed the strike in Gdansk.",
            "Delegates questioned how the union could walk away.",
        ]
    )
    assert report.sentences[1].label is Label.SOURCED


def test_a_relative_pronoun_before_a_month_is_no_head() -> None:
    sentence = one(
        "The loudest critic on campus is a student named Ana Ruiz, "
        "who in March posted a reply on Facebook."
    )
    assert sentence.label is Label.SOURCED


def test_such_and_such_is_a_placeholder_not_a_degree() -> None:
    s = one("Each year the council funds such and such a scheme and then forgets it.")
    assert "sense.neutral-collocation" in neutral_senses(s)
    assert "intensifier.degree" not in fired(s)


def _fit_weights():
    spec = importlib.util.spec_from_file_location("fit_weights", ROOT / "tools" / "fit_weights.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fit_weights_features_are_the_counted_cues(tmp_path: Path) -> None:
    rows = [
        ("a", "The harbour plan is a shameful disgrace.", True),
        ("b", "Subscribe to our newsletter. You should never miss a story.", False),
        ("c", '"It is a shameful disgrace," the mayor said of the old pier.', False),
    ]
    path = tmp_path / "toy.jsonl"
    path.write_text(
        "".join(
            json.dumps({"doc": doc, "i": 0, "text": text, "gold": {"editorial": gold}}) + "\n"
            for doc, text, gold in rows
        ),
        "utf-8",
    )
    found = _fit_weights().samples(path)
    (plan, _, plan_attributed), (furniture, _, _), (quote, _, quote_attributed) = found
    assert {"evaluative.strong", "evaluative.emotive-noun"} <= plan and not plan_attributed
    assert furniture == frozenset()  # page furniture: its cues are shown, never counted
    assert quote == frozenset() and quote_attributed  # the speaker's words, not the writer's
