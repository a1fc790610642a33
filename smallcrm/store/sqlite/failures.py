"""SQLite's failures in the owner's words: a lock another process holds (busy), a
damaged file, a folder that refuses writes.

SQLite-specific because they read SQLite's result codes (``SQLITE_BUSY``,
``SQLITE_CORRUPT``) and its messages; the activity markers (``sqlite.activity``) say
which work holds the lock. ``store.db`` turns every failure of a statement through
these, and the backup code (``sqlite.backup``) refuses a restore with them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import DatabaseError, OperationalError

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.sqlite import activity

# Wait up to this many seconds for another process's write before saying the shop is
# busy. The longest write the app makes in the normal course of work is the reminder
# rules' daily run: 2.3 s at 100,000 customers (a customer added: 0.5 s at most, an
# edit, a tag or a purchase: 30 ms; measured on a loaded 2-core machine). 10 s waits
# that out on a computer three times slower; an import or other long work in another
# process gets the sentence that says so (DatabaseBusyError) after 10 s.
BUSY_TIMEOUT_S = 10.0


class DatabaseBusyError(UserError, OperationalError):
    """Another process held the database for longer than BUSY_TIMEOUT_S: the owner's
    problem to wait out, said in one sentence (which work holds it, when that is
    known), not a bug. Still an OperationalError, so code that expects SQLite's error
    (a rollback, a retry) sees what it always saw."""


# Which long work holds the shop (sqlite.activity), said as the sentence of a
# write that waited BUSY_TIMEOUT_S in vain.
_BUSY_BECAUSE = {
    activity.IMPORT: QT_TRANSLATE_NOOP(
        "UserError", "Another SmallCRM is importing into this shop; try again when it finishes."
    ),
    activity.RESTORE: QT_TRANSLATE_NOOP(
        "UserError", "Another SmallCRM is restoring a backup into this shop; try again when it finishes."
    ),
    activity.UPGRADE: QT_TRANSLATE_NOOP(
        "UserError", "Another SmallCRM is upgrading this shop's database; try again when it finishes."
    ),
}
_BUSY_WINDOW = QT_TRANSLATE_NOOP(
    "UserError", "A SmallCRM window is busy writing to this shop; try again when it finishes."
)
_BUSY_COMMAND = QT_TRANSLATE_NOOP(
    "UserError", "Another SmallCRM ('{command}') is writing to this shop; try again when it finishes."
)
_BUSY = QT_TRANSLATE_NOOP("UserError", "Another SmallCRM is writing to this shop; try again when it finishes.")
# Long work first: when an import and a window both have the shop, the import holds it.
_PRIORITY = (activity.IMPORT, activity.RESTORE, activity.UPGRADE, activity.COMMAND, activity.WINDOW)


def is_busy(exc: BaseException) -> bool:
    """SQLite's "database is locked": another connection holds the lock it needed."""
    original = getattr(exc, "orig", None) or exc  # peewee keeps sqlite3's error here
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text or "database is busy" in text


def is_damaged(exc: BaseException) -> bool:
    """SQLite found the file damaged ("database disk image is malformed") or not a
    database at all, while reading or writing it."""
    original = getattr(exc, "orig", None) or exc
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
    text = str(exc).lower()
    return isinstance(exc, (sqlite3.DatabaseError, DatabaseError)) and (
        "malformed" in text or "not a database" in text or "corrupt" in text
    )


def ranked_others(path: str | Path) -> list[activity.Activity]:
    """The other SmallCRM processes on this database, the likeliest holder of its lock first."""
    found = activity.others(Path(path))
    return sorted(found, key=lambda a: _PRIORITY.index(a.kind) if a.kind in _PRIORITY else len(_PRIORITY))


def busy_error(path: str | Path) -> DatabaseBusyError:
    """The sentence for a write that waited in vain, saying which work holds the shop
    when another SmallCRM's marker tells (an import, a window, a command)."""
    others = ranked_others(path)
    holder = others[0] if others else None
    if holder is None:
        return DatabaseBusyError(_BUSY, file=str(path))
    if holder.kind in _BUSY_BECAUSE:
        return DatabaseBusyError(_BUSY_BECAUSE[holder.kind], file=str(path))
    if holder.role == activity.WINDOW:
        return DatabaseBusyError(_BUSY_WINDOW, file=str(path))
    if holder.detail:
        return DatabaseBusyError(_BUSY_COMMAND, file=str(path), command=holder.detail)
    return DatabaseBusyError(_BUSY, file=str(path))


def translate_db_error(exc: BaseException, path: str | Path) -> UserError:
    """Turn SQLite's terse failures into a sentence the owner can act on."""
    text = str(exc).lower()
    if isinstance(exc, UserError):
        return exc
    if is_busy(exc):
        return busy_error(path)
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This file is not a SmallCRM database or it is damaged; "
                "restore a backup with 'smallcrm restore FILE' or choose another file.",
            ),
            file=str(path),
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "The database file cannot be opened for writing; check its permissions."),
            file=str(path),
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "The disk is full or failing; free some space and try again."),
            file=str(path),
        )
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "The database could not be used: {reason}."),
        file=str(path),
        reason=str(exc),
    )
