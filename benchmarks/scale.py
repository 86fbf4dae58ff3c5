"""Throughput of the three ways to scale a batch, on one WARC of news pages.

    python benchmarks/scale.py                       # generated pages (benchmarks/articles.py)
    python benchmarks/scale.py --pages DIR --count 60   # saved pages, with made-up URLs

Builds a WARC (in a temporary folder, never kept) of ``--count`` pages plus an image
record, checks that a batch over it audits exactly those pages, each row named by its
URL, then times ``auditor batch`` on it: ``--jobs 1``, ``--jobs 2``, ``--shard 1/2`` and
``--shard 2/2`` run at the same time (two "machines" on this one), and ``--dask local:2``
(start-up of the local cluster included). Each figure is the median of ``--repeats``
rounds; ``--dask`` is also given as a ratio to ``--jobs 2`` (the bar: 0.8).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from articles import html_page, text_article  # noqa: E402

from tests.warcs import PNG, Capture, write_warc  # noqa: E402


def bodies(folder: Path | None, count: int) -> list[bytes]:
    """``count`` page bodies: the saved pages of ``folder`` in turn, or generated ones."""
    if folder is None:
        return [html_page(text_article(seed), seed).encode() for seed in range(count)]
    saved = sorted(folder.glob("*.htm*"))
    return [saved[i % len(saved)].read_bytes() for i in range(count)]


def build(path: Path, pages: list[bytes]) -> list[str]:
    urls = [f"https://outlet{i % 7}.example/news/{i:05d}-story" for i in range(len(pages))]
    captures = [Capture(url, body) for url, body in zip(urls, pages, strict=True)]
    captures.insert(
        len(captures) // 2, Capture("https://outlet0.example/logo.png", PNG, "image/png")
    )
    write_warc(path, captures)
    return urls


def batch(*args: str) -> list[dict]:
    command = [sys.executable, "-m", "auditor", "batch", *args, "-f", "jsonl", "-q"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        raise SystemExit(f"{' '.join(args)}: exit {done.returncode}: {done.stderr}")
    return sorted((json.loads(line) for line in done.stdout.splitlines() if line), key=_index)


def _index(row: dict) -> int:
    return row["index"]  # error rows are listed last; the input order is the index


def shards(warc: str) -> list[dict]:
    """Both halves at the same time, as two machines would run them."""
    command = [sys.executable, "-m", "auditor", "batch", warc, "-j", "1", "-f", "jsonl", "-q"]
    running = [
        subprocess.Popen(
            [*command, "--shard", f"{k}/2"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for k in (1, 2)
    ]
    rows = []
    for process in running:
        out, _ = process.communicate()
        rows += [json.loads(line) for line in out.splitlines() if line]
    return sorted(rows, key=_index)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="a folder of saved HTML pages")
    parser.add_argument("--count", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warc = str(Path(tmp) / "pages.warc.gz")
        urls = build(Path(warc), bodies(args.pages, args.count))
        whole = batch(warc, "-j", "2")
        assert [r["input"] for r in whole] == urls, "the batch must audit exactly the pages"
        failed = sum(r["status"] != "ok" for r in whole)
        print(f"{len(whole)} rows for {len(urls)} pages and an image, each naming its URL")
        print(f"({failed} error rows: pages auditor declines, such as non-English ones)")
        ways = {
            "--jobs 1": lambda: batch(warc, "-j", "1"),
            "--jobs 2": lambda: batch(warc, "-j", "2"),
            "--shard 1/2 + 2/2 (-j 1 each, at once)": lambda: shards(warc),
            "--dask local:2": lambda: batch(warc, "--dask", "local:2"),
        }
        times: dict[str, list[float]] = {name: [] for name in ways}
        for _ in range(args.repeats):
            for name, way in ways.items():
                start = time.perf_counter()
                rows = way()
                times[name].append(time.perf_counter() - start)
                same = [{**r, "report": None} for r in rows] == [
                    {**r, "report": None} for r in whole
                ]
                assert same, f"{name} gave other rows"
        rate = {name: len(urls) / statistics.median(t) for name, t in times.items()}
        for name, pages_per_s in rate.items():
            print(f"{name:42} {pages_per_s:6.1f} pages/s  (median of {args.repeats}, same rows)")
        ratio = rate["--dask local:2"] / rate["--jobs 2"]
        verdict = "met" if ratio >= 0.8 else "NOT MET"
        print(f"--dask local:2 / --jobs 2: {ratio:.2f}x (bar 0.8x: {verdict})")


if __name__ == "__main__":
    main()
