"""Issue 22's hostile inputs: nothing hangs, crashes, hides text or destroys a file.

Every test here failed on the code before the fix it covers; each is a row of the
README's "What happens to bad input" table. Nothing is aimed at a system path:
symlinks, FIFOs and devices are made inside the test's own folder.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import stat
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor import batch
from auditor.cli import app
from auditor.encoding import decode

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
STORY = (
    "Council Votes To Reopen The Bridge\n\n"
    "Officials said the bridge would reopen on Friday after three weeks of repairs.\n\n"
    "The mayor said the cost was fair.\n"
)


def _story(folder: Path) -> Path:
    path = folder / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def _one_error_line(result, code: int) -> str:
    assert result.exit_code == code, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


# --- 1. -o never replaces what it names --------------------------------------------------


def test_output_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target.name)
    result = runner.invoke(app, ["audit", str(_story(tmp_path)), "-f", "json", "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert json.loads(target.read_text(encoding="utf-8"))["sentences"]


def test_output_to_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = runner.invoke(app, ["audit", str(_story(tmp_path)), "-f", "json", "-o", str(fifo)])
    reader.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["sentences"]


def test_output_to_a_character_device_is_written_in_place(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a null device of our own
    except (PermissionError, OSError):
        pytest.skip("making a character device needs root")
    result = runner.invoke(app, ["audit", str(_story(tmp_path)), "-o", str(device)])
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(device.stat().st_mode)


def test_output_naming_a_folder_is_a_usage_error(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    result = runner.invoke(app, ["audit", str(_story(tmp_path)), "-o", str(folder)])
    assert "is a folder" in _one_error_line(result, 2)
    assert folder.is_dir()


def test_output_naming_a_symlink_loop_is_a_usage_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to("loop")
    result = runner.invoke(app, ["audit", str(_story(tmp_path)), "-o", str(loop)])
    assert "symlink loop" in _one_error_line(result, 2)
    assert loop.is_symlink()


def test_output_under_a_file_is_a_usage_error(tmp_path: Path) -> None:
    story = _story(tmp_path)
    result = runner.invoke(app, ["audit", str(story), "-o", str(story / "report.json")])
    assert "cannot write" in _one_error_line(result, 2)


def test_batch_out_naming_a_file_is_a_usage_error(tmp_path: Path) -> None:
    story = _story(tmp_path)
    result = runner.invoke(app, ["batch", str(story), "--out", str(story)])
    assert "not a folder" in _one_error_line(result, 2)
    assert story.read_text(encoding="utf-8") == STORY


def test_pack_naming_a_symlink_loop_is_a_usage_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to("loop")
    result = runner.invoke(app, ["audit", str(_story(tmp_path)), "--pack", str(loop)])
    assert "not a folder" in _one_error_line(result, 2)


# --- 2 and 10. Charset labels as browsers read them; no lone surrogate anywhere ----------


def _page(charset: str, middle: str) -> bytes:
    return (
        f'<html><head><meta charset="{charset}"><title>Bridge</title></head><body><article>'
        "<p>Officials said the bridge would reopen on Friday after three weeks of work.</p>"
        f"<p>{middle}</p>"
        "<p>The mayor said the cost was fair and the council had approved it.</p>"
        "</article></body></html>"
    ).encode("ascii")


@pytest.mark.parametrize("charset", ["utf-7", "unicode_escape", "punycode", "cp037"])
def test_a_label_browsers_do_not_know_is_ignored(charset: str) -> None:
    data = _page(charset, "Engineers +2AA- said \\ud800 the steel was sound.")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert "+2AA-" in decoded.text and "\\ud800" in decoded.text


def test_a_utf7_page_keeps_all_its_paragraphs(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(_page("utf-7", "Engineers +2AA- said the steel was sound."))
    result = runner.invoke(app, ["audit", str(page), "-f", "json"])
    assert result.exit_code == 0, result.output
    texts = " ".join(s["text"] for s in json.loads(result.stdout)["sentences"])
    assert "the steel was sound" in texts and "the cost was fair" in texts


@pytest.mark.parametrize("fmt", ["terminal", "json", "csv", "markdown", "html"])
def test_a_unicode_escape_text_file_gives_no_traceback(tmp_path: Path, fmt: str) -> None:
    story = tmp_path / "story.txt"
    story.write_text(
        STORY + '\nEngineers said \\ud800 the steel was sound. <meta charset="unicode_escape">\n',
        encoding="ascii",
    )
    result = runner.invoke(app, ["audit", str(story), "-f", fmt])
    assert result.exit_code == 0, result.output
    assert result.exception is None


def test_utf16_declared_on_a_utf8_page_is_read_as_utf8() -> None:
    data = _page("utf-16", "Engineers said the steel was sound.")
    decoded = decode(data)
    assert decoded.encoding == "utf-8" and "steel was sound" in decoded.text


def test_a_lone_surrogate_that_reaches_the_text_becomes_a_replacement_character() -> None:
    from auditor.ingest import _clean

    assert _clean("It said \udc00 no.") == "It said \ufffd no."


# --- 11. C1 control characters never reach a terminal ------------------------------------


def test_c1_control_characters_in_the_article_are_removed(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY + "\nEngineers said the \x9b31msteel\x85 was sound.\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(story), "--no-color"])
    assert result.exit_code == 0, result.output
    assert "steel" in result.stdout
    assert not any("\x80" <= c <= "\x9f" for c in result.stdout)


# --- 3 and 8. Deep nesting hides no text; the extractor gets a bounded page --------------

_HEAD = (
    "<html><head><title>Bridge</title></head><body><article>"
    "<p>Officials said the bridge would reopen on Friday after three weeks of work.</p>"
)
_TAIL = (
    "<p>The mayor said the cost was fair and the council had approved it.</p>"
    "</article></body></html>"
)


def _audited(tmp_path: Path, html: str, *args: str):
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    return runner.invoke(app, ["audit", str(page), "-f", "json", *args])


@pytest.mark.parametrize(
    ("opening", "closing"),
    [("<div>", "</div>"), ("<span>", "</span>"), ("<table><tr><td>", "</td></tr></table>")],
)
def test_text_after_300_nested_levels_is_audited(tmp_path: Path, opening, closing) -> None:
    inner = "<p>The council said the repairs had cost four million.</p>"
    result = _audited(tmp_path, _HEAD + opening * 300 + inner + closing * 300 + _TAIL)
    assert result.exit_code == 0, result.output
    texts = " ".join(s["text"] for s in json.loads(result.stdout)["sentences"])
    assert "four million" in texts and "the cost was fair" in texts


def test_implied_end_tags_are_not_counted_as_nesting() -> None:
    from auditor.htmlbounds import MAX_DEPTH, bound_html

    html = _HEAD + "<ul>" + "<li>item" * (MAX_DEPTH * 3) + "</ul>" + "<p>a<p>b" * MAX_DEPTH + _TAIL
    assert bound_html(html) == html


def test_200000_tiny_paragraphs_are_refused_before_extraction(tmp_path: Path) -> None:
    result = _audited(tmp_path, _HEAD + "<p>word.</p>" * 200_000 + _TAIL)
    assert "HTML elements, over the limit" in _one_error_line(result, 8)


def test_a_tag_with_80000_attributes_keeps_its_text(tmp_path: Path) -> None:
    attributes = " ".join(f"a{i}=x" for i in range(80_000))
    result = _audited(tmp_path, _HEAD + f"<p {attributes}>The council said it paid.</p>" + _TAIL)
    assert result.exit_code == 0, result.output
    texts = " ".join(s["text"] for s in json.loads(result.stdout)["sentences"])
    assert "The council said it paid." in texts


# --- 4 and 6. Batches list unreadable folders and skip FIFOs; audit reads a stream bounded


def _batch_rows(tmp_path: Path, *targets: str) -> list[dict]:
    result = runner.invoke(app, ["batch", *targets, "-f", "jsonl", "-j", "1", "-q"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_a_fifo_in_a_batch_folder_is_an_error_row_and_the_batch_ends(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _story(folder)
    os.mkfifo(folder / "waiting.txt")
    rows = _batch_rows(tmp_path, str(folder))
    assert [bool(r.get("error")) for r in rows] == [False, True]
    assert "FIFO" in rows[1]["error"]


def test_an_unreadable_sub_folder_is_an_error_row(tmp_path: Path, monkeypatch) -> None:
    from auditor.batch import discover

    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    _story(folder)
    real_scandir = os.scandir

    def scandir(path):
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    kinds = [(Path(i.target).name, i.kind) for i in discover([str(folder)])]
    assert kinds == [("story.txt", "file"), ("locked", "folder")]


def test_audit_of_a_character_device_reads_at_most_max_bytes(tmp_path: Path) -> None:
    device = tmp_path / "zero"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 5))  # a /dev/zero of our own
    except (PermissionError, OSError):
        pytest.skip("making a character device needs root")
    result = runner.invoke(app, ["audit", str(device), "--max-bytes", "1000"])
    assert "limit" in _one_error_line(result, 8)


def test_audit_of_a_fifo_reads_what_is_written(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_text(STORY, encoding="utf-8"))
    writer.daemon = True
    writer.start()
    result = runner.invoke(app, ["audit", str(fifo), "-f", "json"])
    writer.join(10)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["sentences"]


# --- 5 and 8. A dead or stuck worker costs one error row; the batch always ends ---------

_ORIGINAL_WORK = batch._work


def _hostile_work(item, raw):
    name = Path(item.target).name
    if name.endswith("killed.txt"):
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer does
    if name.endswith("stuck.txt"):
        time.sleep(60)
    return _ORIGINAL_WORK(item, raw)


def _half_written_main(conn, options):
    """A worker that dies halfway through writing its answer to the main process."""
    batch._start_worker(options)
    conn.send("ready")
    while (task := conn.recv()) is not None:
        if task[0].target.endswith("half.txt"):
            conn._send(struct.pack("!i", 1_000_000) + b"\x80\x05partial")  # a length, then less
            os._exit(9)
        conn.send(batch._work(*task))


def _forked_rows(folder: Path, monkeypatch, names, **options) -> list:
    for name in names:
        _story(folder).rename(folder / name)
    monkeypatch.setattr(batch, "_work", _hostile_work)
    monkeypatch.setattr(batch, "_worker_main", _half_written_main)
    context = multiprocessing.get_context("fork")
    rows = batch.audit_all(
        batch.discover([str(folder)]), batch.Options(**options), jobs=2, mp_context=context
    )
    return [r.reason for r in rows]


def test_a_killed_worker_or_a_half_written_result_costs_one_row(tmp_path, monkeypatch) -> None:
    names = ("a.txt", "b-half.txt", "c.txt", "d-killed.txt", "e.txt")
    reasons = _forked_rows(tmp_path, monkeypatch, names)
    assert reasons == [None, "crashed", None, "crashed", None]


def test_an_article_past_the_time_limit_is_an_error_row(tmp_path, monkeypatch) -> None:
    names = ("a.txt", "b-stuck.txt", "c.txt")
    started = time.monotonic()
    reasons = _forked_rows(tmp_path, monkeypatch, names, article_timeout=1.0)
    assert reasons == [None, "timeout", None]
    assert time.monotonic() - started < 30  # not the minute the stuck article sleeps


def _audit_slowed(tmp_path: Path, method: str, seconds: float, *options: str):
    """``auditor audit`` of a short story, run as the program, where the engine's ``method``
    first sleeps ``seconds``."""
    script = (
        "import sys, time; from auditor import engine\n"
        f"slowed = engine.Engine.{method}\n"
        "def slow(*args, **kwargs):\n"
        f"    time.sleep({seconds}); return slowed(*args, **kwargs)\n"
        f"engine.Engine.{method} = slow\n"
        "from auditor.__main__ import run; sys.argv[0] = 'auditor'; run()\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", script, "audit", str(_story(tmp_path)), *options],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip


def test_a_single_audit_past_the_time_limit_exits_8(tmp_path: Path) -> None:
    # the labelling is made slow: a short story's own audit may take less than any limit
    done = _audit_slowed(tmp_path, "label", 5, "--article-timeout", "0.5")
    assert done.returncode == 8
    assert done.stderr.strip().endswith("passed the 0.5 s limit (--article-timeout)")
    assert len(done.stderr.strip().splitlines()) == 1


def test_the_audit_time_limit_does_not_count_building_the_engine(tmp_path: Path) -> None:
    # a rule pack built from scratch on a busy machine (no cache) is no article's fault
    done = _audit_slowed(tmp_path, "__init__", 2.5, "-f", "json", "--article-timeout", "2")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sentences"]


def test_ctrl_c_stops_a_batch_with_a_stuck_worker(tmp_path: Path) -> None:
    page = tmp_path / "slow.html"  # well under the element limit, seconds in the extractor
    page.write_text(_HEAD + "<p>Officials said it.</p>" * 45_000 + _TAIL, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, "-m", "auditor", "batch", str(page), "-j", "1", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    time.sleep(2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=10)
    assert process.returncode == 130, stderr
    assert "interrupted" in stderr


@pytest.mark.parametrize("charset", ["punycode", "unicode_escape", "utf-7", "cp500"])
def test_a_content_type_charset_browsers_do_not_know_is_ignored(charset: str) -> None:
    decoded = decode(
        b"Officials said the bridge \xe2\x80\x94 a landmark \\ud800 reopened.", charset
    )
    assert decoded.encoding == "utf-8" and "\\ud800" in decoded.text


# --- 13. --max-bytes binds fetched bodies too -------------------------------------------


@pytest.mark.parametrize("command", ["audit", "batch"])
def test_max_bytes_applies_to_a_fetched_body(http_server, command: str) -> None:
    result = runner.invoke(app, [command, http_server.url("/ok"), "--max-bytes", "100"])
    if command == "audit":
        assert "limit" in _one_error_line(result, 8)
    else:
        assert result.exit_code == 3 and "limit" in result.stdout


# --- 12. Only a sidecar auditor's archive wrote counts ----------------------------------


@pytest.mark.parametrize(
    "sidecar",
    [
        '{"url": "https://example.org/"',  # broken JSON
        '{"headers": {"content-type": "text/html; charset=utf-7"}, "url": 1}',  # another's
        "[1, 2]",
    ],
)
def test_a_json_file_beside_an_article_is_not_taken_for_a_sidecar(tmp_path, sidecar) -> None:
    story = _story(tmp_path)
    story.with_name("story.txt.json").write_text(sidecar, encoding="utf-8")
    result = runner.invoke(app, ["audit", str(story), "-f", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["input"]["archive"] is None and report["input"]["format"] == "text"
    assert any("ignored" in w for w in report["warnings"])


def test_a_sidecar_whose_hash_does_not_match_is_ignored(tmp_path: Path) -> None:
    story = _story(tmp_path)
    record = {
        "file": story.name, "tool": "auditor", "tool_version": "0", "url": "https://e.org/",
        "final_url": "https://evil.example/", "hops": [], "fetched_at": "2026-01-01T00:00:00Z",
        "status": 200, "headers": {"content-type": "text/html"}, "sha256": "0" * 64,
    }  # fmt: skip
    story.with_name("story.txt.json").write_text(json.dumps(record), encoding="utf-8")
    result = runner.invoke(app, ["audit", str(story), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["input"]["archive"] is None


# --- 15. Markdown: metadata starts no block, bare URLs do not autolink ------------------


def test_markdown_metadata_and_urls_are_shown_as_written() -> None:
    from dataclasses import replace

    from auditor.api import audit_text
    from auditor.formatters.markdown import lines

    report = audit_text(STORY + "\nThe plans are at https://evil.example/x and www.evil.example.\n")
    article = replace(report.article, site="# FAKE VERDICT", author="1. Trusted Desk")
    text = lines(replace(report, article=article))
    byline = text[2]
    assert byline.startswith("\\# FAKE VERDICT") and "1\\. Trusted Desk" in byline
    assert not any("https://evil" in line or " www.evil" in line for line in text)


# --- 11. Escape sequences in file names reach no terminal -------------------------------


@pytest.mark.parametrize("command", ["audit", "batch"])
def test_escape_sequences_in_a_file_name_are_shown_escaped(tmp_path, command) -> None:
    name = "x\x1b]0;pwned\x07\x1b[31mred\x9b.txt"
    (tmp_path / name).write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, [command, str(tmp_path / name), "--width", "400"])
    assert result.exit_code == 0, result.output
    assert "\\x1b]0;pwned" in result.stdout
    assert not any(c in result.stdout for c in "\x1b\x07\x9b")


# --- 16. Smaller: corrupt reports, outside links, two batches, NaN options, --ca-bundle ---


@pytest.mark.parametrize("corrupt", ["[1, 2]", '{"input": 5}', "null", '"text"'])
def test_resume_audits_again_over_a_corrupt_report(tmp_path: Path, corrupt: str) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    _story(folder)
    assert runner.invoke(app, ["batch", str(folder), "--out", str(out), "-q"]).exit_code == 0
    (report,) = (out / "articles").glob("*.json")
    report.write_text(corrupt, encoding="utf-8")
    result = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--resume", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(report.read_text(encoding="utf-8"))["sentences"]


def test_a_symlink_to_a_file_outside_the_folder_is_an_error_row(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    secret = _story(tmp_path).rename(tmp_path / "private.txt")
    (folder / "inside.txt").symlink_to(_story(folder))
    (folder / "leak.txt").symlink_to(secret)
    rows = _batch_rows(tmp_path, str(folder))
    by_name = {Path(r["input"]).name: r.get("error") for r in rows}
    assert by_name["inside.txt"] is None and by_name["story.txt"] is None
    assert "outside the folder" in by_name["leak.txt"]


def test_a_second_batch_into_the_same_out_is_refused(tmp_path: Path) -> None:
    import fcntl

    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    _story(folder)
    out.mkdir()
    with open(out / ".auditor.lock", "a") as held:  # as a running batch holds it
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = runner.invoke(app, ["batch", str(folder), "--out", str(out), "-q"])
    assert "another batch is writing" in _one_error_line(result, 2)
    assert not (out / "articles").exists()


@pytest.mark.parametrize(
    ("option", "value"),
    [("--deadline", "nan"), ("--timeout", "inf"), ("--article-timeout", "nan"),
     ("--threshold", "nan")],
)  # fmt: skip
def test_nan_or_infinite_options_are_usage_errors_that_say_so(tmp_path, option, value) -> None:
    result = runner.invoke(app, ["audit", "http://127.0.0.1:9/x", option, value])
    assert "finite" in _one_error_line(result, 2)


def test_ca_bundle_help_says_it_replaces_the_bundled_set() -> None:
    from typing import get_args

    from auditor.cli.common import CaBundleOption

    assert "instead of the bundled set" in get_args(CaBundleOption)[1].help


# --- 9. Wrong types in a rule pack: one line, exit 2 ------------------------------------

_FULL_RULE = (
    '[[rule]]\nid = "test.awful"\nkind = "framing"\ncategory = "evaluative"\n'
    'message = "an evaluative word"\nwhy = "a test"\nconfidence = 0.5\nterms = ["awful"]\n'
    'fire = ["The plan is awful."]\nquiet = ["The plan is new."]\n'
)


@pytest.mark.parametrize(
    "body",
    [
        "rule = 5",
        "rule = [5]",
        _FULL_RULE + 'weight = "heavy"',
        _FULL_RULE.replace('terms = ["awful"]', "terms = [1, 2]"),
        '[[rule]]\nid = "x.y"\nkind = "framing"\nfire = "one example"',
        '[[rule]]\nid = "x.y"\nkind = "framing"\nterms = [1, 2]',
    ],
)
def test_wrong_types_in_a_pack_are_usage_errors(tmp_path: Path, body: str) -> None:
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "rules.toml").write_text(f'provenance = "a test"\n{body}\n', encoding="utf-8")
    result = runner.invoke(app, ["audit", str(_story(tmp_path)), "--pack", str(pack)])
    _one_error_line(result, 2)


# --- 8. Megabytes of combining marks cost neither minutes nor gigabytes ------------------


def test_a_run_of_combining_marks_is_cut_to_30() -> None:
    from auditor.ingest import RawInput, ingest
    from auditor.settings import Settings

    text = STORY + "\nOfficials said the bridge a" + "\u0301" * 200_000 + " reopened.\n"
    article = ingest(RawInput(text.encode("utf-8"), "file", "x.txt"), Settings()).article
    assert "a" + "\u0301" * 30 + " reopened" in article.text
    assert "\u0301" * 31 not in article.text


def test_a_batch_with_out_writes_every_report_past_an_odd_charset(tmp_path: Path) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    (folder / "a.html").write_bytes(_page("unicode_escape", "Engineers said \\ud800 it held."))
    (folder / "b.html").write_bytes(_page("utf-7", "Engineers +2AA- said it held."))
    _story(folder)
    result = runner.invoke(app, ["batch", str(folder), "--out", str(out), "--html", "-q"])
    assert result.exit_code == 0, result.output
    assert len(list((out / "articles").glob("*.json"))) == 3
    assert (out / "summary.csv").exists() and (out / "index.html").exists()
