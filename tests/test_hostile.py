"""The bad-input matrix: whatever a fact-checker saved ends in a result or one clear error.

Each case builds one hostile input, runs ``auditor audit`` on it and checks the exit
code and the message; the same inputs then go through ``auditor batch`` together,
where every one must end as a result or an error row.
"""

from __future__ import annotations

import io
import json
import os
import random
import signal
import struct
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.batch import Options, audit_all, discover
from auditor.cli import app
from auditor.errors import ExitCode
from auditor.models import Report

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PARAGRAPH = (
    "Officials said the bridge would reopen on Friday after three weeks of repairs. "
    "The council voted on Monday to fund the work, and the mayor said the cost was fair."
)
runner = CliRunner()


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", PARAGRAPH)
    return buffer.getvalue()


def _pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        + bytes(range(256))
        + b"\n%%EOF\n"
    )


def _write(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return path

    return build


def _directory(folder: Path) -> Path:
    (folder / "saved-folder").mkdir()
    return folder / "saved-folder"


def _huge(folder: Path) -> Path:
    """About 20 MB of article text: far more sentences than the default limit."""
    path = folder / "live-blog.txt"
    block = ("Live updates\n\n" + (PARAGRAPH + "\n\n") * 1000).encode()
    with path.open("wb") as handle:
        for _ in range(20_000_000 // len(block) + 1):
            handle.write(block)
    return path


def _url(url: str) -> Callable[[Path], str]:
    return lambda folder: url


LATIN1 = (
    "<html><body><article><h1>Café reopens in Zürich</h1><p>The mayor said the façade of the "
    "café would be repaired next year, officials confirmed on Monday.</p><p>Repairs will "
    "start in May, according to the city.</p></article></body></html>"
)
GERMAN = (
    "Der Bürgermeister sagte am Montag, dass die Brücke bis zum Sommer geschlossen bleibt. "
    "Die Stadt hat kein Geld für die Reparatur, und die Bürger sind wütend über die Umwege."
)

# id -> (build the input in a folder, exit code, text the one-line error must contain)
MATRIX: dict[str, tuple[Callable[[Path], Path | str], ExitCode, str]] = {
    "empty file": (_write("empty.txt", b""), ExitCode.INPUT, "is empty"),
    "whitespace only": (_write("blank.txt", b" \n\t\r\n  \n"), ExitCode.INPUT, "is empty"),
    "PNG renamed .html": (_write("photo.html", _png()), ExitCode.INPUT, "a PNG image"),
    "ZIP renamed .txt": (_write("story.txt", _zip()), ExitCode.INPUT, "a ZIP archive"),
    "PDF renamed .html": (_write("report.html", _pdf()), ExitCode.INPUT, "a PDF document"),
    "HTML with no body": (
        _write("head.html", "<html><head><title>Budget</title></head></html>"),
        ExitCode.NO_TEXT,
        "no article text",
    ),
    "HTML with only scripts": (
        _write(
            "app.html", "<html><body><script>render()</script><script>x=1</script></body></html>"
        ),
        ExitCode.NO_TEXT,
        "no article text",
    ),
    "20 MB article": (_huge, ExitCode.TOO_LARGE, "over the limit of 20,000"),
    "100,000 one-word lines": (
        _write("words.txt", "\n".join(["budget"] * 100_000)),
        ExitCode.TOO_LARGE,
        "100,000 sentences",
    ),
    "mixed encodings": (
        _write(
            "mixed.txt",
            f"Café owners protest\n\n{PARAGRAPH}\n\n".encode()
            + "The façade, the mayor said, is safe.".encode("latin-1"),
        ),
        ExitCode.OK,
        "",
    ),
    "UTF-16 with BOM": (
        _write("utf16.txt", f"Café owners protest\n\n{PARAGRAPH}".encode("utf-16")),
        ExitCode.OK,
        "",
    ),
    "latin-1 without declaration": (
        _write("latin1.html", LATIN1.encode("latin-1")),
        ExitCode.OK,
        "",
    ),
    "directory passed as a file": (_directory, ExitCode.INPUT, "is a directory"),
    "non-English article": (_write("german.txt", GERMAN), ExitCode.INPUT, "looks like German (de)"),
    "ftp URL": (_url("ftp://files.example/story.txt"), ExitCode.INPUT, "only http and https"),
    "file URL": (_url("file:///etc/passwd"), ExitCode.INPUT, "only http and https"),
    "javascript URL": (_url("javascript:alert(1)"), ExitCode.INPUT, "only http and https"),
    "data URL": (_url("data:text/html,<p>hi</p>"), ExitCode.INPUT, "only http and https"),
    "missing file": (_url("no-such-story.txt"), ExitCode.INPUT, "no such file"),
}

# What the decoded inputs must read as, so that "no crash" also means "no mojibake".
READS_AS = {
    "mixed encodings": ["Café owners protest", "The façade, the mayor said, is safe."],
    "UTF-16 with BOM": ["Café owners protest"],
    "latin-1 without declaration": ["The mayor said the façade of the café would be repaired"],
}


def _audit(target: str):
    return runner.invoke(app, ["audit", target, "--format", "json"])


@pytest.mark.parametrize("case", list(MATRIX))
def test_bad_input_matrix(case: str, tmp_path: Path) -> None:
    build, code, message = MATRIX[case]
    started = time.monotonic()
    result = _audit(str(build(tmp_path)))
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    if code is ExitCode.OK:
        report = Report.from_dict(json.loads(result.stdout))
        text = " ".join(s.text for s in report.sentences)
        assert "\ufffd" not in text
        for expected in READS_AS[case]:
            assert expected in text
    else:
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0]
    assert time.monotonic() - started < 60


def test_unreadable_file_is_one_clear_error(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(PARAGRAPH)

    def refuse(self):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = _audit(str(path))
    assert result.exit_code == ExitCode.INPUT
    assert result.stderr.strip() == f"error: {path}: permission denied"


def test_limits_are_configurable(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Bridge reopens\n\n" + "\n\n".join([PARAGRAPH] * 20))
    small = runner.invoke(app, ["audit", str(path), "--max-sentences", "10"])
    assert small.exit_code == ExitCode.TOO_LARGE and "over the limit of 10" in small.stderr
    tiny = runner.invoke(app, ["audit", str(path), "--max-bytes", "100"])
    assert tiny.exit_code == ExitCode.TOO_LARGE and "--max-bytes" in tiny.stderr
    (tmp_path / ".auditor.toml").write_text("max_sentences = 10\n")
    configured = runner.invoke(
        app, ["audit", str(path), "--config", str(tmp_path / ".auditor.toml")]
    )
    assert configured.exit_code == ExitCode.TOO_LARGE
    assert _audit(str(path)).exit_code == ExitCode.OK


def test_the_whole_matrix_in_one_batch_gives_a_row_per_input(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    files = [
        build(folder)
        for case, (build, _, _) in MATRIX.items()
        if case not in {"20 MB article", "directory passed as a file"}
        and "URL" not in case
        and case != "missing file"
    ]
    (folder / "loop").symlink_to(folder, target_is_directory=True)  # a symlink loop
    (folder / "self.txt").symlink_to(folder / "self.txt")  # a file that links to itself
    rows = audit_all(discover([str(folder)]), Options(out=tmp_path / "out"), jobs=2)
    names = {Path(row.input).name: row for row in rows}
    assert set(names) == {path.name for path in files} | {"self.txt"}
    assert all(row.ok or (row.error and row.reason) for row in rows)
    assert names["self.txt"].reason == "input"
    assert sum(row.ok for row in rows) == len(READS_AS)


def _batch(folder: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "auditor", "batch", str(folder), "--out", str(out), *options]


def _kill_at_random(folder: Path, out: Path, seed: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = _batch(folder, out, "--html", "-q", "-j", "2")
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env
    )
    # killed once a random number of reports is written (not after a random time: the
    # batch may finish within any fixed time on a fast machine)
    written = random.Random(seed).randint(3, 120)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("articles/*.json"))) < written:
        time.sleep(0.005)
    workers = _children(process.pid)
    process.kill()
    process.wait(timeout=60)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.05)
    assert workers, "the batch ran worker processes"
    assert not [pid for pid in workers if _alive(pid)], "workers outlive a killed batch"
    return process


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        if f"\nPPid:\t{pid}\n" in status:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie has ended: it only waits to be reaped by init)."""
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_killed_batch_leaves_only_complete_reports(tmp_path: Path, seed: int) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    for k in range(200):
        (folder / f"story-{k:03}.txt").write_bytes((SAMPLES / "state-media.txt").read_bytes())
    process = _kill_at_random(folder, out, seed)
    assert process.returncode == -signal.SIGKILL
    reports = [p for p in (out / "articles").iterdir() if not p.name.startswith(".")]
    assert 3 <= len(reports) < 400
    for path in reports:
        if path.suffix == ".json":
            Report.from_dict(json.loads(path.read_text("utf-8")))
        else:
            assert path.read_text("utf-8").rstrip().endswith("</html>")
    resumed = subprocess.run(
        _batch(folder, out, "--resume", "-q", "-f", "jsonl"),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert resumed.returncode == 0, resumed.stderr
    assert len(resumed.stdout.splitlines()) == 200
    assert not list(out.rglob("*.tmp")), "leftover temporary files are swept by the next run"
