"""Copying a live SQLite database with SQLite's online backup API: the one primitive
behind a backup, the copy kept before a schema upgrade and a restore's copies.

The backup API copies a consistent snapshot while the app keeps running (a plain file
copy of a WAL database can miss committed pages still in the -wal file). It copies all
pages in one step, under one read transaction: copied a few pages at a time, the copy
started over whenever another process committed, and with a writer committing every
0.2 s a 160 MB backup never finished (nor, from a read-only file, whose every read looks
like a change, any backup at all).

Why a module of its own: the migrations keep a copy of the file before they change
it, and the backups need the migrations to check a backup's schema; with the copy in
``sqlite.backup`` the two imported each other (and ``store.db``, which runs the
migrations). Here the copy takes the connection to copy from, and imports neither.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store import privacy
from smallcrm.store.sqlite import activity
from smallcrm.store.sqlite.failures import BUSY_TIMEOUT_S

CANNOT_WRITE = QT_TRANSLATE_NOOP("UserError", "Cannot write the backup: {reason}.")


class StillBusyError(Exception):
    """Raised from the backup's progress callback: the lock it waits for stays taken."""


def copy_all(source: sqlite3.Connection, target: sqlite3.Connection, *, wait_s: float = BUSY_TIMEOUT_S) -> None:
    """Every page of ``source`` into ``target`` in one step (one read transaction on the
    source, one write transaction on the target). Python's loop retries a step that
    finds a lock taken, forever; this gives up after ``wait_s`` seconds instead."""
    deadline = time.monotonic() + wait_s

    def waited(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise StillBusyError()

    source.backup(target, pages=-1, progress=waited, sleep=0.05)


def refuse_special(dest: Path) -> None:
    """Only a regular file or a new name is written: renaming a copy over a device node
    or a FIFO (``backup /dev/null`` as root) would replace it with a regular file."""
    if dest.exists() and not dest.is_file():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError", "A backup can only replace a file, not a folder, device or pipe; choose another name."
            ),
            file=str(dest),
        )


def write_copy(
    source: sqlite3.Connection, dest: str | Path, progress: Callable[[int, int], None] | None = None
) -> Path:
    """Write a consistent copy of the database that ``source`` is connected to, to
    ``dest`` (replaced if present).

    The copy is written as ``dest.part-PID`` and renamed into place, so a failure half
    way never leaves a truncated file under the backup's name, and what a killed
    backup leaves is swept away by the next one. The file is the owner's alone.
    """
    dest = Path(dest)
    refuse_special(dest)
    try:
        privacy.private_folder(dest.parent)
    except OSError as exc:
        raise UserError(CANNOT_WRITE, file=str(dest), reason=exc.strerror or str(exc)) from exc
    activity.remove_dead_parts(dest.parent, f"{dest.name}.part*")
    tmp = activity.part_name(dest)
    try:
        privacy.create_private(tmp)
        target = sqlite3.connect(str(tmp))
        try:
            copy_all(source, target)
            # The copy is a self-contained rollback-journal file: one file to carry.
            target.execute("PRAGMA journal_mode=delete")
        finally:
            target.close()
        os.replace(tmp, dest)
    except StillBusyError as exc:
        remove_copy(tmp)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot write the backup: the database stayed locked by another program."),
            file=str(dest),
        ) from exc
    except (OSError, sqlite3.Error) as exc:
        remove_copy(tmp)
        raise UserError(CANNOT_WRITE, file=str(dest), reason=getattr(exc, "strerror", None) or str(exc)) from exc
    except BaseException:  # an interrupt (Ctrl+C): nothing half written stays behind
        remove_copy(tmp)
        raise
    if progress:
        progress(1, 1)
    return dest


def remove_copy(path: Path) -> None:
    """A copy that failed, and the rollback journal SQLite may have left beside it."""
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink()
