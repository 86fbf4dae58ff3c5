"""Keep fetched pages as evidence: a WARC file named by the SHA-256 of the page's bytes.

:func:`save` writes ``DIR/<sha256>.warc.gz`` (WARC, ISO 28500, which web archiving
tools open): the request, the response of every redirect, the final response with
its headers and the body exactly as fetched (after HTTP content decoding such as
gzip), and a metadata record naming the tool, its version and the body's hash (the
report's ``input.sha256``). ``auditor audit DIR/<sha256>.warc.gz`` re-audits it
offline, decoding the bytes with the recorded Content-Type as the fetch did.
The same bytes fetched twice are one file, holding the latest fetch.

Archives of earlier versions (``DIR/<sha256>.html`` and a JSON sidecar) still
re-audit: :func:`load_sidecar` reads their record.
"""

from __future__ import annotations

import hashlib
import io
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
    """Where a fetch was saved, and the hash of its body."""

    path: Path
    sha256: str


@dataclass(frozen=True)
class Sidecar:
    """The provenance recorded next to an archived copy (archives before WARC)."""

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
    """Save ``result`` as ``<sha256 of the body>.warc.gz`` in ``directory``, atomically."""
    from auditor.warc import write_fetch

    folder = Path(directory)
    digest = hashlib.sha256(result.body).hexdigest()
    path = folder / f"{digest}.warc.gz"
    stream = io.BytesIO()
    write_fetch(result, stream, {"sha256": digest, "tool": "auditor", "tool_version": __version__})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes(path, stream.getvalue())
    except OSError as exc:
        raise UsageError(f"could not archive {result.url} in {folder}: {exc}") from exc
    return ArchivedCopy(path, digest)


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
        if not isinstance(record, dict) or record.get("tool") != "auditor":
            raise ValueError("not written by auditor's archive")
        if record.get("file") != archived.name:
            raise ValueError(f"it describes {record.get('file')!r}, not {archived.name!r}")
        _check_types(record)
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
        raise InputError(f"{sidecar_path} is not a valid archive sidecar ({exc})") from exc


_TYPES = {
    "url": str,
    "final_url": str,
    "hops": list,
    "fetched_at": str,
    "status": int,
    "headers": dict,
    "sha256": str,
    "tool_version": str,
}


def _check_types(record: dict) -> None:
    for key, kind in _TYPES.items():
        if not isinstance(record.get(key), kind):
            raise TypeError(f"{key!r} is not a {kind.__name__}")
    if not all(isinstance(v, str) for v in record["headers"].values()):
        raise TypeError("a header value is not a string")
    if not all(isinstance(hop, dict) for hop in record["hops"]):
        raise TypeError("a hop is not an object")


def _sidecar_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.json")
