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
    import platformdirs  # 8-11 ms (measured): 'smallcrm --help' and SMALLCRM_HOME never need it

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


def resource_root() -> Path:
    """The folder that holds the resources: icons, translations, help, fonts, label templates.

    - a frozen build: ``resources/`` beside the bundled modules (packaging/smallcrm.spec);
    - an installed wheel (``pip install .``, pipx): ``smallcrm/resources``, the copy that
      setup.py's build step puts into the package;
    - a source checkout or an editable install: the top-level ``resources/`` folder,
      which is the source of both.
    """
    base = getattr(sys, "_MEIPASS", None)  # set by PyInstaller's bootloader
    if base:
        return Path(base) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def in_checkout() -> bool:
    """True when the resources are the checkout's own ``resources/`` folder (a source
    checkout or an editable install), where the compiled translation is made on the
    spot; an installed or frozen copy ships it ready-made."""
    return not getattr(sys, "_MEIPASS", None) and not (Path(__file__).resolve().parent / "resources").is_dir()


def resource_path(*parts: str) -> Path:
    """A file under the resources folder (:func:`resource_root`), wherever SmallCRM runs from."""
    return resource_root().joinpath(*parts)
