"""The on-disk cache of built rule sets (auditor/rules/packcache.py)."""

import pickle
from dataclasses import asdict

import pytest

from auditor.api import sentences_report
from auditor.engine import Engine
from auditor.rules import RuleSet, load_ruleset, packcache
from auditor.rules.lazypattern import LazyPattern
from auditor.settings import Settings

SENTENCES = [
    "The minister said the bridge would reopen on Friday.",
    "This shameless plan is a disaster for the city.",
]


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("AUDITOR_NO_CACHE", raising=False)
    load_ruleset.cache_clear()
    yield tmp_path / "cache"
    load_ruleset.cache_clear()


@pytest.fixture
def pack(tmp_path):
    (tmp_path / "pack").mkdir()
    (tmp_path / "pack" / "rules.toml").write_text("a = 1\n")
    return tmp_path / "pack"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def files(folder):
    return sorted(folder.glob("ruleset-*.pickle"))


def test_second_run_loads_what_the_first_built(folder, pack):
    build, calls = counting({"rules": [1, 2, 3]})
    assert packcache.cached([pack], ("a",), build) == {"rules": [1, 2, 3]}
    assert packcache.cached([pack], ("a",), build) == {"rules": [1, 2, 3]}
    assert len(calls) == 1
    assert len(files(folder)) == 1


def test_other_settings_or_a_changed_pack_are_built_anew(folder, pack):
    build, calls = counting("built")
    packcache.cached([pack], ("a",), build)
    packcache.cached([pack], ("b",), build)
    (pack / "rules.toml").write_text("a = 22\n")  # another size
    packcache.cached([pack], ("a",), build)
    assert len(calls) == 3
    assert len(files(folder)) == 3


def test_an_unreadable_file_is_rebuilt_and_replaced(folder, pack):
    build, calls = counting("built")
    packcache.cached([pack], (), build)
    [path] = files(folder)
    path.write_bytes(b"not a pickle")
    assert packcache.cached([pack], (), build) == "built"
    assert len(calls) == 2
    assert pickle.loads(path.read_bytes()) == "built"


def test_a_folder_that_cannot_be_written_only_costs_the_saving(monkeypatch, tmp_path, pack):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("AUDITOR_CACHE_DIR", str(blocker / "cache"))
    build, calls = counting("built")
    assert packcache.cached([pack], (), build) == "built"
    assert packcache.cached([pack], (), build) == "built"
    assert len(calls) == 2


def test_the_cache_can_be_turned_off(folder, pack, monkeypatch):
    monkeypatch.setenv("AUDITOR_NO_CACHE", "1")
    assert packcache.cache_folder() is None
    build, calls = counting("built")
    packcache.cached([pack], (), build)
    packcache.cached([pack], (), build)
    assert len(calls) == 2
    assert not folder.exists()


def test_only_the_newest_files_are_kept(folder, pack):
    for k in range(packcache._KEPT + 3):
        packcache.cached([pack], (k,), lambda: "built")
    assert len(files(folder)) == packcache._KEPT


def test_a_loaded_rule_set_labels_as_a_built_one(folder):
    built = sentences_report(Engine(Settings()), SENTENCES)
    assert len(files(folder)) == 1
    load_ruleset.cache_clear()
    loaded = sentences_report(Engine(Settings()), SENTENCES)
    assert [asdict(s) for s in loaded.sentences] == [asdict(s) for s in built.sentences]
    assert [s.label.value for s in loaded.sentences] == ["SOURCED", "EDITORIAL"]


def test_without_a_home_folder_there_is_no_cache(monkeypatch, pack):
    for name in ("AUDITOR_CACHE_DIR", "AUDITOR_NO_CACHE", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)

    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(packcache.Path, "home", staticmethod(no_home))
    assert packcache.cache_folder() is None
    assert packcache.cached([pack], (), lambda: "built") == "built"


def test_the_patterns_a_run_compiled_are_kept_with_its_rule_set(folder):
    rules = load_ruleset()
    rule = next(r for r in rules.rules if r.pattern and r.compiled._program is None)
    sentence = "Officials said on Friday that the bridge would reopen."
    found = [m.span() for m in rule.compiled.finditer(sentence)]  # compiled now
    packcache._save_again(0, RuleSet.parts_made)  # as the run exits
    load_ruleset.cache_clear()
    loaded = load_ruleset().by_id[rule.id].compiled
    assert loaded._program == rule.compiled._program  # kept, not compiled again
    assert [m.span() for m in loaded.finditer(sentence)] == found
    assert loaded.pattern == rule.compiled.pattern


def test_a_rule_set_is_kept_again_only_when_the_run_compiled_or_made_something(folder):
    load_ruleset()
    [path] = files(folder)
    before = path.stat().st_mtime_ns
    packcache._save_again(LazyPattern.made, RuleSet.parts_made)  # nothing compiled or made
    assert path.stat().st_mtime_ns == before


def test_the_parts_a_run_made_are_kept_with_its_rule_set(folder):
    rules = load_ruleset()
    made = RuleSet.parts_made
    part = rules.part("framing", frozenset({"evaluative"}))
    assert RuleSet.parts_made == made + 1
    assert part.rules
    assert all(r.kind == "framing" and r.category == "evaluative" for r in part.rules)
    assert rules.part("framing", frozenset({"evaluative"})) is part  # made once
    packcache._save_again(LazyPattern.made, made)  # as the run exits
    load_ruleset.cache_clear()
    loaded = load_ruleset().part("framing", frozenset({"evaluative"}))
    assert RuleSet.parts_made == made + 1  # read from disk, not made again
    assert [r.id for r in loaded.rules] == [r.id for r in part.rules]
