"""The ``smallcrm`` entry point: a subcommand runs the CLI, anything else opens the window.

The CLI and the GUI are siblings that never import each other (ARCHITECTURE.md);
this small module is the one place that knows both, so the console script can be
the CLI by contract and still open the app on a double-click.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

# Options of the window, so 'smallcrm --db X --demo' is not mistaken for the CLI.
_GUI_FLAGS = {"--demo", "--quit-after-show", "--self-test", "--lang"}


def wants_cli(argv: Sequence[str]) -> bool:
    from smallcrm.cli import command_names

    if any(a in ("-h", "--help", "--version") for a in argv):
        return True
    names = command_names()
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg in ("--db", "--lang"):
            skip = True  # the next word is the option's value
            continue
        if arg in names:
            return True
        if not arg.startswith("-"):
            return True  # an unknown command: let the CLI say so in one sentence
    return False


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_cli(args):
        from smallcrm.cli import main as cli_main

        return cli_main(args)
    from smallcrm.ui.app import main as gui_main

    return gui_main(args)
