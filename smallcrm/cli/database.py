"""The shop's database for a command: which file, whether it may be made, and the
file a failed command made removed again."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path

from smallcrm import paths
from smallcrm.cli import output
from smallcrm.cli.common import Writes, tr
from smallcrm.domain import session
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import (
    ALL_MODELS,
    DataGeneration,
    HistoryBlock,
    HistoryState,
    RuleRun,
    SchemaMigration,
    Setting,
    SummaryCache,
)

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

# The app's bookkeeping, not the user's: a database holding only these is empty.
_OWN_TABLES = (SchemaMigration, Setting, DataGeneration, SummaryCache, RuleRun, HistoryState, HistoryBlock)


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
    path = db_path(args)
    named = bool(getattr(args, "db", None) or os.environ.get("SMALLCRM_DB"))
    if check_database_path(path, named=named, writes=_writes(args)):
        _created = path
    session.open_crm(path, check=check)


def created() -> bool:
    """Whether this run created the database it opened."""
    return _created is not None


def shop_is_empty() -> bool:
    """Whether the open database holds nothing the user made (only the schema and
    its own settings); True when it is not open (the open itself failed)."""
    if db.is_closed():
        return True
    try:
        return not any(m.select().exists() for m in ALL_MODELS if m not in _OWN_TABLES)
    except Exception:  # a damaged or half-made file: nothing of the user's can be in it
        logging.getLogger(__name__).info("could not look into the new database", exc_info=True)
        return True


def settle_created(*, succeeded: bool, empty: bool) -> None:
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
