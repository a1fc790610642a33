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
from smallcrm.store import migrations, privacy
from smallcrm.store.sqlite import activity, failures
from smallcrm.store.sqlite.failures import busy_error, is_busy, translate_db_error
from smallcrm.store.sqlite.sidecars import copies_beside, refuse_missing_after_restore, remove_leftovers, sidecars
from smallcrm.store.sqlite.tracked import TrackedSqliteDatabase


class ShopDatabase(TrackedSqliteDatabase):
    """peewee's SQLite database with two changes for a file that other processes share,
    on top of moving the data generation with every write (store.sqlite.tracked).

    Transactions begin IMMEDIATE (see ``db`` below), and "database is locked" becomes
    :class:`DatabaseBusyError`, a UserError, wherever peewee runs a statement.
    """

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        try:
            return super().execute_sql(sql, params)
        except OperationalError as exc:
            if is_busy(exc):
                raise busy_error(self.database) from exc
            raise

    def begin(self, lock_type: str | None = None) -> None:
        try:
            super().begin(lock_type)
        except OperationalError as exc:
            if is_busy(exc):
                raise busy_error(self.database) from exc
            raise

    def commit(self) -> None:
        try:
            super().commit()
        except OperationalError as exc:
            if is_busy(exc):
                raise busy_error(self.database) from exc
            raise


# IMMEDIATE: a write transaction takes the write lock when it begins, waiting for another
# writer there (BUSY_TIMEOUT_S). A DEFERRED one reads first and asks for the lock at its
# first write; if another process has committed meanwhile, SQLite cannot let it write
# from its stale snapshot and fails at once, without waiting ("database is locked"
# after 2 s of an import in another process, for a customer added from the command
# line). Every db.atomic() in the app is a write (reads run without one).
db = ShopDatabase(None, lock_type="IMMEDIATE")

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


def open_db(path: str | Path, *, check: bool = True, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at ``path`` and bring it up to date.

    Raises :class:`UserError` for a file that is not a database, is damaged, is
    locked, or was written by a newer SmallCRM, and :class:`MissingAfterRestoreError` for
    a missing file whose shop waits beside it in a copy kept by a restore.
    """
    path = Path(path)
    if not db.is_closed():
        db.close()
    activity.detach()
    if path.is_dir():
        raise UserError(
            # Not "{file} is a folder": file= is the location render() appends, not a
            # template argument, so that template raised KeyError instead of this error.
            QT_TRANSLATE_NOOP("UserError", "This is a folder, not a database file."),
            file=str(path),
        )
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        refuse_missing_after_restore(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Cannot create the folder for the database: {reason}."),
                file=str(path),
                reason=exc.strerror or str(exc),
            ) from exc
        # Owner-only from the first byte; SQLite gives its -wal and -shm the same mode.
        # (A folder that refuses the file: SQLite's own error says so below.)
        with contextlib.suppress(OSError):
            privacy.create_private(path)
    # journal_mode=wal is written into the file's header, so it is switched on only
    # once the file is known to be SmallCRM's: setting it at connect time turned a
    # refused database of another program into a WAL database. The other pragmas
    # are per connection and change nothing on disk.
    per_connection = {k: v for k, v in PRAGMAS.items() if k != "journal_mode"}
    # peewee's stub says int; sqlite3.connect takes float seconds, which is what peewee passes on.
    db.init(str(path), pragmas=per_connection, timeout=failures.BUSY_TIMEOUT_S)  # type: ignore[arg-type]  # float seconds
    try:
        db.connect()
        if check and existed:
            quick_check(path)
        migrations.applied_version(db)  # refuses another program's database
        # Only now that the file is known to be SmallCRM's: never change another's.
        for own in (path, *sidecars(path), *copies_beside(path)):
            privacy.tighten(own)  # made readable by all by an older SmallCRM
        remove_leftovers(path)
        db.execute_sql(f"PRAGMA journal_mode = {PRAGMAS['journal_mode']}")
        activity.attach(path)
        if migrate:
            migrations.upgrade(db, path)
    except UserError:
        _close_after_failure()
        raise
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
        _close_after_failure()
        raise translate_db_error(exc, path) from exc
    return db


def _close_after_failure() -> None:
    db.close()
    activity.detach()


def close_db() -> None:
    """Close the database, first letting SQLite refresh its query-planner statistics
    (``PRAGMA optimize``, SQLite's advice for every close): without them the planner
    may pick a poor index, such as deleted_at, which nearly every row shares."""
    if not db.is_closed():
        # A busy or read-only file: the statistics can wait for the next close. Not
        # waiting for the lock: a read command must not end 10 s late behind an import.
        with contextlib.suppress(DatabaseError, OperationalError, sqlite3.DatabaseError):
            db.execute_sql("PRAGMA busy_timeout = 0")
            db.execute_sql("PRAGMA optimize")
        db.close()
    activity.detach()


def data_version() -> int | None:
    """SQLite's ``PRAGMA data_version`` on this thread's connection: it changes when
    another connection (another process, or a worker thread's) has committed since the
    last call. None while the database is closed: asking must not reopen it (a restore
    has closed it on purpose)."""
    if db.is_closed():
        return None
    return int(db.execute_sql("PRAGMA data_version").fetchone()[0])


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


def insert_each(template: Any, rows: Sequence[Sequence[Any]]) -> list[int]:
    """Like :func:`execute_many` for an INSERT, and returns each new row's id as the
    database assigned it, in ``rows`` order.

    Why one ``execute`` per row: the ids must come from the database, not be guessed
    (MAX(id)+1 onwards is only what SQLite happens to do today for a table without
    AUTOINCREMENT; an AUTOINCREMENT table never reuses a deleted id, and a PostgreSQL
    sequence is not rolled back with the insert that used it). ``executemany``
    reports no ids (``lastrowid`` stays unset, ``RETURNING`` rows are discarded), and
    one multi-row ``INSERT ... RETURNING`` returns its rows in no promised order.
    ``cursor.lastrowid`` after each row is SQLite's ``sqlite3_last_insert_rowid``.
    Measured: about 1 µs a row more than ``executemany`` (0.1 s for 100,000 rows).
    """
    if not rows:
        return []
    sql, params = template.sql()
    width = len(rows[0])
    tail = [str(v) if isinstance(v, dt.date) else v for v in params[width:]]
    cursor = db.cursor()
    execute, ids = cursor.execute, []
    db.note_write(sql)  # the data generation moves with these rows (store.sqlite.tracked)
    for row in rows:
        execute(sql, [*row, *tail] if tail else row)
        ids.append(cursor.lastrowid)
    db.after_write()
    return ids
