"""frame-prec48: charged words in their plain sense in court, health, weather, sports and
explainer copy, kept out of EDITORIAL; and a rhetorical 'how many more ... will it take?'.

- Offences named by the law's own words ('criminal mischief', 'conspiracy to supply',
  'reckless driving', a 'reckless tackle' under football's laws), a fraud as an event ('the
  fraud went undetected'), forged things ('fake passports'), and the presumption of innocence
  in a prosecutor's release ('merely an accusation', 'presumed innocent').
- Medicine, weather and engineering: 'aggressive prostate cancers', 'a long battle with
  cancer', 'extreme heat', 'a catastrophic fire danger rating', 'catastrophic engine failure'.
- A player 'listed as questionable', a rite of bathing ('a holy dip'), an inspectorate's
  grade ('rated good'), a bullion premium ('the premium on gold coins').
- A personal account's dated first person ('Our house flooded twice in 2020', 'Last year we
  gave out 14,000 parcels') and a charity's 'people who cannot get to us' are narrative; 'we
  should', 'we cannot', 'our leaders failed us' stay the writer's view.
- Religion and finance: '50,000 faithful' at a Mass, 'sin and redemption', 'evil spirits',
  'toxic assets'.
- A duty lifted ('will no longer have to disclose') or put on the reader by a rule ('you will
  have to pay a penalty'), and a procedure's next step after an administrative outcome ('If
  your application is approved, an installer will contact you') are not the writer's demand
  or forecast.

Every sentence here is invented for the test.
"""

from __future__ import annotations

from framing_helpers import editorial_test, not_editorial_test

EDITORIAL = [
    ("The whole harbour inquiry is a fraud.", "evaluative.emotive-noun"),
    ("The ferry firm printed fake safety reports for a decade.", "evaluative.strong"),
    ("The board's reckless gamble with the pier has cost the island dearly.", "evaluative.strong"),
    ("The board's aggressive and reckless tactics have failed the island.", "evaluative.magnitude"),
    ("The levy has been a catastrophic failure for the island.", "evaluative.strong"),
    ("The harbour master's questionable judgement cost the island its ferry.", "evaluative.mild"),
    ("Nothing is sacred to this council any more.", "evaluative.strong"),
    ("The harbour board must resign.", "action.deontic"),
    ("If the levy fails, the mayor will lose her majority.", "speculation.conditional"),
    ("How many more ferries will it take before the board fixes the pier?", "question.rhetorical"),
    ("How much longer must islanders wait for a bridge?", "question.rhetorical"),
    ("We should all be ashamed of the harbour board.", "stance.first-person"),
    ("We cannot let the pier close again.", "stance.first-person"),
    ("We betrayed our allies in 2021.", "evaluative.emotive-verb"),
    ("Our leaders failed us.", "stance.first-person"),
    ("If the pier is about pride, let us praise the harbour master.", "stance.first-person"),
    ("Mass was said before 300 faithful servants of the harbour board.", "evaluative.strong"),
    ("The mayor has been a faithful ally of the ferry firm for too long.", "evaluative.strong"),
]

NOT_EDITORIAL = [
    "Criminal mischief is a felony on the island when the damage exceeds $1,000.",
    "He faces two counts of criminal damage after the harbour office was vandalised.",
    "The pair were jailed for conspiracy to supply cocaine through the ferry port.",
    "The skipper admitted reckless driving on the harbour road.",
    "The winger was sent off for a reckless tackle in the 70th minute.",
    "The fraud went undetected for almost four years.",
    "Police found fake passports and fake banknotes in the ferry's hold.",
    "A complaint is merely an allegation, and every defendant is presumed innocent.",
    "Aggressive prostate cancers grow quickly and are more likely to spread.",
    "The ferry's first skipper fought a long battle with cancer.",
    "Extreme heat kills more islanders each year than storms do.",
    "A catastrophic fire danger rating is in place for the island on Tuesday.",
    "The ferry suffered a catastrophic engine failure off the point.",
    "The goalkeeper is listed as questionable with a sprained wrist.",
    "Thousands of pilgrims took a holy dip in the river at dawn.",
    "The harbour school was rated good by inspectors in May.",
    "The premium on gold coins widened as the price rose.",
    "Ferry staff will no longer have to disclose old convictions to the harbour board.",
    "If you miss the deadline, you will have to pay a £100 penalty.",
    "You may need to show photo ID at the ferry gate.",
    "If your application is approved, an installer will contact you within 28 days.",
    "How many more ferries will the company buy this year?",
    "Our house on the harbour road flooded twice in 2020.",
    "We were evacuated from the quay at 3am.",
    "We have lived on the harbour road for 30 years.",
    "Last year we gave out 14,000 food parcels.",
    "We opened our first shop on the quay in 2005.",
    "Every Friday the van takes parcels to people who cannot get to us.",
    "The bishop said Mass before 50,000 faithful on the harbour front.",
    "The pastor preached on sin and redemption.",
    "Lamps are lit to drive away evil spirits.",
    "Banks were left holding billions in toxic assets.",
    "What do you think of the new ferry timetable? Let us know.",
    "Sign up for our free newsletter.",
]

test_writer_framing_is_editorial = editorial_test(EDITORIAL)
test_neutral_wording_is_not_editorial = not_editorial_test(NOT_EDITORIAL)
