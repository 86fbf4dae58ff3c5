"""attr-recall44: attribution constructions this session's fresh pieces missed or over-read
(invented sentences).

A fine or a penalty imposed, an estimate put at a figure, a classification and a ranking
given by a body are its findings; investors who question a group's spending state a
position; police who identify a person with a long description "as" someone name them;
screenshots are a record, as footage is. A deal agreed ("has agreed to buy") and a change
approved by a council are acts, not statements.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

test_recall44_sourced = sourced_test(
    [
        # a fine or penalty imposed: a ruling, as "fined" is
        (
            "The harbour tribunal imposed a fine of $12,000 on the ferry firm.",
            "The harbour tribunal",
            Strength.NAMED,
        ),
        (
            "A magistrate imposed a $900 penalty on the skipper last week.",
            "A magistrate",
            Strength.ANONYMOUS,
        ),
        # an estimate put at a figure
        (
            "The port authority put the cost of the repairs at about $4 million.",
            "The port authority",
            Strength.NAMED,
        ),
        (
            "Analysts at Pell Bank put the jobless rate at 6.2 percent.",
            "Analysts at Pell Bank",
            Strength.ANONYMOUS,
        ),
        # an official classification
        (
            "The coastal agency has classified the reef as a protected zone.",
            "The coastal agency",
            Strength.NAMED,
        ),
        # a ranking given by a report or a body
        (
            "A study last year by the Varno Institute ranked the harbour town 31st for air.",
            "A study last year by the Varno Institute",
            Strength.NAMED,
        ),
        # a party's doubt about a body's spending or plans
        (
            "Some shareholders have questioned the ferry firm's spending on new offices.",
            "Some shareholders",
            Strength.ANONYMOUS,
        ),
        # a long object before "as"
        (
            "The county sheriff identified the man who fell from the pier on Sunday as Ed Varno.",
            "The county sheriff",
            Strength.NAMED,
        ),
        # screenshots are a record, as footage is
        (
            "Screenshots shared by the harbour union show a manager's messages to staff.",
            "Screenshots shared by the harbour union",
            Strength.NAMED,
        ),
    ]
)

test_recall44_not_sourced = not_sourced_test(
    [
        # a deal agreed is an act
        "Harbor Foods has agreed to buy a cannery in Pell for $80 million.",
        "The ferry firm agreed to sell two of its boats last year.",
        # a change approved by a body, in a noun phrase
        "Changes approved by the harbour board on Monday will take effect in May.",
        "The new route, approved by the city council in 2021, opened in June.",
        # no estimate: a thing put somewhere, a plan put at risk
        "Crews put the last beam at the end of the pier.",
        "The strike put the cost of the season at risk.",
        # no one who classified or ranked
        "The reef was classified as a protected zone in 2020.",
        "The team ranked third in the league.",
        # a tariff or a curfew imposed is an act
        "The government imposed a 10 percent tariff on imported boats.",
        # no "as" within the sentence
        "Residents could identify a dozen leaks in the old pipes. As the tide rose, they left.",
    ]
)
