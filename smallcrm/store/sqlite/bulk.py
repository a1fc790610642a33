"""Bulk loads: a table's indexes built once at the end instead of row by row.

Inserting a row updates every index of its table: for the customer table that is
nine B-tree insertions in random order per row. When a load adds as many rows as the
table already holds, it is cheaper to drop the secondary indexes, insert, and create
them again, which sorts each key once. Measured at 100,000 customers: the table with
its indexes 1.6 s of CPU row by row, 0.6 s + 0.55 s dropped and rebuilt.

SQLite's schema changes are transactional, so this runs in a savepoint of the
caller's transaction: if the block fails (a cancel, a bad row, a dry run), the
savepoint rolls back and the indexes are there again as they were; nobody ever sees
the table without them. Queries inside the block still work, only without those
indexes; unique indexes, which enforce a constraint, are never dropped.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from smallcrm.store.db import db

# Below this many new rows the indexes are kept: rebuilding costs about as much as
# inserting a few thousand rows into them.
MIN_ROWS = 20_000


def worth_rebuilding(model: Any, new_rows: int) -> bool:
    """True when loading ``new_rows`` rows into ``model``'s table is cheaper with its
    indexes rebuilt afterwards: many rows, and at least as many as the table holds."""
    if new_rows < MIN_ROWS:
        return False
    table = model._meta.table_name
    # MAX(rowid) instead of COUNT(*): a lookup at the end of the table, not a scan.
    held = db.execute_sql(f'SELECT MAX(rowid) FROM "{table}"').fetchone()[0] or 0
    return new_rows >= held


@contextmanager
def indexes_rebuilt_after(model: Any) -> Iterator[None]:
    """Drop ``model``'s secondary indexes for the block, create them again after it,
    all in one savepoint (see the module docstring)."""
    table = model._meta.table_name
    with db.atomic():
        # Unique indexes stay: they enforce a constraint (a customer number used once)
        # and answer lookups the load itself makes. Indexes SQLite made for UNIQUE or
        # PRIMARY KEY clauses have no SQL and cannot be dropped anyway.
        indexes = [
            (name, sql)
            for name, sql in db.execute_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
                [table],
            ).fetchall()
            if not sql.upper().startswith("CREATE UNIQUE")
        ]
        for name, _sql in indexes:
            db.execute_sql(f'DROP INDEX "{name}"')
        yield
        for _name, sql in indexes:
            db.execute_sql(sql)


# The page cache while the indexes are built by indexes_sorted_on_disk_after: SQLite's
# sorter keeps a run of up to the cache's size in memory before it writes it out.
SORT_KIB = 4 * 1024
_ON_DISK = 1  # PRAGMA temp_store: 0 as compiled, 1 in files, 2 in memory


@contextmanager
def sorts_on_disk() -> Iterator[None]:
    """The connection's temporary data (a CREATE INDEX's sort) in files for the block,
    then as before: see indexes_sorted_on_disk_after. Only outside a transaction:
    SQLite refuses to move temporary data inside one once it has used any (a
    quick_check of the file has), so inside one this changes nothing; nor while the
    connection has TEMP tables, which the change would drop."""
    connection = db.connection()
    before = connection.execute("PRAGMA temp_store").fetchone()[0]
    if connection.in_transaction or before == _ON_DISK:
        yield
        return
    if connection.execute("SELECT count(*) FROM sqlite_temp_master").fetchone()[0]:
        yield
        return
    connection.execute(f"PRAGMA temp_store = {_ON_DISK}")
    try:
        yield
    finally:
        connection.execute(f"PRAGMA temp_store = {int(before)}")


@contextmanager
def indexes_sorted_on_disk_after(model: Any) -> Iterator[None]:
    """indexes_rebuilt_after, with the indexes sorted on disk in runs of SORT_KIB, when
    the block runs in sorts_on_disk(); otherwise the indexes are kept.

    The connection keeps temporary data in memory (store.db: temp_store), so a CREATE
    INDEX there holds every key of the table in memory at once: a purchase table of
    2,000,000 lines held 60 MB more than one of 200,000, and the import's memory grew
    with its file. On disk in 4 MiB runs the peak is the same whatever the table's
    size (measured: 42 MB for a bare sqlite3 load of 0.2M, 1M and 2M lines) and the
    sort costs about the same (1.4 s of CPU for 1M lines' four indexes, 1.6 s in
    memory). The page cache's size is restored after.
    """
    connection = db.connection()
    if connection.execute("PRAGMA temp_store").fetchone()[0] != _ON_DISK:
        yield
        return
    cache_size = connection.execute("PRAGMA cache_size").fetchone()[0]
    try:
        with indexes_rebuilt_after(model):
            yield
            connection.execute(f"PRAGMA cache_size = -{SORT_KIB}")
    finally:
        connection.execute(f"PRAGMA cache_size = {int(cache_size)}")
