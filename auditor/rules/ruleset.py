"""A compiled set of rules that scans an article in one pass per rule kind.

All ``terms`` rules share one index from lower-cased token sequences to rules,
so a lexicon of any size costs a few dictionary look-ups per token. Pattern
rules are compiled once, when the pack is loaded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from auditor.rules.lexicon import Lexicon
from auditor.rules.loader import context_ok
from auditor.rules.model import Match, Rule
from auditor.tokens import Token, phrase_key, tokenize


class RuleSet:
    """Rules plus the lexicons the attribution engine reads."""

    def __init__(self, rules: Iterable[Rule], lexicons: dict[str, Lexicon]) -> None:
        self.rules = tuple(rules)
        self.lexicons = lexicons
        self.by_id = {r.id: r for r in self.rules}
        self._terms: dict[tuple[str, ...], list[Rule]] = defaultdict(list)
        self._exact: dict[str, set[tuple[str, ...]]] = {}
        for rule in self.rules:
            if not rule.terms:
                continue
            keys = {phrase_key(t) for t in rule.terms}
            for key in keys:
                if key:
                    self._terms[key].append(rule)
            if rule.case_sensitive:
                self._exact[rule.id] = {
                    tuple(t.text for t in tokenize(term)) for term in rule.terms
                }
        # n-gram lengths to try at a token, longest first, keyed by the token
        lengths: dict[str, set[int]] = defaultdict(set)
        for key in self._terms:
            lengths[key[0]].add(len(key))
        self._lengths = {word: sorted(ns, reverse=True) for word, ns in lengths.items()}
        self._text_patterns = [r for r in self.rules if r.pattern and r.scope == "text"]
        self._span_patterns = {
            scope: [r for r in self.rules if r.pattern and r.scope == scope]
            for scope in ("sentence", "paragraph")
        }
        self._near_words = frozenset(w for r in self.rules for w in r.near)
        self.quote_rules = tuple(r for r in self.rules if r.quote_max_words)

    def __len__(self) -> int:
        return len(self.rules)

    def of_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]

    def scan(self, text: str, tokens: list[Token], kinds: frozenset[str]) -> list[Match]:
        """Matches of text-scope rules of ``kinds`` in ``text`` (its ``tokens`` precomputed)."""
        found = self._scan_terms(text, tokens, kinds)
        near: dict[str, list[int]] = defaultdict(list)
        for token in tokens:
            if token.lower in self._near_words:
                near[token.lower].append(token.start)
        for rule in self._text_patterns:
            if rule.kind not in kinds:
                continue
            if not rule.near:
                found.extend(self._scan_pattern(rule, text, 0, len(text), 0))
                continue
            positions = sorted(p for word in rule.near for p in near.get(word, ()))
            for lo, hi in _windows(positions, len(text)):
                found.extend(self._scan_pattern(rule, text, lo, hi, 0))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def scan_span(
        self,
        text: str,
        start: int,
        end: int,
        kinds: frozenset[str],
        scope: str,
        words: frozenset[str] | None = None,
    ) -> list[Match]:
        """Matches of ``scope`` rules ("sentence", "paragraph") over ``text[start:end]``.

        The span is matched on its own, so ``^`` and ``$`` are its ends. ``words`` (the
        span's lower-cased tokens) lets rules with ``near`` words skip spans without them.
        """
        span = text[start:end]
        length = len(span)
        found: list[Match] = []
        for rule in self._span_patterns[scope]:
            if rule.kind in kinds and (
                words is None or not rule.near or not words.isdisjoint(rule.near)
            ):
                found += self._scan_pattern(rule, span, 0, length, start)
        return found

    def _scan_terms(self, text: str, tokens: list[Token], kinds: frozenset[str]) -> list[Match]:
        found = []
        lowered = [t.lower for t in tokens]
        lengths, terms, count = self._lengths, self._terms, len(tokens)
        for i, first in enumerate(lowered):
            if first not in lengths:
                continue  # most tokens start no term: one set look-up
            for n in lengths[first]:
                if i + n > count:
                    continue
                rules = terms.get(tuple(lowered[i : i + n]))
                if not rules:
                    continue
                start, end = tokens[i].start, tokens[i + n - 1].end
                for rule in rules:
                    if rule.kind not in kinds:
                        continue
                    if rule.case_sensitive and (
                        tuple(t.text for t in tokens[i : i + n]) not in self._exact[rule.id]
                    ):
                        continue
                    if context_ok(rule, text, start, end):
                        found.append(Match(rule, start, end, text[start:end]))
        return found

    @staticmethod
    def _scan_pattern(rule: Rule, text: str, start: int, end: int, shift: int) -> list[Match]:
        compiled = rule.compiled
        assert compiled is not None
        if compiled.search(text, start, end) is None:
            return []  # most spans: one search, no iterator
        found = []
        groups = compiled.groupindex
        source = groups.get("source")
        cue = "cue" if "cue" in groups else 0  # the words the rule is about
        for m in compiled.finditer(text, start, end):
            if m.end() == m.start() or not context_ok(rule, text, m.start(), m.end()):
                continue
            s_start = s_end = None
            if source and m.start(source) >= 0:
                s_start, s_end = m.start(source) + shift, m.end(source) + shift
            found.append(
                Match(rule, m.start(cue) + shift, m.end(cue) + shift, m.group(cue), s_start, s_end)
            )
        return found


_NEAR = 100  # characters around a 'near' word in which its pattern is tried


def _windows(positions: list[int], length: int) -> list[tuple[int, int]]:
    """Merged character windows around ``positions`` (sorted)."""
    windows: list[tuple[int, int]] = []
    for position in positions:
        lo, hi = max(0, position - _NEAR), min(length, position + _NEAR)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(hi, windows[-1][1]))
        else:
            windows.append((lo, hi))
    return windows
