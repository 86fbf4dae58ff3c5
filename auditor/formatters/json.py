"""JSON: the report model as a versioned document (see docs/json-schema.md)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from auditor.models import Report


def write(report: Report, stream: TextIO, **_: Any) -> None:
    # dumps, then one write: json.dump writes each of its thousands of pieces on its own
    stream.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
