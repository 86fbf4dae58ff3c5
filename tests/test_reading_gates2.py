"""Exact gates in front of the attribution readings (docs/speed.md, branch speed23): each
gives what the reading it skips would have given."""

from __future__ import annotations

import random

from auditor.api import engine_for
from auditor.attribution import ReadSentence, SourceSpan
from auditor.discourse import Ledger
from auditor.models import SourceType, Strength
from auditor.quotes import Quote, QuoteMap, find_quotes
from auditor.tokens import tokenize


def _quotes(rng: random.Random) -> list[Quote]:
    """Quotations in order of their starts, most apart, some overlapping."""
    found, pos = [], 0
    for group in range(rng.randint(0, 8)):
        start = pos + rng.randint(0, 30)
        end = start + rng.randint(1, 40)
        found.append(Quote(start, end, group))
        pos = end if rng.random() < 0.8 else start + 1
    return sorted(found, key=lambda q: q.start)


def _spans(rng: random.Random) -> list[tuple[int, int]]:
    """Spans mostly in order, some empty, some starting before the one before."""
    found, pos = [], 0
    for _ in range(rng.randint(0, 10)):
        start = pos + rng.randint(0, 30)
        end = start + rng.randint(0, 60)
        found.append((start, end))
        pos = end if rng.random() < 0.9 else max(0, start - 20)
    return found


def test_quotations_of_each_span_are_those_within_gives() -> None:
    rng = random.Random(23)
    reached = 0
    for _ in range(2000):
        quotes = QuoteMap("x" * 600, _quotes(rng))
        spans = _spans(rng)
        each = quotes.within_each(spans)
        assert each == [quotes.within(start, end) for start, end in spans], (quotes.quotes, spans)
        reached += sum(1 for found in each if found)
    assert reached > 1000  # the check is no empty one: many spans hold quotations


def test_quotations_of_sentences() -> None:
    text = 'The mayor spoke. "We will rebuild the pier," she said. Work starts in May.'
    quotes = find_quotes(text)
    spans = [(0, 16), (17, 54), (55, len(text))]
    each = quotes.within_each(spans)
    assert [len(found) for found in each] == [0, 1, 0]
    assert each[1][0].start == 17


def _person(text: str, form: str = "name") -> SourceSpan:
    names = (text,) if form == "name" else ()
    head = text.split()[-1].lower()
    return SourceSpan(0, len(text), text, SourceType.PERSON, Strength.NAMED, head, form, names)


class _Everything(set):
    """A set that holds every string: the ledger's gate then never answers."""

    def __contains__(self, item: object) -> bool:
        return True


def test_ledger_gate_finds_what_the_walk_finds() -> None:
    mentions = [
        _person("Ana Ruiz"),
        _person("Tom Hale"),
        _person("the harbour master", "definite"),
        _person("Ruiz"),
        _person("Beth Ruiz"),
        _person("Hale"),
        _person("a dock worker", "indefinite"),
        _person("the harbour master", "definite"),
    ]
    gated, walked = Ledger(), Ledger()
    walked._texts = _Everything()
    for k, mention in enumerate(mentions):
        one, other = gated.add(mention, k, None), walked.add(mention, k, None)
        assert one.id == other.id, mention.text
    assert len(gated.entries) < len(mentions)  # some mentions were matched, not new
    for entry in gated.entries:
        assert entry.texts <= gated._texts and entry.surnames <= gated._surnames


def test_ledger_notes_what_attach_and_merge_enter() -> None:
    ledger = Ledger()
    first = ledger.add(_person("Ana Ruiz"), 0, None)
    second = ledger.add(_person("the pier's owner", "definite"), 1, None)
    ledger.attach(first, 2, _person("Councillor Ana Ruiz"))
    assert "councillor ana ruiz" in ledger._texts
    ledger.merge(first, second)
    assert ledger._match(_person("the pier's owner", "definite")) is not None
    assert ledger._match(_person("Lena Park")) is None


def test_surname_words_leave_title_case_unread() -> None:
    """A capitalised word that is no surname-like common word is turned down before the
    sentence's capitals are counted."""
    reader = engine_for().reader
    s = ReadSentence(tokenize("Officials at the Harbour Board said the pier would close."))
    for k, token in enumerate(s.tokens):
        if token.is_capitalised:
            assert not reader._surname(s, k)
    assert s._title_case is None
    s = ReadSentence(tokenize("Early Voting Opens Across The County"))
    assert not reader._surname(s, 0)  # a Title Case headline: no name by capitals
    assert s._title_case is True
