"""auditor: source-attribution auditing for fact-checkers.

>>> import auditor
>>> report = auditor.audit_text("Officials said the bridge would reopen on Friday.")
>>> report.sentences[0].label
<Label.SOURCED: 'SOURCED'>

The functions and types below are imported lazily, so that ``import auditor``
(and ``auditor --help``) stays fast.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

__all__ = [
    "Article",
    "Label",
    "Report",
    "Sentence",
    "Settings",
    "audit_file",
    "audit_html",
    "audit_sentences",
    "audit_text",
    "audit_url",
]

_LAZY = {
    "audit_file": "auditor.api",
    "audit_html": "auditor.api",
    "audit_sentences": "auditor.api",
    "audit_text": "auditor.api",
    "audit_url": "auditor.api",
    "Article": "auditor.models",
    "Label": "auditor.models",
    "Report": "auditor.models",
    "Sentence": "auditor.models",
    "Settings": "auditor.settings",
}

# The one place the version is written: pyproject.toml reads it from here as the package
# is built (setuptools' dynamic version), so a report need not ask the installed
# package's metadata, whose import takes a short audit 15-40 ms (docs/speed.md).
__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from auditor.api import audit_file, audit_html, audit_sentences, audit_text, audit_url
    from auditor.models import Article, Label, Report, Sentence
    from auditor.settings import Settings


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'auditor' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
