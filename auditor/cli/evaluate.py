"""``auditor eval``: label an evaluation file (docs/evaluation.md) and print its scores."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from auditor.cli import common

EXAMPLES = """
Examples (from a clone of the repository):

  auditor eval samples/eval-sample.jsonl

  auditor eval samples/eval-sample.jsonl -p preds.jsonl

The file format, the questions scored and the predictions written:
docs/evaluation.md.
"""


@common.handle_errors
def evaluate(
    file: Annotated[
        Path,
        typer.Argument(
            help="Evaluation file: JSON Lines, one sentence a line with its gold answers "
            "(format: docs/evaluation.md in the auditor repository; a small one ships as "
            "samples/eval-sample.jsonl)."
        ),
    ],
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", "-p", help="Write one prediction per sentence (JSON Lines)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    config: common.ConfigOption = None,
    pack: common.PackOption = None,
    disable: common.DisableOption = None,
    threshold: common.ThresholdOption = None,
) -> None:
    """Label the sentences of an evaluation file, document by document, and score them."""
    from auditor import evaluate as ev

    settings, _ = common.settings_from(config, pack, disable, threshold, any_language=True)
    records = ev.read_records(file)
    if ev.is_segmentation(records):
        result = ev.score_segmentation(str(file), records)
    else:
        predicted = ev.predict(records, settings)
        if predictions is not None:
            from auditor.atomic import atomic_open

            with atomic_open(predictions) as stream:
                for row in predicted:
                    stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        result = ev.score(str(file), records, predicted)
    if as_json:
        json.dump(result.to_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        from auditor.formatters.scores import write_scores

        write_scores(result, sys.stdout)


@common.handle_errors
def evaluate_pages(
    file: Annotated[
        Path,
        typer.Argument(help='Pages file: JSON Lines of {"file": "html/x.html", "text": BODY}.'),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    show: Annotated[
        bool, typer.Option("--show", help="List the claims that are not body text.")
    ] = False,
    config: common.ConfigOption = None,
    pack: common.PackOption = None,
    disable: common.DisableOption = None,
) -> None:
    """Audit saved pages whose article body is known: the share of claims that are body
    text, and of body words the report keeps (docs/pages.md)."""
    from auditor import evaluate_pages as ep

    settings, _ = common.settings_from(config, pack, disable, None, any_language=True)
    result = ep.check_pages(file, ep.read_pages(file), settings)
    figures = result.to_dict()
    if as_json:
        json.dump(figures, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    for key, value in figures.items():
        if key != "errors":
            print(f"{key:<22} {value}")
    print(f"{'errors':<22} {len(figures['errors'])}")
    for error in figures["errors"]:
        print(f"  {error}")
    if show:
        for page in result.pages:
            for text in page.claims_outside:
                print(f"{page.file}: {text}")
