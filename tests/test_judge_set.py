"""The judge set (benchmarks/judge/): well formed, split by whole pieces, and never copied.

Its sealed half judges whether a rule change generalises; a sentence of it copied into
the rules, the tests or the docs would let a change be fitted to the judge."""

import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from judge import SETS, read_set  # noqa: E402

FLAGS = {"vague_attribution", "framing_in_sourced", "loaded_attribution_verb", "not_a_claim"}
RUN = 8  # words in a row that count as a copy
_WORD = re.compile(r"[a-z0-9]+")


def _runs(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


@pytest.mark.parametrize("name", SETS)
def test_a_set_is_well_formed(name):
    records = read_set(name)
    assert len(records) >= 200
    pieces: dict[str, list[dict]] = {}
    for record in records:
        pieces.setdefault(record["doc"], []).append(record)
        gold = record["gold"]
        assert gold["label"] in {"SOURCED", "EDITORIAL", "UNSOURCED"}
        assert ("strength" in gold) == (gold["label"] == "SOURCED")
        assert gold.get("strength", "named") in {"named", "anonymous"}
        assert set(gold["flags"]) <= FLAGS
        assert record["meta"]["half"] in {"tune", "sealed"}
    for piece in pieces.values():
        assert [r["i"] for r in piece] == list(range(len(piece)))
        assert len({r["meta"]["half"] for r in piece}) == 1, "a piece lies in one half"
    halves = [r["meta"]["half"] for r in records]
    assert halves.count("sealed") >= halves.count("tune")


def test_no_judge_sentence_is_copied_into_the_project():
    judged = set()
    assert len(SETS) >= 3
    for name in SETS:
        for record in read_set(name):
            judged |= _runs(record["text"])
    places = [*(ROOT / "tests").glob("*.py"), *(ROOT / "docs").rglob("*.md")]
    places += [*(ROOT / "auditor" / "data").rglob("*.toml")]
    places += [*(ROOT / "auditor" / "data" / "pack").rglob("*.txt"), ROOT / "CHANGELOG.md"]
    copied = [str(p.relative_to(ROOT)) for p in places if _runs(p.read_text("utf-8")) & judged]
    assert copied == []
