"""A data generation that moves whenever the data an analysis reads changes, and a
cache of summaries computed at one generation (``smallcrm stats``: counts, sums, the
segments and KPIs), served again until the next change.

Why triggers: every write path moves the generation, the ones written today (the GUI,
the CLI, imports and their undo, merges, the purge, demo data) and any added later,
in this process or another, and an outside tool's edits too; a summary keyed on
anything the code has to remember to bump would be one forgotten call away from
serving stale figures.

Why a flag and not a counter per row: SQLite has no statement-level triggers, so a
trigger runs once per row written. One that updates a counter row on every insert
made a million-line purchase load 2.4x as slow (measured: 300,000 rows, 8.0 s bare,
19 s with the counter, 21 s keeping running totals of the amounts, the same with the
WHEN test below 8.7 s). So the trigger only reads a flag, ``clean``, and writes just
for the first row after a summary was stored: it moves the generation on and clears
the flag, and every later row of that load finds the flag clear and writes nothing.

The protocol (``begin`` / ``put`` / ``get``): before computing, ``begin`` sets the
flag in a write transaction of its own and returns the generation; a summary
computed afterwards is stored under it by ``put`` and served by ``get`` only while
the generation is still that one. A write that lands while the summary is being
computed moves the generation on, so that summary, which may or may not include
the write, is never served. SQLite's single writer makes this exact: a writer either
committed before ``begin`` (its rows are in what is computed) or runs after it and
finds the flag set.

A table rebuilt by a later migration (SQLite's way of changing a column's type) loses
its triggers: ``get`` serves nothing while any trigger is missing, and ``begin``
creates them again. SQLite-only (triggers in SQLite's dialect, the rest plain SQL); a
PostgreSQL store would keep the same interface with its own triggers.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from peewee import Database, DatabaseError, OperationalError

from smallcrm.store.db import db

# The tables whose rows the analysis reads: customers, their purchases and contacts,
# the staff (the KPIs per staff member) and the shop settings (the tiers' rules).
WATCHED = ("customer", "purchase", "interaction", "staff", "setting")
OPERATIONS = ("INSERT", "UPDATE", "DELETE")
# How long put/begin wait for another writer (an import in another window): a summary
# not stored is only computed again next time, so a read command never waits long.
BUSY_MS = 200


def trigger_names() -> list[str]:
    return [f"data_generation_{table}_{op.lower()}" for table in WATCHED for op in OPERATIONS]


def create_triggers(database: Database | None = None) -> None:
    """The triggers that move the generation (``IF NOT EXISTS``: safe to run again)."""
    for table in WATCHED:
        for op in OPERATIONS:
            (database or db).execute_sql(
                f'CREATE TRIGGER IF NOT EXISTS "data_generation_{table}_{op.lower()}" AFTER {op} ON "{table}" '
                "WHEN (SELECT clean FROM data_generation WHERE id = 1) "
                "BEGIN UPDATE data_generation SET generation = generation + 1, clean = 0 WHERE id = 1; END"
            )


def _triggers_present() -> bool:
    names = trigger_names()
    marks = ", ".join("?" * len(names))
    row = db.execute_sql(
        f"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})", names
    ).fetchone()
    return int(row[0]) == len(names)


def _state() -> tuple[int, bool]:
    row = db.execute_sql("SELECT generation, clean FROM data_generation WHERE id = 1").fetchone()
    return (int(row[0]), bool(row[1])) if row else (-1, False)


@contextlib.contextmanager
def _briefly_busy() -> Iterator[None]:
    """Wait at most BUSY_MS for the write lock inside the block (the connection's
    usual patience, meant for writes the owner asked for, is seconds)."""
    connection = db.connection()
    before = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    connection.execute(f"PRAGMA busy_timeout = {BUSY_MS}")
    try:
        yield
    finally:
        connection.execute(f"PRAGMA busy_timeout = {int(before)}")


def get(key: str) -> Any:
    """The summary stored under ``key`` if nothing it was computed from has changed
    since, else None."""
    try:
        with db.atomic():  # one snapshot for the three reads
            if not _triggers_present():
                return None
            generation, clean = _state()
            row = db.execute_sql("SELECT generation, value FROM summary_cache WHERE key = ?", [key]).fetchone()
    except (DatabaseError, OperationalError, sqlite3.DatabaseError):
        return None  # a file opened without its migrations: compute as if nothing were stored
    if row is None or not clean or int(row[0]) != generation:
        return None
    return json.loads(row[1])


def begin() -> int | None:
    """Start a computation: the generation a summary computed from now on is stored
    under. None when the file cannot be written now (read-only, or another process
    is writing): compute without storing."""
    try:
        with _briefly_busy(), db.atomic("IMMEDIATE"):
            if not _triggers_present():
                create_triggers()
                db.execute_sql("UPDATE data_generation SET generation = generation + 1, clean = 0 WHERE id = 1")
            generation, clean = _state()
            if not clean:
                generation += 1
                db.execute_sql("UPDATE data_generation SET generation = ?, clean = 1 WHERE id = 1", [generation])
            return generation
    except (DatabaseError, OperationalError, sqlite3.DatabaseError):
        return None


def put(key: str, generation: int, value: Any) -> bool:
    """Store ``value`` (JSON-able) under ``key`` if the data is still at ``generation``
    (nothing was written while it was computed). Returns whether it was stored."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        with _briefly_busy(), db.atomic("IMMEDIATE"):
            if _state() != (generation, True):
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
