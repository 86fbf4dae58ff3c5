"""The command line, driven with typer's CliRunner (stdout is not a terminal: no colour)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from auditor.cli import app
from auditor.errors import ExitCode
from auditor.models import Report
from tests.httpserver import route, send

ROOT = Path(__file__).resolve().parent.parent
WIRE = str(ROOT / "samples" / "wire-report.txt")
PAGE = (ROOT / "samples" / "saved-page.html").read_bytes()
runner = CliRunner()


@route("/sample-page")
def _sample_page(h) -> None:
    send(h, 200, PAGE, "text/html; charset=utf-8")


def run(*args: str, input: str | bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in ("audit", "eval", "rules"):
        assert command in result.stdout


def test_python_dash_m_works() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "auditor", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0 and done.stdout.startswith("auditor ")


@pytest.mark.parametrize(
    ("args", "code", "last"),
    [
        (["--version"], ExitCode.OK, "0.1.0"),
        (["audit", WIRE, "--format", "html"], ExitCode.OK, "</html>"),
        (["batch", WIRE, "-q", "--format", "csv"], ExitCode.OK, ",false"),  # its last column
        (["audit", WIRE, "-f", "json", "--fail-under", "sourced=99%"], ExitCode.THRESHOLD, "}"),
        (["audit", str(ROOT / "no-such-file.txt")], ExitCode.INPUT, ""),
        (["batch"], ExitCode.USAGE, ""),
    ],
)
def test_the_program_leaves_quickly_with_its_status_and_all_its_output(args, code, last) -> None:
    """As the program, the command skips the interpreter's tear-down, not its output.

    Output is left buffered, as it is on a user's machine, so what is not flushed is lost.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run(
        [sys.executable, "-m", "auditor", *args], capture_output=True, text=True, cwd=ROOT, env=env
    )
    assert done.returncode == code, done.stderr
    if last:
        assert done.stdout.rstrip().endswith(last) and last in done.stdout.splitlines()[-1]
    else:
        assert done.stderr.strip() and not done.stdout


def test_running_the_command_line_in_a_process_leaves_its_exit_alone(monkeypatch) -> None:
    """Called by something other than the main module, run() arranges no quick exit."""
    import atexit

    from auditor import __main__ as entry

    registered = []
    monkeypatch.setattr(atexit, "register", lambda *args: registered.append(args))
    monkeypatch.setattr(sys, "argv", ["auditor", "--version"])
    with pytest.raises(SystemExit):
        entry.run()
    assert registered == []


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (3, 3), (True, 1), ("boom", 1)])
def test_exit_status_is_the_one_python_gives(code, status) -> None:
    from auditor.__main__ import exit_status

    assert exit_status(code) == status


def test_terminal_report_has_legend_sentences_summary_and_ledger() -> None:
    result = run("audit", WIRE, "--width", "100")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "[S] SOURCED" in out and "[E] EDITORIAL FRAMING" in out and "[U] UNSOURCED" in out
    assert "Energy Minister Pavel Draganov said" in out
    assert "↳ source: Energy Minister Pavel Draganov (named person)" in out
    assert "Summary" in out and "Who is cited" in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_colour_can_be_forced_on_and_off() -> None:
    assert "\x1b[" in run("audit", WIRE, "--color").stdout
    assert "\x1b[" not in run("audit", WIRE, "--no-color").stdout


def test_article_text_is_never_read_as_markup() -> None:
    text = "Police said the man [sic] was [bold]armed[/bold] and [red]dangerous[/].\n"
    result = run("audit", "-", input=text)
    assert result.exit_code == 0, result.output
    assert "[sic]" in result.stdout and "[bold]armed[/bold]" in result.stdout


def test_stdin_json_round_trips_into_the_model() -> None:
    result = run(
        "audit", "-", "--format", "json", input="Officials said the bridge would reopen.\n"
    )
    assert result.exit_code == 0, result.output
    report = Report.from_dict(json.loads(result.stdout))
    assert report.input.kind == "stdin"
    assert report.sentences[0].label.value == "SOURCED"


def test_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    result = run("audit", WIRE, "--format", "json", "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert json.loads(target.read_text(encoding="utf-8"))["input"]["location"] == WIRE
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]  # no temp files left


@pytest.mark.parametrize(
    ("content", "code", "words"),
    [
        (None, ExitCode.INPUT, "no such file"),
        (b"", ExitCode.INPUT, "is empty"),
        (b"   \n\t\n", ExitCode.INPUT, "is empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(64), ExitCode.INPUT, "is a PNG image"),
        (b"%PDF-1.5\n%\xe2\xe3", ExitCode.INPUT, "is a PDF document"),
        (b"<html><head><script>var x=1;</script></head><body></body></html>", ExitCode.NO_TEXT,
         "no article text"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_an_exit_code(tmp_path: Path, content, code, words) -> None:
    path = tmp_path / "input.html"
    if content is not None:
        path.write_bytes(content)
    result = run("audit", str(path))
    assert result.exit_code == code
    assert result.stderr.startswith("error: ") and words in result.stderr
    assert "Traceback" not in result.output and result.stderr.count("\n") == 1


def test_a_folder_is_not_an_article(tmp_path: Path) -> None:
    result = run("audit", str(tmp_path))
    assert result.exit_code == ExitCode.INPUT and "is a directory" in result.stderr


def test_a_non_http_url_is_refused() -> None:
    result = run("audit", "ftp://example.org/story.html")
    assert result.exit_code == ExitCode.INPUT and "http" in result.stderr


def test_non_english_text_is_refused_unless_asked(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        "Le ministre a déclaré mardi que les négociations avec les syndicats reprendraient la "
        "semaine prochaine. Les représentants des salariés ont salué cette décision, selon un "
        "communiqué du ministère du travail publié dans la soirée.\n",
        encoding="utf-8",
    )
    refused = run("audit", str(path))
    assert refused.exit_code == ExitCode.INPUT and "French (fr)" in refused.stderr
    assert run("audit", str(path), "--any-language").exit_code == 0


def test_a_url_is_fetched_and_archived_and_the_archive_reproduces_it(http_server, tmp_path) -> None:
    url = http_server.url("/sample-page/story")
    fetched = run("audit", url, "--format", "json", "--archive", str(tmp_path))
    assert fetched.exit_code == 0, fetched.output
    live = Report.from_dict(json.loads(fetched.stdout))
    assert live.input.fetch["final_url"] == url and live.input.fetch["status"] == 200
    archived = Path(live.input.archive["path"])
    assert archived.name == f"{hashlib.sha256(PAGE).hexdigest()}.warc.gz"
    assert live.input.archive["sha256"] == live.input.sha256 == hashlib.sha256(PAGE).hexdigest()
    offline = Report.from_dict(json.loads(run("audit", str(archived), "--format", "json").stdout))
    assert offline.input.archive["url"] == url
    assert [(s.text, s.label, s.attribution) for s in offline.sentences] == [
        (s.text, s.label, s.attribution) for s in live.sentences
    ]


def test_fetch_failures_have_their_exit_codes(http_server, refused_url) -> None:
    assert run("audit", refused_url).exit_code == ExitCode.NETWORK
    missing = run("audit", http_server.url("/404"))
    assert missing.exit_code == ExitCode.HTTP_STATUS and "404" in missing.stderr


def test_thresholds_gate_with_exit_code_one() -> None:
    result = run("audit", WIRE, "--fail-under", "sourced=99%")
    assert result.exit_code == ExitCode.THRESHOLD
    assert "threshold: share of claims that are sourced" in result.stderr
    assert run("audit", WIRE, "--fail-under", "sourced=10%").exit_code == 0


def test_a_bad_threshold_is_a_usage_error() -> None:
    result = run("audit", WIRE, "--fail-under", "bananas=3")
    assert result.exit_code == ExitCode.USAGE and "bad threshold" in result.stderr


def _eval_file(tmp_path: Path) -> Path:
    rows = [
        {"doc": "d1", "i": 0, "text": "The minister said the bridge was safe.",
         "gold": {"label": "SOURCED", "strength": "named"}},
        {"doc": "d1", "i": 1, "text": "The bridge was completed in 1932.",
         "gold": {"label": "UNSOURCED"}},
        {"doc": "d2", "i": 0, "text": "The plan was clearly a disaster.",
         "gold": {"label": "EDITORIAL"}},
    ]  # fmt: skip
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def test_eval_prints_metrics_and_writes_predictions(tmp_path: Path) -> None:
    predictions = tmp_path / "preds.jsonl"
    result = run("eval", str(_eval_file(tmp_path)), "--predictions", str(predictions))
    assert result.exit_code == 0, result.output
    assert "label: n=3" in result.stdout and "confusion" in result.stdout
    rows = [json.loads(line) for line in predictions.read_text(encoding="utf-8").splitlines()]
    assert {(r["doc"], r["i"]) for r in rows} == {("d1", 0), ("d1", 1), ("d2", 0)}
    keys = {"doc", "i", "label", "strength", "flags", "source", "cue", "framing"}
    assert all(set(r) == keys for r in rows)


def test_eval_json_scores(tmp_path: Path) -> None:
    result = run("eval", str(_eval_file(tmp_path)), "--json")
    scores = json.loads(result.stdout)
    label = next(q for q in scores["questions"] if q["name"] == "label")
    assert label["n"] == 3 and 0 <= label["accuracy"] <= 1


def test_eval_names_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"doc": "d", "i": 0, "text": "x", "gold": {}}\n{not json\n', encoding="utf-8")
    result = run("eval", str(path))
    assert result.exit_code == ExitCode.USAGE and "bad.jsonl:2" in result.stderr


def test_rules_list_shows_the_built_in_pack() -> None:
    result = run("rules", "list", "--kind", "cue")
    assert result.exit_code == 0
    assert "cue.speech" in result.stdout and "cue.according-to" in result.stdout


def _pack(tmp_path: Path, quiet: str) -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "house.toml").write_text(
        'provenance = "test pack"\n[[rule]]\nid = "house.spin"\nkind = "framing"\n'
        'category = "evaluative"\nmessage = "house word"\nwhy = "our style"\nconfidence = 0.9\n'
        f'terms = ["spin doctors"]\nfire = ["The spin doctors were busy."]\nquiet = ["{quiet}"]\n',
        encoding="utf-8",
    )
    return folder


def test_rules_test_passes_a_good_pack(tmp_path: Path) -> None:
    result = run("rules", "test", str(_pack(tmp_path, "The doctors were busy.")))
    assert result.exit_code == 0 and "1 rules, 2 examples, 0 failed" in result.stdout


def test_rules_test_fails_a_pack_whose_examples_do_not_hold(tmp_path: Path) -> None:
    result = run("rules", "test", str(_pack(tmp_path, "More spin doctors arrived.")))
    assert result.exit_code == ExitCode.THRESHOLD and "house.spin" in result.stderr


def test_rules_test_without_a_pack_tests_the_built_in_one() -> None:
    from auditor.rules import load_ruleset
    from auditor.rules.loader import builtin_pack

    core = [r for r in load_ruleset().rules if r.pack == "core"]
    alone = run("rules", "test")
    named = run("rules", "test", str(builtin_pack()))
    assert alone.exit_code == 0 and f"{len(core)} rules," in alone.stdout
    assert "0 failed" in alone.stdout and named.stdout == alone.stdout


def test_config_file_disables_rules(tmp_path: Path, monkeypatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The plan was clearly a failure.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    before = json.loads(run("audit", str(article), "--format", "json").stdout)
    assert any(e["rule"] == "stance.booster" for e in before["sentences"][0]["evidence"])
    (tmp_path / ".auditor.toml").write_text('disable = ["stance.booster"]\n', encoding="utf-8")
    after = json.loads(run("audit", str(article), "--format", "json").stdout)
    assert all(e["rule"] != "stance.booster" for e in after["sentences"][0]["evidence"])


def test_an_unknown_config_key_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "auditor.toml"
    config.write_text("treshold = 2\n", encoding="utf-8")
    result = run("audit", WIRE, "--config", str(config))
    assert result.exit_code == ExitCode.USAGE and "treshold" in result.stderr


@pytest.mark.parametrize("problem", ["pack", "disable"])
def test_batch_refuses_a_bad_rule_pack_before_auditing(tmp_path: Path, problem: str) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Police said the road was closed.\n", encoding="utf-8")
    if problem == "pack":
        pack = tmp_path / "pack"
        pack.mkdir()
        (pack / "broken.toml").write_text('[[rule]]\nid = "house.x"\npattern = "("\n')
        option = ["--pack", str(pack)]
    else:
        option = ["--disable", "no.such-rule"]
    result = run("batch", str(folder), *option, "--jobs", "1", "-o", str(tmp_path / "s.csv"))
    assert result.exit_code == ExitCode.USAGE
    assert not (tmp_path / "s.csv").exists()  # refused before any article was audited


def test_batch_of_a_folder_without_articles_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    result = run("batch", str(tmp_path), "--jobs", "1")
    assert result.exit_code == ExitCode.INPUT
    looking = "looking for *.html, *.htm, *.txt, *.md, *.warc, *.warc.gz, *.wacz"
    assert f"no articles found ({looking})" in result.output


def test_the_progress_bar_counts_the_inputs_done_and_the_errors(capsys) -> None:
    from types import SimpleNamespace

    from auditor.cli.progress import progress

    with progress(3) as advance:
        for ok in (True, False, True):
            advance(SimpleNamespace(ok=ok))
    line = capsys.readouterr().err
    assert "3/3" in line and "errors: 1" in line


@pytest.mark.parametrize("traced", [False, True])
def test_a_tracer_keeps_the_exit_handlers_registered_before_the_command(tmp_path, traced) -> None:
    """Coverage and debuggers save their work in exit handlers registered before the CLI
    runs: under a tracer the command leaves as Python does, so those handlers run."""
    marker = tmp_path / "saved"
    script = tmp_path / "program.py"
    script.write_text(
        "import atexit, pathlib, sys\n"
        f"atexit.register(pathlib.Path({str(marker)!r}).write_text, 'saved')\n"
        f"if {traced}:\n"
        "    sys.settrace(lambda *args: None)\n"
        "from auditor.__main__ import run\n"
        "sys.argv = ['auditor', '--version']\n"
        "run()\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and done.stdout.startswith("auditor ")
    assert marker.exists() is traced  # without a tracer, the quick exit skips it


@pytest.mark.parametrize(
    "args", [["audit", WIRE], ["audit", WIRE, "-f", "json"], ["batch", WIRE, "-q"]]
)
def test_a_closed_pipe_ends_quietly_with_status_0(args) -> None:
    """`auditor audit X | head -1`: the reader is gone before the report is written."""
    process = subprocess.Popen(
        [sys.executable, "-m", "auditor", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    process.stdout.close()  # closed before anything is written: the write meets EPIPE
    stderr = process.stderr.read()
    assert process.wait(timeout=60) == 0
    assert stderr == b""


def test_piped_reports_are_plain_lines_without_padding_or_legend() -> None:
    for args in (["audit", WIRE], ["batch", WIRE, "-q"], ["rules", "list"]):
        out = run(*args).stdout
        assert out and "\x1b[" not in out
        assert not [line for line in out.splitlines() if line != line.rstrip()], args
    out = run("audit", WIRE).stdout
    assert "spans:" not in out  # the legend explains colours only: none here
    assert "spans:" in run("audit", WIRE, "--color").stdout
