"""Tables that fit the terminal: headings wrap or shorten, text columns shrink, numbers stay.

Every number keeps its full width. Headings are whole when there is room, and take
their short form (wrapping between words if need be) when the full ones would not
leave text columns room; text columns share
what is left (titles lose their end, paths fold onto more lines). When even the
numbers do not fit, the table is wider than the terminal rather than lose one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

_GAP = 2  # characters between columns (1 when the text is squeezed)
_TEXT_MIN = 5  # a text column is not squeezed below this (or its natural width)


@dataclass(frozen=True)
class Column:
    heading: str
    short: str | None = None  # heading to use when space is short
    numeric: bool = False
    fold: bool = False  # text that must stay whole (a path): folded onto more lines
    style: str | None = None


def fit_table(
    columns: Sequence[Column], rows: Sequence[Sequence[str | Text]], width: int, title=None
) -> tuple[Table, int]:
    """The table of ``rows`` fitted to ``width``, and the width it needs (at least ``width``)."""
    cells = [[c if isinstance(c, Text) else Text(str(c)) for c in row] for row in rows]
    natural = [max((cell_len(r[i].plain) for r in cells), default=0) for i in range(len(columns))]
    gap, headings = _GAP, [c.heading for c in columns]
    widths, squeezed = _widths(columns, natural, headings, width - gap * (len(columns) - 1), True)
    if squeezed:  # the text needs the room more than the headings and the gaps do
        gap, headings = 1, [c.short or c.heading for c in columns]
        widths, _ = _widths(columns, natural, headings, width - gap * (len(columns) - 1), False)
    table = Table(
        title=title, title_justify="left", box=box.SIMPLE_HEAVY, show_edge=False,
        padding=(0, 0, 0, gap - 1), pad_edge=False,
    )  # fmt: skip
    for column, heading, w in zip(columns, headings, widths, strict=True):
        table.add_column(
            Text(heading, overflow="fold"), width=w, style=column.style,
            justify="right" if column.numeric else "left",
            no_wrap=not (column.fold or column.numeric),
            overflow="fold" if column.fold else "ellipsis",
        )  # fmt: skip
    for row in cells:
        table.add_row(*row)
    return table, max(width, sum(widths) + gap * (len(columns) - 1))


def _widths(columns, natural, headings, room, whole: bool) -> tuple[list[int], bool]:
    """Numbers at full width; text columns share the rest, none below its minimum.

    Headings are on one line if ``whole``, else they may wrap between words. Also
    whether a text column got less than its natural width.
    """
    if whole:
        word = [cell_len(h) for h in headings]
    else:
        word = [max(map(cell_len, h.split()), default=0) for h in headings]
    widths = [max(n, w) if c.numeric else 0 for c, n, w in zip(columns, natural, word, strict=True)]
    text = [i for i, c in enumerate(columns) if not c.numeric]
    wanted = {i: max(natural[i], word[i], 1) for i in text}
    least = {i: max(word[i], min(wanted[i], _TEXT_MIN)) for i in text}
    left = room - sum(widths)
    squeezed = sum(wanted.values()) > left
    if not squeezed:
        chosen = wanted
    else:  # folded columns (paths) first, as they lose lines, not characters
        chosen = dict(least)
        spare = max(0, left - sum(least.values()))
        for i in (i for i in text if columns[i].fold):
            chosen[i] += min(spare, wanted[i] - least[i])
            spare -= chosen[i] - least[i]
        rest = [i for i in text if not columns[i].fold]
        extra = sum(wanted[i] - least[i] for i in rest) or 1
        for i in rest:
            chosen[i] += (wanted[i] - least[i]) * spare // extra
    for i in text:
        widths[i] = chosen[i]
    return widths, squeezed
