"""Per framing rule and file: sentences where it fires and the score stays under the threshold.

    python tools/under_table.py EVAL_DIR          # rewrite the table in docs/tuning.md
    python tools/under_table.py EVAL_DIR --print  # only print it

EVAL_DIR holds the development files named in docs/tuning.md (shared/eval of the
project's workspace; they are not shipped). A cell is "alone n / share; under n /
share": among the unattributed sentences that stay under the threshold, those where
the rule is the only weighted writer-voice cue ("alone") and all those where it fires
("under"), with the share the gold calls editorial (span files: the share whose
match overlaps a gold loaded-language span). The base-rate row is the file's share
over all unattributed sentences (docs/tuning.md, "Cues under the threshold").
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from auditor import rulestats  # noqa: E402

FILES = ("labels-dev", "labels-dev2", "checkthat-dev", "babe-dev", "ptc-train", "basil-dev")
START, END = "<!-- under-stats:start -->", "<!-- under-stats:end -->"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path)
    parser.add_argument("--print", action="store_true", help="print the table, do not write")
    args = parser.parse_args()
    paths = [args.eval_dir / f"{name}.jsonl" for name in FILES]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        sys.exit(f"error: missing {', '.join(missing)}")
    found, rule_ids = rulestats.collect_under(paths)
    table = rulestats.markdown(rulestats.under_rows(found, rule_ids))
    if args.print:
        sys.stdout.write(table)
        return
    doc = ROOT / "docs" / "tuning.md"
    text = doc.read_text("utf-8")
    head, rest = text.split(START, 1)
    tail = rest.split(END, 1)[1]
    doc.write_text(f"{head}{START}\n{table}{END}{tail}", "utf-8")
    print(f"wrote the sub-threshold table into {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
