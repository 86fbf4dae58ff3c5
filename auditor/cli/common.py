"""What the commands share: error handling, option groups, settings from options and config."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from auditor.errors import AuditorError, ExitCode

F = TypeVar("F", bound=Callable[..., Any])

RULES = "Rules"
FETCHING = "Fetching"
LIMITS = "Limits"

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (default: .auditor.toml, or [tool.auditor] in pyproject.toml, "
        "in the current folder).",
        rich_help_panel=RULES,
    ),
]
PackOption = Annotated[
    list[Path] | None,
    typer.Option("--pack", help="Folder of extra rule files (repeatable).", rich_help_panel=RULES),
]
DisableOption = Annotated[
    list[str] | None,
    typer.Option("--disable", help="Switch off a rule by id (repeatable).", rich_help_panel=RULES),
]
ThresholdOption = Annotated[
    float | None,
    typer.Option(
        "--threshold",
        help="Framing score that makes a sentence EDITORIAL FRAMING.",
        rich_help_panel=RULES,
    ),
]
AnyLanguageOption = Annotated[
    bool,
    typer.Option(
        "--any-language", help="Audit articles that do not look English.", rich_help_panel=LIMITS
    ),
]
MaxBytesOption = Annotated[
    int | None, typer.Option("--max-bytes", help="Largest input read.", rich_help_panel=LIMITS)
]
MaxSentencesOption = Annotated[
    int | None,
    typer.Option("--max-sentences", help="Largest article labelled.", rich_help_panel=LIMITS),
]


def fail(message: str, code: ExitCode) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    print(f"error: {message}", file=sys.stderr)
    return typer.Exit(int(code))


def handle_errors(command: F) -> F:
    """Turn AuditorError into one line on stderr and its exit code; Ctrl-C into 130."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except AuditorError as exc:
            raise fail(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise fail("interrupted", ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            sys.stderr.close()
            raise typer.Exit(int(ExitCode.OK)) from None

    return wrapper  # type: ignore[return-value]


def settings_from(
    config_path: Path | None,
    packs: list[Path] | None = None,
    disable: list[str] | None = None,
    threshold: float | None = None,
    any_language: bool = False,
    max_bytes: int | None = None,
    max_sentences: int | None = None,
):
    """Settings from the configuration file, overridden by command-line options."""
    from auditor.config import load_config
    from auditor.settings import Settings

    config = load_config(config_path)
    values: dict[str, Any] = {}
    for key, given in (
        ("threshold", threshold),
        ("max_bytes", max_bytes),
        ("max_sentences", max_sentences),
    ):
        if given is not None:
            values[key] = given
        elif key in config.values:
            values[key] = config.values[key]
    values["any_language"] = any_language or bool(config.values.get("any_language", False))
    values["packs"] = config.packs + tuple(str(p.resolve()) for p in packs or ())
    values["disabled"] = config.disable + tuple(disable or ())
    return Settings(**values), config


TimeoutOption = Annotated[
    float | None,
    typer.Option(
        "--timeout", help="Seconds to wait to connect and for each read.", rich_help_panel=FETCHING
    ),
]
DeadlineOption = Annotated[
    float | None,
    typer.Option(
        "--deadline",
        help="Seconds for a whole fetch, redirects and retries included.",
        rich_help_panel=FETCHING,
    ),
]
MaxRedirectsOption = Annotated[
    int | None,
    typer.Option("--max-redirects", help="Redirects followed at most.", rich_help_panel=FETCHING),
]
RetriesOption = Annotated[
    int | None,
    typer.Option(
        "--retries",
        help="Retries after HTTP 429 or 503 (Retry-After is honoured).",
        rich_help_panel=FETCHING,
    ),
]
UserAgentOption = Annotated[
    str | None,
    typer.Option("--user-agent", help="User-Agent header to send.", rich_help_panel=FETCHING),
]
CaBundleOption = Annotated[
    Path | None,
    typer.Option(
        "--ca-bundle",
        help="Extra CA certificates to trust (verification is never switched off).",
        rich_help_panel=FETCHING,
    ),
]
ArchiveOption = Annotated[
    Path | None,
    typer.Option(
        "--archive",
        help="Save the fetch as DIR/<sha256>.warc.gz (a web archive: headers, exact bytes).",
        rich_help_panel=FETCHING,
    ),
]


def fetch_options_from(
    config,
    timeout: float | None = None,
    deadline: float | None = None,
    max_redirects: int | None = None,
    retries: int | None = None,
    user_agent: str | None = None,
    ca_bundle: Path | None = None,
    host_delay: float | None = None,
):
    """FetchOptions from the configuration's [fetch] table, overridden by options."""
    from auditor.fetch import FetchOptions

    values: dict[str, Any] = dict(config.fetch)
    if timeout is not None:
        values["connect_timeout"] = values["read_timeout"] = timeout
    for key, given in (
        ("deadline", deadline),
        ("max_redirects", max_redirects),
        ("retries", retries),
        ("user_agent", user_agent),
        ("ca_bundle", str(ca_bundle) if ca_bundle else None),
        ("host_delay", host_delay),
    ):
        if given is not None:
            values[key] = given
    return FetchOptions(**values)
