"""``python -m auditor``, and the ``auditor`` command's entry point.

The command-line interface is imported only when the command runs: a batch worker
imports the command's script as its main module, and needs none of it.
"""


def run() -> None:
    """Run the command line."""
    from auditor.cli import main

    main()


if __name__ == "__main__":
    run()
