"""Measure auditor's speed and memory, and print one table.

    python benchmarks/run.py            # everything (a few minutes)
    python benchmarks/run.py --quick    # fewer repeats and articles, for a first look
    python benchmarks/run.py --pages DIR    # also time a folder of saved news pages

Every figure is a median over repeated runs, and every bar is a ratio against a
baseline measured in the same run, round by round beside it (the machine may be
busy; ratios travel, absolute times do not). Articles are generated from the
bundled samples (benchmarks/articles.py), so nothing leaves the repository.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from articles import html_page, text_article, write_folder  # noqa: E402

Row = tuple[str, float, str]  # what was measured, the figure, how it compares


def median_times(actions, repeats: int) -> list[float]:
    """Median wall time of each of ``actions`` over ``repeats`` rounds.

    Each round runs every action once, so figures compared in a ratio are taken side by
    side: a machine that slows down for a while slows both, not one of them.
    """
    times: list[list[float]] = [[] for _ in actions]
    for _ in range(repeats):
        for action, taken in zip(actions, times, strict=True):
            start = time.perf_counter()
            action()
            taken.append(time.perf_counter() - start)
    return [statistics.median(taken) for taken in times]


def bar(met: bool, wanted: str) -> str:
    """The issue's bar for a figure, and whether this run meets it."""
    return f"(bar {wanted}: {'met' if met else 'NOT MET'})"


# Every process started here, timed or measured for memory, runs as from an installed
# copy, whose modules pip compiled to bytecode once. An environment that forbids writing
# bytecode (PYTHONDONTWRITEBYTECODE) would have every start compile auditor's own modules
# from source, while the baselines' libraries, in site-packages, have their bytecode.
_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_process(args: list[str]) -> None:
    subprocess.run(
        args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_ENVIRONMENT
    )


def auditor_command() -> list[str]:
    script = Path(sys.executable).with_name("auditor")
    return [str(script)] if script.exists() else [sys.executable, "-m", "auditor"]


def startup(repeats: int, folder: Path) -> list[Row]:
    short = folder / "short.txt"
    short.write_text(text_article(1, paragraphs=4), encoding="utf-8")
    actions = [
        lambda: run_process([sys.executable, "-c", "import typer"]),
        lambda: run_process([sys.executable, "-c", "import trafilatura, nltk"]),
        lambda: run_process([*auditor_command(), "--help"]),
        lambda: run_process([*auditor_command(), "audit", str(short)]),
    ]
    run_process([*auditor_command(), "batch", str(write_folder(folder / "warm-up", 2)), "-q"])
    for action in actions:
        action()  # warm up: bytecode written, files in the page cache
    typer, floor, helps, audit = median_times(actions, repeats)
    return [
        ("python -c 'import typer' (baseline)", typer, ""),
        (
            "auditor --help",
            helps,
            f"{helps / typer:.2f}x typer import {bar(helps / typer <= 1.5, '<= 1.5x')}",
        ),
        ("python -c 'import trafilatura, nltk' (floor)", floor, ""),
        ("auditor audit short.txt (4 paragraphs)", audit, f"{audit / floor:.2f}x the floor"),
    ]


def engine(repeats: int, articles: int) -> list[Row]:
    from auditor.api import engine_for
    from auditor.ingest import text_article as to_article
    from auditor.models import InputInfo
    from auditor.segment import split_sentences

    engine = engine_for()
    docs = [to_article(text_article(k)) for k in range(articles)]
    spans = [split_sentences(d.text) for d in docs]
    sentences = sum(len(s) for s in spans)
    info = InputInfo(kind="text")
    engine.label(docs[0], spans[0], info)  # warm up: rules compiled, lexicons loaded

    def label_all() -> None:
        for doc, doc_spans in zip(docs, spans, strict=True):
            engine.label(doc, doc_spans, info)

    (seconds,) = median_times([label_all], repeats)
    rate = sentences / seconds
    return [
        (
            f"engine: {sentences} pre-split sentences ({articles} articles)",
            seconds,
            f"{rate:,.0f} sentences/s on one core {bar(rate >= 5000, '>= 5,000')}",
        )
    ]


def pipeline(repeats: int, pages: list[str], texts: list[str], what: str) -> list[Row]:
    """Extraction alone, the full pipeline on the same pages, the engine on their texts."""
    import trafilatura

    import auditor
    from auditor.api import engine_for
    from auditor.extract import EXTRACTION
    from auditor.ingest import text_article as to_article
    from auditor.models import InputInfo
    from auditor.segment import split_sentences

    engine_for()
    auditor.audit_html(pages[0])  # warm up
    info = InputInfo(kind="text")

    def extract_all() -> None:  # the very call audit_html makes
        for page in pages:
            trafilatura.bare_extraction(page, **EXTRACTION)

    def audit_pages() -> None:
        for page in pages:
            auditor.audit_html(page)

    def engine_on_text() -> None:
        for text in texts:
            article = to_article(text)
            engine_for().label(article, split_sentences(article.text), info)

    extract, full, plain = median_times([extract_all, audit_pages, engine_on_text], repeats)
    count = len(pages)
    return [
        (f"trafilatura extraction alone, {count} {what}", extract,
         f"{count / extract:.1f} pages/s"),
        (f"full pipeline (audit_html), same {count} pages", full,
         f"{count / full:.1f} pages/s = {extract / full:.2f}x extraction's rate "
         f"{bar(extract / full >= 0.8, '>= 0.8x')}"),
        (f"engine on the same {count} articles as text", plain,
         f"{plain / extract:.1%} of extraction's time {bar(plain / extract <= 0.25, '<= 25%')}"),
    ]  # fmt: skip


def generated_pages(count: int) -> tuple[list[str], list[str]]:
    texts = [text_article(k) for k in range(count)]
    return [html_page(t, k) for k, t in enumerate(texts)], texts


def saved_pages(folder: Path) -> tuple[list[str], list[str]]:
    """The English pages of ``folder`` that hold an article, and their extracted texts."""
    from auditor.api import label
    from auditor.encoding import decode
    from auditor.errors import AuditorError
    from auditor.ingest import ingest, read_file
    from auditor.settings import Settings

    pages, texts = [], []
    for path in sorted(folder.glob("*.htm*")):
        try:
            raw = read_file(path, Settings())
            ingested = ingest(raw, Settings())
            label(ingested)
        except AuditorError:
            continue  # not English, or no article: refused, not timed
        pages.append(decode(raw.data, raw.declared_charset, html=True).text)
        texts.append(ingested.article.text)
    return pages, texts


def batch_scaling(repeats: int, folder: Path, count: int) -> list[Row]:
    source = write_folder(folder / f"scaling-{count}", count)

    def run(jobs: int) -> None:
        out = folder / f"out-{jobs}"
        shutil.rmtree(out, ignore_errors=True)
        run_process([*auditor_command(), "batch", str(source), "--jobs", str(jobs), "-q",
                     "--format", "jsonl", "-o", str(out / "summary.jsonl")])  # fmt: skip

    one, two = median_times([lambda: run(1), lambda: run(2)], repeats)
    return [
        (f"batch, {count} articles, --jobs 1", one, f"{count / one:.1f} articles/s"),
        (
            f"batch, {count} articles, --jobs 2",
            two,
            f"{count / two:.1f} articles/s = {one / two:.2f}x one job "
            f"{bar(one / two >= 1.7, '>= 1.7x')}",
        ),
    ]


def batch_ledger(repeats: int, folder: Path, count: int) -> list[Row]:
    """A batch writing reports, with and without the ledger database (a new one each run).

    Beside the wall times, the CPU time of all the batch's processes: on a shared machine
    the wall-time ratio moves by 10-20% from run to run, the CPU-time ratio much less.
    """
    source = write_folder(folder / f"ledger-{count}", count)
    cpu: dict[bool, list[float]] = {False: [], True: []}

    def run(db: bool) -> None:
        out = folder / f"ledger-out-{db}"
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir()
        ledger = ["--db", str(out / "ledger.sqlite")] if db else []
        rows = ["-f", "jsonl", "-o", str(out / "rows.jsonl")]
        before = _children_cpu()
        run_process([*auditor_command(), "batch", str(source), "--jobs", "2", "-q",
                     "--out", str(out), *ledger, *rows])  # fmt: skip
        cpu[db].append(_children_cpu() - before)

    without, with_db = median_times([lambda: run(False), lambda: run(True)], repeats)
    ratio = with_db / without
    cpu_ratio = statistics.median(cpu[True]) / statistics.median(cpu[False])
    return [
        (f"batch, {count} articles, --out, --jobs 2", without, f"{count / without:.1f} articles/s"),
        (
            "the same with --db (a new ledger)",
            with_db,
            f"{count / with_db:.1f} articles/s = {ratio:.3f}x the time without "
            f"{bar(ratio <= 1.1, '<= 1.1x')}; CPU time {cpu_ratio:.3f}x",
        ),
    ]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def tree_peak_rss(args: list[str]) -> int:
    """Peak of the summed resident memory of a process and its children, in bytes."""
    process = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=_ENVIRONMENT
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    done.set()
    sampler.join()
    return peak


def _tree_rss(root: int) -> int:
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            status = Path(f"/proc/{entry}/status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        pid, parent = int(entry), int(fields.get("PPid", "0").strip())
        children.setdefault(parent, []).append(pid)
        rss[pid] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    return total


def memory(folder: Path, small: int, large: int) -> list[Row]:
    peaks = {}
    for count in (small, large):
        source = write_folder(folder / f"memory-{count}", count)
        out = folder / f"memory-out-{count}"
        peaks[count] = tree_peak_rss(
            [*auditor_command(), "batch", str(source), "--jobs", "2", "-q", "--out", str(out)]
        )
    ratio = peaks[large] / peaks[small]
    return [
        (f"peak memory, batch of {small} (all processes)", peaks[small] / 2**20, "MiB"),
        (
            f"peak memory, batch of {large} (all processes)",
            peaks[large] / 2**20,
            f"MiB = {ratio:.2f}x the batch of {small} {bar(ratio <= 1.2, '<= 1.2x')}",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats and articles")
    parser.add_argument(
        "--pages", type=Path, help="also time a folder of saved pages (its .html files)"
    )
    parser.add_argument("--skip-memory", action="store_true", help="skip the 5,000-article run")
    parser.add_argument("--ledger-only", action="store_true", help="only the --db rows")
    options = parser.parse_args()
    repeats = 3 if options.quick else 7
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="auditor-bench-") as tmp:
        folder = Path(tmp)
        ledger_count = 100 if options.quick else 400
        if options.ledger_only:
            return _print(batch_ledger(max(1, repeats // 2), folder, ledger_count), repeats)
        rows += startup(repeats, folder)
        rows += engine(repeats, 60 if options.quick else 200)
        rows += pipeline(repeats, *generated_pages(20 if options.quick else 60), "generated pages")
        if options.pages is not None:
            rows += pipeline(repeats, *saved_pages(options.pages), f"pages of {options.pages}")
        for count in (100, 400) if options.quick else (400, 2000):  # a day's work, an archive
            rows += batch_scaling(max(1, repeats // 2), folder, count)
        rows += batch_ledger(max(1, repeats // 2), folder, ledger_count)
        if not options.skip_memory:
            rows += memory(folder, 50, 500 if options.quick else 5000)
    _print(rows, repeats)


def _print(rows: list[Row], repeats: int) -> None:
    print(f"auditor benchmarks: {os.cpu_count()} cores, Python {sys.version.split()[0]}, "
          f"medians of {repeats} runs ({max(1, repeats // 2)} for a batch)")  # fmt: skip
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        unit = "" if note.startswith("MiB") else " s"
        print(f"  {name:<{width}}  {value:9.3f}{unit}  {note}")


if __name__ == "__main__":
    main()
