"""auditor: source-attribution auditing for fact-checkers."""

__version__ = "0.1.0"
