"""Closed word classes and reach limits the attribution readers share."""

from __future__ import annotations

from auditor.models import SourceType
from auditor.tokens import QUOTE

# Head lexicons in the order their types win when a phrase is in several.
HEAD_TYPES = (
    ("source-outlets", SourceType.OUTLET),
    ("source-documents", SourceType.DOCUMENT),
    ("source-organisations", SourceType.ORGANISATION),
    ("countries", SourceType.ORGANISATION),
    ("source-persons", SourceType.PERSON),
    ("source-groups", SourceType.GROUP),
)
PRONOUN_TYPES = {
    "he": SourceType.PERSON,
    "she": SourceType.PERSON,
    "they": SourceType.GROUP,
    "it": SourceType.ORGANISATION,
}
# a possessive before a noun of saying stands for its owner: "her claim that" is hers
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
# an object pronoun as the object of a cue stands for a person named before: "according to
# him," (not "her" before a noun: "according to her lawyer")
OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# the writer as the subject of a clause ("This is why I keep telling readers:", "We've
# said"): a phrase of several words holding one is a clause of the writer's, no source
WRITER_SUBJECTS = frozenset({"i", "we"})
# the writer as the owner of a work ("our analysis shows", "according to my research"): the
# writer's own findings are the writer's voice, no source (the people the writer relays are
# sources: "our sources say", "our correspondent said")
WRITER_OWNERS = frozenset({"our", "my"})
DATELINE = 16  # tokens a dateline may take before its dash
AGENT_REACH = 5  # words between a document and the 'by' that names its author
# participles of making after which "for X" names the client a document was made for, its
# owner: "a poll conducted for CNN", "a report prepared for the ministry" (attr-strength36)
MADE_FOR = frozenset({"conducted", "commissioned", "prepared", "produced", "compiled", "done"})
ANONYMITY_REACH = 8  # tokens an anonymity phrase may take after its source
ACCESS_OPENERS = frozenset({"with", "direct", "first-hand", "firsthand", "intimate", "detailed"})
ACCESS = frozenset({"with", "to", "on", "in", "of"})  # "familiar with", "close to", "briefed on"
BRIDGE = 2  # unknown words allowed between a determiner and a known head
# the common prepositions the lexicon leaves out (they also join a source's parts): a
# phrase after one before an aside is its object ("His finish in Lirana — ... — highlights")
OBJECT_LEADS = frozenset({"in", "on", "at", "of", "for", "from", "by", "with"})
PARTITIVES = frozenset({"of", "in", "among"})  # "many of the women", "some in the crowd"
DASHES = frozenset({"-", "—", "–"})
PEOPLE = frozenset({SourceType.PERSON, SourceType.GROUP})
BODIES = frozenset({SourceType.ORGANISATION, SourceType.OUTLET, SourceType.DOCUMENT})
SPEAKERS = PEOPLE | {SourceType.ORGANISATION, SourceType.OUTLET}
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "any"})
CLAUSE_MARKS = frozenset({",", "and", "but"})
PARTICIPLE_LEADS = frozenset({",", "by", "—", "–", "-"})
OPENERS = frozenset({":", ",", QUOTE, "—", "–", "(", '"', "“", "‘", "'"})
# verbs whose object is the hearer: "..., told the BBC" never names the speaker
HEARER_VERBS = frozenset(
    {"tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures",
     "assured", "remind", "reminds", "reminded", "notify", "notifies", "notified", "brief",
     "briefs", "briefed"}
)  # fmt: skip
# forms of reporting verbs that are nouns as often ("a note to staff", "his latest claims")
NOUN_VERBS = frozenset(
    {"note", "notes", "comment", "comments", "reply", "replies", "answer", "answers", "claim",
     "claims", "report", "reports", "tweet", "tweets", "post", "posts", "stress", "stresses",
     "remark", "remarks", "warning", "warnings"}
)  # fmt: skip
NOUN_OPENERS = frozenset(
    {"a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that"}
)  # a verb never follows one of these directly
# a word between an article and a noun-like verb form that makes it a noun ("a subsequent
# note", "his own notes", "their opening remarks"); "the suit claims" stays a verb
ADJECTIVES = frozenset(
    {"own", "same", "new", "old", "first", "last", "latest", "final", "recent", "early", "late",
     "brief", "short", "long", "main", "key", "internal", "private", "public", "written"}
)  # fmt: skip
ADJECTIVE_ENDINGS = ("ent", "ant", "ive", "ous", "ful", "ic", "est", "able", "ible", "ary", "ing")
AUXILIARIES = frozenset(
    {"has", "have", "had", "will", "would", "shall", "should", "can", "could", "may", "might",
     "must", "do", "does", "did"}
)  # fmt: skip  # after a noun phrase they open its clause: "say the troops should go"
PAST_IRREGULAR = frozenset({"said", "told", "wrote", "says", "tells", "writes", "say"})
# participles after which "in" names where a work appeared ("a study published in X")
PUBLISHED = frozenset({"published", "appeared", "printed", "posted"})
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
MONTHS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"}
)  # fmt: skip
CALENDAR = WEEKDAYS | MONTHS  # always capitalised: a capitalised weekday or month is no name
RELATIVES = frozenset({"who", "which", "that"})
ARTICLES = frozenset({"the", "a", "an"})  # articles that open a noun phrase
INVERSION_MARKS = frozenset({",", ":", QUOTE, "—", "–", "'", '"', "”", "’", "»"})
# first words of raising phrases after a form of "be": a survey's comparison ("voters were
# more likely to say"), not a prediction ("the ministry is likely to say")
PREDICATIVE = frozenset({"more", "less"})
LOOSE_LENGTH = 6  # words in a source expression read without the lexicons
LOOSE_CONFIDENCE = 0.95  # cues sure enough to take a source the lexicons do not know
MAX_APPOSITIVE = 30  # tokens between the commas of "X, a doctor at Y, said"
MAX_PARENTHESIS = 16  # tokens in a parenthesis after a name: "(D-N.Y.)", "(a senator so ...)"
DISTANT_CONFIDENCE = 0.85  # cues sure enough to look for a subject beyond a clause
SPEAKER_LENGTH = 10  # words of a speaker named after a quotation and its verb
INVERTING = frozenset({"speech", "loaded"})  # cue categories that put the speaker after them
PREDICATIVE_CUES = frozenset({"stance"})  # cue categories that are adjectives after a copula
HARD_STOPS = frozenset({";", ":", QUOTE})
SUBORDINATORS = frozenset(
    {"when", "while", "whilst", "after", "because", "although", "though", "if", "since",
     "until", "whereas", "before", "once", "unless", "that", "as"}
)  # fmt: skip
# the subordinators that open an adverbial clause ("after Swift scolded the label"): a cue
# whose subject follows one is not the sentence's main report
ADVERBIAL_OPENERS = (SUBORDINATORS - {"that", "as"}) | {"than"}  # "larger than they reported"
APPOSITION = frozenset({",", "(", "-", "—", "–", "―"})
RELATIVE_OPENERS = RELATIVES | {"whose", "whom"}
GERUND_LEADS = frozenset({"by", "upon", "after", "before", "in", "when", ","})
# "for" opens a gerund whose subject is the clause's only after a verb with no object of its
# own ("was criticised for saying", "apologised for claiming"; not "thanked voters for saying")
GERUND_CAUSE = "for"
# a reaction a party draws, faces or owns, before "for" and a gerund: the gerund is the
# party's, the clause's subject ("the mayor drew fire for saying", "makes no apologies for
# accusing", "faced criticism for claiming"; attr-recall17). A person before "for" keeps it
# ("thanked voters for saying": the voters said it)
REACTION_NOUNS = frozenset(
    {
        "fire", "criticism", "flak", "heat", "backlash", "scorn", "ridicule", "derision",
        "praise", "plaudits", "applause", "apologies", "apology", "condemnation", "censure",
        "rebuke", "outrage", "ire", "scrutiny", "trouble",
    }
)  # fmt: skip
BARE_SPEECH = frozenset(
    {"say", "warn", "argue", "insist", "contend", "acknowledge", "concede", "predict", "cite",
     "warns", "argues", "insists", "contends", "acknowledges", "concedes", "predicts", "cites"}
)  # fmt: skip  # present forms that are never nouns ("attacks", "claims" are)

# -ing verbs with which a document says or asks what follows them ("a letter saying the pier
# was unsafe", "an ad asking, '...?'", "signs urging the mayor to quit"): right after the
# document they are what it says (SourceReader._document_says); verbs of judgement
# ("statements accusing the army") tell what the document is about, and are not here
DOCUMENT_SAYING = frozenset(
    {
        "saying", "stating", "asking", "urging", "warning", "calling", "demanding",
        "declaring", "proclaiming", "announcing", "telling", "noting", "explaining",
        "arguing", "insisting", "promising", "pledging", "reminding", "confirming",
    }
)  # fmt: skip


def on_weekday_in(lowers: list[str], k: int) -> bool:
    """Whether "on <weekday> in" starts at word ``k`` of ``lowers``: "a study published on
    Monday in Tidewater Medicine", where the day is no place and "in" names the work."""
    return (
        k + 2 < len(lowers)
        and lowers[k] == "on"
        and lowers[k + 1] in WEEKDAYS
        and lowers[k + 2] == "in"
    )
