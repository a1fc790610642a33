"""Summaries kept per data generation: ``smallcrm stats``'s sums, segments and KPIs,
computed once (seconds at 100,000 customers) and served again until the data they
were computed from changes.

The generation is a counter that every write transaction touching the analysed tables
moves in its own commit (``store.sqlite.tracked``): the GUI, the CLI, imports and their undo,
merges, the purge, demo data, a second SmallCRM process. The protocol: read the
generation, compute, store the summary under that generation only if it is still the
same (``put``), so a write that landed while the summary was computed keeps it from
ever being served; ``get`` serves a summary only while the generation has not moved.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from peewee import DatabaseError, OperationalError

from smallcrm.store.db import db

# How long put waits for another writer (an import in another window): a summary not
# stored is only computed again next time, so a read command never waits long.
BUSY_MS = 200


def current() -> int | None:
    """The data generation now; None for a file without one (not migrated)."""
    try:
        row = db.execute_sql("SELECT generation FROM data_generation WHERE id = 1").fetchone()
    except (DatabaseError, OperationalError, sqlite3.DatabaseError):
        return None
    return int(row[0]) if row else None


def get(key: str) -> Any:
    """The summary stored under ``key`` if nothing it was computed from has changed
    since, else None."""
    try:
        with db.atomic():  # one snapshot for both reads
            generation = current()
            row = db.execute_sql("SELECT generation, value FROM summary_cache WHERE key = ?", [key]).fetchone()
    except (DatabaseError, OperationalError, sqlite3.DatabaseError):
        return None
    if row is None or generation is None or int(row[0]) != generation:
        return None
    return json.loads(row[1])


@contextlib.contextmanager
def briefly_busy() -> Iterator[None]:
    """Wait at most BUSY_MS for the write lock inside the block (the connection's
    usual patience, meant for writes the owner asked for, is seconds)."""
    connection = db.connection()
    before = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    try:
        yield
    finally:
        connection.execute(f"PRAGMA busy_timeout = {int(before)}")


def put(key: str, generation: int, value: Any) -> bool:
    """Store ``value`` (JSON-able) under ``key`` if the data is still at ``generation``
    (nothing was written while it was computed). False when it was not stored: the
    data moved on, the file is read-only, or another process is writing."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        with briefly_busy(), db.atomic("IMMEDIATE"):
            if current() != generation:
                return False
            # Entries of past generations can never be served again: keep the table small.
            db.execute_sql("DELETE FROM summary_cache WHERE generation <> ?", [generation])
            db.execute_sql(
                "INSERT OR REPLACE INTO summary_cache (key, generation, value) VALUES (?, ?, ?)",
                [key, generation, text],
            )
            return True
    except (DatabaseError, OperationalError, sqlite3.DatabaseError):
        return False
