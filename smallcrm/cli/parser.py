"""The command line's parser: every command family's arguments, help in the user's
language wrapped by the columns its characters take, and mistakes as one sentence."""

from __future__ import annotations

import argparse
import copy
import re
import unicodedata
from typing import Any, NoReturn

from smallcrm import __version__
from smallcrm.cli import (
    commands_analysis,
    commands_catalogue,
    commands_counter,
    commands_customers,
    commands_data,
    commands_mailing,
    commands_receipt,
    commands_records,
    commands_rules,
    commands_sheets,
    commands_staff_results,
)
from smallcrm.cli.common import UsageError, tr, tr_help
from smallcrm.errors import QT_TRANSLATE_NOOP

# argparse's own words in the help, for lupdate (argparse itself speaks English only).
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CLI", "usage: "),
    QT_TRANSLATE_NOOP("CLI", "positional arguments"),
    QT_TRANSLATE_NOOP("CLI", "options"),
    QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CLI", "show program's version number and exit"),
)

# The command families, in the order the help lists their commands.
FAMILIES = (
    commands_data,
    commands_customers,
    commands_records,
    commands_counter,
    commands_rules,
    commands_analysis,
    commands_staff_results,
    commands_sheets,
    commands_mailing,
    commands_receipt,
    commands_catalogue,  # last: it adds 'product import|export' to the counter's 'product' command
)

# The window's options (smallcrm.ui.shell.app), listed in the help so that `smallcrm --help`
# tells of everything the one program does; with a command they are a mistake.
WINDOW_OPTIONS = ("--demo", "--self-test", "--quit-after-show")

_WORDS = re.compile(r"\s+|[\x21-\x7e]+|.")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def wrap(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` terminal columns. textwrap counts a Chinese
    character as one column though it takes two, and breaks only at spaces, which
    Chinese does not have: translated help ran twice as wide as the terminal."""
    lines: list[str] = []
    line, used = "", 0
    for token in _WORDS.findall(" ".join(text.split())):
        size = _width(token)
        if token == " ":
            if line:
                line, used = line + " ", used + 1
            continue
        if used + size > width and line.strip():
            lines.append(line.rstrip())
            line, used = "", 0
        line, used = line + token, used + size
    if line.strip():
        lines.append(line.rstrip())
    return lines


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with every text it shows translated when it is shown, and
    wrapped by the columns its characters take."""

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def _expand_help(self, action: argparse.Action) -> str:
        text = action.help
        if text:
            action = copy.copy(action)
            action.help = tr_help(text)
        return super()._expand_help(action)

    def _format_text(self, text: str) -> str:
        return super()._format_text(tr_help(text))

    def start_section(self, heading: str | None) -> None:
        super().start_section(tr(heading) if heading else heading)

    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, tr("usage: ") if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as one sentence instead of usage plus error,
    and shows its help in the user's language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _common() -> argparse.ArgumentParser:
    """Options every subcommand accepts, before or after its name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help=QT_TRANSLATE_NOOP("CLI", "database file to use")
    )
    common.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("CLI", "print one JSON object"),
    )
    return common


def _add_program_options(parser: Parser) -> None:
    """--version, --db, --json and --lang, before any command."""
    parser.add_argument("--version", action="version", version=f"SmallCRM {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None,
        help=QT_TRANSLATE_NOOP("CLI", "database file (default: $SMALLCRM_DB or the app-data folder)"),
    )
    parser.add_argument(
        "--json", action="store_true", default=False, help=QT_TRANSLATE_NOOP("CLI", "print one JSON object on stdout")
    )
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "language of the window and of the command line (default: $SMALLCRM_LANG, then the shop's "
            "setting for the window, then the system's)",
        ),
    )


def _add_window_options(parser: Parser) -> None:
    """The window's options (WINDOW_OPTIONS), in a group of their own."""
    window = parser.add_argument_group(
        QT_TRANSLATE_NOOP("CLI", "window options"),
        QT_TRANSLATE_NOOP("CLI", "Without a command, smallcrm opens the window; these options go with it."),
    )
    window.add_argument(
        "--demo",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP("CLI", "if the database has no customers, fill it with demo customers"),
    )
    window.add_argument(
        "--self-test",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "check this installation: demo data in a scratch database, the window offscreen, a chart and a "
            "label page as PDF, the translations; prints 'self-test ok' and exits 0 when all is well",
        ),
    )
    window.add_argument(
        "--quit-after-show",
        action="store_true",
        default=argparse.SUPPRESS,
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "exit as soon as the window has been shown (benchmarks); a problem is printed instead of shown",
        ),
    )


def build_parser() -> Parser:
    """The whole command line: the program's options, the window's, and every command."""
    parser = Parser(
        prog="smallcrm",
        description=QT_TRANSLATE_NOOP(
            "CLI",
            "SmallCRM: customers, purchases, reminders for a small shop. Without a command, opens the window.",
        ),
    )
    _add_program_options(parser)
    _add_window_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = _common()
    for family in FAMILIES:
        family.register(sub, common)
    return parser
