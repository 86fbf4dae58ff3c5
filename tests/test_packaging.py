"""One version, the code's and the installed package's; the files a package owes its users."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from typer.testing import CliRunner

import auditor
from auditor.cli import app

ROOT = Path(__file__).resolve().parent.parent


def test_version_is_the_installed_packages():
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == f"auditor {version('auditor')}"
    assert auditor.__version__ == version("auditor")


def test_license_and_changelog_are_shipped():
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert (ROOT / "CHANGELOG.md").read_text(encoding="utf-8").startswith("# Changelog")


def test_eval_help_points_to_the_format_in_the_repository():
    result = CliRunner().invoke(app, ["eval", "--help"])
    assert "docs/evaluation.md" in result.output and "samples/eval-sample.jsonl" in result.output
    assert (ROOT / "docs" / "evaluation.md").is_file()
    assert (ROOT / "samples" / "eval-sample.jsonl").is_file()
