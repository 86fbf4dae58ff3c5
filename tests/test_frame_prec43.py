"""frame-prec43: charged words in their plain sense in neutral news, kept out of EDITORIAL.

- A takeover's premium is a price ('a premium of 38% to the closing price'), a premium range a
  tier ('premium brands'); a horror film is a genre; 'chronic back pain', 'strong winds',
  'dangerous for swimmers', 'causing death by dangerous driving' are medicine, weather and law.
- A quoted name after 'known as the', 'known to its critics as the', 'nicknamed the' is a name,
  not a scare quote.
- An official status ('the banned neo-Nazi group', 'classified as extremist', 'designated a
  terrorist entity') is the listing body's label.
- A duty of a class defined by its state or what its members do now, with a practical step
  ('Anyone who notices the signs should call a doctor', 'Children under five must travel in a
  car seat'), is advice or a rule (sense.class-duty); a punishment, a political act, and a class
  defined by a want, a belief or a doubt keep the cue.
- A health warning's imperative ('Do not give aspirin to children') is advice, not a call to act.
- 'Changing the code would require a two-thirds vote' states a rule, not a forecast.
- 'Here is what we know so far' is a signpost.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test

EDITORIAL = [
    ("The ferry offers a premium experience no rival can match.", "evaluative.promotional"),
    ("The horror of the harbour fire will stay with us.", "evaluative.emotive-noun"),
    ("The extremist group marched on the harbour again.", "labels.pejorative-group"),
    ("Politicians who mislead the island should resign.", "action.deontic"),
    ("Firms that dump sewage into the harbour must pay for the damage.", "action.deontic"),
    ("Islanders who care about the ferry should think hard before polling day.", "action.deontic"),
    ("Don't give up on the ferry.", "action.imperative"),
    ("Do not take their word for it.", "action.imperative"),
    ("Closing the pier would cost the island its ferry.", "speculation.hypothetical-action"),
    ("The harbour board's dangerous rhetoric has inflamed the island.", "evaluative.magnitude"),
]

NOT_EDITORIAL = [
    "The ferry firm will pay 315p a share, a premium of 38% to Friday's closing price.",
    "Sales of premium brands rose 8% while cheaper lines fell at the harbour shop.",
    "The horror film took $12m on its opening weekend on the island.",
    "Horror fans queued overnight outside the harbour cinema.",
    "The skipper has had chronic back pain since a fall in 2015.",
    "Strong winds and dangerous conditions closed the harbour on Tuesday.",
    "The cove is dangerous for swimmers at low tide.",
    "The skipper admitted causing death by dangerous driving.",
    'The levy, known to its critics and backers alike as the "pier tax", passed on Friday.',
    'Changing the harbour code would need a move known as the "nuclear option".',
    'The plan, nicknamed the "ferry dividend", pays islanders a yearly sum.',
    "Two islanders were jailed for membership of the banned neo-Nazi group Grey Tide.",
    "Its youth wing was classified as extremist last year.",
    "The island designated the harbour gang a terrorist entity in 2021.",
    "Anyone who develops a rash after the ferry trip should stop the tablets and see a doctor.",
    "Islanders without air conditioning should spend the afternoon in the harbour library.",
    "Passengers without a valid ticket must pay a penalty fare of £50.",
    "Children under five must travel in an approved car seat on the ferry.",
    "Boats that fail a safety check must stay in port until they are repaired.",
    "Do not give aspirin to children under 16 unless a doctor has prescribed it.",
    "Changing the harbour code would require a two-thirds vote of the council.",
    "Here is what we know so far.",
    "Smoking is the biggest preventable cause of cancer on the island.",
    "He was best known for playing the villain in three harbour films.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)
