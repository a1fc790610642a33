"""The files beside a database file: SQLite's -wal and -shm, the copies kept before a
restore or a schema upgrade, and what a killed copy left half written.

SQLite-specific because a shop on SQLite is a file, and these are its neighbours in
the folder; ``store.db`` tidies them when it opens the file, the backup code keeps
and finds them (``sqlite.backup``).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.sqlite import activity


def sidecars(path: Path) -> tuple[Path, Path]:
    """SQLite's -wal and -shm beside a database file."""
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


def copies_beside(path: Path) -> list[Path]:
    """The copies kept beside the database: before a restore, before a schema upgrade."""
    return activity.matching(path.parent, f"{path.stem}.before-restore-*") + activity.matching(
        path.parent, f"{path.stem}.schema*"
    )


def remove_leftovers(path: Path) -> list[Path]:
    """Delete what a killed copy left beside the database: the pre-migration copy's
    ``.part`` (126 MB at 100,000 customers) and a restore's temporary files. A file whose
    process still runs is a copy in progress and stays."""
    folder, stem, name = path.parent, path.stem, path.name
    removed = []
    for pattern in (f"{stem}.schema*.part*", f"{name}.restoring*.part*", f"{stem}.before-restore-*.part*"):
        removed += activity.remove_dead_parts(folder, pattern)
    legacy = path.with_name(name + ".restoring")  # earlier versions' name, without a process id
    if legacy.is_file():
        with contextlib.suppress(OSError):
            legacy.unlink()
            removed.append(legacy)
    return removed


class MissingAfterRestoreError(UserError):
    """The database file is missing and a restore's copy of the shop waits beside it:
    an older SmallCRM killed in the middle of a restore left it so. ``kept`` is that copy."""

    def __init__(self, path: Path, kept: Path) -> None:
        self.kept = kept
        super().__init__(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database is missing, but {kept} beside it holds the shop as it was before a restore; "
                "put it back with 'smallcrm restore {kept}' (or from the window), or move it away to start "
                "an empty shop.",
            ),
            file=str(path),
            kept=str(kept),
        )


def kept_before_restore(path: Path) -> list[Path]:
    """The copies restores kept of the database at ``path``, newest first."""
    pattern = re.compile(
        rf"^{re.escape(path.stem)}\.before-restore-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(path.suffix or '.db')}$"
    )
    found = []
    try:
        for entry in path.parent.iterdir():
            m = pattern.match(entry.name)
            if m and entry.is_file():
                found.append(((m[1], int(m[2] or 1)), entry))  # the restore's time, then -2, -3...
    except OSError:
        return []
    return [entry for _key, entry in sorted(found, reverse=True)]


def refuse_missing_after_restore(path: Path) -> None:
    """Never make an empty shop in place of a missing database while a restore's copy
    of it lies beside it: the owner chooses (put it back, or move it away)."""
    kept = kept_before_restore(path)
    if kept:
        raise MissingAfterRestoreError(path, kept[0])
