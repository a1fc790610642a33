"""Whole integer columns and id sets for the analysis: the SQLite-only fast paths.

Why this exists: the analysis (segments, churn, KPIs) needs every purchase line as
numbers — customer, day, amount, cost — a million rows at a large shop. Fetched as
rows, the sqlite3 module builds one Python object per value (about 0.35 µs each, so
1.4 s for four columns before any work is done). Aggregated by SQLite into one
comma-separated text per column (``group_concat``), the same numbers cross into
Python as a handful of strings in about a quarter of that time, and numpy parses them
in C (``domain.analysis``). This module only builds the texts: ``store`` imports no
numpy.

``ids_select`` is the other direction: a set of customer ids computed in Python used
as a subquery (``Customer.id.in_(...)``) without one bound parameter per id (SQLite
allows 32,766), through ``json_each`` over one JSON array.

On PostgreSQL: ``string_agg``, ``unnest(?::int[])`` and ``date - '1970-01-01'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from peewee import SQL, Field, ForeignKeyField, IntegerField, Node, Select, Value, fn

from smallcrm.store.db import db

NULL_INT = -(2**62)
"""What a NULL value reads as in :func:`int_columns` (``group_concat`` would skip it
and misalign the columns)."""

CHUNK_ROWS = 500_000
"""Rows per query: bounds the texts' size (a few MB) whatever the table's size."""

_UNIX_EPOCH_JULIAN = 2440587.5  # julianday('1970-01-01')
_FLOOR_SHIFT = 1_000_000  # CAST truncates toward zero; shifting first makes it floor for any real date


def epoch_day(expr: Node) -> Node:
    """A date or date-time (ISO text) as whole days since 1970-01-01, rounded down:
    ``datetime.date.toordinal() - 719163`` in Python. NULL stays NULL."""
    shifted = fn.julianday(expr) - _UNIX_EPOCH_JULIAN + _FLOOR_SHIFT
    return shifted.cast("INTEGER") - _FLOOR_SHIFT


@dataclass(frozen=True)
class ColumnRead:
    """The range queries that read some columns of one table (see :func:`plan`)."""

    queries: list[tuple[str, list[Any]]]
    columns: int


def plan(
    model: Any, exprs: Sequence[Node], where: Node | None = None, *, texts: Sequence[tuple[Node, str]] = ()
) -> ColumnRead:
    """Queries reading integer-valued ``exprs`` over the rows of ``model`` matching
    ``where`` as text; run them with :func:`run`.

    Each column comes back as comma-separated chunks (none for no rows); row i of every
    column is the same table row (the aggregates of one query step through the same rows
    in the same order). NULLs read as :data:`NULL_INT`. ``texts`` are (NOT NULL text
    column, separator) pairs, returned after the integers: ISO dates joined by '' come
    out fixed-width, which the caller slices without any per-row function in SQL
    (``julianday`` on every row costs more than reading the text). Rows are read in
    primary-key ranges of :data:`CHUNK_ROWS`, so no text grows with the table.
    """
    pk = model._meta.primary_key
    # Two queries: SQLite answers a lone MIN or MAX of the key from the b-tree's edge,
    # but scans the whole table for both in one SELECT.
    lo = model.select(fn.MIN(pk)).scalar()
    hi = model.select(fn.MAX(pk)).scalar()
    queries: list[tuple[str, list[Any]]] = []
    aggregates = [fn.group_concat(_as_int(e)) for e in exprs]
    aggregates += [fn.group_concat(t, sep) for t, sep in texts]
    start = lo
    while lo is not None and hi is not None and start <= hi:
        cond = (pk >= start) & (pk < start + CHUNK_ROWS)
        if where is not None:
            cond &= where
        queries.append(model.select(*aggregates).where(cond).sql())
        start += CHUNK_ROWS
    return ColumnRead(queries, len(aggregates))


def run(reads: Sequence[ColumnRead]) -> list[list[list[str]]]:
    """Run the planned reads: for each, one list per column of its text chunks.

    One connection, one query after the other. (Reading the ranges on several threads,
    each with its own connection, measured no faster on a two-core machine with other
    work running, and would read slightly different moments of a changing file.)
    """
    out: list[list[list[str]]] = []
    for read in reads:
        columns: list[list[str]] = [[] for _ in range(read.columns)]
        for sql, params in read.queries:
            row = db.execute_sql(sql, params).fetchone()
            for column, text in zip(columns, row, strict=True):
                if text is not None:  # None: no rows in this range ('' is one empty text)
                    column.append(text)
        out.append(columns)
    return out


def int_columns(
    model: Any, exprs: Sequence[Node], where: Node | None = None, *, texts: Sequence[tuple[Node, str]] = ()
) -> list[list[str]]:
    """:func:`plan` and :func:`run` for one table."""
    return run([plan(model, exprs, where, texts=texts)])[0]


def _as_int(expr: Any) -> Node:
    """``expr`` as an integer, NULL as NULL_INT; a NOT NULL integer column as it is."""
    target = expr.rel_field if isinstance(expr, ForeignKeyField) else expr
    if isinstance(target, IntegerField) and isinstance(expr, Field) and not expr.null:  # AutoField included
        return expr
    return fn.COALESCE(expr.cast("INTEGER"), Value(NULL_INT))


def ids_select(ids: Iterable[int]) -> Select:
    """A query selecting exactly ``ids``, for ``Customer.id.in_(ids_select(...))``."""
    array = json.dumps([int(i) for i in ids])
    return Select(from_list=[fn.json_each(array)], columns=[SQL("value")])


def change_stamp() -> tuple[Any, int, int]:
    """Changes whenever data this connection can see has changed: another connection's
    commit moves ``data_version``, this connection's own writes move ``total_changes``.
    For caching analysis results until the data changes. The connection itself is part
    of the stamp (compared by identity, and kept alive by whoever keeps the stamp), so
    a stamp from one database file never matches another's."""
    connection = db.connection()
    version = connection.execute("PRAGMA data_version").fetchone()[0]
    return connection, int(version), int(connection.total_changes)
