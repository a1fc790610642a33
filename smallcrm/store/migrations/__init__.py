"""Numbered schema migrations, applied in order, recorded in ``schema_migration``.

Each migration module has ``NAME`` and ``up(db, migrator)``. The first ones define the
tables as frozen peewee models of their own (never the live models, which move on);
later ones use ``playhouse.migrate``. Before upgrading a database that already holds
data, a copy of the file is kept beside it. A database that has migrations this app
does not know was written by a newer SmallCRM and is refused rather than damaged.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from peewee import Database

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.sqlite import activity
from smallcrm.store.sqlite.snapshot import write_copy


def _discover() -> list[str]:
    """The migration modules' names m0001_*, m0002_*, ... in order; numbers must run
    without gaps, so a missing or doubled file fails at once instead of skipping.
    (A frozen build must collect this package's submodules: pkgutil finds what is bundled.)"""
    names = sorted(info.name for info in pkgutil.iter_modules(__path__) if re.fullmatch(r"m\d{4}_\w+", info.name))
    for expected, name in enumerate(names, start=1):
        if int(name[1:5]) != expected:
            raise RuntimeError(f"migration {name} is out of sequence: expected number {expected:04d}")
    return names


# Names only: the modules (and playhouse.migrate, 5 ms) are imported when a database
# needs upgrading, not on every start of an up-to-date one.
NAMES: list[str] = _discover()
LATEST = len(NAMES)


def module(number: int) -> ModuleType:
    """Migration ``number`` (1-based)."""
    return importlib.import_module(f"{__name__}.{NAMES[number - 1]}")


def applied_version(db: Database) -> int:
    """The number of the last migration applied; 0 for an empty file."""
    tables = set(db.get_tables())
    if "schema_migration" not in tables:
        if tables:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "This file is an SQLite database of another program, not SmallCRM's."),
                file=db.database,
            )
        return 0
    row = db.execute_sql("SELECT MAX(id) FROM schema_migration").fetchone()
    return int(row[0] or 0)


def upgrade(db: Database, path: Path, *, target: int = LATEST, on_step: Callable[[int], None] | None = None) -> int:
    """Apply the missing migrations up to ``target``; return how many were applied."""
    version = applied_version(db)
    if version > LATEST:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This database was written by a newer SmallCRM (schema {found}, this app knows "
                "up to {known}); install the newer version to open it.",
            ),
            file=str(path),
            found=version,
            known=LATEST,
        )
    if version >= target:
        return 0
    with activity.doing(activity.UPGRADE):
        return _upgrade(db, path, version, target, on_step)


def _upgrade(db: Database, path: Path, version: int, target: int, on_step: Callable[[int], None] | None) -> int:
    if version > 0:
        _keep_copy(db, path, version)
    from playhouse.migrate import SchemaMigrator  # here, not on top: 3.5 ms at every open (measured)

    migrator = SchemaMigrator.from_database(db)
    # playhouse.migrate changes a column on SQLite (add_not_null, drop_not_null, ...) by
    # copying the table, dropping the old one and renaming the copy. With foreign keys
    # enforced, that DROP TABLE deletes every row first and ON DELETE CASCADE empties
    # the child tables (upgrading schema 1 lost every purchase and interaction). So
    # SQLite's own recipe for table rebuilds: keys off for the migration (the pragma is
    # a no-op inside a transaction, hence out here), foreign_key_check before each
    # commit, keys back on afterwards.
    keys_were_on = bool(db.execute_sql("PRAGMA foreign_keys").fetchone()[0])
    db.execute_sql("PRAGMA foreign_keys = OFF")
    try:
        for number in range(version + 1, target + 1):
            step = module(number)
            with db.atomic():
                step.up(db, migrator)
                broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    # A bug in the migration, not the user's problem: roll it back.
                    raise RuntimeError(f"migration {number} breaks foreign keys: {broken[:5]}")
                db.execute_sql(
                    "INSERT INTO schema_migration (id, name, applied_at) VALUES (?, ?, ?)",
                    (number, step.NAME, dt.datetime.now().replace(microsecond=0).isoformat(" ")),
                )
            if on_step:
                on_step(number)
    finally:
        if keys_were_on:
            db.execute_sql("PRAGMA foreign_keys = ON")
    return target - version


def _keep_copy(db: Database, path: Path, version: int) -> None:
    """Copy the file aside before changing its schema, with SQLite's backup API, through
    the connection being upgraded (``sqlite.snapshot``: the copy needs neither the
    backups nor ``store.db``, which import this package).

    The copy is written as ``NAME.part-PID`` and renamed when complete; a process
    killed meanwhile leaves that ``.part``, which the next open removes
    (``sqlite.sidecars.remove_leftovers``)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    write_copy(db.connection(), path.with_name(f"{path.stem}.schema{version}-{stamp}{path.suffix or '.db'}"))
