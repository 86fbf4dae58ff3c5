"""Every command the README and docs/*.md fence as ```sh runs as shown from a fresh clone.

The commands run offline, one by one, in a copy of the repository's tracked files
with this environment's ``auditor`` first on the PATH. A line may end with
``# exit N`` when the command is shown failing on purpose. Commands with
placeholders (``story.html``, ``drafts/``) are fenced plainly and not run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_BLOCK = re.compile(r"^```sh\n(.*?)^```", re.S | re.M)
_EXIT = re.compile(r"#\s*exit\s+(\d+)\s*$")


def commands() -> list[tuple[str, str, int]]:
    """(document, command, expected exit status) for every line of every ```sh block."""
    found = []
    for doc in DOCS:
        for block in _BLOCK.findall(doc.read_text(encoding="utf-8")):
            for line in block.replace("\\\n", " ").splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    status = _EXIT.search(line)
                    found.append((doc.name, line.strip(), int(status.group(1)) if status else 0))
    return found


@pytest.fixture(scope="module")
def clone(tmp_path_factory) -> Path:
    """The files git tracks (or, outside a git checkout, the folders the docs use)."""
    target = tmp_path_factory.mktemp("clone")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=False)
    names = [n for n in listed.stdout.decode().split("\0") if n] if listed.returncode == 0 else []
    if not names:
        names = [
            str(p.relative_to(ROOT)) for d in ("docs", "samples") for p in (ROOT / d).rglob("*")
        ]
        names.append("README.md")
    for name in names:
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def test_the_docs_show_runnable_commands() -> None:
    shown = {command for _, command, _ in commands()}
    assert "auditor eval samples/eval-sample.jsonl --predictions preds.jsonl" in shown
    assert "auditor rules test docs/examples/newsroom-pack" in shown


@pytest.mark.parametrize(("doc", "command", "status"), commands())
def test_a_documented_command_runs_from_a_fresh_clone(clone, doc, command, status) -> None:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-c", command], cwd=clone, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == status, f"{doc}: {command}\n{done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr


def test_no_documented_command_leans_on_a_folder_outside_the_repository() -> None:
    for doc in DOCS:
        for block in re.findall(r"^```[a-z]*\n(.*?)^```", doc.read_text("utf-8"), re.S | re.M):
            for line in block.splitlines():
                assert not re.match(r"\s*cd\s+/", line), f"{doc.name}: {line}"
                assert "../shared" not in line and "/work/" not in line, f"{doc.name}: {line}"
