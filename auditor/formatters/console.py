"""The rich console every report and table is printed on.

On a terminal it is rich's own. Elsewhere (a pipe, a file) the output is plain: no
control codes, and no spaces padding the lines out to the width. A closed pipe
raises :class:`BrokenPipeError`, for the command to end quietly, where rich would
exit with status 1.
"""

from __future__ import annotations

from typing import Any, TextIO

from rich.console import Console


class _Console(Console):
    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


class _PlainLines:
    """A text stream that writes each line without its trailing spaces."""

    def __init__(self, stream: TextIO) -> None:
        self._stream, self._tail = stream, ""

    def write(self, text: str) -> int:
        *lines, self._tail = (self._tail + text).split("\n")
        if lines:
            self._stream.write("".join(line.rstrip() + "\n" for line in lines))
        return len(text)

    def flush(self) -> None:
        if self._tail:
            self._stream.write(self._tail)
            self._tail = ""
        self._stream.flush()

    def isatty(self) -> bool:
        return False


def console(
    stream: TextIO | None = None, *, width: int | None = None, color: bool | None = None, **kw: Any
) -> Console:
    """A console writing to ``stream``; ``color`` forces colour on or off (None: a terminal's)."""
    made = _Console(
        file=stream,
        width=width,
        force_terminal=color,
        no_color=color is False or None,
        highlight=False,
        markup=False,
        emoji=False,
        **kw,
    )
    if not made.is_terminal:
        made.file = _PlainLines(made.file)
    return made


def coloured(made: Console) -> bool:
    """Whether ``made`` prints colour (not a pipe, not ``NO_COLOR``, not ``--no-color``)."""
    return made.color_system is not None and not made.no_color
