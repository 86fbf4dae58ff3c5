"""frame-fresh26: neutral and technical senses of charged nouns, and two writer's-voice cues.

Kept out of EDITORIAL FRAMING (plain news): an administrative scheme named again ("the scheme
covers 310,000 staff"), an offence's scheme ("convicted in a fraud scheme"), a scandal named by
its subject ("the expenses scandal"), a name after "Members of the" ("the Proud Boys"), a
reactor's meltdown, a medal for bravery, the Holocaust, a regime's propaganda named as history,
a criminal plot ("foiled a plot to bomb"), the plague as a disease, a sentence for treason,
incitement to racial hatred, hoax calls, rackets, the corruption index, a mistaken house,
radical surgery.

Made EDITORIAL FRAMING: "the timing was no accident" (a motive claim with any subject), "owes
the island an apology" (the writer's demand).

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test
from sentence_helpers import fired, one

from auditor.models import Label

EDITORIAL = [
    ("The timing of the fare rise was no accident.", "motive.claim"),
    ("The leak on the eve of the vote was not a coincidence.", "motive.claim"),
    ("The mayor owes the island an apology.", "action.owed-apology"),
    ("The board owes its passengers a full explanation.", "action.owed-apology"),
    ("The whole pier plan is a scandal.", "evaluative.emotive-noun"),
    ("The mayor's plot to close the ferry failed.", "evaluative.emotive-noun"),
    ("The council's propaganda outlets ignored the vote.", "evaluative.emotive-noun"),
]

NOT_EDITORIAL = [
    "The scheme covers about 310,000 current and former harbour staff.",
    "A former bank clerk was convicted in a $4 million fraud scheme.",
    "The minister resigned over the expenses scandal in 2009.",
    "The club was relegated after a match-fixing scandal.",
    "Members of the Proud Boys were convicted in 2023.",
    "The reactor suffered a partial meltdown in 1979.",
    "She was awarded a medal for bravery in 2011.",
    "He lost his parents in the Holocaust.",
    "The museum shows Soviet propaganda posters from the 1930s.",
    "Police foiled a plot to bomb the ferry terminal.",
    "The plague has killed 57 people on the island since August.",
    "The colonel was sentenced to death for treason in 1946.",
    "He was convicted of incitement to racial hatred in 2019.",
    "The teenager was arrested for making a hoax bomb threat.",
    "The gang ran a protection racket in the port.",
    "Police raided the wrong house on Harbour Street.",
    "Surgeons performed a radical prostatectomy at the island hospital.",
    "The island ranks 40th in the corruption index.",
    "The ferry company owes the council $2 million in unpaid fees.",
]


test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)


def test_scheme_counts_only_with_other_cues() -> None:
    # a scheme weighs a quarter: with a strong cue the sentence stays EDITORIAL
    sentence = one("They hatched a shameful scheme to hide the losses.")
    assert sentence.label is Label.EDITORIAL
    assert "evaluative.charged-weak" in fired(sentence)
