"""Files that hold customers are the owner's alone.

A customer database is personal data (PIPL): its file, its -wal and -shm, every backup
and the logs (which can name files and customers) are created readable and writable
by the owner only, and existing ones are tightened when the app opens them. On
Windows the user's profile folders are private by their ACLs and ``chmod`` only
toggles the read-only flag, so there is nothing to do there.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

OWNER_ONLY = 0o600
OWNER_ONLY_FOLDER = 0o700
_POSIX = os.name == "posix"


def create_private(path: Path) -> None:
    """Create ``path`` empty and owner-only if it does not exist yet (SQLite then gives
    the -wal, -shm and -journal beside it the same permissions)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, OWNER_ONLY)
    except FileExistsError:
        return
    os.close(fd)


def tighten(path: Path) -> None:
    """Take away what group and others may do with an existing file (never adds a
    permission: a read-only file stays read-only). A file of another user, or on a
    file system without permissions, is left as it is."""
    if not _POSIX:
        return
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            os.chmod(path, mode & ~0o077)
    except OSError as exc:  # gone meanwhile, not ours, or a FAT-formatted USB drive
        log.debug("cannot make %s owner-only: %s", path, exc)


def private_folder(path: Path) -> None:
    """Create the folder (and its parents) if needed; a folder this call creates is
    owner-only. An existing folder is left alone: it may be the owner's Documents."""
    if path.is_dir():
        return
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):
        if _POSIX:
            os.chmod(path, OWNER_ONLY_FOLDER)
