"""The shop's database object: peewee's SqliteDatabase that moves a data generation in
the same commit as any write to the tables an analysis reads (``store.sqlite.generation``
serves summaries computed at one generation until it moves).

Why in the commit and not by SQLite triggers, which would also see other programs'
writes: a trigger makes every INSERT, UPDATE or DELETE it watches keep a statement
journal, and inside a savepoint (every nested ``db.atomic()``, so every import chunk)
each statement then copies the pages it touches into the savepoint's journal again.
Measured on the 100,000-customer shop: 20,000 purchase rows inserted in savepoints 0.2
s without a trigger and 6-9 s with one that only reads a flag; 20,000 single-row
customer updates 0.35 s and 14 s, then 598 s on the next run as the journal grew;
a 200,000-line purchase import 9.7 s and 125 s. Here it is one UPDATE of a one-row
table per write statement.

What counts as a write to a watched table: a statement run through ``execute_sql``
(every peewee query) or ``store.db.execute_many`` that starts with INSERT, REPLACE,
UPDATE or DELETE (after an optional WITH) on one of ``WATCHED``; a write whose table
cannot be read from its text counts too. Each moves the generation once (an
executemany once for all its rows). Writes by other programs (an SQLite browser) are
not seen: a summary then stays until SmallCRM's next write to those tables or the
next day.

The same write also moves the counter of the history the analysis keeps packed
(``history_state.written``, ``domain.analysis.history``) for purchases or contacts: a
write to ``purchase`` or ``interaction`` (or to a table it cannot tell), and deleting
customers, whose purchases and contacts go with them by ON DELETE CASCADE, which no
statement names.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from peewee import SqliteDatabase

# The tables whose rows the analysis reads: customers, their purchases and contacts,
# the staff (the KPIs per staff member) and the shop settings (the tiers' rules); the
# counter's sales and their uncounted lines (the staff results).
WATCHED = frozenset({"customer", "purchase", "interaction", "staff", "setting", "sale", "uncounted_line"})
BUMP = "UPDATE data_generation SET generation = generation + 1 WHERE id = 1"
HISTORY_KINDS = ("purchase", "interaction")  # the history_state rows, named after their tables

_WRITE = re.compile(
    r'\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:"(\w+)"|(\w+))',
    re.IGNORECASE,
)


def written_table(sql: str) -> str | None:
    """The table a write statement writes ('' when it cannot tell), None for anything
    else (a SELECT, a PRAGMA, a savepoint, schema changes)."""
    head = sql.lstrip()[:7].upper()
    if not head.startswith(("INSERT", "REPLACE", "UPDATE", "DELETE", "WITH")):
        return None
    match = _WRITE.search(sql)
    if match is None:
        return None if head.startswith("WITH") else ""
    return (match.group(1) or match.group(2)).lower()


def history_written(sql: str, table: str) -> tuple[str, ...]:
    """The kinds of packed history (``HISTORY_KINDS``) a write to ``table`` (as
    :func:`written_table` names it) makes stale."""
    if table in HISTORY_KINDS:
        return (table,)
    if table == "":
        return HISTORY_KINDS
    if table == "customer":
        match = _WRITE.search(sql)
        if match is not None and match.group(0).upper().startswith("DELETE"):
            return HISTORY_KINDS
    return ()


class TrackedSqliteDatabase(SqliteDatabase):
    """SqliteDatabase that moves the data generation with every write statement to a
    watched table (see the module docstring).

    In a transaction the move is made just before the write, in the same savepoint:
    rolling a savepoint back (an import's rejected chunk) takes the write and its move
    back together, and the transaction's own reads see the move at once. Outside a
    transaction the write commits on its own and the move follows it."""

    _state: Any  # peewee's per-thread connection state (no stub)

    def note_write(self, sql: str) -> None:
        """Call before running ``sql`` past ``execute_sql`` (which calls it itself),
        and ``after_write`` after it: executemany in ``store.db.execute_many``."""
        table = written_table(sql)
        if table is None or (table and table not in WATCHED):
            self._state.watched_pending = False
            return
        kinds = history_written(sql, table)
        if not self.is_closed() and self._state.conn.in_transaction:
            self._bump(kinds)
            self._state.watched_pending = False
        else:
            self._state.watched_pending = kinds or True

    def after_write(self) -> None:
        """After a statement noted by ``note_write``: outside a transaction it has
        committed on its own, so the generation moves now, in a statement of its own."""
        pending = getattr(self._state, "watched_pending", False)
        if pending:
            self._state.watched_pending = False
            self._bump(pending if isinstance(pending, tuple) else ())

    def _bump(self, kinds: tuple[str, ...]) -> None:
        statements: list[tuple[str, tuple[str, ...]]] = [(BUMP, ())]
        if kinds:
            marks = ", ".join("?" * len(kinds))
            statements.append((f"UPDATE history_state SET written = written + 1 WHERE kind IN ({marks})", kinds))
        for sql, params in statements:
            try:
                self.cursor().execute(sql, params)
            except sqlite3.OperationalError as exc:
                if "no such table" not in str(exc):
                    raise
                # A file being upgraded from before the counter existed: its migrations
                # write customers before migration 14 (15) makes the table.

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        self.note_write(sql)
        cursor = super().execute_sql(sql, params)
        self.after_write()
        return cursor
