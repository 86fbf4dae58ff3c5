"""Output formats. Each is one module with ``write(report, stream, **options)``.

Formatters read the report model only (never rules, nltk or trafilatura), and
are imported only when used.
"""

from __future__ import annotations

import importlib
from typing import Any, TextIO

from auditor.models import Report

FORMATS = ("terminal", "json", "csv", "markdown", "html")


def write(report: Report, fmt: str, stream: TextIO, **options: Any) -> None:
    """Write ``report`` to ``stream`` in format ``fmt``."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    module = importlib.import_module(f"auditor.formatters.{fmt}")
    module.write(report, stream, **options)
