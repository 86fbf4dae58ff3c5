"""How much of the engine's time the rule matching takes, part by part, in one tree.

    PYTHONPATH=. python benchmarks/rulescan.py                 # 100 articles, 7 passes
    PYTHONPATH=. python benchmarks/rulescan.py --articles 50 --passes 9
    PYTHONPATH=. python benchmarks/rulescan.py --by-rule 20    # and the costliest rules

Runs in this process on the tree on ``PYTHONPATH``, on the articles of
``benchmarks/articles.py``. The inputs of the rule calls (masked text, token table,
the spans' words) are worked out once, as ``Engine.label`` does, and each part is then
timed alone over all the articles: ``RuleSet.missing``; ``RuleSet.scan`` of the
masked text, its ``terms`` part with and without the context conditions, and its
pattern part with every search stubbed out (what the loop costs besides ``re``);
``Engine._quoted_framing``; every sentence's and paragraph's ``scan_span``; and a
whole ``Engine.label`` for the share. A figure is the least CPU time of the passes, in
ms, so one tree's parts add up; to compare trees use ``benchmarks/compare.py``, which
interleaves them. ``--by-rule N`` then replays, rule by rule, the context checks of the
term matches and the span searches that a pass made (each rule's calls alone, least of
the passes) and prints the N costliest of each, with how many calls passed or matched: a
rule's calls replayed together run warmer than in the scan, where the dear patterns cost
two to three times as much (docs/speed.md, speed37). The engine's private helpers it
calls (``_paragraph_bounds``, ``_with_block_quotes``) and the rule set's may change with
them: this is a measuring tool.
"""

from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_left
from collections import defaultdict
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles import text_article  # noqa: E402

import auditor.rules.ruleset as ruleset_module  # noqa: E402
from auditor import engine as engine_module  # noqa: E402
from auditor.api import engine_for  # noqa: E402
from auditor.ingest import text_article as to_article  # noqa: E402
from auditor.models import InputInfo  # noqa: E402
from auditor.quotes import find_quotes  # noqa: E402
from auditor.rules.loader import context_ok  # noqa: E402
from auditor.segment import split_sentences  # noqa: E402
from auditor.tokens import TokenTable  # noqa: E402


class _NoSearch:
    """A rule's pattern whose searches find nothing: the scan's loop without ``re``."""

    def __init__(self, compiled) -> None:
        self._compiled = compiled

    def exists(self, *_args):
        return None

    def __getattr__(self, name: str):
        return getattr(self._compiled, name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--passes", type=int, default=7)
    parser.add_argument("--by-rule", type=int, default=0, metavar="N")
    options = parser.parse_args()

    engine = engine_for()
    rules = engine.ruleset
    kinds = engine_module._KINDS
    docs = [to_article(text_article(k)) for k in range(options.articles)]
    spans = [split_sentences(d.text) for d in docs]
    info = InputInfo(kind="text")
    inputs = []
    for doc, doc_spans in zip(docs, spans, strict=True):
        text = doc.text
        paragraphs = engine_module._paragraph_bounds(doc_spans)
        quotes = engine_module._with_block_quotes(
            find_quotes(text, [s.end for s in doc_spans]), doc, paragraphs
        )
        masked = quotes.masked()
        table = TokenTable(masked)
        missing = rules.missing(masked)
        bounds = [
            (bisect_left(table.starts, s.start), bisect_left(table.starts, s.end))
            for s in doc_spans
        ]
        words = [rules.span_near_words.intersection(table.lowers[lo:hi]) for lo, hi in bounds]
        by_paragraph: dict[int, frozenset[str]] = defaultdict(frozenset)
        for span, found in zip(doc_spans, words, strict=True):
            by_paragraph[span.paragraph] |= found
        inputs.append((doc, doc_spans, paragraphs, quotes, masked, table, missing, words))
        inputs[-1] += (by_paragraph,)

    def missing_part() -> None:
        for _d, _s, _p, _q, masked, _t, _m, _w, _b in inputs:
            rules.missing(masked)

    def scan() -> None:
        for _d, _s, _p, _q, masked, table, missing, _w, _b in inputs:
            rules.scan(masked, table, kinds, missing)

    def terms() -> None:
        for _d, _s, _p, _q, masked, table, _m, _w, _b in inputs:
            rules._scan_terms(masked, table, kinds, *rules._roots(table.lowers))

    def terms_without_context() -> None:
        kept = ruleset_module.context_ok
        ruleset_module.context_ok = lambda *_args: True
        try:
            terms()
        finally:
            ruleset_module.context_ok = kept

    def scan_without_searches() -> None:
        patterns = rules._text_patterns
        kept = [r.compiled for r in patterns]
        for rule in patterns:
            object.__setattr__(rule, "compiled", _NoSearch(rule.compiled))
        try:
            scan()
        finally:
            for rule, compiled in zip(patterns, kept, strict=True):
                object.__setattr__(rule, "compiled", compiled)

    def quoted() -> None:
        for doc, _s, _p, quotes, *_rest in inputs:
            if quotes:
                engine._quoted_framing(doc.text, quotes)

    def span_rules() -> None:
        for _d, doc_spans, paragraphs, _q, masked, _t, missing, words, by_paragraph in inputs:
            for k, span in enumerate(doc_spans):
                rules.scan_span(masked, span.start, span.end, kinds, "sentence", words[k], missing)
            for p, (lo, hi) in paragraphs.items():
                rules.scan_span(masked, lo, hi, kinds, "paragraph", by_paragraph[p], missing)

    def label() -> None:
        for doc, doc_spans, *_rest in inputs:
            engine.label(doc, doc_spans, info)

    parts = {
        "missing": missing_part,
        "scan": scan,
        "scan.terms": terms,
        "scan.terms without context": terms_without_context,
        "scan without searches": scan_without_searches,
        "quoted framing": quoted,
        "span rules": span_rules,
        "label": label,
    }
    for part in parts.values():
        part()  # warm: patterns compiled as first used
    least = dict.fromkeys(parts, float("inf"))
    for _ in range(options.passes):
        for name, part in parts.items():
            start = time.process_time()
            part()
            least[name] = min(least[name], time.process_time() - start)
    whole = least["label"]
    for name, seconds in least.items():
        print(f"{name:28} {seconds * 1000:8.1f} ms  {seconds / whole:6.1%} of label")
    print(f"({options.articles} articles, least of {options.passes} passes, {Path.cwd()})")
    if options.by_rule:
        checks = _recorded_checks(terms)
        replay = [(rule, partial(context_ok, rule, *args)) for rule, *args in checks]
        _print_costliest("context checks of term matches", replay, options)
        _print_costliest("span searches", _recorded_searches(span_rules), options)


def _recorded_checks(terms) -> list[tuple]:
    """Every context check of the term matches of a pass of ``terms``: (rule, text, start,
    end)."""
    calls = []
    kept = ruleset_module.context_ok

    def record(rule, text: str, start: int, end: int) -> bool:
        calls.append((rule, text, start, end))
        return kept(rule, text, start, end)

    ruleset_module.context_ok = record
    try:
        terms()
    finally:
        ruleset_module.context_ok = kept
    return calls


def _recorded_searches(span_rules) -> list[tuple]:
    """Every search of a span rule in a pass of ``span_rules``: (rule, the search of that
    span)."""
    calls = []
    searches = ruleset_module._SpanRules.searches

    def recording(self, *args):
        found = searches(self, *args)
        return tuple((rule, _Recorded(rule, search, calls)) for rule, search in found)

    ruleset_module._SpanRules.searches = recording
    try:
        span_rules()
    finally:
        ruleset_module._SpanRules.searches = searches
    return calls


class _Recorded:
    """A span rule's search that notes each span it is asked of, for the replay."""

    def __init__(self, rule, search, calls: list) -> None:
        self.rule, self.search, self.calls = rule, search, calls

    def __call__(self, span: str):
        self.calls.append((self.rule, partial(self.search, span)))
        return self.search(span)


def _print_costliest(title: str, calls: list[tuple], options) -> None:
    """Replay ``calls`` ((rule, call) pairs) rule by rule, least of the passes, and print
    the costliest ``options.by_rule`` rules: calls, how many gave True or a match, ms."""
    by_rule: dict[str, list] = defaultdict(list)
    for rule, call in calls:
        by_rule[rule.id].append(call)
    rows = []
    for rule_id, made in by_rule.items():
        least = float("inf")
        for _ in range(options.passes):
            start = time.process_time()
            for call in made:
                call()
            least = min(least, time.process_time() - start)
        hits = sum(1 for call in made if call() not in (None, False))
        rows.append((least, rule_id, len(made), hits))
    rows.sort(reverse=True)
    total = sum(row[0] for row in rows)
    print(f"\n{title}: {len(calls)} calls, {total * 1000:.1f} ms replayed")
    for least, rule_id, made, hits in rows[: options.by_rule]:
        print(f"{least * 1000:8.2f} ms {made:6} calls {hits:6} passed/matched  {rule_id}")


if __name__ == "__main__":
    main()
