"""What backup and restore do (their arguments: ``commands_data``)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from smallcrm import files, paths
from smallcrm.cli import output
from smallcrm.cli.database import db_path, open_database
from smallcrm.domain import backups, session
from smallcrm.store.sqlite import backup as store_backup


def backup(args: argparse.Namespace) -> int:
    if args.out:
        # A device or a pipe named as the backup is refused, never replaced by a file
        # (as root, 'backup /dev/null' would have replaced /dev/null).
        files.check_replaceable(Path(args.out))
    open_database(args)
    if args.auto:
        result = backups.automatic_backup()
        made = result.made
        data: dict[str, Any] = {"backup": str(made), "second_backup": str(result.second) if result.second else None}
        text = f"Backup written to {made}."
        if result.second is not None:
            text += f" Copied to {result.second}."
        elif result.second_missing:
            data["second_folder_missing"] = str(result.second_folder)
            text += f" The second backup folder {result.second_folder} is not there (is the drive plugged in?)."
        output.emit(args, data, text)
        return 0
    out = args.out or paths.backup_dir() / f"smallcrm-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
    made = store_backup.copy_database(out)
    output.emit(args, {"backup": str(made)}, f"Backup written to {made}.")
    return 0


def restore(args: argparse.Namespace) -> int:
    current = db_path(args)
    aside = store_backup.restore_database(args.file, current)
    session.open_crm(current)  # migrates an older backup and checks it opens
    kept = f"; the previous database was kept as {aside}." if aside is not None else "."
    output.emit(
        args,
        {"restored": str(args.file), "database": str(current), "previous_kept_as": str(aside) if aside else None},
        f"Restored {args.file}{kept}",
    )
    return 0
