"""The ``smallcrm`` entry point: a subcommand runs the CLI, anything else opens the window.

The CLI and the GUI are siblings that never import each other (ARCHITECTURE.md);
this small module is the one place that knows both, so the console script can be
the CLI by contract and still open the app on a double-click.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# The window's options that take a value, so 'smallcrm --db X' is not read as a command.
_GUI_VALUE_OPTIONS = {"--db", "--lang"}


def wants_cli(argv: Sequence[str]) -> bool:
    """Any word that is not an option (a command, or a typo the CLI will explain),
    or --help/--version, means the CLI; options alone open the window. Decided
    without building the CLI's parser, which would slow every window start."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help", "--version"):
            return True
        elif arg in _GUI_VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # Each face imports only itself: the CLI 32-43 ms, the window 118-180 ms (measured,
    # python -X importtime -m smallcrm --help / -c "import smallcrm.ui.shell.app").
    if wants_cli(args):
        from smallcrm.cli import main as cli_main

        return cli_main(args)
    from smallcrm.ui.shell.app import main as gui_main

    return gui_main(args)
