"""Documents graded by who keeps or published them (attr-fresh25): a weekday between a
participle and its agent or journal ("a study published Monday in Harbor Medicine", "a crash
report released Monday by the county police"), a compound the lexicons lack before the head
("a crash report ... by X"), and a body's word right before a document's head ("Court
filings show", "State health department data show"); the document verbs "stipulate" and
"specify" before "that"; a party that raises concerns, objections or doubts. Every sentence
is invented for the test.
"""

from __future__ import annotations

from attribution_helpers import not_sourced_test, sourced_test

from auditor.models import Strength

SOURCED = [
    (
        "Dock injuries fell by a third, a study published Monday in Harbor Medicine found.",
        "a study published Monday in Harbor Medicine",
        Strength.NAMED,
    ),
    (
        "Dock injuries fell by a third, according to a study published Monday in Harbor Medicine.",
        "a study published Monday in Harbor Medicine",
        Strength.NAMED,
    ),
    (
        "The ferry was sailing too fast, according to a crash report released Monday by the "
        "Lirana Coast Guard.",
        "a crash report released Monday by the Lirana Coast Guard",
        Strength.NAMED,
    ),
    (  # "paper" is typed as an outlet: the journal it is published in names it too
        "Dock injuries fell by a third, according to a paper published in Harbor Medicine.",
        "a paper published in Harbor Medicine",
        Strength.NAMED,
    ),
    (
        "Court filings show the harbour board paid twice for the same crane.",
        "Court filings",
        Strength.NAMED,
    ),
    (
        "Port health department data show cases fell in May.",
        "Port health department data",
        Strength.NAMED,
    ),
    (
        "Police records show the skipper was stopped twice.",
        "Police records",
        Strength.NAMED,
    ),
    (
        "The lease stipulates that the tenant pays for the pier's repairs.",
        "The lease",
        Strength.NAMED,
    ),
    (
        "Several dock owners have raised serious concerns about the levy.",
        "Several dock owners",
        Strength.ANONYMOUS,
    ),
    (
        "The union raised objections over the night shifts.",
        "The union",
        Strength.NAMED,
    ),
]

# graded anonymous still: a field's data, a private body's papers, a counted set of documents,
# a mass noun alone
ANONYMOUS = [
    ("Industry data show ferry fares rose.", "Industry data", Strength.ANONYMOUS),
    ("Campaign emails show the mayor met the builder.", "Campaign emails", Strength.ANONYMOUS),
    ("Two agency reports show ferry fares rose.", "Two agency reports", Strength.ANONYMOUS),
    ("Polling shows the mayor ahead.", "Polling", Strength.ANONYMOUS),
    (
        "Dock injuries fell by a third, according to a crash report released by two divers.",
        "a crash report released",
        Strength.ANONYMOUS,
    ),
]

NOT_SOURCED = [
    "The regulator added a warning about liver damage to the pills' labels in 2019.",
    "The remarks raised questions about the harbour contract.",
    "The storm raised concerns about the pier's safety.",
    "The form specified the size of each berth.",
    "Tenants pay a stipulated fee each month.",
]


test_sourced_with_its_source_and_strength = sourced_test(SOURCED)

test_still_anonymous = sourced_test(ANONYMOUS)

test_no_source_is_read = not_sourced_test(NOT_SOURCED)


# a capitalised name that ends on a company's word is a body, for the cues that ask for one
COMPANIES = [
    ("Harlow Foods reported a loss of $2 million.", "Harlow Foods", Strength.NAMED),
    ("Halden Partners reported a profit of $9 million.", "Halden Partners", Strength.NAMED),
]

test_company_names = sourced_test(COMPANIES)
