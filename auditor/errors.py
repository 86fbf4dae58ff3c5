"""Exit codes and the errors that end an audit with one clear line.

Every failure a user can cause (a missing file, a dead URL, a page with no
article) is an :class:`AuditorError` carrying an :class:`ExitCode`. The CLI
prints ``error: <message>`` on stderr and exits with that code; it never
shows a traceback for them.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Process exit codes, documented in the README's exit-code table."""

    OK = 0
    THRESHOLD = 1  # a --fail-under style threshold was crossed
    USAGE = 2  # bad option, bad config file, bad rule pack
    INPUT = 3  # an input could not be read: missing, unreadable, empty, binary, bad URL
    NO_TEXT = 4  # the input was read but holds no article text
    NETWORK = 5  # DNS failure, connection refused or reset
    TIMEOUT = 6  # connect or read timeout, overall deadline
    HTTP_STATUS = 7  # the server answered 4xx or 5xx
    TOO_LARGE = 8  # body or article over the configured size or sentence limit
    REDIRECTS = 9  # too many redirects, or a redirect to a non-http(s) scheme
    UNSUPPORTED = 10  # content type is not HTML or plain text (PDF, image, JSON)
    TLS = 11  # certificate verification or TLS handshake failed
    INTERRUPTED = 130  # Ctrl-C


class AuditorError(Exception):
    """A failure to report as one line, with the exit code that names its cause."""

    exit_code: ExitCode = ExitCode.INPUT

    def __init__(self, message: str, exit_code: ExitCode | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code

    @property
    def message(self) -> str:
        return str(self)

    @property
    def reason(self) -> str:
        """A short machine-friendly cause, e.g. ``no_text`` or ``timeout``."""
        return self.exit_code.name.lower()


class InputError(AuditorError):
    """The input could not be read or is not usable as an article."""

    exit_code = ExitCode.INPUT


class NoTextError(AuditorError):
    """The input was read, but there is no article text in it."""

    exit_code = ExitCode.NO_TEXT


class UsageError(AuditorError):
    """A bad option, configuration file or rule pack."""

    exit_code = ExitCode.USAGE


class OutputError(AuditorError):
    """An output (``-o``, ``--out``, an archive) cannot be written there."""

    exit_code = ExitCode.USAGE


class FetchError(AuditorError):
    """A URL could not be fetched; ``exit_code`` says why."""

    exit_code = ExitCode.NETWORK


class LanguageError(InputError):
    """The article is not in English: one ``audit`` refuses it, a batch skips it."""

    def __init__(self, message: str, title: str | None = None, site: str | None = None) -> None:
        super().__init__(message)
        self.title, self.site = title, site

    @property
    def reason(self) -> str:
        return "language"
