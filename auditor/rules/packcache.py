"""Keep a built rule set on disk, so that the next run loads it instead of building it.

Building the built-in pack (its TOML files, some 13,000 phrases made into a trie)
takes about 0.1 s, a fifth of a short audit. The built :class:`RuleSet` is pickled
into the user's cache folder under a name that is a hash of everything it was
built from: the packs' files and the source files of the modules that build it
(each by its name, size and time of change, as Python checks its own bytecode),
auditor's and Python's versions, and the settings that change it. So a changed
pack or a new auditor never reads an old file. A file that cannot be read is ignored and
rebuilt; a folder that cannot be written only costs the saving.

The patterns a run compiles are kept too, and the parts of a rule set it made
(:meth:`~auditor.rules.ruleset.RuleSet.part`): a run that compiled or made any writes its
rule set again as it exits (auditor/rules/lazypattern.py), so that the next one does not.

The folder is ``$AUDITOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/auditor``, else
``~/.cache/auditor`` (``%LOCALAPPDATA%\\auditor`` on Windows); ``AUDITOR_NO_CACHE=1``
turns the cache off.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import hashlib
import io
import logging
import os
import pickle
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

import auditor
from auditor.atomic import write_bytes
from auditor.errors import OutputError
from auditor.rules.firstchar import Program, program
from auditor.rules.lazypattern import LazyPattern
from auditor.rules.ruleset import RuleSet

logger = logging.getLogger(__name__)

T = TypeVar("T")
# the modules whose code decides what a built rule set holds
_BUILDERS = ("rules", "tokens.py", "models.py")
_KEPT = 8  # the newest files kept; older ones (other versions, other packs) are removed
_PREFIX = "ruleset-"


def cached(folders: Iterable[Path], settings: object, build: Callable[[], T]) -> T:
    """``build()``, or the object a run with the same folders and settings built before."""
    where = cache_folder()
    if where is None:
        return build()
    path = where / f"{_PREFIX}{_key(folders, settings)}.pickle"
    # any file that cannot be read back is rebuilt: missing, cut short, from another build
    with contextlib.suppress(Exception), path.open("rb") as handle:
        loaded = _load(handle)
        _keep_at_exit(path, loaded)
        return loaded
    built = build()
    if _save(path, built):
        _prune(where)
        _keep_at_exit(path, built)
    return built


def _load(handle: BinaryIO) -> object:
    """``pickle.load`` with the cyclic collector paused: the thousands of containers it
    makes set off the collector's passes, which free nothing (a load: 23 against 35 ms)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(handle)
    finally:
        if enabled:
            gc.enable()


def _save(path: Path, built: object) -> bool:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_bytes(path, _dumps(built))
    except (OSError, OutputError) as exc:
        logger.debug("rule set not cached: %s", exc)
        return False
    return True


_kept: dict[Path, object] = {}  # what is saved again at exit if patterns were compiled


def _keep_at_exit(path: Path, kept: object) -> None:
    if not _kept:
        atexit.register(_save_again, LazyPattern.made, RuleSet.parts_made)
    _kept[path] = kept


def _save_again(made: int, parts: int) -> None:
    """Save the rule sets of this process again if it compiled patterns or made parts of
    them since they were first kept (an exit handler)."""
    if LazyPattern.made > made or RuleSet.parts_made > parts:
        for path, kept in _kept.items():
            if path.exists():  # not removed since (a test's folder)
                try:
                    _save(path, kept)
                except Exception as exc:  # a cache never fails a run: it only costs the saving
                    logger.debug("rule set not cached again: %s", exc)


def _dumps(built: object) -> bytes:
    data = io.BytesIO()
    _Pickler(data, protocol=pickle.HIGHEST_PROTOCOL).dump(built)
    return data.getvalue()


class _Pickler(pickle.Pickler):
    """Keeps a compiled pattern as ``re`` compiled it, not as its source, which loading
    would compile again (the heads of span edges: 30 patterns, about 40 ms of a load).
    The pack's own patterns keep theirs (:class:`~auditor.rules.lazypattern.LazyPattern`)."""

    def reducer_override(self, obj):
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            return Program.compile, (program(obj.pattern, obj.flags, cased=False),)
        return NotImplemented


def cache_folder() -> Path | None:
    """Where built rule sets are kept, or None when the cache is turned off."""
    if os.environ.get("AUDITOR_NO_CACHE"):
        return None
    if os.environ.get("AUDITOR_CACHE_DIR"):
        return Path(os.environ["AUDITOR_CACHE_DIR"])
    if os.name == "nt" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "auditor"
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "auditor"
    try:
        return Path.home() / ".cache" / "auditor"
    except RuntimeError:  # no home folder (a user without one, HOME unset): no cache
        return None


def _key(folders: Iterable[Path], settings: object) -> str:
    digest = hashlib.sha256()
    digest.update(repr((auditor.__version__, sys.version, settings)).encode())
    package = os.path.dirname(auditor.__file__)
    roots = [*(os.path.join(package, name) for name in _BUILDERS), *map(str, folders)]
    for path in sorted(path for root in roots for path in _files(root)):
        with contextlib.suppress(OSError):
            stat = os.stat(path)
            digest.update(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()[:32]


def _files(root: str) -> Iterator[str]:
    """The files under ``root`` (``root`` itself if it is one), bytecode left out."""
    if os.path.isfile(root):
        yield root
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        yield from (os.path.join(folder, name) for name in files)


def _prune(where: Path) -> None:
    """Remove all but the newest ``_KEPT`` cached rule sets."""
    files = sorted(where.glob(f"{_PREFIX}*.pickle"), key=_mtime, reverse=True)
    for old in files[_KEPT:]:
        with contextlib.suppress(OSError):
            old.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0
