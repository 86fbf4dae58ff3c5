"""Write files atomically: a temporary file in the same folder, then a rename.

A reader never sees a half-written file, and an interrupted run leaves either
the old file or the new one, never a mix. A symlink is written through (its
target is replaced, the link stays); a FIFO or a character device (``/dev/null``)
is written directly, never renamed over; anything else that is not a regular
file is refused. Every failure to write is an :class:`~auditor.errors.OutputError`.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from auditor.errors import OutputError

# Temporary files are named ".<target>.<8 random characters>.tmp", as sweep() knows them.
_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789_"
_RANDOM_CHARS = 8
_TEMPORARY = re.compile(rf"^\..+\.[{_ALPHABET}]{{{_RANDOM_CHARS}}}\.tmp$")
_NEW_FILE = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
)


@contextlib.contextmanager
def atomic_open(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """Open a temporary file that replaces ``path`` when the block ends without error.

    The temporary file is made inside the guarded block, so an interruption (Ctrl-C)
    that lands just after it is made still removes it.
    """
    target = _real_target(Path(path))
    kind = _kind(target)
    if kind == "stream":
        with _guarded(path):
            fd = os.open(target, os.O_WRONLY)
        with _open_fd(fd, mode, encoding) as handle:
            yield handle
        return
    tmp = None  # the temporary file, from the moment this call may have made it
    try:
        with _guarded(path):
            target.parent.mkdir(parents=True, exist_ok=True)
            for _ in range(100):
                tmp = _temporary_name(target)
                try:
                    # mode 0o666 and the system's umask, as for any new file: reading the
                    # umask would mean setting it, which races with other threads' writes
                    fd = os.open(tmp, _NEW_FILE, 0o666)
                    break
                except FileExistsError:
                    tmp = None  # another writer's file
            else:
                raise FileExistsError(f"no free temporary name beside {target}")
        with _open_fd(fd, mode, encoding) as handle:
            yield handle
            with _guarded(path):
                handle.flush()
                os.fsync(handle.fileno())
        with _guarded(path):
            os.replace(tmp, target)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


def _real_target(path: Path) -> Path:
    """``path`` with its symlinks followed: the file a write through it must change."""
    real = os.path.realpath(path)
    if os.path.islink(real):
        raise OutputError(f"cannot write {path} (a symlink loop)")
    return Path(real)


def _kind(target: Path) -> str:
    """``file`` (missing or regular: replaced by a rename) or ``stream`` (written in place)."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return "file"
    except OSError as exc:
        raise OutputError(f"cannot write {target} ({exc.strerror or exc})") from None
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISFIFO(mode) or stat.S_ISCHR(mode):
        return "stream"
    what = "a folder" if stat.S_ISDIR(mode) else "not a regular file"
    raise OutputError(f"cannot write {target}: it is {what}")


@contextlib.contextmanager
def _guarded(path: str | Path) -> Iterator[None]:
    """An OSError of this module's own calls becomes a one-line OutputError."""
    try:
        yield
    except OSError as exc:
        raise OutputError(f"cannot write {path} ({exc.strerror or exc})") from None


def _open_fd(fd: int, mode: str, encoding: str | None) -> IO:
    binary = "b" in mode
    return os.fdopen(
        fd, mode, encoding=None if binary else encoding, newline=None if binary else ""
    )


def _temporary_name(target: Path) -> str:
    name = "".join(secrets.choice(_ALPHABET) for _ in range(_RANDOM_CHARS))
    return str(target.parent / f".{target.name}.{name}.tmp")


def write_text(path: str | Path, text: str) -> None:
    with atomic_open(path, "w") as handle:
        handle.write(text)


def write_bytes(path: str | Path, data: bytes) -> None:
    with atomic_open(path, "wb", encoding=None) as handle:
        handle.write(data)


def sweep(folder: str | Path) -> int:
    """Remove temporary files a killed run left in ``folder`` and below; how many."""
    removed = 0
    for path in Path(folder).rglob(".*.tmp"):
        if _TEMPORARY.match(path.name) and path.is_file() and not path.is_symlink():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed
