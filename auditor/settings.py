"""Settings that change what the engine decides: rule packs, disabled rules, threshold, limits.

Defaults come from the package's ``data/scoring.toml``; a user's
``[tool.auditor]`` table or ``.auditor.toml`` (see :mod:`auditor.config`)
overrides them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


def _default_threshold() -> float:
    data = tomllib.loads((resources.files("auditor") / "data" / "scoring.toml").read_text("utf-8"))
    return float(data["threshold"])


@dataclass(frozen=True)
class Settings:
    threshold: float = field(default_factory=_default_threshold)
    packs: tuple[str, ...] = ()  # folders of user rule packs
    disabled: tuple[str, ...] = ()  # rule ids switched off
    max_bytes: int = 20 * 1024 * 1024  # largest input read
    max_sentences: int = 20_000  # largest article labelled
    any_language: bool = False  # audit articles that do not look English
