"""A compiled set of rules that scans an article in one pass per rule kind.

All ``terms`` rules share one trie of lower-cased tokens, so a lexicon of any
size costs one dict look-up for most tokens and one per word of a phrase that
starts there.
Pattern rules are compiled once, when the pack is loaded.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from itertools import chain, compress, count, repeat

from auditor.rules.edges import HEAD, NO_EDGES
from auditor.rules.lexicon import Lexicon
from auditor.rules.loader import context_ok
from auditor.rules.model import Match, Rule
from auditor.tokens import TokenTable, phrase_key, tokenize


class RuleSet:
    """Rules plus the lexicons the attribution engine reads."""

    # in slots, not a dict: an unpickled instance's dict (packcache.py) and the several
    # instances of a process (the parts) kept its loads of these and its calls on self
    # unspecialised in CPython 3.11 (docs/speed.md, speed29)
    __slots__ = (
        "_always", "_exact", "_gate_bits", "_gated", "_parts",
        "_span_patterns", "_text_patterns", "_trie", "by_id", "counted", "lexicons",
        "quote_rules", "rules", "span_near_words",
    )  # fmt: skip
    parts_made = 0  # parts (:meth:`part`) made in this process (packcache keeps them)

    def __init__(self, rules: Iterable[Rule], lexicons: dict[str, Lexicon]) -> None:
        self.rules = tuple(rules)
        self.lexicons = lexicons
        self._parts: dict[tuple[str, frozenset[str]], RuleSet] = {}
        self.by_id = {r.id: r for r in self.rules}
        terms: dict[tuple[str, ...], list[Rule]] = defaultdict(list)
        self._exact: dict[str, set[tuple[str, ...]]] = {}
        for rule in self.rules:
            if not rule.terms:
                continue
            keys = {phrase_key(t) for t in rule.terms}
            for key in keys:
                if key:
                    terms[key].append(rule)
            if rule.case_sensitive:
                self._exact[rule.id] = {
                    tuple(t.text for t in tokenize(term)) for term in rule.terms
                }
        # the phrases as a trie of words; a node's rules are under _END, and under _CASED
        # the words as written that a one-word phrase of case-sensitive rules only takes
        # ("NOT", not "not": no call for the many that are not)
        self._trie: dict = {}
        for key, rules in terms.items():
            node = self._trie
            for word in key:
                node = node.setdefault(word, {})
            node[_END] = rules
            if len(key) == 1 and all(r.case_sensitive for r in rules):
                node[_CASED] = frozenset(
                    t[0] for r in rules for t in self._exact[r.id] if len(t) == 1
                )
        # rules tried everywhere whose matches hold one of a few strings: a text without
        # them is not searched (bit k of missing() for rule k; auditor/rules/literals.py)
        self._gated = [r for r in self.rules if r.gate is not None]
        self._gate_bits = {r.id: 1 << k for k, r in enumerate(self._gated)}
        self._text_patterns = [r for r in self.rules if r.pattern and r.scope == "text"]
        self._span_patterns = {
            scope: _SpanRules(
                [r for r in self.rules if r.pattern and r.scope == scope], self._gate_bits
            )
            for scope in ("sentence", "paragraph")
        }
        # which text patterns to try: those without near words always, the rest by word,
        # under _PATTERNS in the word's node of the trie's root (a node of its own if it starts
        # no phrase): the look-up that finds the phrases a token starts finds them too
        self._always = [i for i, r in enumerate(self._text_patterns) if not r.near]
        by_near: dict[str, list[int]] = defaultdict(list)
        for i, rule in enumerate(self._text_patterns):
            for word in rule.near:
                by_near[word].append(i)
        for word, patterns in by_near.items():
            self._trie.setdefault(word, {})[_PATTERNS] = tuple(patterns)
        # a key that is no string makes the root a dict that keeps each key's hash in its
        # entry, so a token's look-up that meets another word's entry compares the hashes
        # instead of reading that word's string elsewhere in memory (most tokens start no
        # phrase; docs/speed.md, speed41); no token is looked up with it
        self._trie[_HASHED] = None
        # what scan_span needs to know of a span's words
        self.span_near_words = frozenset().union(*(s.words for s in self._span_patterns.values()))
        self.quote_rules = tuple(r for r in self.rules if r.quote_max_words)
        self.counted = {r.id: r.min_count for r in self.rules if r.min_count}

    def __len__(self) -> int:
        return len(self.rules)

    def part(self, kind: str, categories: frozenset[str]) -> RuleSet:
        """The text-scope rules of ``kind`` in ``categories``, as a rule set of their own (the
        engine's scan of quotations tries no other rule). Made once and kept with this set,
        on disk too: building its trie again each time an engine is made cost 25-35 ms."""
        key = (kind, categories)
        part = self._parts.get(key)
        if part is None:
            part = RuleSet(
                (
                    r
                    for r in self.rules
                    if r.scope == "text" and r.kind == kind and r.category in categories
                ),
                self.lexicons,
            )
            self._parts[key] = part
            RuleSet.parts_made += 1
        return part

    def of_kind(self, kind: str) -> list[Rule]:
        return [r for r in self.rules if r.kind == kind]

    def missing(self, text: str) -> int:
        """The rules that cannot match in ``text``: it holds none of the strings their matches
        must hold (a bit each, for :meth:`scan` and :meth:`scan_span`)."""
        bits = 0
        for k, rule in enumerate(self._gated):
            if rule.gate.search(text) is None:  # type: ignore[union-attr]
                bits |= 1 << k
        return bits

    def scan(
        self, text: str, tokens: TokenTable, kinds: frozenset[str], missing: int | None = None
    ) -> list[Match]:
        """Matches of text-scope rules of ``kinds`` in ``text`` (its ``tokens`` precomputed;
        ``missing`` is :meth:`missing` of the text, worked out if not given)."""
        if missing is None:
            missing = self.missing(text)
        at, nodes = self._roots(tokens.lowers)
        found = self._scan_terms(text, tokens, kinds, at, nodes)
        near_tokens = _near_tokens(at, nodes)
        folded: str | bool | None = False  # the text lower-cased, when first asked (_folded)
        patterns, gate_bits, size = self._text_patterns, self._gate_bits, len(text)
        # in pack order; a rule none of whose near words occur is skipped
        for k in sorted(chain(self._always, near_tokens)):
            rule = patterns[k]
            compiled = rule.compiled
            assert compiled is not None  # a pattern rule's pattern is compiled as it loads
            if rule.kind not in kinds:
                continue
            if not rule.near:
                if missing & gate_bits.get(rule.id, 0):
                    continue  # none of the strings its matches hold
                if compiled.exists(text) is not None:
                    found.extend(_matches(rule, text, 0, size, 0))
                continue
            found_near = sorted(near_tokens[k])
            windows = _windows(found_near, tokens, size, rule.near_side, rule.near_back)
            if rule.near_lead:
                windows = _led(windows, found_near, tokens, rule.near_lead, rule.near_lead_back)
            ignore_case, strings = rule.window_gate
            if strings:  # a window without one of the strings every match holds holds none
                if ignore_case and folded is False:
                    folded = _folded(text)
                where = folded if ignore_case else text
                if where is not None:
                    find = where.find  # type: ignore[union-attr]
                    if len(strings) == 1:  # most: one string, looked for without a generator
                        (one,) = strings
                        windows = [w for w in windows if find(one, *w) >= 0]
                    elif len(strings) == 2:  # the rest (literals.WINDOW_MOST): the same for two
                        one, two = strings
                        windows = [w for w in windows if find(one, *w) >= 0 or find(two, *w) >= 0]
                    else:
                        windows = [w for w in windows if any(find(s, *w) >= 0 for s in strings)]
            # read once for the rule's windows; most patterns ignore case, and are asked of
            # the text lower-cased, where re passes over places quicker (folded.py)
            exists, where = compiled.exists, text
            if compiled.folded_exists is not None:
                if folded is False:
                    folded = _folded(text)
                if folded is not None:
                    exists, where = compiled.folded_exists, folded
            for lo, hi in windows:
                if exists(where, lo, hi) is not None:  # most windows hold none
                    found.extend(_matches(rule, text, lo, hi, 0))
        found.sort(key=lambda m: (m.start, -m.end))
        return found

    def scan_span(
        self,
        text: str,
        start: int,
        end: int,
        kinds: frozenset[str],
        scope: str,
        words: frozenset[str] | None = None,
        missing: int = 0,
    ) -> list[Match]:
        """Matches of ``scope`` rules ("sentence", "paragraph") over ``text[start:end]``.

        The span is matched on its own, so ``^`` and ``$`` are its ends. ``words`` (the
        span's lower-cased tokens, or those of them in :attr:`span_near_words`) lets rules
        with ``near`` words skip spans without them; ``missing`` (:meth:`missing` of
        ``text``) skips rules that cannot match anywhere in it, and the span's first few
        and last characters those that cannot match it (:mod:`auditor.rules.edges`).
        A blank span (a sentence inside a masked quotation) has no matches: a match of
        spaces only is no evidence (:meth:`_matches`). A span that opens with a masked
        quotation is matched from the last of its leading spaces, as if it had one: some
        patterns take long to give up on a run of spaces.
        """
        span = text[start:end]
        if span.isspace():
            return []
        if span[:1].isspace():
            lead = len(span) - len(span.lstrip())
            if lead > 1:
                start += lead - 1
                span = span[lead - 1 :]
        found: list[Match] = []
        ends = span[:HEAD] + span[-1:]
        for rule, search in self._span_patterns[scope].searches(words, missing, ends):
            if search(span) is not None and rule.kind in kinds:  # most find none
                found += _matches(rule, span, 0, len(span), start)
        return found

    def _roots(self, lowers: list[str]) -> tuple[list[int], list[dict]]:
        """The tokens (of lower-cased forms ``lowers``) found in the trie's root, in order,
        and their nodes there: one look-up a token for both the phrases it starts and the
        text patterns it is near."""
        firsts = list(map(self._trie.get, lowers))  # None for most
        return list(compress(count(), firsts)), list(filter(None, firsts))

    def _scan_terms(
        self,
        text: str,
        tokens: TokenTable,
        kinds: frozenset[str],
        at: list[int],
        nodes: list[dict],
    ) -> list[Match]:
        """The term matches, given the tokens found in the trie's root (``at``, in order)
        and their nodes there; a node holds the phrases its word starts, if any."""
        found: list[Match] = []
        lowered, words = tokens.lowers, tokens.words
        size = len(lowered)
        nexts: list[str | None] = lowered[1:]
        nexts.append(None)  # no word follows the last
        # each token found, its node and the word after it
        for i, first, after in zip(at, nodes, map(nexts.__getitem__, at), strict=True):
            ends = first.get(_END)
            node = first.get(after)
            if node is None:  # most: a phrase of one word at most
                if ends is not None and (_CASED not in first or words[i] in first[_CASED]):
                    self._term_matches(text, tokens, i, 1, ends, kinds, found)
                continue
            phrases = [] if ends is None else [(1, ends)]
            n = 2
            while node is not None:
                if _END in node:
                    phrases.append((n, node[_END]))
                if i + n == size:
                    break
                node = node.get(lowered[i + n])
                n += 1
            for n, rules in reversed(phrases):  # the longest phrase first
                self._term_matches(text, tokens, i, n, rules, kinds, found)
        return found

    def _term_matches(
        self,
        text: str,
        tokens: TokenTable,
        i: int,
        n: int,
        rules: list[Rule],
        kinds: frozenset[str],
        found: list,
    ) -> None:
        start, end = tokens.starts[i], tokens.ends[i + n - 1]
        for rule in rules:
            if rule.kind not in kinds:
                continue
            if rule.case_sensitive and tuple(tokens.words[i : i + n]) not in self._exact[rule.id]:
                continue
            if not rule.context or context_ok(rule, text, start, end):  # most have none
                found.append(Match(rule, start, end, text[start:end]))


class _SpanRules:
    """The pattern rules of one scope, and which of them a span's words call for.

    Each rule is a bit; a span asks for the rules without near words and those with
    one of its words, less those the text cannot match (:meth:`RuleSet.missing`). The
    same few sets of rules come up again and again, so each is made once.
    """

    __slots__ = (
        "_always", "_asked", "_bits", "_edged", "_gates", "_kept", "_off", "_searches", "rules",
        "words",
    )  # fmt: skip

    def __init__(self, rules: list[Rule], gate_bits: dict[str, int]) -> None:
        self.rules = tuple(rules)
        self._always = 0
        self._bits: dict[str, int] = defaultdict(int)
        self._gates = []  # (a rule's bit in RuleSet.missing, its bit here)
        self._edged = []  # (a rule's bit, what its spans start and end with: edges.py)
        for k, rule in enumerate(rules):
            if not rule.near:
                self._always |= 1 << k
            for word in rule.near:
                self._bits[word] |= 1 << k
            if rule.id in gate_bits:
                self._gates.append((gate_bits[rule.id], 1 << k))
            if rule.edges != NO_EDGES:
                self._edged.append((1 << k, *rule.edges))
        self.words = frozenset(self._bits)  # the near words of its rules
        self._searches: dict[int, tuple[tuple[Rule, Callable], ...]] = {}
        self._kept: dict[int, int] = {}  # RuleSet.missing: the bits of the rules not missing
        self._off: dict[str, int] = {}  # a span's end characters: the rules they rule out
        self._asked: dict[tuple, tuple[tuple[Rule, Callable], ...]] = {}  # searches() by arguments

    def __getstate__(self) -> tuple[None, dict]:
        """Kept on disk (auditor/rules/packcache.py) without what spans asked for: it holds
        the patterns' own searches, made as each is first used. (None, the slots), as
        ``object.__setstate__`` takes them."""
        state = {name: getattr(self, name) for name in self.__slots__}
        return None, {**state, "_searches": {}, "_kept": {}, "_off": {}, "_asked": {}}

    def searches(
        self, words: frozenset[str] | None, missing: int = 0, ends: str = ""
    ) -> tuple[tuple[Rule, Callable], ...]:
        """The rules, in pack order, that a span holding ``words`` is matched with (None:
        all), less the ``missing`` ones and those a span whose first (up to HEAD) and last
        characters are ``ends`` cannot match ("" for any span); each with its pattern's
        ``exists``."""
        off = 0
        if ends and self._edged:
            off = self._off.get(ends)  # most spans: the cached answer, without a call
            if off is None:
                off = self._ruled_out(ends)
        key = (words, missing, off)  # the same few come up again and again
        found = self._asked.get(key)
        if found is not None:
            return found
        bits = (-1 if words is None else self._bits_for(words, missing)) & ~off
        found = self._searches.get(bits)
        if found is None:
            found = tuple(
                (r, _gated(r.compiled.exists, r.window_gate))
                for k, r in enumerate(self.rules)
                if bits >> k & 1
            )
            self._searches[bits] = found
        if len(self._asked) >= _MOST_ASKED:
            self._asked.clear()  # keep the cache small in a long batch
        self._asked[key] = found
        return found

    def _ruled_out(self, ends: str) -> int:
        """The bits of the rules that cannot match a span whose first characters and last
        one are ``ends``, kept in ``_off``."""
        first, last = ends[:-1], ends[-1]
        off = sum(
            bit
            for bit, head, firsts, lasts in self._edged
            if (head is not None and head.match(first) is None)
            or not all(c.match(first) for c in firsts)
            or not all(c.match(last) for c in lasts)
        )
        if len(self._off) >= _MOST_ASKED:
            self._off.clear()  # text of many scripts: keep the cache small
        self._off[ends] = off
        return off

    def _bits_for(self, words: frozenset[str], missing: int) -> int:
        bits = self._always
        for word in self.words.intersection(words):
            bits |= self._bits[word]
        if missing:
            kept = self._kept.get(missing)
            if kept is None:
                kept = ~sum(here for gate, here in self._gates if missing & gate)
                self._kept[missing] = kept
            bits &= kept
        return bits


_END = ""  # a trie node's key for the rules of the phrase ending there (no token is empty)
_CASED = " "  # its key for the words a phrase of case-sensitive rules takes (no token is a space)
_PATTERNS = "  "  # a root node's key for the text patterns near its word, by their index
_HASHED = 0  # the trie root's key that is no string (see RuleSet.__init__)
_NEAR = 100  # characters around a 'near' word in which its pattern is tried
_NEAR_TOKENS = 2  # tokens before a 'near' word that its window always holds
_MOST_ASKED = 4096  # entries of a cache of _SpanRules made as spans come


def _near_tokens(at: list[int], nodes: list[dict]) -> dict[int, list[int]]:
    """The near tokens of each text pattern, by its index, from the tokens ``at`` found in
    the trie's root and their ``nodes`` (:meth:`RuleSet._roots`); unsorted."""
    nears = list(map(dict.get, nodes, repeat(_PATTERNS)))  # the text patterns a token is near
    near: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for k, patterns in zip(compress(at, nears), filter(None, nears), strict=True):
        near[patterns].append(k)  # the few tokens that are near words
    near_tokens: dict[int, list[int]] = defaultdict(list)
    for patterns, found_at in near.items():
        for k in patterns:
            near_tokens[k] += found_at
    return near_tokens


def _gated(exists: Callable, gate: tuple[bool, tuple[str, ...]]) -> Callable:
    """A span rule's search, skipped for a span without one of the strings every match of
    its pattern holds besides its near words (loader.py ``_span_gate``: a comma, "?",
    "than"); strings of a pattern that ignores case are looked for in the span lower-cased,
    as the window gates are (:func:`_folded`: a span that does not fold is searched)."""
    fold, strings = gate
    if not strings:
        return exists
    if fold:

        def folded_search(span: str):
            folded = _folded(span)
            if folded is not None:
                for string in strings:
                    if string in folded:
                        break
                else:
                    return None  # none of the strings: no match
            return exists(span)

        return folded_search
    if len(strings) == 1:
        (one,) = strings
        return lambda span: exists(span) if one in span else None

    def search(span: str):
        for string in strings:
            if string in span:
                return exists(span)
        return None

    return search


def _folded(text: str) -> str | None:
    """``text`` lower-cased, each character where it was, for the window gates of patterns that
    ignore case (lower-case ASCII strings) and the searches of those that fold
    (auditor/rules/folded.py); None where ``re`` would match an ASCII letter to a
    character whose lower case is another: "ı" and "İ" match "i", "ſ" matches "s" (with "İ"
    the lower case is longer)."""
    folded = text.lower()
    if len(folded) != len(text) or "ı" in text or "ſ" in text:
        return None
    return folded


def within(rule: Rule, text: str, start: int, end: int) -> list[Match]:
    """The matches of a pattern rule in ``text[start:end]``, read as if the text ended at
    ``end`` (a sentence's end: a match that ran on past it, cut to the sentence)."""
    return _matches(rule, text, start, end, 0)


def _matches(rule: Rule, text: str, start: int, end: int, shift: int) -> list[Match]:
    """The matches of a pattern rule in ``text[start:end]``, which its caller found one in
    (a search first is cheaper: most places match nothing). A function, not a static
    method: ``self._matches`` did not specialise in CPython 3.11."""
    compiled = rule.compiled
    assert compiled is not None
    found = []
    groups = compiled.groupindex
    source = groups.get("source")
    cue = "cue" if "cue" in groups else 0  # the words the rule is about
    for m in compiled.finditer(text, start, end):
        if _blank(m.group()) or not context_ok(rule, text, m.start(), m.end()):
            continue
        s_start = s_end = None
        if source and m.start(source) >= 0:
            s_start, s_end = m.start(source) + shift, m.end(source) + shift
        found.append(
            Match(rule, m.start(cue) + shift, m.end(cue) + shift, m.group(cue), s_start, s_end)
        )
    return found


def _blank(text: str) -> bool:
    """Whether a match's text is empty or spaces only: it holds no words to be evidence."""
    return not text or text.isspace()


def _windows(
    found: list[int], tokens: TokenTable, length: int, side: str = "", back: int | None = None
) -> list[tuple[int, int]]:
    """Merged character windows around the tokens ``found`` (sorted indexes): from _NEAR
    characters before a token's start, and at least from the _NEAR_TOKENS tokens before it
    (a long masked quotation is one token: '"...," writes Hale'), to _NEAR after it, or to
    the token's end for ``side`` "before", or from its start for "after". With ``back``
    (a rule's ``near_back``), from the start of the ``back``-th token before it instead.

    A later token's window neither opens nor closes before an earlier one's, so a window
    merges into the one before when it opens by the time that one closes, and only the
    first can open before the text and only the last close after it.
    """
    if not found:
        return []
    starts = tokens.starts
    if len(found) == 1:  # the window of one token (the most common case), without the merging
        (k,) = found
        opens = _opening(starts, k, side, back)
        closes = tokens.ends[k] if side == "before" else starts[k] + _NEAR
        return [(max(0, opens), min(length, closes))]
    ends = tokens.ends if side == "before" else None
    windows: list[tuple[int, int]] = []  # from the second on; the first is a placeholder
    lo = hi = -2 * _NEAR  # no token opens a window before this
    # a loop for each kind of opening, _opening's work written out: its call for each token
    # took a fifth of the function's time
    if side == "after":
        for k in found:
            opens = starts[k]
            if opens > hi:
                windows.append((lo, hi))
                lo = opens
            hi = opens + _NEAR
    elif back is not None:
        for k in found:
            opens = starts[k - back if k > back else 0]
            if opens > hi:
                windows.append((lo, hi))
                lo = opens
            hi = starts[k] + _NEAR if ends is None else ends[k]
    else:
        for k in found:
            at = starts[k]
            opens = starts[k - _NEAR_TOKENS if k > _NEAR_TOKENS else 0]
            if at - _NEAR < opens:
                opens = at - _NEAR
            if opens > hi:
                windows.append((lo, hi))
                lo = opens
            hi = at + _NEAR if ends is None else ends[k]
    windows.append((lo, hi))
    windows[1] = (max(0, windows[1][0]), windows[1][1])
    windows[-1] = (windows[-1][0], min(length, windows[-1][1]))
    return windows[1:]


def _led(
    windows: list[tuple[int, int]],
    found: list[int],
    tokens: TokenTable,
    lead: frozenset[str],
    back: int,
) -> list[tuple[int, int]]:
    """The ``windows`` holding one of the near tokens ``found`` that has a ``lead`` word
    among the ``back`` tokens before it. A match's near word is such a token (the rule's
    ``near_lead``), and the merged window holding a near token is the one around it."""
    lowers, starts = tokens.lowers, tokens.starts
    led = [starts[k] for k in found if not lead.isdisjoint(lowers[max(0, k - back) : k])]
    if not led:
        return []
    return [(lo, hi) for lo, hi in windows if any(lo <= at <= hi for at in led)]


def _opening(starts: list[int], k: int, side: str, back: int | None) -> int:
    """Where the window of token ``k`` opens (see :func:`_windows`)."""
    if side == "after":
        return starts[k]
    if back is not None:
        return starts[k - back if k > back else 0]
    return min(starts[k] - _NEAR, starts[k - _NEAR_TOKENS if k > _NEAR_TOKENS else 0])
