"""Sentences set aside by the labels around them: an abstract between its labels.

Database copies of articles (the NYT's, for one) carry the abstract before the
body, between two labels: "ABSTRACT." ... "FULL TEXT.". The abstract retells
the body's lead, so counting it would count those claims twice. The block is
set aside only when the label that opens the body follows within a few
sentences; when unsure, the sentences stay claims.
"""

from __future__ import annotations

from collections.abc import Sequence

_LIMIT = 4  # at most this many sentences between the two labels


def summary_block(keys: Sequence[str], opens: frozenset[str], closes: frozenset[str]) -> set[int]:
    """Indices of the sentences between a summary label and a body label.

    ``keys`` are the sentences lower-cased without non-word characters ("fulltext");
    ``opens`` and ``closes`` the labels' keys in the same form.
    """
    found: set[int] = set()
    for k, key in enumerate(keys):
        if key not in opens:
            continue
        for j in range(k + 1, min(len(keys), k + _LIMIT + 2)):
            if keys[j] in closes:
                found.update(range(k + 1, j))
                break
    return found
