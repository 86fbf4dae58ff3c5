"""The ``auditor`` command line: a thin layer over the library.

Commands parse options, call :mod:`auditor.api` and the formatters, and map
errors to one line on stderr and an exit code (see :class:`auditor.errors.ExitCode`).
Heavy modules are imported inside the commands, so ``auditor --help`` is instant.
"""

from __future__ import annotations

import typer

from auditor.cli import audit as _audit
from auditor.cli import batch as _batch
from auditor.cli import evaluate as _evaluate
from auditor.cli import ledger as _ledger
from auditor.cli import rules as _rules
from auditor.cli import showconfig as _showconfig

# Plain help (rich_markup_mode=None): typer's rich help alone costs more start-up time
# than everything else `auditor --help` imports.
app = typer.Typer(
    name="auditor",
    rich_markup_mode=None,
    help="Source-attribution auditor for fact-checkers: labels every sentence of a news article "
    "SOURCED, EDITORIAL FRAMING or UNSOURCED, and shows why.",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from auditor import __version__

        print(f"auditor {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    """Source-attribution auditor for fact-checkers."""


app.command("audit", epilog=_audit.EXAMPLES)(_audit.audit)
app.command("batch", epilog=_batch.EXAMPLES)(_batch.batch)
app.command("eval", epilog=_evaluate.EXAMPLES)(_evaluate.evaluate)
app.command("eval-pages")(_evaluate.evaluate_pages)
app.command("outlets", epilog=_ledger.OUTLETS_EXAMPLES)(_ledger.outlets)
app.command("sources", epilog=_ledger.SOURCES_EXAMPLES)(_ledger.sources)
app.add_typer(_rules.app, name="rules")
app.command("config")(_showconfig.show_config)


def main() -> None:
    """Console-script entry point."""
    app()
