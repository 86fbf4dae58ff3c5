"""Load rule packs: a folder of ``*.toml`` rule files and ``lexicons/*.txt`` word lists.

Every file carries its provenance; every rule carries an id, a message, a why,
a confidence and examples that must and must not fire. Anything missing or
malformed is a :class:`~auditor.errors.UsageError` naming the file and rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Any

from auditor.errors import UsageError
from auditor.models import SourceType
from auditor.rules.edges import NO_EDGES, span_edges
from auditor.rules.lazypattern import LazyPattern
from auditor.rules.lexicon import Lexicon, parse_lexicon
from auditor.rules.literals import SPAN_MOST, WINDOW_MOST, literal_gate, window_strings
from auditor.rules.model import KINDS, NEAR_SIDES, RELAYS, SCOPES, SOURCE_SIDES, Rule
from auditor.tokens import QUOTE

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_MACRO = re.compile(r"@\{([a-z0-9_-]+)\}")
_FILE_DEFAULTS = (
    "kind", "category", "message", "confidence", "weight", "scope", "source",
    "quote_max_words", "not_before", "not_after",
)  # fmt: skip
_RULE_KEYS = {
    "id", "kind", "category", "message", "why", "confidence", "weight", "terms", "lexicon",
    "pattern", "quote_max_words", "scope", "case_sensitive", "before", "not_before", "after",
    "not_after", "source", "loaded", "relay", "requires", "near", "fire", "quiet",
    "quote_loaded", "min_count", "near_side", "near_back", "near_lead", "near_lead_back",
    "partial",
}  # fmt: skip
# The type of each key's value, checked before any is used: a wrong type is a usage error.
_LISTS = ("terms", "requires", "near", "near_lead", "fire", "quiet")
_NUMBERS = ("confidence", "weight", "quote_max_words", "min_count", "near_back", "near_lead_back")
_FLAGS = ("case_sensitive", "loaded", "quote_loaded", "partial")
_CONTEXT_WINDOW = 80
_INFLECTION = ("inflection-exceptions", "inflection-stop")  # lexicons of the inflecting


def builtin_pack() -> Path:
    """The folder of the rules that ship with auditor."""
    return Path(str(resources.files("auditor") / "data" / "pack"))


def _span_gate(pattern: str, flags: int, near: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """A span rule's gate: strings one of which every match holds besides its ``near`` words
    (:func:`window_strings`), a set of :data:`WINDOW_MOST` if there is one, else of up to
    :data:`SPAN_MOST`; and whether they are looked for in the span lower-cased (a pattern
    that ignores case, strings with a letter: ruleset._gated) rather than as it is ("?",
    ",", or a pattern that minds case)."""
    for most in (WINDOW_MOST, SPAN_MOST):
        ignore_case, strings = window_strings(pattern, flags, near, few_first=True, most=most)
        if strings:
            return ignore_case and any(s.lower() != s.upper() for s in strings), strings
    return False, ()


def load_lexicons(folders: Iterable[Path]) -> dict[str, Lexicon]:
    """The word lists of ``folders``, those that ask for it inflected (``# Inflect:``) with
    the irregular forms of lexicon ``inflection-exceptions``, without the forms of
    ``inflection-stop`` and those any list holds as written."""
    lexicons: dict[str, Lexicon] = {}
    for folder in folders:
        for path in sorted((folder / "lexicons").glob("*.txt")):
            try:
                lexicons[path.stem] = parse_lexicon(path.stem, path.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise UsageError(f"{path}: {exc}") from None
    exceptions = {e[0]: e[1:] for e in _entries(lexicons, _INFLECTION[0])}
    # a form written by hand in any list keeps its place there only
    written = (
        p.lower() for n, lex in lexicons.items() if n not in _INFLECTION for p in lex.phrases
    )
    stop = frozenset(chain(written, (p for e in _entries(lexicons, _INFLECTION[1]) for p in e)))
    return {name: lex.inflected(exceptions, stop) for name, lex in lexicons.items()}


def _entries(lexicons: dict[str, Lexicon], name: str) -> tuple[tuple[str, ...], ...]:
    return lexicons[name].entries if name in lexicons else ()


def load_rules(
    folder: Path, lexicons: dict[str, Lexicon], pack: str, *, checked: bool = False
) -> list[Rule]:
    """Read every rule file under ``folder`` (lexicons/ excluded).

    The patterns of a ``checked`` pack (the built-in one, which the tests compile and run)
    are compiled when first used; any other pack's as it loads, so a bad one is named then.
    """
    if not folder.is_dir():
        raise UsageError(f"rule pack {folder} is not a folder")
    rules = []
    for path in sorted(folder.rglob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise UsageError(f"{path}: not a valid TOML rule file: {exc}") from None
        if not str(data.get("provenance", "")).strip():
            raise UsageError(f"{path}: a rule file needs a 'provenance' entry")
        defaults = {k: data[k] for k in _FILE_DEFAULTS if k in data}
        listed = data.get("rule", [])
        if not isinstance(listed, list) or not all(isinstance(r, dict) for r in listed):
            raise UsageError(f"{path}: 'rule' must be a list of tables ([[rule]])")
        for raw in listed:
            rules.append(_build(path, pack, {**defaults, **raw}, lexicons, checked))
    return rules


def _build(
    path: Path, pack: str, raw: dict[str, Any], lexicons: dict[str, Lexicon], checked: bool
) -> Rule:
    rule_id = raw.get("id", "?")

    def fail(problem: str) -> UsageError:
        return UsageError(f"{path}: rule {rule_id!r}: {problem}")

    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise fail(f"unknown keys {sorted(unknown)}")
    _check_types(raw, fail)
    if not isinstance(rule_id, str) or not _ID.match(rule_id):
        raise fail("'id' must be lower-case letters, digits, '.', '_' or '-'")
    for key in ("kind", "category", "message", "why"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise fail(f"'{key}' is required")
    if raw["kind"] not in KINDS:
        raise fail(f"'kind' must be one of {KINDS}")
    if raw.get("scope", "text") not in SCOPES:
        raise fail(f"'scope' must be one of {SCOPES}")
    if raw.get("source", "subject") not in SOURCE_SIDES:
        raise fail(f"'source' must be one of {SOURCE_SIDES}")
    if raw.get("relay", "") not in RELAYS:
        raise fail(f"'relay' must be one of {RELAYS}")
    near = raw.get("near", [])
    if near and (
        "pattern" not in raw
        or not all(isinstance(w, str) and w and not any(c.isspace() for c in w) for w in near)
    ):
        raise fail("'near' is a list of words (one token each, no spaces), for pattern rules only")
    if "near_side" in raw and (
        raw["near_side"] not in NEAR_SIDES or not near or raw.get("scope", "text") != "text"
    ):
        raise fail(f"'near_side' is one of {NEAR_SIDES}, for text patterns with 'near' words")
    near_back = raw.get("near_back")
    if near_back is not None and (
        near_back != int(near_back)
        or near_back < 0
        or not near
        or raw.get("scope", "text") != "text"
        or raw.get("near_side") == "after"
    ):
        raise fail(
            "'near_back' is a whole number of at least 0, for text patterns with 'near' words"
            " not tried 'after' them"
        )
    lead, lead_back = raw.get("near_lead", []), raw.get("near_lead_back")
    if (lead or lead_back is not None) and (
        not lead
        or not all(isinstance(w, str) and w and not any(c.isspace() for c in w) for w in lead)
        or lead_back is None
        or lead_back != int(lead_back)
        or lead_back < 1
        or not near
        or raw.get("scope", "text") != "text"
    ):
        raise fail(
            "'near_lead' (words, one token each) and 'near_lead_back' (a whole number of at"
            " least 1) go together, for text patterns with 'near' words"
        )
    types = {t.value for t in SourceType}
    if not set(raw.get("requires", ())) <= types:
        raise fail(f"'requires' takes source types from {sorted(types)}")
    confidence = raw.get("confidence")
    if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
        raise fail("'confidence' must be a number in (0, 1]")
    fire, quiet = raw.get("fire", []), raw.get("quiet", [])
    if not fire or not quiet:
        raise fail("needs examples that must fire ('fire') and must not fire ('quiet')")

    terms: tuple[str, ...] = tuple(raw.get("terms", ()))
    if "lexicon" in raw:
        if raw["lexicon"] not in lexicons:
            raise fail(f"unknown lexicon {raw['lexicon']!r}")
        terms += lexicons[raw["lexicon"]].phrases
    ways = [bool(terms), "pattern" in raw, "quote_max_words" in raw]
    if sum(ways) != 1:
        raise fail("needs exactly one of 'terms'/'lexicon', 'pattern' or 'quote_max_words'")

    if "quote_loaded" in raw and "quote_max_words" not in raw:
        raise fail("'quote_loaded' is for quote rules (with 'quote_max_words') only")
    min_count = raw.get("min_count", 0)
    if "min_count" in raw and (
        min_count != int(min_count) or min_count < 1 or raw["kind"] != "structure"
    ):
        raise fail("'min_count' is a whole number of at least 1, for structure rules only")

    flags = 0 if raw.get("case_sensitive") else re.IGNORECASE
    compiled = gate = None
    edges = NO_EDGES
    window_gate: tuple[bool, tuple[str, ...]] = (False, ())
    if "pattern" in raw:
        expanded = _expand(raw["pattern"], lexicons, fail)
        compiled = _compile(expanded, flags, fail, checked)
        if not near:  # tried everywhere: worth a look for strings its matches must hold
            gate = literal_gate(expanded, flags)
        if raw.get("scope", "text") != "text":  # what a span must start and end with: near
            edges = span_edges(expanded, flags)  # words or not ("a" calls Q&A prefixes)
            if near:  # called by a near word: a string besides it that every match holds
                window_gate = _span_gate(expanded, flags, tuple(w.lower() for w in near))
        elif near:  # tried in windows around its near words: what else each match holds
            window_gate = window_strings(expanded, flags, tuple(w.lower() for w in near))
    context = tuple(
        _compile(_context(key, _expand(raw[key], lexicons, fail)), flags, fail, checked)
        if raw.get(key)
        else None
        for key in ("before", "not_before", "after", "not_after")
    )
    if not any(context):
        context = ()  # nothing to check around a match
    return Rule(
        id=rule_id,
        kind=raw["kind"],
        category=raw["category"],
        message=raw["message"],
        why=raw["why"].strip(),
        confidence=float(confidence),
        fire=tuple(fire),
        quiet=tuple(quiet),
        weight=float(raw.get("weight", 1.0)),
        terms=terms,
        pattern=raw.get("pattern"),
        quote_max_words=raw.get("quote_max_words"),
        quote_loaded=bool(raw.get("quote_loaded", False)),
        min_count=int(min_count),
        scope=raw.get("scope", "text"),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        before=raw.get("before"),
        not_before=raw.get("not_before"),
        after=raw.get("after"),
        not_after=raw.get("not_after"),
        source=raw.get("source", "subject"),
        loaded=bool(raw.get("loaded", False)),
        partial=bool(raw.get("partial", False)),
        relay=raw.get("relay", ""),
        requires=tuple(raw.get("requires", ())),
        near=tuple(sorted({w.lower() for w in near})),
        near_side=raw.get("near_side", ""),
        near_back=None if near_back is None else int(near_back),
        near_lead=frozenset(w.lower() for w in lead),
        near_lead_back=0 if lead_back is None else int(lead_back),
        pack=pack,
        path=str(path),
        compiled=compiled,
        context=context,
        gate=gate,
        edges=edges,
        window_gate=window_gate,
    )


def _check_types(raw: dict[str, Any], fail) -> None:
    for key, value in raw.items():
        if key in _LISTS:
            ok, kind = isinstance(value, list) and all(isinstance(v, str) for v in value), "list"
        elif key in _NUMBERS:
            ok, kind = isinstance(value, (int, float)) and not isinstance(value, bool), "number"
        elif key in _FLAGS:
            ok, kind = isinstance(value, bool), "true or false"
        else:
            ok, kind = isinstance(value, str), "string"
        if not ok:
            raise fail(f"{key!r} must be a {kind}" + (" of strings" if kind == "list" else ""))


def _expand(pattern: str, lexicons: dict[str, Lexicon], fail) -> str:
    """Replace ``@{name}`` by lexicon ``name`` as an alternation; ``@{quote}`` is a quotation."""

    def lexicon(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "quote":
            return re.escape(QUOTE)
        if name not in lexicons:
            raise fail(f"pattern uses unknown lexicon @{{{name}}}")
        return lexicons[name].regex()

    return _MACRO.sub(lexicon, pattern)


def _context(key: str, pattern: str) -> str:
    return f"(?:{pattern})\\s*$" if key.endswith("before") else f"^\\s*(?:{pattern})"


def _compile(pattern: str, flags: int, fail, checked: bool) -> LazyPattern:
    compiled = LazyPattern(pattern, flags)
    if not checked:  # a user's pack: compiled now, so that a bad pattern is named as it loads
        try:
            compiled.finditer  # noqa: B018 (reading an attribute compiles it)
        except re.error as exc:
            raise fail(f"bad regular expression: {exc}") from None
    return compiled


def context_ok(rule: Rule, text: str, start: int, end: int) -> bool:
    """Whether the text around ``[start, end)`` satisfies the rule's context conditions."""
    if not rule.context:
        return True
    before, not_before, after, not_after = rule.context
    # what follows first: its conditions open at the window's start, while those on what
    # precedes end at its end and are tried at each of its positions
    if after is not None or not_after is not None:
        right = text[end : end + _CONTEXT_WINDOW]
        if (after is not None and after.exists(right) is None) or (
            not_after is not None and not_after.exists(right) is not None
        ):
            return False
    # what precedes: searched from where a match can start at the earliest (leftstart.py)
    left = text[max(0, start - _CONTEXT_WINDOW) : start]
    if before is not None:
        begin = before.left_start
        if before.exists(left, begin(left) if begin else 0) is None:
            return False
    if not_before is not None:
        begin = not_before.left_start
        return not_before.exists(left, begin(left) if begin else 0) is None
    return True


def reweighted(rules: list[Rule], weights: dict[str, float]) -> list[Rule]:
    """``rules`` with the framing weights in ``weights`` (an id of no framing rule: an error)."""
    framing = {r.id for r in rules if r.kind == "framing"}
    unknown = set(weights) - framing
    if unknown:
        raise UsageError(f"weights for unknown framing rules: {', '.join(sorted(unknown))}")
    return [replace(r, weight=weights[r.id]) if r.id in weights else r for r in rules]


def without(rules: list[Rule], disabled: Iterable[str]) -> list[Rule]:
    """The rules whose ids are not in ``disabled``; an unknown id is a UsageError."""
    disabled = set(disabled)
    unknown = disabled - {r.id for r in rules}
    if unknown:
        raise UsageError(f"cannot disable unknown rule ids: {', '.join(sorted(unknown))}")
    return [r for r in rules if r.id not in disabled]


def check_unique(rules: list[Rule]) -> None:
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            raise UsageError(
                f"rule id {rule.id!r} is defined twice: {seen[rule.id].path} and {rule.path}"
            )
        seen[rule.id] = rule
