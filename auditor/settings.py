"""Settings that change what the engine decides: rule packs, disabled rules, threshold, limits.

Defaults come from the package's ``data/scoring.toml``; a user's
``[tool.auditor]`` table or ``.auditor.toml`` (see :mod:`auditor.config`)
overrides them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]


@lru_cache(maxsize=1)
def _scoring() -> dict:
    return tomllib.loads((resources.files("auditor") / "data" / "scoring.toml").read_text("utf-8"))


def _default_threshold() -> float:
    return float(_scoring()["threshold"])


def voiceless_categories() -> frozenset[str]:
    """Not-a-claim categories whose framing cues are not counted (scoring.toml)."""
    return frozenset(_scoring().get("voiceless", ()))


def quoted_categories() -> frozenset[str]:
    """Framing categories shown inside quotations, as the speakers' words (scoring.toml)."""
    return frozenset(_scoring().get("quoted", ()))


def named_categories() -> frozenset[str]:
    """Framing categories whose cue inside a proper name is not counted (scoring.toml)."""
    return frozenset(_scoring().get("named", ()))


@dataclass(frozen=True)
class Opinion:
    """When an article reads as an opinion piece, and which weak cues count in it (scoring.toml)."""

    share: float  # least share of the article's other unattributed claims that are framing
    floor: float  # least framing score, as a share of the threshold, that counts in one
    min_claims: int  # least number of other unattributed claims to judge the article by
    uncited: float  # the least share asked of an article none of whose claims is attributed
    rise: float  # how fast the mark rises from `uncited` to `share` with the attributed share
    # the writer-voice cues that count in an opinion piece whatever their weight (a question:
    # a signpost in a report, the writer arguing in a column)
    rules: frozenset[str] = frozenset()
    # the share asked of a piece that says it is one (a "News analysis:" or "Review:" label, a
    # columnist's sign-off), and what says so: :func:`auditor.opinion._declared`
    declared: float | None = None
    labels: frozenset[str] = frozenset()
    scores: frozenset[str] = frozenset()  # labels that count before a critic's score only
    signoffs: tuple[str, ...] = ()  # patterns of a sign-off among the last three lines
    signoff_words: tuple[str, ...] = ()  # one of which each sign-off holds (looked for first)
    mentions: tuple[str, ...] = ()  # lower-case phrases of the piece naming its kind, anywhere

    def mark(self, attributed: float) -> float:
        """The least framing share for an article whose claims are ``attributed`` (0-1)."""
        return min(self.share, self.uncited + self.rise * attributed)


def _default_opinion() -> Opinion:
    table = _scoring()["opinion"]
    return Opinion(
        float(table["share"]),
        float(table["floor"]),
        int(table["min_claims"]),
        float(table["uncited"]),
        float(table["rise"]),
        frozenset(table.get("rules", ())),
        float(table["declared"]) if "declared" in table else None,
        frozenset(table.get("labels", ())),
        frozenset(table.get("scores", ())),
        tuple(table.get("signoffs", ())),
        tuple(table.get("signoff_words", ())),
        tuple(table.get("mentions", ())),
    )


def _default_weights() -> tuple[tuple[str, float], ...]:
    return tuple(sorted((rule, float(w)) for rule, w in _scoring().get("weights", {}).items()))


@dataclass(frozen=True)
class Settings:
    threshold: float = field(default_factory=_default_threshold)
    opinion: Opinion = field(default_factory=_default_opinion)
    # fitted framing weights that replace rules' own (scoring.toml [weights], tools/fit_weights.py)
    weights: tuple[tuple[str, float], ...] = field(default_factory=_default_weights)
    packs: tuple[str, ...] = ()  # folders of user rule packs
    disabled: tuple[str, ...] = ()  # rule ids switched off
    max_bytes: int = 20 * 1024 * 1024  # largest input read
    max_sentences: int = 20_000  # largest article labelled
    any_language: bool = False  # audit articles that do not look English
