"""Write files atomically: a temporary file in the same folder, then a rename.

A reader never sees a half-written file, and an interrupted run leaves either
the old file or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

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
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    binary = "b" in mode
    tmp = None  # the temporary file, from the moment this call may have made it
    try:
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
        with os.fdopen(
            fd, mode, encoding=None if binary else encoding, newline=None if binary else ""
        ) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise


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
