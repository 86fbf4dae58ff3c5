"""attr-fresh45: attribution constructions fresh pieces of new kinds missed or over-read
(invented sentences).

A body that fines someone (in a headline too, "<Body> fines <Firm>"), clears a player of a
charge with a modifier ("of violent conduct"), or, as a court, stays an order rules on it;
a firm that cuts or raises its outlook in a headline, and an agency that issues a red alert
in one, give their own forecast. A firm that unveils glasses shows a thing.

Documents: records obtained by a named paper "under" a law or "through" a request, with the
phrase between the agent and the verb, are the paper's; a post "shared (5,000 times) on" a
platform is its unnamed author's, not the platform's. A draft, a contract, an agreement, a
motion and a charge sheet are documents ("The draft, obtained by the Courier, says"); a
study or a report that links one thing to another states a finding. "There was no immediate
comment from the harbour board" reports the board's response; "police are appealing for
witnesses" the force's appeal; a document set off by commas with the outlet that saw it
("Under the plan, seen by the Courier, ...") is the sentence's source. Earnings and markets
copy: a figure "expected by analysts", a firm that "guided for" revenue and a broker that
downgrades a stock give their forecasts and judgements; a publisher speaks for an author.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

test_fresh45_sourced = sourced_test(
    [
        # a fine imposed on a body with a long name
        (
            "The commission fined Dutch ferry operator Tarrow Lines €40 million on Friday.",
            "The commission",
            Strength.NAMED,
        ),
        # the same ruling in a headline's present
        ("Ofgem fines Harbor Power £2m over billing errors", "Ofgem", Strength.NAMED),
        # a charge with a modifier
        (
            "The league cleared the goalkeeper of violent conduct after a hearing.",
            "The league",
            Strength.NAMED,
        ),
        # a court that stays an order
        (
            "The high court on Friday stayed the harbour board's eviction order.",
            "The high court",
            Strength.NAMED,
        ),
        # a firm's own outlook, in a headline
        ("Pell Foods cuts outlook as sales slow", "Pell Foods", Strength.NAMED),
        # an agency's alert, in a headline
        ("Weather office issues orange alert for the coast", "Weather office", Strength.NAMED),
        # a document, its agent and a phrase before the verb
        (
            "Records obtained by the Pell Courier under the state's open-records law show the "
            "pier failed two inspections.",
            "Records obtained by the Pell Courier under the state's open-records law",
            Strength.NAMED,
        ),
        (
            "Emails obtained by the Tribune through a public records request show the mayor knew.",
            "Emails obtained by the Tribune through a public records request",
            Strength.NAMED,
        ),
        # a post passed round on a platform
        (
            "A post shared more than 3,000 times on Facebook claims the ferry will stop.",
            "A post shared more than 3,000 times on Facebook",
            Strength.ANONYMOUS,
        ),
        (
            "A video viewed thousands of times on TikTok says the pier is closing.",
            "A video viewed thousands of times on TikTok",
            Strength.ANONYMOUS,
        ),
        # a study published in a journal keeps the journal's name
        (
            "A study published in Tidewater Medicine found that swimmers recover.",
            "A study published in Tidewater Medicine",
            Strength.NAMED,
        ),
        # documents the lexicon lacked
        (
            "The draft, obtained by the Pell Courier, says the levy will double.",
            "The draft",
            Strength.NAMED,
        ),
        (
            "The levy will double, according to a draft seen by the Pell Courier.",
            "a draft seen by the Pell Courier",
            Strength.NAMED,
        ),
        (
            "The charge sheet says the clerk moved the money abroad.",
            "The charge sheet",
            Strength.NAMED,
        ),
        # a finding that links two things
        (
            "Several studies have linked loud noise to poor sleep.",
            "Several studies",
            Strength.ANONYMOUS,
        ),
        # no comment from a party
        (
            "There was no immediate comment from the harbour board.",
            "the harbour board",
            Strength.NAMED,
        ),
        ("The post drew no response from Ana Ruiz.", "Ana Ruiz", Strength.NAMED),
        # an appeal in the progressive
        (
            "Harbour police are appealing for witnesses to the crash.",
            "Harbour police",
            Strength.NAMED,
        ),
        # a document seen by an outlet, with no verb of its own
        (
            "Under the plan, seen by the Pell Courier, ferry fares will rise in May.",
            "the Pell Courier",
            Strength.NAMED,
        ),
        # earnings and markets copy
        (
            "Profit rose to $1.12 a share, beating the $1.05 expected by analysts.",
            "analysts",
            Strength.ANONYMOUS,
        ),
        (
            "The miner guided for full-year output of 40 million tonnes.",
            "The miner",
            Strength.NAMED,
        ),
        (
            "Pell Securities downgraded the ferry firm's shares to underweight.",
            "Pell Securities",
            Strength.NAMED,
        ),
        # a publisher announces
        (
            "The death was announced by his publisher, Tarrow Books.",
            "his publisher",
            Strength.NAMED,
        ),
        # an Indian district's chief official, in a tag after the content
        (
            "Schools in Pell and Tarrow will stay shut on Monday, the district collectors said.",
            "the district collectors",
            Strength.ANONYMOUS,
        ),
    ]
)

test_fresh45_not_sourced = not_sourced_test(
    [
        # "fines" as a noun
        "Parking fines Pell drivers paid rose by a third.",
        "The fines Harbor Power paid were cut on appeal.",
        # "fined" with no one who fined
        "The skipper was fined Tuesday for speeding.",
        # cleared of a thing, not a charge
        "Volunteers cleared the dunes of plastic.",
        # "stayed" with no order after it
        "The judge stayed at an inn near the harbour.",
        # someone else's forecast, in the past with no possessive
        "Analysts cut forecasts for the ferry firm.",
        # a product unveiled
        "Lumo unveiled a pair of smart glasses on Tuesday.",
        # "records" a noun inside the phrase: no verb of the document's
        "Emails obtained by the Tribune through a public records request.",
        # "draft document" is one noun; a road that links two places
        "A draft document approved on Friday would raise ferry fares.",
        "The new road links the harbour to the town centre.",
        "The treaty would tie the island closer to the mainland.",
        # a response to something that is no party's; an appealing offer
        "There was no response to the fire alarm for an hour.",
        "The offer is appealing for first-time buyers.",
        # a plan seen by many as something: a view, not a document's source
        "The plan, seen by many as a bargain, passed easily.",
        # a time after "expected by"; a guide and a passenger upgraded; a storm downgraded
        "A verdict on the pier, expected by March, could close it for good.",
        "The ranger guided tourists to the cave.",
        "The airline upgraded two passengers to business class.",
        "The storm was downgraded to a tropical depression.",
    ]
)
