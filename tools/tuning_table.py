"""Regenerate the two per-rule tables of docs/tuning.md from a folder of evaluation files.

    python tools/tuning_table.py EVAL_DIR          # rewrite both tables in docs/tuning.md
    python tools/tuning_table.py EVAL_DIR --print  # only print them

EVAL_DIR holds the development files named in docs/tuning.md (shared/eval of the
project's workspace; they are not shipped). The per-rule table is what
``auditor rules stats --markdown`` prints for them, with the shipped pack; the
sub-threshold table is ``auditor rules stats --under --markdown``: among the
unattributed sentences that stay under the threshold, those where the rule is the
only weighted writer-voice cue ("alone") and all those where it fires ("under"),
with the share the gold calls editorial (docs/tuning.md, "Cues under the threshold").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor import rulestats  # noqa: E402

RULE_FILES = ("checkthat-dev", "babe-dev", "labels-dev", "labels-dev2", "ptc-train", "basil-dev")
UNDER_FILES = ("labels-dev", "labels-dev2", "checkthat-dev", "babe-dev", "ptc-train", "basil-dev")


def rules_table(eval_dir: Path) -> str:
    found, rule_ids = rulestats.collect(_paths(eval_dir, RULE_FILES))
    return rulestats.markdown(rulestats.table_rows(found, rule_ids))


def under_table(eval_dir: Path) -> str:
    found, rule_ids = rulestats.collect_under(_paths(eval_dir, UNDER_FILES))
    return rulestats.markdown(rulestats.under_rows(found, rule_ids))


def _paths(eval_dir: Path, names: tuple[str, ...]) -> list[Path]:
    paths = [eval_dir / f"{name}.jsonl" for name in names]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        sys.exit(f"error: missing {', '.join(missing)}")
    return paths


def replaced(text: str, marker: str, table: str) -> str:
    """``text`` with the table between ``<!-- marker:start -->`` and ``:end -->`` replaced."""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    head, rest = text.split(start, 1)
    tail = rest.split(end, 1)[1]
    return f"{head}{start}\n{table}{end}{tail}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--print", action="store_true", help="print the tables, do not write")
    args = parser.parse_args()
    tables = {"rules-stats": rules_table(args.eval_dir), "under-stats": under_table(args.eval_dir)}
    if args.print:
        sys.stdout.write("\n".join(tables.values()))
        return
    doc = ROOT / "docs" / "tuning.md"
    text = doc.read_text("utf-8")
    for marker, table in tables.items():
        text = replaced(text, marker, table)
    doc.write_text(text, "utf-8")
    print(f"wrote the per-rule and sub-threshold tables into {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
