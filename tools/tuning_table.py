"""Regenerate the per-rule table of docs/tuning.md from a folder of evaluation files.

    python tools/tuning_table.py EVAL_DIR          # rewrite the table in docs/tuning.md
    python tools/tuning_table.py EVAL_DIR --print  # only print it

EVAL_DIR holds the development files named in docs/tuning.md (shared/eval of the
project's workspace; they are not shipped). The table is what
``auditor rules stats --markdown`` prints for them, with the shipped pack.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor import rulestats  # noqa: E402

FILES = ("checkthat-dev", "babe-dev", "labels-dev", "labels-dev2", "ptc-train", "basil-dev")
START, END = "<!-- rules-stats:start -->", "<!-- rules-stats:end -->"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--print", action="store_true", help="print the table, do not write")
    args = parser.parse_args()
    paths = [args.eval_dir / f"{name}.jsonl" for name in FILES]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        sys.exit(f"error: missing {', '.join(missing)}")
    found, rule_ids = rulestats.collect(paths)
    table = rulestats.markdown(rulestats.table_rows(found, rule_ids))
    if args.print:
        sys.stdout.write(table)
        return
    doc = ROOT / "docs" / "tuning.md"
    text = doc.read_text("utf-8")
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    doc.write_text(f"{head}{START}\n{table}{END}{tail}", "utf-8")
    print(f"wrote the table ({len(rule_ids)} framing rules) into {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
