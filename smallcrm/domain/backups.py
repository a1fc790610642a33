"""Automatic backups: in the data folder, and a copy in a second folder the owner chose.

A backup on the shop computer's own disk is lost with that disk (or the computer). So
the owner can name a second folder, typically on a USB drive, and every automatic
backup is copied there too whenever the folder is there: a drive that is not plugged
in is not an error, it is simply skipped this time and said so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from smallcrm import paths, settings
from smallcrm.store.sqlite import backup as store_backup


@dataclass(frozen=True)
class AutomaticBackup:
    made: Path  # in the data folder's backups
    second: Path | None = None  # the copy in the second folder, if it was made
    second_folder: Path | None = None  # the second folder set in the settings, if any

    @property
    def second_missing(self) -> bool:
        """A second folder is set but was not there (a USB drive not plugged in)."""
        return self.second_folder is not None and self.second is None


def second_folder() -> Path | None:
    text = str(settings.get("backup_second_folder") or "").strip()
    return Path(text) if text else None


def automatic_backup(*, now: dt.datetime | None = None) -> AutomaticBackup:
    """The automatic backup by the rotation policy, then its copy in the second folder
    (rotated there the same way). Raises UserError if either cannot be written; a
    second folder that is not there only shows in the result."""
    made = store_backup.auto_backup(paths.backup_dir(), now=now)
    folder = second_folder()
    if folder is None:
        return AutomaticBackup(made)
    if not folder.is_dir():
        return AutomaticBackup(made, None, folder)
    return AutomaticBackup(made, store_backup.copy_to_folder(made, folder), folder)


def last_copy_in(folder: Path) -> dt.datetime | None:
    """When the newest automatic backup in ``folder`` was made (None: none there)."""
    found = store_backup.list_auto_backups(folder)
    return found[0][0] if found else None
