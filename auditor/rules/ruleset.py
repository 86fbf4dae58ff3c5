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
        self._longest = max((len(k) for k in self._terms), default=0)
        self._text_patterns = [r for r in self.rules if r.pattern and r.scope == "text"]
        self._span_patterns = [r for r in self.rules if r.pattern and r.scope != "text"]
        self.quote_rules = tuple(r for r in self.rules if r.quote_max_words)

    def __len__(self) -> int:
        return len(self.rules)

    def of_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]

    def scan(self, text: str, tokens: list[Token], kinds: frozenset[str]) -> list[Match]:
        """Matches of text-scope rules of ``kinds`` in ``text`` (its ``tokens`` precomputed)."""
        found = self._scan_terms(text, tokens, kinds)
        for rule in self._text_patterns:
            if rule.kind in kinds:
                found.extend(self._scan_pattern(rule, text, 0, len(text), 0))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def scan_span(
        self, text: str, start: int, end: int, kinds: frozenset[str], scope: str
    ) -> list[Match]:
        """Matches of ``scope`` rules ("sentence", "paragraph") over ``text[start:end]``.

        The span is matched on its own, so ``^`` and ``$`` are its ends.
        """
        span = text[start:end]
        found: list[Match] = []
        for rule in self._span_patterns:
            if rule.kind in kinds and rule.scope == scope:
                found.extend(self._scan_pattern(rule, span, 0, len(span), start))
        return found

    def _scan_terms(self, text: str, tokens: list[Token], kinds: frozenset[str]) -> list[Match]:
        found = []
        lowered = [t.text.lower() for t in tokens]
        for i in range(len(tokens)):
            for n in range(min(self._longest, len(tokens) - i), 0, -1):
                rules = self._terms.get(tuple(lowered[i : i + n]))
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
        assert rule.compiled is not None
        found = []
        for m in rule.compiled.finditer(text, start, end):
            if m.end() == m.start() or not context_ok(rule, text, m.start(), m.end()):
                continue
            source = rule.compiled.groupindex.get("source")
            s_start = s_end = None
            if source and m.start(source) >= 0:
                s_start, s_end = m.start(source) + shift, m.end(source) + shift
            cue = "cue" if "cue" in rule.compiled.groupindex else 0  # the words the rule is about
            found.append(
                Match(rule, m.start(cue) + shift, m.end(cue) + shift, m.group(cue), s_start, s_end)
            )
        return found
