"""What the commands share: error handling, option groups, settings from options and config."""

from __future__ import annotations

import contextlib
import functools
import math
import os
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from auditor.errors import AuditorError, ExitCode, UsageError

F = TypeVar("F", bound=Callable[..., Any])

RULES = "Rules"
FETCHING = "Fetching"
LIMITS = "Limits"

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="Configuration file (default: the first .auditor.toml, or pyproject.toml with "
        "[tool.auditor], from the current folder upward; see `auditor config`).",
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

ArticleTimeoutOption = Annotated[
    float,
    typer.Option(
        "--article-timeout",
        help="Seconds one article's audit may take (a batch makes it an error row; audit exits 8).",
        rich_help_panel=LIMITS,
    ),
]
ARTICLE_TIMEOUT = 60.0


def seconds(value: float, option: str) -> float:
    """``value`` if it is a positive, finite number of seconds, or a usage error naming it."""
    if not 0 < value < float("inf"):
        raise UsageError(f"{option} must be a positive, finite number of seconds, not {value}")
    return value


@contextlib.contextmanager
def time_limit(limit: float, name: str) -> Iterator[None]:
    """End the process with exit 8 and one line if the block runs past ``limit`` seconds.

    The extraction libraries run in C for long stretches, where no signal handler gets a
    turn; a timer thread ends the process wherever it is.
    """
    from auditor.quickexit import leave

    def overrun() -> None:
        print(f"error: {name}: the audit passed the {limit:g} s limit (--article-timeout)",
              file=sys.stderr)  # fmt: skip
        leave(int(ExitCode.TOO_LARGE))

    timer = threading.Timer(limit, overrun)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def fail(message: str, code: ExitCode) -> typer.Exit:
    """Print ``error: message`` on stderr and return the Exit to raise."""
    from auditor.printable import printable

    print(f"error: {printable(message)}", file=sys.stderr)
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
        except BrokenPipeError:  # the reader went away (`| head`): end quietly, as cat does
            _silence_stdout()
            raise typer.Exit(int(ExitCode.OK)) from None

    return wrapper  # type: ignore[return-value]


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing it at exit fails no more."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


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

    if threshold is not None and not math.isfinite(threshold):
        raise UsageError(f"--threshold must be a finite number, not {threshold}")
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
    for folder in packs or ():
        if not folder.is_dir():  # missing, a file, or a symlink loop
            raise UsageError(f"--pack {folder} is not a folder of rule files")
    values["packs"] = config.packs + tuple(os.path.realpath(p) for p in packs or ())
    values["disabled"] = config.disable + tuple(disable or ())
    return Settings(**values), config


def cores() -> int:
    """The cores this process may run on: batch's default number of workers."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def output_from(config, width: int | None, color: bool | None) -> tuple[int | None, bool | None]:
    """The report's width and colour: the options, else the configuration file's."""
    return (
        width if width is not None else config.values.get("width"),
        color if color is not None else config.values.get("color"),
    )


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
        help="CA certificates to trust instead of the bundled set (verification is never"
        " switched off).",
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
    max_input: int | None = None,
):
    """FetchOptions from the configuration's [fetch] table, overridden by options.

    ``max_input`` (the settings' ``max_bytes``) caps the body too: the tighter limit wins.
    """
    from dataclasses import replace

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
    options = FetchOptions(**values)
    if max_input is not None and max_input < options.max_bytes:  # --max-bytes binds bodies too
        options = replace(options, max_bytes=max_input)
    return options
