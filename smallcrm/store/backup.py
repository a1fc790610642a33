"""Backups with SQLite's online backup API, restore, and the rotation of automatic backups.

The backup API copies a consistent snapshot page by page while the app keeps running
(a plain file copy of a WAL database can miss committed pages still in the -wal file).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db

AUTO_PREFIX = "smallcrm-auto-"
_AUTO_RE = re.compile(rf"^{AUTO_PREFIX}(\d{{8}})-(\d{{6}})\.db$")


def copy_database(dest: str | Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a consistent copy of the open database to ``dest`` (replaced if present).

    The copy goes to a temporary name first and is renamed into place, so a failure
    half way never leaves a truncated file under the backup's name.
    """
    dest = Path(dest)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot write the backup: {reason}."),
            file=str(dest),
            reason=exc.strerror or str(exc),
        ) from exc
    tmp = dest.with_name(dest.name + ".part")
    source = db.connection()
    try:
        target = sqlite3.connect(str(tmp))
        try:

            def _step(status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total)

            source.backup(target, pages=1024, progress=_step)
            # The copy is a self-contained rollback-journal file: one file to carry.
            target.execute("PRAGMA journal_mode=delete")
        finally:
            target.close()
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot write the backup: {reason}."),
            file=str(dest),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    return dest


def check_backup_file(path: str | Path) -> None:
    """Refuse to restore anything that is not a sound SmallCRM database."""
    path = Path(path)
    if not path.is_file():
        raise UserError(QT_TRANSLATE_NOOP("UserError", "The backup file does not exist."), file=str(path))
    try:
        con = _connect_read_only(path)
        try:
            result = con.execute("PRAGMA quick_check(1)").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "This file is not a SmallCRM backup: {reason}."),
            file=str(path),
            reason=str(exc),
        ) from exc
    if result != "ok" or "schema_migration" not in tables:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "This file is not a SmallCRM backup or it is damaged."),
            file=str(path),
        )


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
        target = sqlite3.connect(str(dest))
        try:
            src.backup(target)
            target.execute("PRAGMA journal_mode=delete")
        finally:
            target.close()
    finally:
        src.close()


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


def restore_database(backup: str | Path, current: str | Path) -> Path:
    """Replace the database at ``current`` with ``backup``; return where the old file went.

    The current file is kept aside (never deleted) so a wrong restore can be undone.
    The caller must have closed the database and reopens it afterwards.
    """
    backup, current = Path(backup), Path(current)
    check_backup_file(backup)
    if backup.resolve() == current.resolve():
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "This is the database in use, not a backup of it."), file=str(backup)
        )
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = _unused_name(current.with_name(f"{current.stem}.before-restore-{stamp}{current.suffix or '.db'}"))
    tmp = current.with_name(current.name + ".restoring")
    try:
        tmp.unlink(missing_ok=True)  # left by a restore that was cut short
        _copy_with_wal(backup, tmp)
        if current.exists():
            os.replace(current, aside)
        for suffix in ("-wal", "-shm"):
            side = current.with_name(current.name + suffix)
            if side.exists():
                os.replace(side, aside.with_name(aside.name + suffix))
        os.replace(tmp, current)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Cannot restore the backup: {reason}."),
            file=str(backup),
            reason=getattr(exc, "strerror", None) or str(exc),
        ) from exc
    return aside


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
        week = tuple(when.isocalendar())[:2]
        if day not in days and len(days) < policy.daily:
            days.append(day)
            keep.add(path)
        if week not in weeks and len(weeks) < policy.weekly:
            weeks.append(week)  # type: ignore[arg-type]
            keep.add(path)
    return [path for _, path in backups if path not in keep]


def auto_backup(folder: Path, *, now: dt.datetime | None = None, policy: RotationPolicy | None = None) -> Path:
    """Make an automatic backup in ``folder`` and prune the old ones by the policy."""
    when = now or dt.datetime.now()
    made = copy_database(folder / auto_backup_name(when))
    for old in backups_to_prune(list_auto_backups(folder), policy or RotationPolicy()):
        old.unlink(missing_ok=True)
    return made
