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

import datetime as dt
import errno
import logging
import os
import re
import sqlite3
import sys
import traceback
from collections.abc import Iterator, Sequence
from pathlib import Path

from peewee import PeeweeException

from smallcrm import __version__, files, paths
from smallcrm.cli import database, output
from smallcrm.cli.common import Handler, Phrases, UsageError, set_language, tr, translate
from smallcrm.cli.parser import WINDOW_OPTIONS, build_parser
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store import privacy
from smallcrm.store.db import close_db
from smallcrm.store.sqlite import activity
from smallcrm.store.sqlite.failures import translate_db_error

__all__ = ["EXIT_BUG", "EXIT_PIPE", "EXIT_USAGE", "EXIT_USER", "Phrases", "build_parser", "main"]

EXIT_USER = 1
EXIT_USAGE = 2
EXIT_BUG = 70
EXIT_PIPE = 141  # 128 + SIGPIPE: what a shell shows for a program whose reader went away

INTERRUPTED = QT_TRANSLATE_NOOP("CLI", "Interrupted; nothing was changed by the unfinished command.")
INTERNAL_ERROR = QT_TRANSLATE_NOOP("CLI", "Internal error ({error}); details were written to {log}.")
DAMAGED_SCHEMA = QT_TRANSLATE_NOOP(
    "UserError",
    "The database is damaged ({detail}); restore the latest backup with 'smallcrm restore FILE' or from the File menu.",
)
WINDOW_ONLY = QT_TRANSLATE_NOOP("CLI", "{option} is for the window; it does not go with a command")
NUL_IN_ARGUMENT = QT_TRANSLATE_NOOP("CLI", "{value} holds a NUL character, which no value or file name may hold")
NOT_TEXT = QT_TRANSLATE_NOOP(
    "CLI", "{value} is not text in the terminal's encoding (set it to UTF-8, or type the argument again)"
)

_SURROGATE = re.compile("[\ud800-\udfff]")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(argv)
    code = EXIT_BUG
    try:
        code = _run(argv)
        return code
    finally:
        empty = database.created() and database.shop_is_empty()
        close_db()
        database.settle_created(succeeded=code == 0, empty=empty)


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
        activity.set_role(activity.COMMAND, getattr(args, "command_path", ""))
        return handler(args)
    except UsageError as exc:
        output.error(exc.render())
        return EXIT_USAGE
    except UserError as exc:
        output.error(exc.render(translate))
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
            output.error(problem.render(translate))
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
        privacy.create_private(log)  # tracebacks can quote customers' data
        privacy.tighten(log)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} smallcrm {__version__}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        logging.getLogger(__name__).exception("could not write the log")
        return folder
