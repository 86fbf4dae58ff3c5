"""JSON: the report model as a versioned document (see docs/json-schema.md)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from auditor.models import Report


def write(report: Report, stream: TextIO, **_: Any) -> None:
    json.dump(report.to_dict(), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
