"""Configuration files: ``.auditor.toml``, or ``[tool.auditor]`` in ``pyproject.toml``.

```toml
[tool.auditor]
packs = ["rules/our-newsroom"]     # folders of extra rule files, relative to this file
disable = ["loaded-label.regime"]  # rule ids switched off
threshold = 1.0                    # framing score that makes a sentence EDITORIAL
any_language = false
max_bytes = 20971520
max_sentences = 20000

[tool.auditor.fetch]               # limits for fetching URLs (see auditor.fetch)
deadline = 60
max_bytes = 10485760
```

Options given on the command line win over the file. Unknown keys are a
:class:`~auditor.errors.UsageError`, so a typo never goes unnoticed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.errors import UsageError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

_TOP_KEYS = {
    "packs", "disable", "threshold", "any_language", "max_bytes", "max_sentences", "fetch",
    "fail_under", "jobs",
}  # fmt: skip
_FETCH_KEYS = {
    "connect_timeout", "read_timeout", "deadline", "max_bytes", "max_redirects", "retries",
    "backoff", "max_retry_after", "user_agent", "host_delay", "max_per_host", "ca_bundle",
}  # fmt: skip


@dataclass(frozen=True)
class Config:
    """What a configuration file says, paths resolved against the file's folder."""

    path: Path | None = None
    packs: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)  # threshold, limits, jobs, ...
    fetch: dict[str, Any] = field(default_factory=dict)
    fail_under: dict[str, float] = field(default_factory=dict)


def find_config(start: Path) -> Path | None:
    """``.auditor.toml``, or a ``pyproject.toml`` with a ``[tool.auditor]`` table, in ``start``."""
    candidate = start / ".auditor.toml"
    if candidate.is_file():
        return candidate
    pyproject = start / "pyproject.toml"
    if pyproject.is_file() and "auditor" in _read(pyproject).get("tool", {}):
        return pyproject
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read ``path``, or the configuration found in ``start`` (the current folder)."""
    path = path or find_config(start or Path.cwd())
    if path is None:
        return Config()
    data = _read(path)
    table = data.get("tool", {}).get("auditor", {}) if path.name == "pyproject.toml" else data
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [tool.auditor] must be a table")
    unknown = set(table) - _TOP_KEYS
    if unknown:
        raise UsageError(f"{path}: unknown settings {', '.join(sorted(unknown))}")
    fetch = table.get("fetch", {})
    unknown = set(fetch) - _FETCH_KEYS
    if unknown:
        raise UsageError(f"{path}: unknown fetch settings {', '.join(sorted(unknown))}")
    base = path.parent
    packs = tuple(str((base / p).resolve()) for p in _strings(path, table, "packs"))
    values = {
        k: v for k, v in table.items() if k not in {"packs", "disable", "fetch", "fail_under"}
    }
    fail_under = table.get("fail_under", {})
    if not isinstance(fail_under, dict):
        raise UsageError(f"{path}: fail_under must be a table of metric = minimum")
    return Config(
        path, packs, _strings(path, table, "disable"), values, dict(fetch), dict(fail_under)
    )


def _strings(path: Path, table: dict[str, Any], key: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise UsageError(f"{path}: {key} must be a list of strings")
    return tuple(value)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read configuration {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None
