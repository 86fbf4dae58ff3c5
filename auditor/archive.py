"""Keep fetched pages as evidence: the exact bytes, named by their SHA-256, and a sidecar.

:func:`save` writes ``DIR/<sha256>.html`` (or ``.txt``) holding the body exactly as
fetched (after HTTP content decoding such as gzip) and ``DIR/<sha256>.html.json``
recording where and when it came from. Auditing that file later works on the same
bytes; to decode them exactly as the fetch did, pass the recorded Content-Type to
:func:`auditor.fetch.decode_body`. :func:`load_sidecar` finds that record again.
The same bytes fetched twice are one file, and its sidecar names the latest fetch.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from auditor import __version__
from auditor.atomic import write_bytes
from auditor.errors import InputError, UsageError

if TYPE_CHECKING:  # the fetcher loads only with a sidecar to read: most files have none
    from auditor.fetched import FetchResult, Hop


@dataclass(frozen=True)
class ArchivedCopy:
    """Where a fetched body was saved, and its hash."""

    path: Path
    sidecar_path: Path
    sha256: str


@dataclass(frozen=True)
class Sidecar:
    """The provenance recorded next to an archived copy."""

    path: Path
    url: str
    final_url: str
    hops: tuple[Hop, ...]
    fetched_at: str
    status: int
    headers: dict[str, str]
    sha256: str
    tool_version: str
    matches_file: bool  # False when the archived file no longer hashes to sha256


def save(result: FetchResult, directory: str | os.PathLike[str]) -> ArchivedCopy:
    """Save the body of ``result`` and its sidecar in ``directory``, atomically."""
    folder = Path(directory)
    digest = hashlib.sha256(result.body).hexdigest()
    path = folder / f"{digest}{'.html' if result.is_html else '.txt'}"
    sidecar_path = _sidecar_path(path)
    record = {
        "file": path.name,
        **result.provenance(),
        "sha256": digest,
        "tool": "auditor",
        "tool_version": __version__,
    }
    sidecar = json.dumps(record, indent=2, ensure_ascii=False) + "\n"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes(path, result.body)
        write_bytes(sidecar_path, sidecar.encode("utf-8"))
    except OSError as exc:
        raise UsageError(f"could not archive {result.url} in {folder}: {exc}") from exc
    return ArchivedCopy(path, sidecar_path, digest)


def load_sidecar(path: str | os.PathLike[str]) -> Sidecar | None:
    """The sidecar of the archived file at ``path``, or None if it has none.

    Raises :class:`InputError` if the sidecar exists but cannot be read or understood.
    """
    archived = Path(path)
    sidecar_path = _sidecar_path(archived)
    try:
        raw = sidecar_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read the archive sidecar {sidecar_path}: {exc}") from exc
    from auditor.fetched import Hop

    try:
        record = json.loads(raw)
        sha256 = record["sha256"]
        return Sidecar(
            path=sidecar_path,
            url=record["url"],
            final_url=record["final_url"],
            hops=tuple(Hop(**hop) for hop in record["hops"]),
            fetched_at=record["fetched_at"],
            status=record["status"],
            headers=record["headers"],
            sha256=sha256,
            tool_version=record["tool_version"],
            matches_file=hashlib.sha256(archived.read_bytes()).hexdigest() == sha256,
        )
    except OSError as exc:
        raise InputError(f"cannot read the archived file {archived}: {exc}") from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{sidecar_path} is not a valid archive sidecar ({exc!r})") from exc


def _sidecar_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.json")
