"""Configuration files: the README's example, upward lookup, validation, `auditor config`."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.config import find_config, load_config
from auditor.errors import ExitCode, UsageError

ROOT = Path(__file__).resolve().parent.parent
WIRE = str(ROOT / "samples" / "wire-report.txt")
runner = CliRunner()


def readme_example(uncommented: bool = False) -> str:
    """The README's configuration example; optionally with its commented keys switched on."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    text = re.search(r"```toml\n(\[tool\.auditor\].*?)```", readme, re.S).group(1)
    return re.sub(r"(?m)^# (?=\w+ = )", "", text) if uncommented else text


@pytest.mark.parametrize("name", [".auditor.toml", "pyproject.toml"])
def test_the_readme_example_works_in_either_file(tmp_path, monkeypatch, name) -> None:
    (tmp_path / name).write_text(readme_example(), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["audit", WIRE])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(app, ["config"]).stdout
    assert f"# configuration in force: {tmp_path / name}" in shown
    assert 'disable = ["labels.regime"]' in shown and "width = 100" in shown


def test_the_readme_examples_commented_keys_are_valid_too(tmp_path) -> None:
    (tmp_path / "rules" / "our-newsroom").mkdir(parents=True)
    (tmp_path / ".auditor.toml").write_text(readme_example(uncommented=True), encoding="utf-8")
    config = load_config(tmp_path / ".auditor.toml")
    assert config.packs == (str(tmp_path / "rules" / "our-newsroom"),)
    assert config.thresholds("fail_under") == ["sourced=60%"]
    assert config.thresholds("fail_over") == ["anonymous=0.5"]


def test_a_file_in_a_parent_folder_is_found_and_the_first_with_our_settings_wins(
    tmp_path,
) -> None:
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    (tmp_path / ".auditor.toml").write_text("threshold = 2.5\n", encoding="utf-8")
    (tmp_path / "a" / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert find_config(deep) == tmp_path / ".auditor.toml"  # a pyproject without our table
    (tmp_path / "a" / "b" / "pyproject.toml").write_text(
        "[tool.auditor]\nthreshold = 3\n", encoding="utf-8"
    )
    assert find_config(deep) == tmp_path / "a" / "b" / "pyproject.toml"
    assert load_config(start=deep).values["threshold"] == 3


def test_fail_over_in_the_file_gates_and_the_command_line_wins(tmp_path) -> None:
    config = tmp_path / ".auditor.toml"
    config.write_text("fail_over = { unsourced = 0 }\n", encoding="utf-8")
    crossed = runner.invoke(app, ["audit", WIRE, "--config", str(config)])
    assert crossed.exit_code == ExitCode.THRESHOLD
    assert "share of claims that are unsourced" in crossed.stderr
    overridden = ["audit", WIRE, "--config", str(config), "--fail-over", "unsourced=100%"]
    assert runner.invoke(app, overridden).exit_code == 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('threshold = "high"', 'threshold: expected a number, found the string "high"'),
        ("any_language = 1", "any_language: expected true or false, found 1"),
        ("max_bytes = -5", "max_bytes: expected a whole number, 1 or more, found -5"),
        ('packs = "rules"', 'packs: expected a list of strings, found the string "rules"'),
        ("fail_under = 0.6", "fail_under: expected a table, found 0.6"),
        ("fail_under = { sourcd = 0.6 }", "fail_under.sourcd: expected a metric"),
        ('fail_over = { anonymous = "lots" }', "fail_over.anonymous: expected a number or a"),
        ("[fetch]\ndeadline = 0", "fetch.deadline: expected a positive number, found 0"),
        ("[fetch]\nuser_agent = 3", "fetch.user_agent: expected a string, found 3"),
        ("treshold = 2", "unknown setting treshold"),
        ("[fetch]\ndeadlin = 2", "unknown setting fetch.deadlin"),
        ("[tool.auditor]\njobs = 0", "jobs: expected a whole number, 1 or more, found 0"),
        ("width = 80\n[tool.auditor]\njobs = 1", "unknown settings width (outside [tool.auditor]"),
        (
            'sort = "best"',
            "sort: expected one of order, input, title, site, domain, date, sentences",
        ),
        ("quiet = 1", "quiet: expected true or false, found 1"),
        (
            'packs = ["no-such-pack"]',
            'packs: expected folders of rule files, found the string "no-',
        ),
    ],
)
def test_a_bad_value_is_one_line_naming_file_key_expected_and_found(
    tmp_path, text, message
) -> None:
    config = tmp_path / ".auditor.toml"
    config.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(UsageError, match=re.escape(f"{config}: {message}")):
        load_config(config)
    result = runner.invoke(app, ["audit", WIRE, "--config", str(config)])
    assert result.exit_code == ExitCode.USAGE
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(f"error: {config}: ")


def test_config_without_a_file_says_the_defaults_are_in_force(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    if find_config(tmp_path) is not None:
        pytest.skip("a configuration file above the temporary folder")
    shown = runner.invoke(app, ["config"])
    assert shown.exit_code == 0
    assert "the defaults are in force" in shown.stdout and "threshold = " in shown.stdout


def test_batch_sorting_and_quiet_come_from_the_file(tmp_path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("wire-report.txt", "op-ed.txt"):
        (folder / name).write_bytes((ROOT / "samples" / name).read_bytes())
    config = tmp_path / ".auditor.toml"
    config.write_text('sort = "sourced"\nreverse = true\nquiet = true\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(folder), "-f", "csv", "--config", str(config)])
    assert result.exit_code == 0, result.output
    inputs = [line.split(",")[1] for line in result.stdout.splitlines()[1:]]
    assert [Path(i).name for i in inputs] == ["wire-report.txt", "op-ed.txt"]
    by_input = ["batch", str(folder), "-f", "csv", "--config", str(config), "--sort", "input"]
    inputs = [line.split(",")[1] for line in runner.invoke(app, by_input).stdout.splitlines()[1:]]
    assert [Path(i).name for i in inputs] == ["wire-report.txt", "op-ed.txt"]  # reversed
