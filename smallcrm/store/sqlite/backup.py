"""Backups, restore, and the rotation of automatic backups.

Every copy is made with SQLite's online backup API (``sqlite.snapshot``): a consistent
snapshot of a database that stays in use.

A restore never leaves the database path without a database: the backup is copied and
checked under a temporary name, the current file is copied aside, and the backup then
goes into the database file through the same backup API, one SQLite transaction that a
kill rolls back. Writing into the file, rather than renaming another file over it, also
means that a process which has it open can never go on writing into a file nobody sees
(an import in another window that finished into the file moved aside) -- and a restore
is refused while any other process has the database open at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from peewee import SqliteDatabase

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store import migrations, privacy
from smallcrm.store.db import db
from smallcrm.store.sqlite import activity, fts
from smallcrm.store.sqlite.failures import is_busy, ranked_others
from smallcrm.store.sqlite.sidecars import sidecars
from smallcrm.store.sqlite.snapshot import (
    StillBusyError,
    copy_all,
    refuse_special,
    remove_copy,
    write_copy,
)

AUTO_PREFIX = "smallcrm-auto-"
_AUTO_RE = re.compile(rf"^{AUTO_PREFIX}(\d{{8}})-(\d{{6}})\.db$")


def copy_database(dest: str | Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a consistent copy of the open database to ``dest`` (replaced if present):
    ``dest.part-PID`` renamed into place when whole, the owner's alone
    (``sqlite.snapshot.write_copy``)."""
    return write_copy(db.connection(), dest, progress)


# -- checking a backup before it replaces anything ----------------------------------------------------------

NOT_A_BACKUP = QT_TRANSLATE_NOOP("UserError", "This file is not a SmallCRM backup or it is damaged.")


def check_backup_file(path: str | Path, *, shown_as: str | Path | None = None) -> int:
    """Refuse to restore anything that is not a sound SmallCRM database this app can
    open; return its schema version.

    Sound means SQLite's full ``integrity_check`` (the quick check misses an index that
    disagrees with its table), every table its schema version must have, and a
    version this app knows: a backup of a newer SmallCRM is refused here, before it
    replaces anything, not after (which locked the owner out of their shop).
    """
    path = Path(path)
    where = str(shown_as or path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The backup file does not exist."), file=where)
    try:
        con = _connect_read_only(path)
        try:
            problems = [r[0] for r in con.execute("PRAGMA integrity_check(5)")]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            version = 0
            if "schema_migration" in tables:
                version = int(con.execute("SELECT MAX(id) FROM schema_migration").fetchone()[0] or 0)
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "This file is not a SmallCRM backup: {reason}."),
            file=where,
            reason=str(exc),
        ) from exc
    if problems != ["ok"] or version < 1:
        raise UserError(NOT_A_BACKUP, file=where)
    if version > migrations.LATEST:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This backup was written by a newer SmallCRM (schema {found}, this app knows up to {known}); "
                "install the newer version to restore it.",
            ),
            file=where,
            found=version,
            known=migrations.LATEST,
        )
    if not _tables_at(version) <= tables:
        raise UserError(NOT_A_BACKUP, file=where)
    return version


@functools.cache
def _tables_at(version: int) -> frozenset[str]:
    """The tables a SmallCRM database of schema ``version`` has: what migrations 1 to
    ``version`` make of an empty database in memory (a few milliseconds)."""
    scratch = SqliteDatabase(":memory:")
    try:
        scratch.connect()
        migrations.upgrade(scratch, Path(":memory:"), target=version)
        return frozenset(scratch.get_tables())
    finally:
        scratch.close()


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # as_uri() percent-encodes the path, so a folder named 'a?b' or '#1' still works.
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _copy_with_wal(source: Path, dest: Path) -> None:
    """Copy a database file through SQLite, as one self-contained file.

    A file restored from may be a WAL pair: the before-restore file kept by an earlier
    restore, or the file of an app that crashed, whose committed pages are still in
    ``-wal``. Copying the main file alone (shutil.copyfile) lost them, down to the
    whole schema of a young database.
    """
    src = _connect_read_only(source)
    try:
        privacy.create_private(dest)
        target = sqlite3.connect(str(dest))
        try:
            copy_all(src, target)
            target.execute("PRAGMA journal_mode=delete")
        finally:
            target.close()
    finally:
        src.close()


# -- restore ----------------------------------------------------------------------------------------------


def _unused_name(path: Path) -> Path:
    """``path``, or ``stem-2.db``, ``stem-3.db``... if that name is taken.

    Two restores within one second got the same before-restore name, and the second
    replaced the file the first had kept aside.
    """
    candidate, n = path, 1
    while any(candidate.with_name(candidate.name + s).exists() for s in ("", "-wal", "-shm")):
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


# Who holds the database a restore would replace (smallcrm.store.sqlite.activity).
_RESTORE_IMPORT = QT_TRANSLATE_NOOP(
    "UserError", "Another SmallCRM is importing into this shop; let it finish, then restore again."
)
_RESTORE_WINDOW = QT_TRANSLATE_NOOP(
    "UserError", "This shop is open in another SmallCRM window; close that window, then restore again."
)
_RESTORE_COMMAND = QT_TRANSLATE_NOOP(
    "UserError", "Another SmallCRM ('{command}') is using this shop; let it finish, then restore again."
)
_RESTORE_OTHER = QT_TRANSLATE_NOOP(
    "UserError", "Another program or SmallCRM has this shop open; close it, then restore again."
)


def _in_use(current: Path) -> UserError:
    """The sentence for a restore refused because another process has the database open."""
    others = ranked_others(current)
    holder = others[0] if others else None
    if holder is not None and holder.kind == activity.IMPORT:
        return UserError(_RESTORE_IMPORT, file=str(current))
    if holder is not None and holder.role == activity.WINDOW:
        return UserError(_RESTORE_WINDOW, file=str(current))
    if holder is not None and holder.detail:
        return UserError(_RESTORE_COMMAND, file=str(current), command=holder.detail)
    return UserError(_RESTORE_OTHER, file=str(current))


@contextlib.contextmanager
def _alone_on(current: Path) -> Iterator[sqlite3.Connection | None]:
    """A connection to the current database that no other process shares, or None when
    the file is not a sound database to talk to (damaged: it is replaced as a file).

    Switching a WAL database back to a rollback journal needs every other connection
    gone (an idle window holds one too), so the switch is the test; it also folds the
    -wal into the file, which is then self-contained, to copy aside and to write into.
    """
    opened = sqlite3.connect(str(current), timeout=0, isolation_level=None)
    con: sqlite3.Connection | None = opened
    try:
        try:
            opened.execute("PRAGMA journal_mode=delete").fetchone()
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise _in_use(current) from exc
            con = None
        except sqlite3.DatabaseError:
            con = None  # not a database, or damaged beyond reading its header
        if con is None and ranked_others(current):
            raise _in_use(current)  # a SmallCRM still has it open, damaged or not
        yield con
    finally:
        opened.close()


def restore_database(backup: str | Path, current: str | Path) -> Path | None:
    """Replace the database at ``current`` with ``backup``; return where the old one was
    kept (None when there was no database).

    The current database is copied aside (never deleted) so a wrong restore can be
    undone. The caller must have closed the database and reopens it afterwards.
    """
    backup, current = Path(backup), Path(current)
    if current.exists() and backup.exists() and os.path.samefile(backup, current):
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "This is the database in use, not a backup of it."), file=str(backup)
        )
    if not backup.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The backup file does not exist."), file=str(backup))
    # A big import's search index, still being written by a thread of this process,
    # finishes before the file under it is replaced (its writes would land in the backup).
    fts.wait_for_builds()
    attached = activity.attach_if_detached(current)
    try:
        with activity.doing(activity.RESTORE):
            return _restore(backup, current)
    finally:
        if attached:
            activity.detach()


def _restore(backup: Path, current: Path) -> Path | None:
    activity.remove_dead_parts(current.parent, f"{current.name}.restoring*.part*")
    checked = activity.part_name(current.with_name(current.name + ".restoring"))
    failed = QT_TRANSLATE_NOOP("UserError", "Cannot restore the backup: {reason}.")
    try:
        try:
            _copy_with_wal(backup, checked)
        except StillBusyError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Cannot restore the backup: another program keeps it locked."),
                file=str(backup),
            ) from exc
        except sqlite3.Error as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "This file is not a SmallCRM backup: {reason}."),
                file=str(backup),
                reason=str(exc),
            ) from exc
        check_backup_file(checked, shown_as=backup)
        if not current.exists() or current.stat().st_size == 0:
            _no_database_yet(checked, current)
            return None
        with _alone_on(current) as con:
            aside = _unused_name(_aside_name(current))
            if con is not None:
                _keep_aside(con, aside)
                _write_into(checked, con, current)
            else:
                _replace_damaged(checked, current, aside)
        return aside
    except (OSError, sqlite3.Error) as exc:
        raise UserError(failed, file=str(backup), reason=getattr(exc, "strerror", None) or str(exc)) from exc
    finally:
        remove_copy(checked)


def _aside_name(current: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return current.with_name(f"{current.stem}.before-restore-{stamp}{current.suffix or '.db'}")


def _keep_aside(con: sqlite3.Connection, aside: Path) -> None:
    """A copy of the current database (self-contained now) beside it, complete before
    anything is written: ``aside.part-PID`` renamed when done."""
    tmp = activity.part_name(aside)
    try:
        privacy.create_private(tmp)
        target = sqlite3.connect(str(tmp))
        try:
            copy_all(con, target)
        finally:
            target.close()
        os.replace(tmp, aside)
    except BaseException:
        remove_copy(tmp)
        raise


def _write_into(checked: Path, con: sqlite3.Connection, current: Path) -> None:
    """The checked backup into the current database: one SQLite write transaction with
    a rollback journal, so a kill half way leaves the old database, whole."""
    src = _connect_read_only(checked)
    try:
        copy_all(src, con, wait_s=2.0)
    except StillBusyError as exc:  # someone opened it since _alone_on looked: nothing was written
        raise _in_use(current) from exc
    finally:
        src.close()


def _no_database_yet(checked: Path, current: Path) -> None:
    """No database at ``current`` (a first restore onto a new computer, or one a killed
    restore of an older SmallCRM lost): the checked copy goes there by one rename.
    A -wal or -shm without its database belongs to no database and would be read as
    this one's, so it goes first."""
    for stale in sidecars(current):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    os.replace(checked, current)


def _replace_damaged(checked: Path, current: Path, aside: Path) -> None:
    """A current file SQLite cannot talk to (damaged, or not a database): kept aside as
    it is, with its -wal, byte for byte; then the checked copy is renamed over it."""
    tmp = activity.part_name(aside)
    try:
        shutil.copyfile(current, tmp)
        wal = sidecars(current)[0]
        if wal.exists():
            shutil.copyfile(wal, aside.with_name(aside.name + "-wal"))
        os.replace(tmp, aside)
    except BaseException:
        remove_copy(tmp)
        raise
    privacy.tighten(aside)
    for stale in sidecars(current):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    os.replace(checked, current)


@dataclass(frozen=True)
class RotationPolicy:
    """Keep the newest backup of each of the last ``daily`` days and ``weekly`` weeks."""

    daily: int = 7
    weekly: int = 4


def auto_backup_name(when: dt.datetime) -> str:
    return f"{AUTO_PREFIX}{when:%Y%m%d-%H%M%S}.db"


def list_auto_backups(folder: Path) -> list[tuple[dt.datetime, Path]]:
    """Automatic backups in ``folder``, newest first (manual ones are never touched)."""
    found = []
    if folder.is_dir():
        for entry in folder.iterdir():
            m = _AUTO_RE.match(entry.name)
            if m:
                found.append((dt.datetime.strptime(m[1] + m[2], "%Y%m%d%H%M%S"), entry))
    return sorted(found, reverse=True)


def backups_to_prune(backups: list[tuple[dt.datetime, Path]], policy: RotationPolicy) -> list[Path]:
    """Which automatic backups the policy lets go: the newest of each kept day and
    week survives, everything else goes."""
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for when, path in sorted(backups, reverse=True):
        day = when.date()
        iso = when.isocalendar()
        week = (iso.year, iso.week)
        if day not in days and len(days) < policy.daily:
            days.append(day)
            keep.add(path)
        if week not in weeks and len(weeks) < policy.weekly:
            weeks.append(week)
            keep.add(path)
    return [path for _, path in backups if path not in keep]


def auto_backup(folder: Path, *, now: dt.datetime | None = None, policy: RotationPolicy | None = None) -> Path:
    """Make an automatic backup in ``folder`` and prune the old ones by the policy."""
    when = now or dt.datetime.now()
    activity.remove_dead_parts(folder, f"{AUTO_PREFIX}*.part*")
    made = copy_database(folder / auto_backup_name(when))
    _prune(folder, policy)
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():  # backups an older SmallCRM made readable by all
            if entry.is_file():
                privacy.tighten(entry)
    return made


def copy_to_folder(made: Path, folder: Path, *, policy: RotationPolicy | None = None) -> Path:
    """A second copy of the automatic backup ``made`` in ``folder`` (a USB drive, say),
    rotated there by the same policy: a backup on the same disk as the shop is lost
    with that disk. The copy is flushed to the device before it takes its name, so a
    drive pulled out right after holds a whole backup or none."""
    dest = folder / made.name
    failed = QT_TRANSLATE_NOOP(
        "UserError", "The backup was made, but it could not be copied to the second backup folder: {reason}."
    )
    refuse_special(dest)
    activity.remove_dead_parts(folder, f"{AUTO_PREFIX}*.part*")
    tmp = activity.part_name(dest)
    try:
        with open(made, "rb") as src, open(tmp, "wb") as out:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except OSError as exc:
        remove_copy(tmp)
        raise UserError(failed, file=str(dest), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        remove_copy(tmp)
        raise
    _prune(folder, policy)
    return dest


def _prune(folder: Path, policy: RotationPolicy | None) -> None:
    for old in backups_to_prune(list_auto_backups(folder), policy or RotationPolicy()):
        old.unlink(missing_ok=True)
