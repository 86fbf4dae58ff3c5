"""Score :func:`auditor.segment.split_sentences` against gold sentence lists.

A record is ``{"id": ..., "text": ..., "sentences": [...]}``; the part of the id
before the first ``:`` names its subset ("gum:doc:p3" is in "gum").

- Exact match: the share of records whose predicted sentences equal the gold ones,
  compared after whitespace normalisation.
- Boundaries: the offsets in the text where a sentence ends, gold sentences being
  located in the text in order. The end of the text is not counted, as every
  segmentation has it, so a one-sentence record has no boundaries. Precision with
  no predicted boundaries, and recall with no gold ones, count as 1.

Run ``python -m auditor.evaluate_segments FILE.jsonl`` to print the figures.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from auditor.segment import split_sentences

__all__ = ["score_boundaries"]


@dataclass
class _Tally:
    records: int = 0
    exact: int = 0
    gold: int = 0
    predicted: int = 0
    correct: int = 0
    mismatches: list[str] = field(default_factory=list)

    def figures(self) -> dict:
        precision = self.correct / self.predicted if self.predicted else 1.0
        recall = self.correct / self.gold if self.gold else 1.0
        total = precision + recall
        return {
            "records": self.records,
            "exact_match": self.exact / self.records if self.records else 0.0,
            "gold_boundaries": self.gold,
            "predicted_boundaries": self.predicted,
            "correct_boundaries": self.correct,
            "precision": precision,
            "recall": recall,
            "f1": 2 * precision * recall / total if total else 0.0,
            "mismatches": list(self.mismatches),
        }


def score_boundaries(records: Iterable[Mapping]) -> dict:
    """Exact match and boundary precision, recall and F1, overall and per subset.

    Returns ``{"overall": figures, "subsets": {name: figures}}``; each ``figures``
    dict also lists the ids of the records that were not an exact match.
    """
    overall = _Tally()
    subsets: dict[str, _Tally] = {}
    for record in records:
        text, gold_sentences = record["text"], record["sentences"]
        spans = split_sentences(text)
        predicted = [text[span.start : span.end] for span in spans]
        exact = _normalised(predicted) == _normalised(gold_sentences)
        end = len(text.rstrip())
        gold = {offset for offset in _gold_ends(text, gold_sentences) if offset < end}
        found = {span.end for span in spans if span.end < end}
        subset = subsets.setdefault(str(record["id"]).split(":", 1)[0], _Tally())
        for tally in (overall, subset):
            tally.records += 1
            tally.exact += exact
            tally.gold += len(gold)
            tally.predicted += len(found)
            tally.correct += len(gold & found)
            if not exact:
                tally.mismatches.append(str(record["id"]))
    return {
        "overall": overall.figures(),
        "subsets": {name: tally.figures() for name, tally in sorted(subsets.items())},
    }


def _normalised(sentences: Iterable[str]) -> list[str]:
    return [" ".join(sentence.split()) for sentence in sentences]


def _gold_ends(text: str, sentences: Iterable[str]) -> list[int]:
    """End offset of each gold sentence, found in ``text`` in order, spacing aside."""
    ends = []
    position = 0
    for sentence in sentences:
        words = sentence.split()
        if not words:
            continue
        pattern = r"\s*".join(re.escape(word) for word in words)
        match = re.compile(pattern).search(text, position)
        if match is None:
            raise ValueError(f"gold sentence not found in the text: {sentence!r}")
        position = match.end()
        ends.append(position)
    return ends


def _main(path: str) -> None:
    with open(path, encoding="utf-8") as stream:
        records = [json.loads(line) for line in stream if line.strip()]
    scores = score_boundaries(records)
    rows = [("overall", scores["overall"]), *scores["subsets"].items()]
    print(f"{'subset':<14}{'records':>8}{'exact':>8}{'P':>8}{'R':>8}{'F1':>8}")
    for name, figures in rows:
        print(
            f"{name:<14}{figures['records']:>8}{figures['exact_match']:>8.3f}"
            f"{figures['precision']:>8.3f}{figures['recall']:>8.3f}{figures['f1']:>8.3f}"
        )
    mismatches = scores["overall"]["mismatches"]
    print(f"not exact ({len(mismatches)}): {' '.join(mismatches)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m auditor.evaluate_segments SENTENCES.jsonl")
    _main(sys.argv[1])
