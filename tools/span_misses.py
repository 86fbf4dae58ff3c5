"""A random sample of the gold loaded-language spans that no framing mark overlaps.

    python tools/span_misses.py GOLD.jsonl PREDICTIONS.jsonl --seed N [--n 40]

GOLD.jsonl is an evaluation file with ``propaganda_spans`` (docs/evaluation.md:
ptc-train, basil-dev); PREDICTIONS.jsonl is what ``auditor eval GOLD.jsonl
--predictions`` wrote for it. A span counts as the scorer counts it: technique
Loaded_Language or Name_Calling,Labeling, outside quotation marks, and missed when no
predicted ``framing`` span overlaps it. Each line shows the sentence's label, the
missed span, the framing marks the sentence did get, and the sentence.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

LOADED = ("Loaded_Language", "Name_Calling,Labeling")


def missed_spans(
    gold: list[dict], preds: list[dict]
) -> tuple[int, list[tuple[dict, dict, int, int]]]:
    """The number of gold loaded spans outside quotes, and those no framing mark overlaps."""
    total, missed = 0, []
    for g, p in zip(gold, preds, strict=True):
        if (g["doc"], g["i"]) != (p["doc"], p["i"]):
            raise ValueError(f"predictions out of step at {g['doc']}#{g['i']}")
        marks = p.get("framing") or []
        for start, end, technique, in_quotes in g["gold"].get("propaganda_spans", []):
            if in_quotes or technique not in LOADED:
                continue
            total += 1
            if not any(ms < end and me > start for ms, me, *_ in marks):
                missed.append((g, p, start, end))
    return total, missed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("predictions", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args(argv)
    read = lambda path: [json.loads(line) for line in path.open(encoding="utf-8")]  # noqa: E731
    total, missed = missed_spans(read(args.gold), read(args.predictions))
    print(f"gold loaded spans outside quotes {total}, no framing mark overlaps {len(missed)}")
    random.Random(args.seed).shuffle(missed)
    for g, p, start, end in missed[: args.n]:
        text = g["text"]
        marks = [(text[a:b], rule) for a, b, rule in p.get("framing") or []]
        print(f"[{g['doc']}#{g['i']}] {p['label']} span={text[start:end]!r} marks={marks}")
        print("   ", text[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
