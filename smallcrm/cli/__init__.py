"""The command line: every data operation the GUI offers, over the same domain code.

``--json`` prints exactly one JSON object on stdout. Errors are one sentence on stderr
with a non-zero exit: 1 for a problem with the input or the database (UserError),
2 for a malformed command line, 70 for a bug (its traceback goes to the log file).
The command names, options and JSON keys are a contract for scripts: add, never rename.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from smallcrm import __version__, paths
from smallcrm.cli import i18n, output
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

EXIT_USER = 1
EXIT_USAGE = 2
EXIT_BUG = 70

INTERRUPTED = QT_TRANSLATE_NOOP("CLI", "Interrupted; nothing was changed by the unfinished command.")
INTERNAL_ERROR = QT_TRANSLATE_NOOP("CLI", "Internal error ({error}); details were written to {log}.")


class UsageError(Exception):
    """A malformed command line, reported as one sentence."""


def id_list(text: str | None) -> list[int] | None:
    """An ``--ids 3,5,8`` option's customer ids; None when it was not given."""
    if not text:
        return None
    try:
        return [int(i) for i in text.replace(" ", "").split(",") if i]
    except ValueError:
        raise UsageError(f"--ids needs numbers separated by commas, not {text!r}") from None


class Parser(argparse.ArgumentParser):
    """argparse that reports mistakes as one sentence instead of usage plus error."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


Handler = Callable[[argparse.Namespace], int]


def _common() -> argparse.ArgumentParser:
    """Options every subcommand accepts, before or after its name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="database file to use")
    common.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON object")
    return common


def build_parser() -> Parser:
    from smallcrm.cli import (
        commands_analysis,
        commands_customers,
        commands_data,
        commands_mailing,
        commands_records,
        commands_rules,
        commands_sheets,
    )

    parser = Parser(
        prog="smallcrm",
        description="SmallCRM: customers, purchases, reminders for a small shop. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"SmallCRM {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", default=None, help="database file (default: $SMALLCRM_DB or the app-data folder)"
    )
    parser.add_argument("--json", action="store_true", default=False, help="print one JSON object on stdout")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    common = _common()
    for module in (
        commands_data,
        commands_customers,
        commands_records,
        commands_rules,
        commands_analysis,
        commands_sheets,
        commands_mailing,
    ):
        module.register(sub, common)
    return parser


def command_names() -> set[str]:
    """The subcommand names, for the launcher that decides between CLI and window."""
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return set(action.choices)


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else paths.default_db_path()


def open_database(args: argparse.Namespace, *, check: bool = True) -> None:
    """Open the shop; ``check``: SQLite's quick_check of the whole file first (about a
    second at 300 MB), which a command that only reads counts may skip."""
    from smallcrm.domain.session import open_crm

    open_crm(db_path(args), check=check)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "command", None):
            parser.print_help()
            return 0
        handler: Handler = args.handler
        return handler(args)
    except UsageError as exc:
        output.error(str(exc))
        return EXIT_USAGE
    except UserError as exc:
        output.error(exc.render(i18n.translator()))
        return EXIT_USER
    except KeyboardInterrupt:
        output.error(i18n.translator()("CLI", INTERRUPTED))
        return EXIT_USER
    except Exception as exc:  # a bug: one sentence here, the traceback in the log
        log = _log_bug(exc)
        text = i18n.translator()("CLI", INTERNAL_ERROR)
        output.error(text.format(error=f"{type(exc).__name__}: {exc}", log=log))
        return EXIT_BUG
    finally:
        from smallcrm.store.db import close_db

        close_db()


def _log_bug(exc: BaseException) -> Path:
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "smallcrm-cli.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} smallcrm {__version__}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        logging.getLogger(__name__).exception("could not write the log")
        return folder


def parse_assignments(items: list[str], option: str = "--set") -> dict[str, str]:
    """['city=成都市', 'note=a=b'] -> {'city': '成都市', 'note': 'a=b'}."""
    changes: dict[str, str] = {}
    for item in items:
        field, sep, value = item.partition("=")
        if not sep:
            raise UsageError(f"{option} needs FIELD=VALUE, not {item!r}")
        changes[field.strip()] = value
    return changes


def add_command(
    sub: Any, common: argparse.ArgumentParser, name: str, handler: Handler, help: str, **kwargs: Any
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help, description=help, **kwargs)
    parser.set_defaults(handler=handler)
    return parser
