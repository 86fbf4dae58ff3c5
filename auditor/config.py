"""Configuration files: ``.auditor.toml``, or ``[tool.auditor]`` in ``pyproject.toml``.

```toml
[tool.auditor]
packs = ["rules/our-newsroom"]     # folders of extra rule files, relative to this file
disable = ["labels.regime"]        # rule ids switched off
threshold = 1.0                    # framing score that makes a sentence EDITORIAL
fail_under = { sourced = "60%" }   # exit 1 below this (audit and batch)

[tool.auditor.fetch]               # limits for fetching URLs (see auditor.fetch)
deadline = 60
```

The same ``[tool.auditor]`` table works in both files; ``.auditor.toml`` may also
hold the keys at its top level. The file is looked up from the current folder
upward, and the first ``.auditor.toml``, or ``pyproject.toml`` with a
``[tool.auditor]`` table, is the one in force (as ruff and pytest do). Options
given on the command line win over the file. An unknown key or a value of the
wrong type is a :class:`~auditor.errors.UsageError` of one line naming the file,
the key, what was expected and what was found.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from auditor.batchrows import SORT_KEYS
from auditor.errors import UsageError

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

_PERCENT = re.compile(r"\d+(?:\.\d+)?%")


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _whole(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _strings(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(x, str) for x in v)


def _threshold(v: Any) -> bool:
    return _number(v) or (isinstance(v, str) and bool(_PERCENT.fullmatch(v.strip())))


# key: (what is expected, the check)
_Kind = tuple[str, Callable[[Any], bool]]
_POSITIVE: _Kind = ("a positive number", lambda v: _number(v) and v > 0)
_NOT_NEGATIVE: _Kind = ("a number, 0 or more", lambda v: _number(v) and v >= 0)
_COUNT: _Kind = ("a whole number, 1 or more", lambda v: _whole(v) and v > 0)
_ZERO_OR_MORE: _Kind = ("a whole number, 0 or more", lambda v: _whole(v) and v >= 0)
_FLAG: _Kind = ("true or false", lambda v: isinstance(v, bool))
_STRING: _Kind = ("a string", lambda v: isinstance(v, str))
_STRINGS: _Kind = ("a list of strings", _strings)
_TABLE: _Kind = ("a table", lambda v: isinstance(v, dict))

TOP: dict[str, _Kind] = {
    "packs": _STRINGS,
    "disable": _STRINGS,
    "threshold": ("a number", _number),
    "any_language": _FLAG,
    "max_bytes": _COUNT,
    "max_sentences": _COUNT,
    "fail_under": _TABLE,
    "fail_over": _TABLE,
    "width": _COUNT,
    "color": _FLAG,
    "jobs": _COUNT,
    "glob": _STRINGS,
    "sort": (f"one of {', '.join(SORT_KEYS)}", lambda v: v in SORT_KEYS),
    "reverse": _FLAG,
    "quiet": _FLAG,
    "fetch": _TABLE,
}
FETCH: dict[str, _Kind] = {
    "connect_timeout": _POSITIVE,
    "read_timeout": _POSITIVE,
    "deadline": _POSITIVE,
    "max_bytes": _COUNT,
    "max_redirects": _ZERO_OR_MORE,
    "retries": _ZERO_OR_MORE,
    "backoff": _NOT_NEGATIVE,
    "max_retry_after": _NOT_NEGATIVE,
    "user_agent": _STRING,
    "host_delay": _NOT_NEGATIVE,
    "max_per_host": _COUNT,
    "ca_bundle": _STRING,
}


@dataclass(frozen=True)
class Config:
    """What a configuration file says, paths resolved against the file's folder."""

    path: Path | None = None
    packs: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    values: dict[str, Any] = field(default_factory=dict)  # threshold, limits, jobs, width, ...
    fetch: dict[str, Any] = field(default_factory=dict)
    fail_under: dict[str, Any] = field(default_factory=dict)  # metric: 0.6 or "60%"
    fail_over: dict[str, Any] = field(default_factory=dict)

    def thresholds(self, which: str) -> list[str]:
        """``fail_under`` or ``fail_over`` as ``METRIC=VALUE`` specs, for :mod:`auditor.gate`."""
        return [f"{metric}={value}" for metric, value in getattr(self, which).items()]


def find_config(start: Path) -> Path | None:
    """The first ``.auditor.toml``, or ``pyproject.toml`` with ``[tool.auditor]``, from
    ``start`` up to the root of the filesystem."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / ".auditor.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_our_table(pyproject):
            return pyproject
    return None


def load_config(path: Path | None = None, start: Path | None = None) -> Config:
    """Read ``path``, or the configuration found from ``start`` (the current folder) upward."""
    path = path or find_config(start or Path.cwd())
    if path is None:
        return Config()
    table = _our_table(path, _read(path))
    _check(path, "", table, TOP)
    fetch = table.get("fetch", {})
    _check(path, "fetch.", fetch, FETCH)
    base = path.parent
    if "ca_bundle" in fetch:
        fetch = {**fetch, "ca_bundle": str(base / fetch["ca_bundle"])}
    for key in ("fail_under", "fail_over"):
        _check_thresholds(path, key, table.get(key, {}))
    special = {"packs", "disable", "fetch", "fail_under", "fail_over"}
    packs = tuple(str((base / p).resolve()) for p in table.get("packs", []))
    for given, folder in zip(table.get("packs", []), packs, strict=True):
        if not Path(folder).is_dir():
            raise UsageError(
                f"{path}: packs: expected folders of rule files, found {_found(given)} "
                f"(no folder {folder})"
            )
    return Config(
        path,
        packs,
        tuple(table.get("disable", [])),
        {k: v for k, v in table.items() if k not in special},
        dict(fetch),
        dict(table.get("fail_under", {})),
        dict(table.get("fail_over", {})),
    )


def _our_table(path: Path, data: dict[str, Any]) -> dict[str, Any]:
    """``[tool.auditor]`` (in either file), or the top level of an ``.auditor.toml``."""
    if path.name == "pyproject.toml" or "tool" in data:
        tool = data.get("tool", {})
        table = tool.get("auditor", {}) if isinstance(tool, dict) else None
        others = sorted(k for k in data if k != "tool") if path.name != "pyproject.toml" else []
        if others:
            raise UsageError(
                f"{path}: unknown settings {', '.join(others)} (outside [tool.auditor]; "
                "put every setting in that table, or none)"
            )
        if not isinstance(table, dict):
            raise UsageError(f"{path}: tool.auditor: expected a table, found {_found(table)}")
        return table
    return data


def _check(path: Path, prefix: str, table: dict[str, Any], kinds: dict[str, _Kind]) -> None:
    unknown = sorted(set(table) - set(kinds))
    if unknown:
        known = ", ".join(kinds)
        raise UsageError(
            f"{path}: unknown setting {prefix}{unknown[0]} (known {prefix or 'keys'}: {known})"
        )
    for key, value in table.items():
        expected, fits = kinds[key]
        if not fits(value):
            raise UsageError(f"{path}: {prefix}{key}: expected {expected}, found {_found(value)}")


def _check_thresholds(path: Path, key: str, table: dict[str, Any]) -> None:
    from auditor.gate import METRICS

    for metric, value in table.items():
        if metric not in METRICS:
            raise UsageError(
                f"{path}: {key}.{metric}: expected a metric ({', '.join(METRICS)}), "
                f"found {_found(metric)}"
            )
        if not _threshold(value):
            raise UsageError(
                f"{path}: {key}.{metric}: expected a number or a percentage such as "
                f'"60%", found {_found(value)}'
            )


def _found(value: Any) -> str:
    """A value as TOML would show it, with its type when that is what is wrong."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the string {json.dumps(value, ensure_ascii=False)}"
    if isinstance(value, list):
        return f"the list {json.dumps(value, ensure_ascii=False, default=str)}"
    return str(value)


def _has_our_table(pyproject: Path) -> bool:
    tool = _read(pyproject).get("tool", {})
    return isinstance(tool, dict) and "auditor" in tool


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read configuration {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML: {exc}") from None
