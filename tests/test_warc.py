"""Web archives in: the pages of WARC and WACZ files, damage, limits, and shards of a batch."""

from __future__ import annotations

import json
import os
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from auditor.batch import Options, audit_all, discover
from auditor.cli import app
from auditor.errors import InputError
from auditor.settings import Settings
from auditor.warc import pages, read_record, read_single
from tests.warcs import PNG, Capture, page, write_warc

runner = CliRunner()


def mixed_captures() -> list[Capture]:
    """Three pages among records a batch must skip, and a revisit of the first page."""
    return [
        Capture("https://news.test/a", page(1)),
        Capture("https://news.test/logo.png", PNG, "image/png"),
        Capture("https://news.test/app.js", b"var a = 1;", "application/javascript"),
        Capture("https://news.test/old", b"", "text/html", status="301 Moved Permanently"),
        Capture("https://news.test/b", page(2), "text/html; charset=windows-1252"),
        Capture("https://news.test/a", page(1), kind="revisit"),
        Capture(
            "urn:note:1", b"A note in plain text, kept as a resource.", "text/plain", "resource"
        ),
    ]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_pages_are_the_html_and_text_records_named_by_their_url(tmp_path: Path, name) -> None:
    warc = write_warc(tmp_path / name, mixed_captures())
    found = list(pages(str(warc)))
    uris = [uri for uri, _ in found]
    assert uris == [
        "https://news.test/a",
        "https://news.test/b",
        "https://news.test/a",
        "urn:note:1",
    ]
    assert all(ref.damage is None for _, ref in found)
    revisit = found[2][1]
    assert revisit.payload_offset == found[0][1].offset != revisit.offset
    first = read_record(found[0][1], Settings())
    assert first.data == page(1) and first.url == "https://news.test/a"
    assert first.archive["fetched_at"] == "2026-11-02T10:00:00Z"
    assert first.html is True
    assert read_record(found[1][1], Settings()).declared_charset == "windows-1252"
    assert read_record(revisit, Settings()).data == page(1)
    assert read_record(found[3][1], Settings()).html is False


def test_a_revisit_of_the_first_record_of_a_file_is_resolved(tmp_path: Path) -> None:
    first = Capture("https://news.test/a", page(1))
    revisit = Capture(first.uri, first.body, kind="revisit")
    warc = write_warc(tmp_path / "r.warc", [first, revisit], warcinfo=False)  # page at offset 0
    found = list(pages(str(warc)))
    assert [ref.payload_offset for _, ref in found] == [0, 0]


def test_a_revisit_of_a_capture_in_another_file_is_skipped(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "r.warc.gz", [Capture("https://news.test/a", page(1), kind="revisit")]
    )
    assert list(pages(str(warc))) == []


def batch_rows(*targets: Path, **settings):
    items = discover([str(t) for t in targets])
    return audit_all(items, Options(Settings(**settings)), jobs=1)


def test_a_batch_audits_each_page_of_an_archive_and_names_it_by_url(tmp_path: Path) -> None:
    warc = write_warc(tmp_path / "crawl.warc.gz", mixed_captures())
    rows = batch_rows(tmp_path)
    assert [(r.input, r.kind, r.ok) for r in rows] == [
        ("https://news.test/a", "warc", True),
        ("https://news.test/b", "warc", True),
        ("https://news.test/a", "warc", True),
        ("urn:note:1", "warc", True),
    ]
    assert rows[0].site == "news.test"
    assert [r.index for r in rows] == [0, 1, 2, 3]
    names = [item.name for item in discover([str(warc)])]
    assert len(set(names)) == 4 and names[0].startswith("news.test_a-")


def test_sixty_pages_and_an_image_are_sixty_rows_named_by_url(tmp_path: Path) -> None:
    urls = [f"https://outlet{i % 5}.test/news/{i}" for i in range(60)]
    captures = [Capture(url, page(i)) for i, url in enumerate(urls)]
    captures.insert(
        30, Capture("https://outlet0.test/photo.jpg", b"\xff\xd8\xff" + bytes(99), "image/jpeg")
    )
    result = runner.invoke(
        app,
        [
            "batch",
            str(write_warc(tmp_path / "news.warc.gz", captures)),
            "-f",
            "jsonl",
            "-j",
            "2",
            "-q",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["input"], r["status"]) for r in rows] == [(url, "ok") for url in urls]


@pytest.mark.parametrize("name", ["cut.warc", "cut.warc.gz"])
def test_a_truncated_archive_keeps_the_pages_before_the_damage(tmp_path: Path, name) -> None:
    full = write_warc(
        tmp_path / f"full-{name}", [Capture(f"https://n.test/{i}", page(i)) for i in range(5)]
    )
    data = full.read_bytes()
    full.unlink()
    cut = tmp_path / name
    cut.write_bytes(data[: len(data) * 3 // 4])
    after = tmp_path / "z-after.txt"
    after.write_text("The minister said the bridge would reopen in May, officials confirmed.\n")
    rows = batch_rows(cut, after)
    pages_ = [r for r in rows if r.kind == "warc" and r.ok]
    damage = [r for r in rows if not r.ok]
    assert 1 <= len(pages_) < 5
    assert [r.input for r in pages_] == [f"https://n.test/{i}" for i in range(len(pages_))]
    assert len(damage) == 1
    assert damage[0].input == str(cut)
    assert "damaged" in damage[0].error and "byte offset" in damage[0].error
    assert rows[-1].input == str(after) and rows[-1].ok  # the batch goes on


def test_garbage_in_an_archive_is_one_error_row_with_its_offset(tmp_path: Path) -> None:
    full = write_warc(
        tmp_path / "x.warc.gz", [Capture(f"https://n.test/{i}", page(i)) for i in range(4)]
    )
    data = full.read_bytes()
    full.write_bytes(
        data[: len(data) // 2] + b"not a record at all\r\n" * 4 + data[len(data) // 2 :]
    )
    found = list(pages(str(full)))
    assert [ref.damage is not None for _, ref in found][-1]
    assert sum(ref.damage is not None for _, ref in found) == 1
    with pytest.raises(InputError, match=r"byte offset \d+"):
        read_record(found[-1][1], Settings())


_WHOLE: dict[str, bytes] = {}


def whole_warc(tmp_path_factory, name: str) -> bytes:
    if name not in _WHOLE:
        folder = tmp_path_factory.mktemp("whole")
        captures = [Capture(f"https://n.test/{i}", page(i)) for i in range(4)]
        captures.insert(2, Capture("https://n.test/i.png", PNG, "image/png"))
        _WHOLE[name] = write_warc(folder / name, captures).read_bytes()
    return _WHOLE[name]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.sampled_from(["w.warc", "w.warc.gz"]), cut=st.floats(0, 1), junk=st.binary(max_size=40)
)
def test_a_cut_or_spoilt_archive_never_raises_and_keeps_a_prefix(
    tmp_path_factory, name, cut, junk
) -> None:
    data = whole_warc(tmp_path_factory, name)
    spoilt = tmp_path_factory.mktemp("cut") / name
    spoilt.write_bytes(data[: int(len(data) * cut)] + junk)
    found = list(pages(str(spoilt)))
    damaged = [ref.damage is not None for _, ref in found]
    assert not any(damaged[:-1])  # damage, if any, ends the pages
    uris = [uri for uri, ref in found if ref.damage is None]
    assert uris == [f"https://n.test/{i}" for i in range(len(uris))]


def test_a_file_that_is_not_an_archive_is_one_error_row(tmp_path: Path) -> None:
    fake = tmp_path / "fake.warc"
    fake.write_text("hello, I am not a WARC file\n")
    rows = batch_rows(fake)
    assert len(rows) == 1 and not rows[0].ok and "damaged" in rows[0].error


def test_a_missing_archive_is_one_error_row(tmp_path: Path) -> None:
    rows = batch_rows(tmp_path / "gone.warc.gz")
    assert [(r.ok, r.error) for r in rows] == [
        (False, f"{tmp_path / 'gone.warc.gz'}: no such file")
    ]
    result = runner.invoke(app, ["audit", str(tmp_path / "gone.warc")])
    assert (
        result.exit_code == 3
        and result.stderr == f"error: {tmp_path / 'gone.warc'}: no such file\n"
    )


def test_a_record_over_max_bytes_is_an_error_row(tmp_path: Path) -> None:
    big = page(2, "The mayor said the plan was sound. " * 400)
    write_warc(
        tmp_path / "w.warc.gz",
        [Capture("https://n.test/1", page(1)), Capture("https://n.test/big", big)],
    )
    rows = batch_rows(tmp_path, max_bytes=5000)
    assert [r.ok for r in rows] == [True, False]
    assert rows[1].reason == "too_large" and "https://n.test/big" in rows[1].error


def test_a_wacz_is_read_through_its_warcs(tmp_path: Path) -> None:
    one = write_warc(tmp_path / "data.warc.gz", [Capture("https://n.test/1", page(1))])
    two = write_warc(
        tmp_path / "more.warc",
        [Capture("https://n.test/2", page(2)), Capture("https://n.test/i.png", PNG, "image/png")],
    )
    wacz = tmp_path / "site.wacz"
    with zipfile.ZipFile(wacz, "w") as z:
        z.writestr("datapackage.json", json.dumps({"profile": "data-package"}))
        z.write(one, "archive/data.warc.gz", compress_type=zipfile.ZIP_STORED)
        z.write(two, "archive/more.warc", compress_type=zipfile.ZIP_STORED)
    one.unlink()
    two.unlink()
    rows = batch_rows(wacz)
    assert [(r.input, r.ok) for r in rows] == [
        ("https://n.test/1", True),
        ("https://n.test/2", True),
    ]


def test_auditing_a_one_page_archive(tmp_path: Path) -> None:
    warc = write_warc(
        tmp_path / "one.warc.gz",
        [Capture("https://n.test/img.png", PNG, "image/png"), Capture("https://n.test/1", page(1))],
    )
    result = runner.invoke(app, ["audit", str(warc), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["input"]["archive"]["url"] == "https://n.test/1"
    assert report["article"]["title"] == "Council approves budget 1"
    many = write_warc(
        tmp_path / "many.warc",
        [Capture("https://n.test/1", page(1)), Capture("https://n.test/2", page(2))],
    )
    with pytest.raises(InputError, match="more than one page"):
        read_single(str(many), Settings())
    empty = write_warc(tmp_path / "empty.warc", [Capture("https://n.test/i.png", PNG, "image/png")])
    result = runner.invoke(app, ["audit", str(empty)])
    assert result.exit_code == 3 and "no HTML or plain-text page" in result.stderr


def test_shards_split_a_run_without_losing_or_repeating_an_input(tmp_path: Path) -> None:
    write_warc(tmp_path / "c.warc.gz", [Capture(f"https://n.test/{i}", page(i)) for i in range(12)])
    for i in range(6):
        (tmp_path / f"f{i}.txt").write_text(
            f"The council said budget {i} was approved on Monday.\n"
        )
    whole = runner.invoke(app, ["batch", str(tmp_path), "-f", "jsonl", "-j", "1", "-q"])
    parts = [
        runner.invoke(app, ["batch", str(tmp_path), "-f", "jsonl", "-j", "1", "-q", "--shard", s])
        for s in ("1/2", "2/2")
    ]
    assert whole.exit_code == 0 and all(p.exit_code == 0 for p in parts)

    def rows(result):
        return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]

    first, second = rows(parts[0]), rows(parts[1])
    assert first and second
    assert sorted(first + second, key=lambda r: r["index"]) == rows(whole)


@pytest.mark.parametrize("shard", ["3/2", "0/2", "x/y", "1/0", "2"])
def test_a_bad_shard_is_a_usage_error(tmp_path: Path, shard) -> None:
    (tmp_path / "a.txt").write_text("The council said the budget was approved on Monday.\n")
    result = runner.invoke(app, ["batch", str(tmp_path), "--shard", shard])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --shard") and len(result.stderr.splitlines()) == 1


def write_big_warc(path: Path, megabytes: int) -> None:
    """An uncompressed WARC of 1 MiB pages and images, written directly (fast)."""
    body = page(0, "The council said the plan was sound. " * 28_000)[: 1 << 20]
    image = PNG + bytes((1 << 20) - len(PNG))
    with open(path, "wb") as stream:
        for i in range(megabytes):
            payload, kind = (image, "image/png") if i % 3 == 2 else (body, "text/html")
            http = (
                f"HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {len(payload)}\r\n\r\n"
            ).encode()
            head = (
                "WARC/1.0\r\nWARC-Type: response\r\n"
                f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{i:012d}>\r\n"
                f"WARC-Target-URI: https://big.test/{i}\r\nWARC-Date: 2026-11-02T10:00:00Z\r\n"
                "Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {len(http) + len(payload)}\r\n\r\n"
            ).encode()
            stream.write(head + http + payload + b"\r\n\r\n")


def peak_memory_of_scan(path: Path) -> tuple[int, int]:
    """(pages found, peak bytes allocated while listing them)."""
    tracemalloc.start()
    try:
        count = sum(1 for _ in pages(str(path)))
        return count, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_a_large_archive_is_streamed_with_flat_memory(tmp_path: Path) -> None:
    """1 GiB (about 10 s here): memory does not grow with the file, only with one buffer."""
    small, large = tmp_path / "small.warc", tmp_path / "large.warc"
    write_big_warc(small, 64)
    write_big_warc(large, 1024)
    assert os.path.getsize(large) >= 1 << 30
    small_pages, small_peak = peak_memory_of_scan(small)
    large_pages, large_peak = peak_memory_of_scan(large)
    small.unlink()
    assert (small_pages, large_pages) == (43, 683)
    assert large_peak < 8 << 20  # far below one of its 1 MiB records times the count
    assert large_peak < small_peak + (2 << 20)  # 16 times the file, (almost) the same memory
