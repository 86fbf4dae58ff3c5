"""``python -m auditor``, and the ``auditor`` command's entry point.

The command-line interface is imported only when the command runs: a batch worker
imports the command's script as its main module, and needs none of it.
"""

from __future__ import annotations

import atexit
import sys

from auditor.quickexit import leave


def run() -> None:
    """Run the command line; as the program, leave without tearing down the interpreter.

    Freeing every module and object one by one at exit took 40-60 ms of each command
    (13% of auditing a short text). The command's files are closed by then and its
    output is flushed (:func:`auditor.quickexit.leave`); the exit handlers registered
    after this one (all of the libraries') still run first. An exception other than
    an exit is left to Python, and so is the exit of a process that runs the command
    line itself (when the caller is not the main module: a test, a notebook) or runs
    under a tracer or profiler, whose exit handlers were registered before this one.
    """
    status: list[int] = []
    if _is_the_program(sys._getframe(1)) and not _traced():
        atexit.register(_leave, status)  # before the CLI's modules: their handlers run first
    from auditor.cli import main

    try:
        main()
    except SystemExit as exc:
        status.append(exit_status(exc.code))
        raise


def _is_the_program(caller) -> bool:
    return caller.f_globals.get("__name__") == "__main__"


def _traced() -> bool:
    """A tracer or profiler (coverage, a debugger) may save its work at exit: let it."""
    return sys.gettrace() is not None or sys.getprofile() is not None


def exit_status(code: object) -> int:
    """The process status Python gives ``sys.exit(code)``: 0, the number, or 1 with a message."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    return 1


def _leave(status: list[int]) -> None:
    if not status:
        return  # not an exit of the command's own (an exception): Python ends it
    logging = sys.modules.get("logging")
    if logging is not None:
        logging.shutdown()  # the one exit handler registered before this one (by auditor)
    leave(status[0])


if __name__ == "__main__":
    run()
