"""``auditor rules list``, ``auditor rules test [PACK]`` and ``auditor rules stats``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from auditor.cli import common
from auditor.errors import ExitCode

app = typer.Typer(
    help="List the rules in force, and test a rule pack's examples.",
    no_args_is_help=True,
    rich_markup_mode=None,
)


@app.command("list")
@common.handle_errors
def list_rules(
    kind: Annotated[
        str | None,
        typer.Option(
            "--kind",
            help="Only rules of this kind (cue, vague, framing, structure, sense).",
        ),
    ] = None,
    config: common.ConfigOption = None,
    pack: common.PackOption = None,
    disable: common.DisableOption = None,
) -> None:
    """List every rule in force: the built-in pack, your packs, minus what you disabled."""
    from rich import box
    from rich.table import Table

    from auditor.formatters.console import console as make_console
    from auditor.rules import load_ruleset

    settings, _ = common.settings_from(config, pack, disable)
    ruleset = load_ruleset(settings.packs, settings.disabled, settings.weights)
    rules = [r for r in ruleset.rules if not kind or r.kind == kind]
    packs = sorted({r.pack for r in rules})
    table = Table(box=box.SIMPLE, title=f"{len(rules)} rules", title_justify="left")
    table.add_column("id", no_wrap=True)
    table.add_column("kind: category", overflow="fold")
    table.add_column("weight", justify="right", no_wrap=True)
    table.add_column("message", overflow="fold")
    if packs != ["core"]:
        table.add_column("pack", no_wrap=True)
    for rule in rules:
        weight = f"{rule.weight:g}" if rule.kind == "framing" else ""
        cells = [rule.id, f"{rule.kind}: {rule.category}", weight, rule.message]
        table.add_row(*cells, *([rule.pack] if packs != ["core"] else []))
    make_console().print(table)


@app.command("test")
@common.handle_errors
def test_pack(
    pack: Annotated[
        Path | None,
        typer.Argument(
            help="Folder of rule files (and lexicons/) to test; the built-in pack if left out."
        ),
    ] = None,
) -> None:
    """Run a pack's examples: each rule must fire on its 'fire' examples and not on 'quiet' ones."""
    from auditor.engine import Engine
    from auditor.rules.check import check_examples
    from auditor.rules.loader import builtin_pack
    from auditor.settings import Settings

    builtin = pack is None or pack.resolve() == builtin_pack().resolve()
    engine = Engine(Settings() if builtin else Settings(packs=(str(pack.resolve()),)))
    rules = [r for r in engine.ruleset.rules if (r.pack == "core") == builtin]
    failures = check_examples(engine, rules)
    examples = sum(len(r.fire) + len(r.quiet) for r in rules)
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"{len(rules)} rules, {examples} examples, {len(failures)} failed")
    if failures:
        raise typer.Exit(int(ExitCode.THRESHOLD))


@app.command("stats")
@common.handle_errors
def stats(
    files: Annotated[
        list[Path],
        typer.Argument(help="Evaluation files (FORMAT.md) with editorial answers or spans."),
    ],
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print a Markdown table (as in docs/tuning.md).")
    ] = False,
    under: Annotated[
        bool,
        typer.Option(
            "--under",
            help="Only sentences left under the threshold: 'alone n / share; under n / share'.",
        ),
    ] = False,
    config: common.ConfigOption = None,
    pack: common.PackOption = None,
    disable: common.DisableOption = None,
    threshold: common.ThresholdOption = None,
) -> None:
    """Per framing rule and file: how often it fires, and the share the gold calls editorial.

    Each cell is "firings / share": on files with an editorial answer, the sentences
    (not attributed to a source) the rule fires on and the share of them the gold calls
    editorial; on span files, the rule's matches and the share overlapping a gold
    loaded-language span; "; right/decides" counts the sentences that are EDITORIAL only
    because of the rule, and how many of them the gold calls editorial. The base-rate
    row gives the share over all sentences judged. With --under, a cell counts the
    unattributed sentences that stay under the threshold where the rule is the only
    weighted cue ("alone") and all those where it fires ("under"), with the same share.

    Example: auditor rules stats eval/checkthat-dev.jsonl eval/babe-dev.jsonl
    """
    from auditor import rulestats

    settings, _ = common.settings_from(config, pack, disable, threshold, any_language=True)
    if under:
        found_under, rule_ids = rulestats.collect_under(files, settings)
        rows = rulestats.under_rows(found_under, rule_ids) if found_under else None
    else:
        found, rule_ids = rulestats.collect(files, settings)
        rows = rulestats.table_rows(found, rule_ids) if found else None
    if rows is None:
        raise common.fail("no file has an editorial answer or propaganda spans", ExitCode.USAGE)
    sys.stdout.write(rulestats.markdown(rows) if markdown else rulestats.plain(rows))
