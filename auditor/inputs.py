"""The inputs of a batch beyond files and URLs: the pages of web archives, and shards.

- :func:`expand` replaces each WARC or WACZ file among the found inputs by its pages.
- :func:`read_item` reads any input in a worker: a file, or a page of an archive.
- :func:`parse_shard` and :func:`in_shard` keep the inputs of shard K of N: each input
  falls in one shard by a stable hash of what it is, so N machines given the same
  command line split the work between them without talking to each other.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from auditor.errors import UsageError
from auditor.settings import Settings
from auditor.warc import RecordRef, is_archive, pages

if TYPE_CHECKING:
    from auditor.batch import Item
    from auditor.ingest import RawInput

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def expand(found: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str, RecordRef | None]]:
    """``(target, kind, record)`` for each input: archives become their pages (kind "warc")."""
    for target, kind in found:
        if kind == "file" and is_archive(target):
            for uri, record in pages(target):
                yield uri, "warc", record
        else:
            yield target, kind, None


def read_item(item: Item, settings: Settings) -> RawInput:
    """The bytes of a file or of an archived page (URLs are fetched by the caller)."""
    if item.record is not None:
        from auditor.warc import read_record

        return read_record(item.record, settings)
    from auditor.ingest import read_file

    return read_file(item.target, settings, streams=False)  # a batch never waits on a FIFO


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` as ``(K, N)`` with 1 <= K <= N, or a UsageError."""
    match = _SHARD.match(text)
    if match is None:
        raise UsageError(f"--shard takes K/N (such as 1/4), not {text!r}")
    k, n = int(match[1]), int(match[2])
    if not 1 <= k <= n:
        raise UsageError(f"--shard {text}: K must be from 1 to N")
    return k, n


def in_shard(items: Iterable[Item], k: int, n: int) -> Iterator[Item]:
    """The items of shard ``k`` of ``n`` (rows keep their index in the whole run)."""
    for item in items:
        if shard_of(item, n) == k:
            yield item


def shard_of(item: Item, n: int) -> int:
    """The shard (1 to ``n``) of an item: a hash of its target, and of its record's place.

    A record is placed by its archive's file name, not its full path, so machines that
    mount the archive at different places agree.
    """
    identity = item.target
    if item.record is not None:
        record = item.record
        identity += f"\n{os.path.basename(record.path)}#{record.member}@{record.offset}"
    digest = hashlib.sha256(identity.encode("utf-8", "surrogatepass")).digest()
    return int.from_bytes(digest[:8], "big") % n + 1
