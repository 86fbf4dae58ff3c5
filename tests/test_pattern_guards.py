"""Guard lookaheads written into pack patterns before a large inlined lexicon (speed49):
each must hold wherever the pattern without it matches, so that it only saves the walk."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pack_texts import PACK

from auditor.rules.firstchar import compile_pattern, quick_finder
from auditor.rules.loader import builtin_pack, load_lexicons

_LEXICONS = load_lexicons([builtin_pack()])
_RULES = {rule.id: rule for rule in PACK.rules}

# rule id -> (the guard as written in its pattern, the lexicons the guard reads past)
_GUARDS = {
    "cue.stance-noun": (
        r"(?=[^'’]*+['’]s\s)",
        ("source-persons", "source-organisations", "source-groups", "source-documents"),
    ),
}


def _pair(rule_id: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The rule's pattern as the pack compiles it, and the same without its guard."""
    guard = _GUARDS[rule_id][0]
    pattern, flags = _RULES[rule_id].compiled._args
    assert pattern.count(guard) == 1, "the guard is written once in the pattern"
    return compile_pattern(pattern, flags), compile_pattern(pattern.replace(guard, ""), flags)


@pytest.mark.parametrize("rule_id", sorted(_GUARDS))
def test_the_guarded_lexicons_hold_no_apostrophe_but_before_s_and_a_space(rule_id) -> None:
    """What the stance-noun guard relies on: the first apostrophe after "the" is the owner's
    "'s" (then a space), or one inside a phrase that is itself followed by "s" and a space."""
    for name in _GUARDS[rule_id][1]:
        for phrase in _LEXICONS[name].phrases:
            assert re.fullmatch(r"(?:[^'’]|['’]s(?= ))*", phrase), (name, phrase)


def _words(rule_id: str) -> list[str]:
    phrases = {p for n in _GUARDS[rule_id][1] for p in _LEXICONS[n].phrases}
    examples = {w for ex in _RULES[rule_id].fire + _RULES[rule_id].quiet for w in ex.split()}
    return sorted(phrases | examples | {"the", "The", "s", "'", "’", "'s", "’s", "view", "is"})


_STANCE_WORDS = _words("cue.stance-noun")
_STANCE_TEXT = st.lists(
    st.tuples(
        st.sampled_from(_STANCE_WORDS), st.sampled_from(["", "'s", "’s", "'", "s", ",", "."])
    ).map("".join),
    max_size=14,
).map(" ".join)
_STANCE = _pair("cue.stance-noun")
_STANCE_FINDERS = [quick_finder(p.pattern, p.flags)[0] for p in _STANCE]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_STANCE_TEXT)
@example("The city council's response was that the quay had been sold.")
@example("the prosecutor's office's view is that the audit was rigged")
@example("The Harbour senator’s answer was that ports come first.")
@example("the old port authority' s view is that")
def test_the_stance_noun_guard_never_changes_a_match(text: str) -> None:
    guarded, plain = _STANCE
    for start in range(len(text) + 1):
        got, want = guarded.match(text, start), plain.match(text, start)
        assert (got and (got.span(), got.groupdict())) == (
            want and (want.span(), want.groupdict())
        ), (text, start)
    assert [bool(f.search(text)) for f in _STANCE_FINDERS] == [bool(plain.search(text))] * 2


def test_a_guard_that_stops_short_is_caught() -> None:
    """A guard that stops short (reading 12 characters at most) rejects a match the plain
    pattern finds: what the property above would report."""
    guarded, plain = _STANCE
    short = re.compile(guarded.pattern.replace(r"[^'’]*+", r"[^'’]{0,12}+"), guarded.flags)
    text = "the regional port authority's view is that the levy is unfair"
    assert plain.match(text) and guarded.match(text) and not short.match(text)
