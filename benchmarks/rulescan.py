"""How much of the engine's time the rule matching takes, part by part, in one tree.

    PYTHONPATH=. python benchmarks/rulescan.py                 # 100 articles, 7 passes
    PYTHONPATH=. python benchmarks/rulescan.py --articles 50 --passes 9

Runs in this process on the tree on ``PYTHONPATH``, on the articles of
``benchmarks/articles.py``. The inputs of the rule calls (masked text, token table,
the spans' words) are worked out once, as ``Engine.label`` does, and each part is then
timed alone over all the articles: ``RuleSet.missing``; ``RuleSet.scan`` of the
masked text, its ``terms`` part with and without the context conditions, and its
pattern part with every search stubbed out (what the loop costs besides ``re``);
``Engine._quoted_framing``; every sentence's and paragraph's ``scan_span``; and a
whole ``Engine.label`` for the share. A figure is the least CPU time of the passes, in
ms, so one tree's parts add up; to compare trees use ``benchmarks/compare.py``, which
interleaves them. The engine's private helpers it calls (``_paragraph_bounds``,
``_with_block_quotes``) may change with the engine: this is a measuring tool.
"""

from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_left
from collections import defaultdict
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
            rules._scan_terms(masked, table, kinds)

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


if __name__ == "__main__":
    main()
