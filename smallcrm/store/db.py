"""The one database object, opened late, with every pragma explained.

``db`` is created unbound so that models can be declared at import time; ``open_db``
binds it to a file, applies the pragmas, brings the schema up to date and checks the
file. SQLite-only details (pragmas, integrity checks, the backup API, the full-text
index) stay in ``store/`` so the rest of the code could run on another database.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peewee import DatabaseError, OperationalError, SqliteDatabase

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.tracked import TrackedSqliteDatabase

# Every write to the analysed tables moves the data generation (store.tracked).
db = TrackedSqliteDatabase(None)

PRAGMAS = {
    # WAL: readers (the GUI list) never block the writer (an import) and a crash
    # mid-write leaves the last committed state intact.
    "journal_mode": "wal",
    # FULL: with WAL, NORMAL may lose the last commits on power loss; a shop owner who
    # pressed Save expects the customer to be there after a power cut. Commits are
    # few and small on a desktop, so the extra fsync is not felt.
    "synchronous": "full",
    # Referential integrity is enforced by the database, not just by our code.
    "foreign_keys": 1,
    # 64 MiB page cache (negative = KiB): the customer table and its indexes at
    # 100,000 customers stay in memory, so list scrolling and search do no I/O.
    "cache_size": -64 * 1024,
    # Sorting for big ORDER BYs and temporary indexes in memory, not temp files.
    "temp_store": "memory",
}

# Wait up to this many seconds for another writer (a backup, a second process)
# before reporting the database as busy.
BUSY_TIMEOUT_S = 5.0


def open_db(path: str | Path, *, check: bool = True, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and bring it up to date.

    Raises :class:`UserError` for a file that is not a database, is damaged, is
    locked, or was written by a newer SmallCRM.
    """
    from smallcrm.store import migrations

    path = Path(path)
    if not db.is_closed():
        db.close()
    if path.is_dir():
        raise UserError(
            # Not "{file} is a folder": file= is the location render() appends, not a
            # template argument, so that template raised KeyError instead of this error.
            QT_TRANSLATE_NOOP("UserError", "This is a folder, not a database file."),
            file=str(path),
        )
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Cannot create the folder for the database: {reason}."),
                file=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
    # journal_mode=wal is written into the file's header, so it is switched on only
    # once the file is known to be SmallCRM's: setting it at connect time turned a
    # refused database of another program into a WAL database. The other pragmas
    # are per connection and change nothing on disk.
    per_connection = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}
    # peewee's stub says int; sqlite3.connect takes float seconds, which is what peewee passes on.
    db.init(str(path), pragmas=per_connection, timeout=BUSY_TIMEOUT_S)  # type: ignore[arg-type]
    try:
        db.connect()
        if check and existed:
            quick_check(path)
        migrations.applied_version(db)  # refuses another program's database
        db.execute_sql(f"PRAGMA journal_mode = {PRAGMAS['journal_mode']}")
        if migrate:
            migrations.upgrade(db, path)
    except UserError:
        db.close()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        db.close()
        raise translate_db_error(exc, path) from exc
    return db


def close_db() -> None:
    """Close the database, first letting SQLite refresh its query-planner statistics
    (``PRAGMA optimize``, SQLite's advice for every close): without them the planner
    may pick a poor index, such as deleted_at, which nearly every row shares."""
    if not db.is_closed():
        # A busy or read-only file: the statistics can wait for the next close.
        with contextlib.suppress(DatabaseError, OperationalError, sqlite3.DatabaseError):
            db.execute_sql("PRAGMA optimize")
        db.close()


def translate_db_error(exc: BaseException, path: str | Path) -> UserError:
    """Turn SQLite's terse failures into a sentence the owner can act on."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database is busy in another program or window; close it and try again.",
            ),
            file=str(path),
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "This file is not a SmallCRM database or it is damaged; "
                "restore a backup with 'smallcrm restore FILE' or choose another file.",
            ),
            file=str(path),
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "The database file cannot be opened for writing; check its permissions."),
            file=str(path),
        )
    if "disk" in text and ("full" in text or "i/o" in text):
        return UserError(
            QT_TRANSLATE_NOOP("UserError", "The disk is full or failing; free some space and try again."),
            file=str(path),
        )
    return UserError(
        QT_TRANSLATE_NOOP("UserError", "The database could not be used: {reason}."),
        file=str(path),
        reason=str(exc),
    )


def quick_check(path: str | Path) -> None:
    """SQLite's ``quick_check``: catches damaged pages and broken indexes cheaply.

    Unlike ``integrity_check`` it does not cross-check index contents against the
    table, which is what makes it fast enough to run at every start.
    """
    rows = [r[0] for r in db.execute_sql("PRAGMA quick_check(5)").fetchall()]
    if rows != ["ok"]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "The database is damaged ({detail}); restore the latest backup with "
                "'smallcrm restore FILE' or from the File menu.",
            ),
            file=str(path),
            detail=_first_problem(rows),
        )


def _first_problem(rows: list[str]) -> str:
    """One line of SQLite's report for the message: a row can hold several lines
    ('*** in database main ***' and then one line a page), and the owner's message
    must stay one sentence."""
    lines = [line.strip() for row in rows for line in row.splitlines()]
    problems = [line for line in lines if line and not line.startswith("***")]
    first = problems[0] if problems else "quick_check failed"
    return first if len(first) <= 120 else first[:117] + "..."


def integrity_check() -> list[str]:
    """The full check, for the backup code and the crash tests: ['ok'] when sound."""
    return [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]


def execute_many(template: Any, rows: list[Sequence[Any]]) -> None:
    """Run a peewee query once per row of parameters with DB-API ``executemany``.

    ``template`` is a peewee query built with placeholder values for the leading
    parameters that each row supplies; its SQL is generated by peewee (so it stays
    portable) and reused for every row. Trailing parameters peewee adds by itself
    (an INSERT's column defaults) are appended to every row unchanged. Building a
    peewee node per value costs ~50 µs a row at bulk sizes; this costs ~2.
    """
    if not rows:
        return
    sql, params = template.sql()
    db.note_write(sql)
    width = len(rows[0])
    tail = [str(v) if isinstance(v, dt.date) else v for v in params[width:]]
    db.cursor().executemany(sql, [[*row, *tail] for row in rows] if tail else rows)
    db.after_write()
