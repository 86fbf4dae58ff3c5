"""Atomic writes: a reader sees the old file or the new one, and nothing else changes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from auditor.atomic import atomic_open, sweep, write_bytes, write_text


def test_a_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "report.json"
    write_text(target, "old")
    write_text(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    write_text(target, "old")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("killed")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_an_interruption_just_after_the_temporary_is_made_removes_it(
    tmp_path: Path, monkeypatch
) -> None:
    real_open = os.open

    def open_then_interrupt(*args, **kwargs) -> int:
        os.close(real_open(*args, **kwargs))
        raise KeyboardInterrupt  # Ctrl-C lands as the file is made

    monkeypatch.setattr(os, "open", open_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        write_text(tmp_path / "report.json", "new")
    assert list(tmp_path.iterdir()) == []


def test_a_new_file_gets_the_mode_open_would_give_it(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_bytes(tmp_path / "a.bin", b"x")
        with open(tmp_path / "b.bin", "wb") as handle:
            handle.write(b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.bin").stat().st_mode) == 0o640
    assert stat.S_IMODE((tmp_path / "a.bin").stat().st_mode) == stat.S_IMODE(
        (tmp_path / "b.bin").stat().st_mode
    )


def test_writing_never_touches_the_process_umask(tmp_path: Path, monkeypatch) -> None:
    """Reading the umask means setting it, and threads writing at once could leave it 0."""

    def refuse(mask: int) -> int:
        raise AssertionError("os.umask was called")

    monkeypatch.setattr(os, "umask", refuse)
    write_text(tmp_path / "a.txt", "x")


def test_sweep_removes_only_what_a_killed_write_left(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    left = tmp_path / "sub" / ".report.json.ab_3xyz9.tmp"
    left.write_text("half")
    kept = [
        tmp_path / ".hidden.tmp",
        tmp_path / "notes.tmp",
        tmp_path / ".report.json.ABCDEFGH.tmp",
    ]
    for path in kept:
        path.write_text("mine")
    assert sweep(tmp_path) == 1
    assert not left.exists() and all(path.exists() for path in kept)


def test_sweep_knows_the_names_atomic_open_gives(tmp_path: Path, monkeypatch) -> None:
    names = []
    real_replace = os.replace

    def keep_name(source, target) -> None:
        names.append(Path(source).name)
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", keep_name)
    for k in range(20):
        write_text(tmp_path / f"r{k}.json", "x")
    from auditor.atomic import _TEMPORARY

    assert len(names) == 20 and all(_TEMPORARY.match(name) for name in names)
