"""Names shown on a terminal or in Markdown: control characters made visible escapes.

A file name or URL may hold escape sequences (ESC, C1 controls such as U+009B) that
a terminal would obey: retitle the window, recolour, move the cursor. Shown escaped
(``\\x1b``), they are read, not run.
"""

from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the line and paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` on one line, its control characters shown as escapes."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
