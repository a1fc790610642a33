"""The command line: every data operation the GUI offers, over the same domain code.

``--json`` prints exactly one JSON object on stdout. Errors are one sentence on stderr
with a non-zero exit: 1 for a problem with the input or the database (UserError),
2 for a malformed command line, 70 for a bug (its traceback goes to the log file).
A reader that stops reading (``smallcrm duplicates | head``) ends the command quietly
with 141, as a shell reports any program stopped by a closed pipe.
The command names, options and JSON keys are a contract for scripts: add, never rename.

The help and the command's sentences speak the user's language (``--lang``, then
``SMALLCRM_LANG``, then the locale; see ``cli.i18n``): help texts are marked with
``QT_TRANSLATE_NOOP("CLI", ...)`` where they are written and translated when shown.
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import errno
import json
import logging
import os
import re
import sqlite3
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from smallcrm import __version__, files, paths
from smallcrm.cli import i18n, output
from smallcrm.domain.values.ids import MAX_ID, as_id
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

EXIT_USER = 1
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_PIPE = 141  # 128 + SIGPIPE: what a shell shows for a program whose reader went away

# Filters and templates given as JSON nest a few levels; far deeper is a mistake (or
# an attack) that would exhaust Python's recursion in the parser or the filter code.
MAX_JSON_DEPTH = 32

INTERRUPTED = QT_TRANSLATE_NOOP("CLI", "Interrupted; nothing was changed by the unfinished command.")
INTERNAL_ERROR = QT_TRANSLATE_NOOP("CLI", "Internal error ({error}); details were written to {log}.")
CREATED = QT_TRANSLATE_NOOP("CLI", "Created a new, empty database at {path}.")
NO_DATABASE = QT_TRANSLATE_NOOP(
    "UserError",
    "There is no database here; check the path, or create one with a command that adds data "
    "(such as 'smallcrm demo' or 'smallcrm customer add').",
)
NO_DATABASE_FOLDER = QT_TRANSLATE_NOOP(
    "UserError", "The folder for the database does not exist; check the path or create the folder first."
)
DATABASE_NOT_A_FILE = QT_TRANSLATE_NOOP("UserError", "This is not a database file but a device, a pipe or a socket.")
DAMAGED_SCHEMA = QT_TRANSLATE_NOOP(
    "UserError",
    "The database is damaged ({detail}); restore the latest backup with 'smallcrm restore FILE' or from the File menu.",
)
BAD_ID = QT_TRANSLATE_NOOP("CLI", "{value!r} is not an id: ids are whole numbers written with the digits 0-9")
ID_TOO_LARGE = QT_TRANSLATE_NOOP("CLI", "{value} is too large to be an id")
BAD_IDS = QT_TRANSLATE_NOOP("CLI", "--ids needs ids separated by commas, such as 3,5,8, not {value!r}")
BAD_NUMBER = QT_TRANSLATE_NOOP("CLI", "{value!r} is not a whole number written with the digits 0-9")
NUMBER_TOO_SMALL = QT_TRANSLATE_NOOP("CLI", "{value} is too small: the smallest is {low}")
NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("CLI", "{value} is too large: the largest is {high}")
BAD_JSON = QT_TRANSLATE_NOOP("CLI", "{option} is not valid JSON: {reason}")
JSON_TOO_DEEP = QT_TRANSLATE_NOOP("CLI", "{option} nests deeper than {depth} levels")
WINDOW_ONLY = QT_TRANSLATE_NOOP("CLI", "{option} is for the window; it does not go with a command")
NUL_IN_ARGUMENT = QT_TRANSLATE_NOOP("CLI", "{value} holds a NUL character, which no value or file name may hold")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "CLI", "{value} is not text in the terminal's encoding (set it to UTF-8, or type the argument again)"
)

# argparse's own words in the help, for lupdate (argparse itself speaks English only).
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CLI", "usage: "),
    QT_TRANSLATE_NOOP("CLI", "positional arguments"),
    QT_TRANSLATE_NOOP("CLI", "options"),
    QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CLI", "show program's version number and exit"),
)

# The language chosen by --lang ("" = the environment's), and its translator, made
# when the first sentence is translated: reading the catalogue costs a start that
# prints only JSON.
_lang = ""
_translator: i18n.Translate | None = None


def _translate(context: str, text: str) -> str:
    global _translator
    if _translator is None:
        _translator = i18n.translator({"SMALLCRM_LANG": _lang} if _lang else None)
    return _translator(context, text)


def tr(text: str) -> str:
    """``text`` (marked with QT_TRANSLATE_NOOP("CLI", ...)) in the user's language."""
    return _translate("CLI", text)


def translate(context: str, text: str) -> str:
    """Like :func:`tr` for another context (a domain label such as "Segments")."""
    return _translate(context, text)


def _set_language(argv: Sequence[str]) -> None:
    """``--lang`` (looked for before parsing, so the help itself is translated),
    else the environment."""
    global _lang, _translator
    lang = ""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            lang = argv[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    _lang, _translator = lang, None


class UsageError(Exception):
    """A malformed command line, reported as one sentence (translated when its
    template is marked QT_TRANSLATE_NOOP("CLI", ...))."""

    def __init__(self, template: str, **args: Any) -> None:
        self.template = template
        self.args_map = args
        super().__init__(template.format(**args) if args else template)

    def render(self) -> str:
        text = tr(self.template)
        return text.format(**self.args_map) if self.args_map else text


class Phrases(str):
    """A help text made of sentences that are translated one by one (a shared
    explanation appended to several commands' help)."""

    parts: tuple[str, ...]

    def __new__(cls, *parts: str) -> Phrases:
        text = super().__new__(cls, "".join(parts))
        text.parts = parts
        return text


def _tr_help(text: str) -> str:
    if isinstance(text, Phrases):
        return "".join(tr(part) for part in text.parts)
    return tr(text)


# -- values typed on the command line: one reading of each kind ------------------------------


def whole_number(text: str, *, low: int = 0, high: int = MAX_ID) -> int:
    """A whole number written with ASCII digits, from ``low`` to ``high``.

    Not int(): it also reads '١' (an Arabic-Indic one), '+5', '1_000' and ' 7', so
    'customer delete ١' trashed customer 1.
    """
    if not (text and text.isascii() and text.isdigit()):
        raise UsageError(BAD_NUMBER, value=text)
    number = int(text)
    if number < low:
        raise UsageError(NUMBER_TOO_SMALL, value=number, low=low)
    if number > high:
        raise UsageError(NUMBER_TOO_LARGE, value=number, high=high)
    return number


def record_id(text: str) -> int:
    """An id (a customer, purchase, reminder, merge, mailing, import ...), read the
    domain's one way (``domain.values.ids``): ASCII digits only, within SQLite's integers."""
    number = as_id(text)
    if number is None:
        raise UsageError(ID_TOO_LARGE if text.isascii() and text.isdigit() else BAD_ID, value=text)
    return number


def id_list(text: str | None) -> list[int] | None:
    """An ``--ids 3,5,8`` option's ids; None when it was not given."""
    if not text:
        return None
    parts = [part.strip() for part in text.split(",")]
    if not all(part.isascii() and part.isdigit() for part in parts if part):
        raise UsageError(BAD_IDS, value=text)
    return [record_id(part) for part in parts if part]


def count_type(high: int = MAX_ID, low: int = 0) -> Callable[[str], int]:
    """An argparse ``type=`` for a whole number from ``low`` to ``high`` (a limit, an
    offset, a number of days)."""

    def parse(text: str) -> int:
        try:
            return whole_number(text, low=low, high=high)
        except UsageError as exc:
            raise argparse.ArgumentTypeError(exc.render()) from None

    parse.__name__ = "number"
    return parse


def id_type(text: str) -> int:
    """An argparse ``type=`` for an id option such as ``--mailing ID``."""
    try:
        return record_id(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(exc.render()) from None


def day(text: str, field: str) -> dt.date:
    """A day typed for ``--today`` or ``--as-of``: a date the calendars can work with
    (9999-12-31 overflowed deep in the date arithmetic of reminders and analysis)."""
    from smallcrm.domain.reminders.festivals import check_today
    from smallcrm.domain.values.dates import parse_date

    return check_today(parse_date(text, field), field)


def json_option(text: str, option: str) -> Any:
    """The JSON value of ``option``, at most MAX_JSON_DEPTH levels deep."""
    try:
        value = json.loads(text)
    except RecursionError:
        raise UsageError(JSON_TOO_DEEP, option=option, depth=MAX_JSON_DEPTH) from None
    except ValueError as exc:
        raise UsageError(BAD_JSON, option=option, reason=str(exc)) from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise UsageError(JSON_TOO_DEEP, option=option, depth=MAX_JSON_DEPTH)
    return value


def _depth(value: Any) -> int:
    """How deeply lists and objects nest (without recursion, whatever the depth)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in children)
    return deepest


# -- the parser ---------------------------------------------------------------------------------


_SURROGATE = re.compile("[\ud800-\udfff]")
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
            action.help = _tr_help(text)
        return super()._expand_help(action)

    def _format_text(self, text: str) -> str:
        return super()._format_text(_tr_help(text))

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


Handler = Callable[[argparse.Namespace], int]
Writes = bool | Callable[[argparse.Namespace], bool]


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


# The window's options (smallcrm.ui.shell.app), listed in the help so that `smallcrm --help`
# tells of everything the one program does; with a command they are a mistake.
WINDOW_OPTIONS = ("--demo", "--self-test", "--quit-after-show")


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
        description=QT_TRANSLATE_NOOP(
            "CLI",
            "SmallCRM: customers, purchases, reminders for a small shop. Without a command, opens the window.",
        ),
    )
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


# -- the database ---------------------------------------------------------------------------------


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else paths.default_db_path()


def _writes(args: argparse.Namespace) -> bool:
    writes: Writes = getattr(args, "writes", False)
    return writes(args) if callable(writes) else bool(writes)


def check_database_path(path: Path, *, named: bool, writes: bool) -> bool:
    """Whether the database file must be made; a UserError when the path is wrong.

    A mistyped ``--db`` must not quietly become an empty shop: a folder that does not
    exist is an error when the user named the path (the default folder in the
    app-data location is made on first use), and a file that does not exist is made
    only by a command that writes; a command that only reads says it is not there.
    """
    if path.exists():
        if not path.is_file() and not path.is_dir():  # a folder gets open_db's own sentence
            raise UserError(DATABASE_NOT_A_FILE, file=str(path))
        return False
    folder = path.parent if str(path.parent) else Path(".")
    if named and not folder.is_dir():
        raise UserError(NO_DATABASE_FOLDER, file=str(path))
    if not writes:
        raise UserError(NO_DATABASE, file=str(path))
    return True


# The database this run created, if it did: named on stderr when the command succeeds,
# removed again when it fails (a mistyped path plus a rejected value leaves nothing).
_created: Path | None = None


def open_database(args: argparse.Namespace, *, check: bool = True) -> None:
    """Open the shop's database for a command; a command that writes may create it.
    ``check``: SQLite's quick_check of the whole file first (about a second at 300 MB),
    which a command that only reads counts may skip."""
    global _created
    from smallcrm.domain.session import open_crm

    path = db_path(args)
    named = bool(getattr(args, "db", None) or os.environ.get("SMALLCRM_DB"))
    if check_database_path(path, named=named, writes=_writes(args)):
        _created = path
    open_crm(path, check=check)


def _shop_is_empty() -> bool:
    """Whether the open database holds nothing the user made (only the schema and
    its own settings); True when it is not open (the open itself failed)."""
    from smallcrm.store.db import db
    from smallcrm.store.models import ALL_MODELS, DataGeneration, RuleRun, SchemaMigration, Setting, SummaryCache

    own = (SchemaMigration, Setting, DataGeneration, SummaryCache, RuleRun)  # the app's bookkeeping, not the user's
    if db.is_closed():
        return True
    try:
        return not any(m.select().exists() for m in ALL_MODELS if m not in own)
    except Exception:  # a damaged or half-made file: nothing of the user's can be in it
        logging.getLogger(__name__).info("could not look into the new database", exc_info=True)
        return True


def _settle_created(*, succeeded: bool, empty: bool) -> None:
    """After the command (the database closed): tell of a database it created, on
    stderr so that --json's stdout stays one object; or, when the command failed
    and left it empty, remove it again: a mistyped path and a rejected value leave
    nothing behind."""
    global _created
    path, _created = _created, None
    if path is None:
        return
    if succeeded or not empty:
        output.note(tr(CREATED).format(path=path))
        return
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            logging.getLogger(__name__).warning("could not remove %s", leftover)


# -- running a command --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _set_language(argv)
    code = EXIT_BUG
    try:
        code = _run(argv)
        return code
    finally:
        from smallcrm.store.db import close_db

        empty = _created is not None and _shop_is_empty()
        close_db()
        _settle_created(succeeded=code == 0, empty=empty)


def _run(argv: list[str]) -> int:
    """The command's exit code, every failure turned into one sentence on stderr."""
    try:
        for arg in argv:
            # Bytes that are not text in the terminal's encoding reach Python as lone
            # surrogates (surrogateescape), which nothing can store or print.
            if not arg.isascii() and _SURROGATE.search(arg):
                raise UsageError(NOT_TEXT, value=repr(arg.encode("utf-8", "surrogateescape"))[1:])
            if "\x00" in arg:  # no shell passes one; a script calling main() might
                raise UsageError(NUL_IN_ARGUMENT, value=repr(arg))
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # --help or --version, printed: not a failure
            return exc.code if isinstance(exc.code, int) else 0
        if not getattr(args, "command", None):
            parser.print_help()
            return 0
        for option in WINDOW_OPTIONS:
            if hasattr(args, option[2:].replace("-", "_")):
                raise UsageError(WINDOW_ONLY, option=option)
        handler: Handler = args.handler
        # Said in the marker beside the database, for a write waiting in another
        # SmallCRM ("another SmallCRM ('smallcrm import') is writing to this shop").
        # Imported here, not above: peewee costs 26 ms that --help and the launcher's
        # look at the command names do not need.
        from smallcrm.store.sqlite import activity

        activity.set_role(activity.COMMAND, getattr(args, "command_path", ""))
        return handler(args)
    except UsageError as exc:
        output.error(exc.render())
        return EXIT_USAGE
    except UserError as exc:
        output.error(exc.render(_translate))
        return EXIT_USER
    except KeyboardInterrupt:
        output.error(tr(INTERRUPTED))
        return EXIT_USER
    except BrokenPipeError:
        _stdout_to_devnull()
        return EXIT_PIPE
    except Exception as exc:  # a bug: one sentence here, the traceback in the log
        problem = _database_problem(exc, argv)
        if problem is not None:
            output.error(problem.render(_translate))
            return EXIT_USER
        log = _log_bug(exc)
        output.error(tr(INTERNAL_ERROR).format(error=f"{type(exc).__name__}: {exc}", log=log))
        return EXIT_BUG


def _stdout_to_devnull() -> None:
    """The reader of stdout went away: point stdout at the null device so that
    Python's own flush at exit does not report the broken pipe once more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's capture)
        pass


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


_DISK_TROUBLE = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO, errno.EFBIG,
                 getattr(errno, "EDQUOT", errno.ENOSPC)}  # fmt: skip
_DB_TROUBLE = ("full", "locked", "busy", "readonly", "read-only", "disk i/o", "malformed", "not a database")


def _database_problem(exc: BaseException, argv: Sequence[str]) -> UserError | None:
    """A database failure the owner can do something about (a full disk, a file made
    read-only or damaged, another program holding it), found anywhere in ``exc``'s
    chain: a COMMIT on a full disk fails, and peewee's ROLLBACK after it fails again
    with "no transaction is active", hiding the first."""
    from peewee import PeeweeException

    from smallcrm.store.sqlite.failures import translate_db_error

    for error in _chain(exc):
        if isinstance(error, OSError) and error.errno in _DISK_TROUBLE:
            # A file written outside files.py (a backup's copy, say) on a full or
            # read-only disk: still the user's problem, said the same way.
            name = error.filename if isinstance(error.filename, str) else str(_db_in(argv))
            return files.write_error(Path(name), error, files.DISK_FAILED)
        if not isinstance(error, (sqlite3.Error, PeeweeException)):
            continue
        text = str(error).lower()
        path = _db_in(argv)
        if "no such table" in text or "no such column" in text:
            return UserError(DAMAGED_SCHEMA, file=str(path), detail=str(error))
        if any(word in text for word in _DB_TROUBLE):
            return translate_db_error(error, path)
    return None


def _db_in(argv: Sequence[str]) -> Path:
    """The database a failed command used (for the sentence about it)."""
    for i, arg in enumerate(argv[:-1]):
        if arg == "--db":
            return Path(argv[i + 1]).expanduser()
    return paths.default_db_path()


def _log_bug(exc: BaseException) -> Path:
    folder = paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "smallcrm-cli.log"
        from smallcrm.store import privacy

        privacy.create_private(log)  # tracebacks can quote customers' data
        privacy.tighten(log)
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
    sub: Any,
    common: argparse.ArgumentParser,
    name: str,
    handler: Handler,
    help: str,
    *,
    writes: Writes = False,
    **kwargs: Any,
) -> argparse.ArgumentParser:
    """A subcommand. ``writes`` (True, or a test of the parsed arguments) marks a
    command that changes the shop: only such a command may create a database that is
    not there yet."""
    parser: argparse.ArgumentParser = sub.add_parser(name, parents=[common], help=help, description=help, **kwargs)
    parser.set_defaults(handler=handler, writes=writes, command_path=parser.prog)
    return parser
