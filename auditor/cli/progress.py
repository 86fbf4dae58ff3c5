"""The batch progress bar on stderr: inputs done, rate, time left, errors so far."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from auditor.batchrows import Row


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "–/s", style="progress.data.speed")


@contextlib.contextmanager
def progress(total: int) -> Iterator[Callable[[Row], None]]:
    """A function to call with each row as it arrives, which moves the bar on."""
    bar = Progress(
        TextColumn("auditing"),
        BarColumn(),
        MofNCompleteColumn(),
        _Rate(),
        TimeRemainingColumn(),
        TextColumn("errors: {task.fields[errors]}"),
        console=Console(stderr=True),
        transient=False,
    )
    task = bar.add_task("batch", total=total, errors=0)
    errors = 0

    def advance(row: Row) -> None:
        nonlocal errors
        errors += not row.ok
        bar.update(task, advance=1, errors=errors)

    with bar:
        yield advance
