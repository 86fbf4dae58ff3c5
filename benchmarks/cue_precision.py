"""Per-rule precision of the attribution cues on an evaluation file with a `sourced` answer.

    python benchmarks/cue_precision.py ../shared/eval/polnear-dev.jsonl > table.md
    python benchmarks/cue_precision.py FILE --words countered echoed backs   # by cue word

For every cue rule (and every way an attribution reaches a sentence from another one:
`quote`, `orphan_quote`, `continuation`), how many sentences it labels SOURCED and the
share of them the gold calls sourced. The table in docs/tuning.md is this output.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from auditor.evaluate import document_reports, read_records


def tally(path: str, words: frozenset[str] = frozenset()) -> tuple[Counter[str], Counter[str]]:
    """Sentences labelled by each rule or mode, and how many of them the gold calls sourced.

    With ``words``, only direct cues whose text is one of them, keyed by rule and word.
    """
    records = [r for r in read_records(path) if "sourced" in r.get("gold", {})]
    fired: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for _, group, report in document_reports(records):
        for record, sentence in zip(group, report.sentences, strict=True):
            attribution = sentence.attribution
            if attribution is None:
                continue
            key = attribution.cue.rule if attribution.mode == "direct" else attribution.mode
            if words:
                word = attribution.cue.text.lower()
                if attribution.mode != "direct" or word not in words:
                    continue
                key = f"{key}: {word}"
            fired[key] += 1
            right[key] += bool(record["gold"]["sourced"])
    return fired, right


def table(fired: Counter[str], right: Counter[str]) -> str:
    lines = ["| rule or mode | sentences | precision |", "|---|---:|---:|"]
    for key, n in sorted(fired.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"| `{key}` | {n} | {right[key] / n:.3f} |")
    total = sum(fired.values())
    lines.append(f"| all | {total} | {sum(right.values()) / max(1, total):.3f} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", help="JSON Lines evaluation file whose gold has 'sourced'")
    parser.add_argument("--words", nargs="*", default=[], help="cue words to count one by one")
    args = parser.parse_args()
    print(table(*tally(args.file, frozenset(w.lower() for w in args.words))))


if __name__ == "__main__":
    main()
