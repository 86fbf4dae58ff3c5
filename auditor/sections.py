"""Sentences set aside by what stands around them: an abstract, a deck, an interview's speech.

Database copies of articles (the NYT's, for one) carry the abstract before the
body, between two labels: "ABSTRACT." ... "FULL TEXT.". The abstract retells
the body's lead, so counting it would count those claims twice. The block is
set aside only when the label that opens the body follows within a few
sentences; when unsure, the sentences stay claims.

A deck (a second headline) stands between the headline and the lead; when the
lead opens with a dateline ("BERLIN - ", "NEW YORK (AP) — "), one or two short
sentences between them are the deck. Without a dateline, a short first sentence
that joins two clauses with a semicolon, as headlines do ("Talks stall; both
sides blame the other."), is the deck.

An interview printed as questions and answers ("Q: ..." | "A: ...") gives the
answers in the interviewee's voice, not the writer's: from an "A:" line up to the
next question, the sentences are the interviewee's speech (their framing words are
shown, not counted). The questions are speech too, put to the interviewee and
often retelling their words ("Q: You said the pier is failing."): from a "Q:" line
up to the next answer, their framing words are the interviewer's, not counted. It
takes at least two of each mark, so a lone "A:" is not a transcript; a question
mark glued to its first word ("QWhy ...") counts only then.

An interview printed without the marks sets each question as a paragraph of its own,
one short sentence put to the interviewee ("Why did you keep sailing?"), and the answer
in the paragraphs after it, in the first person ("We had no choice."). Its answers
and questions are speech in the same way, when at least two such questions are each
followed by an answer that speaks as "I", "my", "we" or "our", and the article says it
is an interview ("interview", "Q&A", "we talked to her", "edited for length"); an
explainer's subheads ("How do you apply for the grant?") are answered in the writer's
third or second person, and a column's rhetorical questions to the reader come without
an interview: both stay the writer's (frame-precision19, issue 21).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LIMIT = 4  # at most this many sentences between the two labels
_DECK = 2  # at most this many sentences of a deck
_DECK_WORDS = 30  # and at most this many words each
_SEMICOLON_DECK_WORDS = 16
_MARKS = 2  # at least this many questions and answers make a transcript
_ANSWER = 20  # at most this many sentences of one answer
_LEAD = r"\s*(?:(?:\.\.\.|…)\s*)?"
_QUESTION = re.compile(_LEAD + r"Q(?::\s|\.\s|(?=[A-Z][a-z’']))")
_ASKED_WORDS = 30  # at most this many words of a question paragraph put to an interviewee
_ASKED = re.compile(
    r"[^\n\"“”]*\b(?:you|your|yours|yourself)\b[^\n\"“”]*\?[\s)\]]*\Z", re.IGNORECASE
)
_INTERVIEWED = re.compile(
    r"\b(?:interview(?:s|ed|ing)?|Q\s?&\s?A|conversation"
    r"|(?:spoke|speaks|talked|talks|chatted|chats)\s+(?:to|with)|sat\s+down\s+with"
    r"|condensed|edited\s+for\s+(?:length|clarity))\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Oo]ur|us)\b"
)
_ANSWER_MARK = re.compile(_LEAD + r"A:\s")
# a dateline: a place in capitals, maybe a state or a date, maybe an agency, a dash
_DATELINE = re.compile(
    r"[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}(?:,\s+[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()]{2,30}\)\s*)?[-–—]+\s"
)


def summary_block(keys: Sequence[str], opens: frozenset[str], closes: frozenset[str]) -> set[int]:
    """Indices of the sentences between a summary label and a body label.

    ``keys`` are the sentences lower-cased without non-word characters ("fulltext");
    ``opens`` and ``closes`` the labels' keys in the same form.
    """
    found: set[int] = set()
    for k, key in enumerate(keys):
        if key not in opens:
            continue
        for j in range(k + 1, min(len(keys), k + _LIMIT + 2)):
            if keys[j] in closes:
                found.update(range(k + 1, j))
                break
    return found


def deck(texts: Sequence[str], first: int) -> set[int]:
    """Indices of the deck: the sentences from ``first`` (the one after the headline) up to
    a lead that opens with a dateline, when they are few and short."""
    for lead in range(first + 1, min(len(texts), first + _DECK + 1)):
        if _DATELINE.match(texts[lead]):
            between = range(first, lead)
            if all(
                len(texts[k].split()) <= _DECK_WORDS and not _DATELINE.match(texts[k])
                for k in between
            ):
                return set(between)
            return set()
    short = first < len(texts) and len(texts[first].split()) <= _SEMICOLON_DECK_WORDS
    return {first} if short and "; " in texts[first] else set()


def transcript_speech(texts: Sequence[str], paragraphs: Sequence[int] = ()) -> set[int]:
    """Indices of the speech of a question-and-answer transcript: each "A:" or "Q:" sentence
    and those after it up to the next mark of the other kind (at most a few dozen); or, with
    the sentences' ``paragraphs``, an interview whose questions are paragraphs of their own."""
    joined = "\n".join(texts)  # most articles have no "A:" nor "?": told without a walk
    marks = [k for k, t in enumerate(texts) if _ANSWER_MARK.match(t)] if "A:" in joined else []
    if len(marks) < _MARKS:  # most articles: no transcript, and no need to look for questions
        return _asked(texts, paragraphs) if paragraphs and "?" in joined else set()
    questions = [k for k, t in enumerate(texts) if _QUESTION.match(t)]
    if len(questions) < _MARKS:
        return set()
    return _runs(marks, set(questions), len(texts)) | _runs(questions, set(marks), len(texts))


def _asked(texts: Sequence[str], paragraphs: Sequence[int]) -> set[int]:
    """Indices of an interview's questions set as paragraphs of one sentence put to the
    interviewee ("you"), and of the answers after each, up to the next question, when at
    least ``_MARKS`` of the answers speak in the first person."""
    n = len(texts)
    questions = [
        k
        for k, t in enumerate(texts)
        if t.rstrip().endswith("?")
        and (k == 0 or paragraphs[k - 1] != paragraphs[k])
        and (k + 1 == n or paragraphs[k + 1] != paragraphs[k])
        and len(t.split()) <= _ASKED_WORDS
        and _ASKED.match(t)
    ]
    if len(questions) < _MARKS or not any(_INTERVIEWED.search(t) for t in texts):
        return set()  # most articles: no question paragraphs, or no interview
    found: set[int] = set()
    answered = 0
    stops = set(questions)
    for q in questions:
        answer = _run(q + 1, stops, n)
        if answer and any(_FIRST_PERSON.search(texts[j]) for j in answer):
            answered += 1
            found.add(q)
            found.update(answer)
    return found if answered >= _MARKS else set()


def _runs(starts: Sequence[int], stops: set[int], n: int) -> set[int]:
    """Indices from each of ``starts`` up to the next of ``stops`` (at most ``_ANSWER``)."""
    found: set[int] = set()
    for k in starts:
        found.update(_run(k, stops, n))
    return found


def _run(start: int, stops: set[int], n: int) -> list[int]:
    """Indices from ``start`` up to the next of ``stops`` (at most ``_ANSWER``, below ``n``)."""
    found = []
    for j in range(start, min(n, start + _ANSWER)):
        if j in stops:
            break
        found.append(j)
    return found
