"""Every file location the app uses, in one place.

Tests and portable installs point ``SMALLCRM_HOME`` at a folder of their own; otherwise
the platform's usual data folder is used (platformdirs), so the shop's database lives
where the operating system's backup tools expect application data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "SmallCRM"
DB_FILENAME = "smallcrm.db"


def home() -> Path:
    """The folder that holds the database, backups and logs."""
    override = os.environ.get("SMALLCRM_HOME")
    if override:
        return Path(override).expanduser()
    import platformdirs  # imported late: only needed when no override is set

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """The database opened when neither ``--db`` nor ``SMALLCRM_DB`` names one."""
    env = os.environ.get("SMALLCRM_DB")
    if env:
        return Path(env).expanduser()
    return home() / DB_FILENAME


def backup_dir() -> Path:
    """Where automatic and manual backups go unless the user picks a file."""
    return home() / "backups"


def log_dir() -> Path:
    return home() / "logs"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, in a source checkout and in a frozen build alike."""
    base = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
