"""Draw the README's picture of the report: ``python docs/picture.py`` writes docs/report.svg."""

from __future__ import annotations

import io
from pathlib import Path

from rich.console import Console
from rich.theme import Theme

import auditor
from auditor.formatters.terminal import render
from auditor.theme import RICH_STYLES

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    report = auditor.audit_file(ROOT / "samples" / "state-media.txt")
    console = Console(
        record=True, width=104, theme=Theme(RICH_STYLES), force_terminal=True,
        file=io.StringIO(), highlight=False, markup=False, emoji=False,
    )  # fmt: skip
    render(console, report)
    console.save_svg(
        str(ROOT / "docs" / "report.svg"), title="auditor audit samples/state-media.txt"
    )


if __name__ == "__main__":
    main()
