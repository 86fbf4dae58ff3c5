"""Rule packs: loading, validation and the compiled :class:`RuleSet`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from auditor.rules.loader import (
    builtin_pack,
    check_unique,
    load_lexicons,
    load_rules,
    reweighted,
    without,
)
from auditor.rules.model import Match, Rule
from auditor.rules.packcache import cached
from auditor.rules.ruleset import RuleSet

__all__ = ["Match", "Rule", "RuleSet", "builtin_pack", "load_ruleset"]


@lru_cache(maxsize=8)
def load_ruleset(
    packs: tuple[str, ...] = (),
    disabled: tuple[str, ...] = (),
    weights: tuple[tuple[str, float], ...] = (),
) -> RuleSet:
    """The built-in pack plus user ``packs`` (folders), minus ``disabled`` rule ids.

    ``weights`` (rule id, weight) replace the weights of built-in framing rules.
    """
    folders = [builtin_pack(), *(Path(p) for p in packs)]
    settings = ([f.name for f in folders], disabled, weights)
    return cached(folders, settings, lambda: _build(folders, disabled, dict(weights)))


def _build(folders: list[Path], disabled: tuple[str, ...], weights: dict[str, float]) -> RuleSet:
    lexicons = load_lexicons(folders)
    rules = reweighted(load_rules(folders[0], lexicons, "core", checked=True), weights)
    for folder in folders[1:]:
        rules += load_rules(folder, lexicons, folder.name)
    check_unique(rules)
    return RuleSet(without(rules, disabled), lexicons)
