"""Thresholds a newsroom can gate on: ``--fail-under sourced=60%``, ``--fail-over anonymous=0.5``.

Each metric is read off an article's :class:`~auditor.models.Summary`; shares
are fractions of claims (or of sourced claims, for ``named`` and
``anonymous``). Crossing any threshold makes the command exit with code 1.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from auditor.errors import UsageError
from auditor.models import Summary

METRICS: dict[str, tuple[str, Callable[[Summary], float]]] = {
    "sourced": ("share of claims that are sourced", lambda s: s.sourced_share),
    "named": (
        "share of sourced claims on named sources",
        lambda s: 1 - s.anonymous_share if s.sourced else 0.0,
    ),
    "anonymous": ("share of sourced claims on anonymous sources", lambda s: s.anonymous_share),
    "editorial": ("share of claims that are editorial framing", lambda s: s.editorial_share),
    "unsourced": ("share of claims that are unsourced", lambda s: s.unsourced_share),
    "framing_density": ("framing cues per 100 words", lambda s: s.framing_density),
}


def parse(specs: Iterable[str]) -> dict[str, float]:
    """``["sourced=60%", "anonymous=0.4"]`` -> ``{"sourced": 0.6, "anonymous": 0.4}``."""
    found = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip().lower().replace("-", "_")
        if not sep or name not in METRICS:
            raise UsageError(
                f"bad threshold {spec!r}: use METRIC=VALUE with METRIC one of {', '.join(METRICS)}"
            )
        found[name] = _number(spec, value.strip())
    return found


def violations(summary: Summary, under: dict[str, float], over: dict[str, float]) -> list[str]:
    """One line for every threshold ``summary`` crosses."""
    lines = []
    for name, minimum in under.items():
        value = METRICS[name][1](summary)
        if value < minimum:
            lines.append(
                f"{METRICS[name][0]} is {_show(name, value)}, under {_show(name, minimum)}"
            )
    for name, maximum in over.items():
        value = METRICS[name][1](summary)
        if value > maximum:
            lines.append(f"{METRICS[name][0]} is {_show(name, value)}, over {_show(name, maximum)}")
    return lines


def _number(spec: str, value: str) -> float:
    try:
        return float(value[:-1]) / 100 if value.endswith("%") else float(value)
    except ValueError:
        raise UsageError(f"bad threshold {spec!r}: {value!r} is not a number") from None


def _show(name: str, value: float) -> str:
    return f"{value:.1f}" if name == "framing_density" else f"{100 * value:.0f}%"
