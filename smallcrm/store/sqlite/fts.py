"""The SQLite-only half of customer search: the FTS5 trigram index over
``customer.search_text``.

``domain.customers.search`` decides what the tokens are; this module keeps the index in step
with the column and turns a needle into an index lookup. Every write of search_text
goes through :func:`index`, :func:`replace` or :func:`forget`, inside the caller's
transaction, so the column and the index commit (or roll back) together. Only live
customers are indexed: moving one to the trash forgets it, restoring indexes it again. On another
database engine this is the one file to rewrite (pg_trgm).

One exception, for a big import (:func:`indexed_after_commit`): its customers' index
entries are written after its commit, by a background thread, a block of ids per
transaction. Until then the ids not yet indexed are recorded in the database (the
``setting`` row PENDING_KEY, committed with the customers), every lookup here answers
for them from their stored search_text (``instr``, what a trigram phrase matches: a
substring), and writes leave their index entries to the build. A build killed half-way
leaves the record of what is left: the next :func:`build_pending` (run when the shop
is opened) finishes it.
"""

from __future__ import annotations

import heapq
import json
import logging
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import reduce
from operator import or_
from typing import Any

from peewee import OP, SQL, BareField, Expression, Model, Node, fn
from playhouse.sqlite_ext import RowIDField

from smallcrm.store.db import db
from smallcrm.store.models import Customer, Setting

log = logging.getLogger(__name__)


class _Index(Model):
    """The index as a table to join: its rowid is the customer's id. The hidden column
    named like the table is what MATCH is applied to."""

    rowid = RowIDField()
    customer_fts = BareField()

    class Meta:
        database = db
        table_name = "customer_fts"
        primary_key = False


def _phrase(needle: str) -> str:
    return '"' + needle.replace('"', '""') + '"'


def _expression(needles: list[str]) -> str:
    for needle in needles:
        if len(needle) < 3:
            raise ValueError("the trigram index needs at least three characters")
    return " OR ".join(_phrase(n) for n in needles)


def match_any(needles: list[str]) -> Node:
    """``customer.id IN (...)``: customers whose search_text contains any needle."""
    expression = _expression(needles)
    pending = _pending()
    if pending is None:
        return Customer.id.in_(SQL("(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)", [expression]))
    sql, params = _unindexed(needles, pending)
    return Customer.id.in_(
        SQL(f"(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? UNION ALL {sql})", [expression, *params])
    )


def count(needles: list[str]) -> int:
    """How many indexed customers contain any of the needles (index only; while a
    build is pending, the customers it has yet to index are counted by their text)."""
    expression = _expression(needles)
    pending = _pending()
    if pending is None:
        row = db.execute_sql("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH ?", [expression])
        return int(row.fetchone()[0])
    sql, params = _unindexed(needles, pending)
    row = db.execute_sql(
        f"SELECT (SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH ?) + (SELECT COUNT(*) FROM ({sql}))",
        [expression, *params],
    )
    return int(row.fetchone()[0])


def matching_ids(needle: str, limit: int) -> list[int]:
    """The first ``limit`` customer ids containing ``needle``, in id order; the index
    stops reading once it has them."""
    expression = _expression([needle])
    pending = _pending()
    if pending is None:
        cursor = db.execute_sql(
            "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? ORDER BY rowid LIMIT ?", [expression, limit]
        )
        return [r[0] for r in cursor.fetchall()]
    sql, params = _unindexed([needle], pending)
    cursor = db.execute_sql(
        f"SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? UNION ALL {sql} ORDER BY 1 LIMIT ?",
        [expression, *params, limit],
    )
    return [r[0] for r in cursor.fetchall()]


def first_matching(needle: str | list[str], where: Any, limit: int) -> list[int]:
    """The first ``limit`` ids (in id order) of customers containing ``needle`` (or any
    of several) for whom ``where`` (a condition on Customer, or None) holds.

    The index is read in rowid order and each hit's customer row is probed, so the
    query stops once it has ``limit`` rows: a few milliseconds even when 50,000
    customers contain the needle. (Written as ``id IN (index lookup)``, SQLite builds
    the whole list of hits first.)
    """
    needles = [needle] if isinstance(needle, str) else needle
    cond = Expression(_Index.customer_fts, OP.MATCH, _expression(needles))
    if where is not None:
        cond = cond & where
    query = (
        Customer.select(Customer.id)
        .from_(_Index)
        .join(Customer, on=(Customer.id == _Index.rowid))
        .where(cond)
        .order_by(_Index.rowid)
        .limit(limit)
    )
    indexed = [row[0] for row in db.execute(query)]
    pending = _pending()
    if pending is None:
        return indexed
    # The ids not indexed yet, found by their text in the same order; the two lists
    # hold different ids (an id is either indexed or pending), merged by id.
    first, end = pending
    found = reduce(or_, (fn.instr(Customer.search_text, n) > 0 for n in needles))
    cond = (Customer.id >= first) & (Customer.id < end) & Customer.deleted_at.is_null() & found
    if where is not None:
        cond = cond & where
    rest = Customer.select(Customer.id).where(cond).order_by(Customer.id).limit(limit)
    return list(heapq.merge(indexed, (row[0] for row in db.execute(rest))))[:limit]


# Per thread: the first customer id whose indexing waits for the end of a bulk load
# (see deferred_from); None when nothing is deferred.
_deferring = threading.local()


def _now(rows: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """The rows to index (or forget) now: all but those of a deferred bulk load, and
    those a pending build will index (it reads their search_text when it gets there)."""
    first = getattr(_deferring, "first", None)
    rows = list(rows) if first is None else [r for r in rows if r[0] < first]
    pending = _pending() if rows else None
    if pending is not None:
        low, end = pending
        rows = [r for r in rows if not low <= r[0] < end]
    return rows


def index(rows: Iterable[tuple[int, str]]) -> None:
    """Add new customers' (id, search_text) to the index."""
    db.cursor().executemany("INSERT INTO customer_fts(rowid, search_text) VALUES (?, ?)", _now(rows))


def forget(rows: Iterable[tuple[int, str]]) -> None:
    """Remove customers' (id, search_text as stored) from the index before deleting them."""
    db.cursor().executemany(
        "INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', ?, ?)", _now(rows)
    )


@contextmanager
def deferred_from(first_id: int) -> Iterator[None]:
    """Index the customers this block adds (ids from ``first_id`` on) once, at its end.

    A bulk load (a big import) would otherwise index each chunk as it is stored, and
    every chunk's savepoint makes FTS5 write its pending terms out as one more small
    segment to merge later. Indexed in one statement from the stored search_text
    column, the terms are buffered (the 'hashsize' of migration 10) and written in a
    few large segments: measured at 100,000 customers, 1.1 s of CPU instead of 1.7 s.
    Inside the block the new rows are simply not in the index yet, so changing one of
    them again (a later row of the file updating an earlier one) only changes its
    column; the end reads the final text. One savepoint around it all: if the block
    fails, its rows are gone with the index entries they never had. Inside another
    deferred block (whose end will index these rows too) it does nothing more.
    """
    if getattr(_deferring, "first", None) is not None:  # ids only grow: the outer block's end covers these
        yield
        return
    with db.atomic():
        _deferring.first = first_id
        try:
            yield
        finally:
            _deferring.first = None
        db.execute_sql(
            "INSERT INTO customer_fts(rowid, search_text) "
            "SELECT id, search_text FROM customer WHERE id >= ? AND deleted_at IS NULL",
            [first_id],
        )


@contextmanager
def indexed_after_commit(first_id: int) -> Iterator[None]:
    """Like :func:`deferred_from`, but the customers this block adds are left for a
    build after the commit (:func:`build_in_background`): the end records their ids
    as pending, in the block's transaction, instead of indexing them. Measured at
    100,000 customers, the index's INSERT ... SELECT is 1.3-1.5 s of CPU that the owner
    no longer waits for. An earlier build still pending (a second big import before
    the first one's build ended) is finished here first, so one range is ever pending.
    """
    if getattr(_deferring, "first", None) is not None:  # ids only grow: the outer block's end covers these
        yield
        return
    with db.atomic():
        _deferring.first = first_id
        try:
            yield
        finally:
            _deferring.first = None
        end = int(db.execute_sql("SELECT MAX(id) FROM customer").fetchone()[0] or 0) + 1
        if end > first_id:
            earlier = _pending()
            if earlier is not None:
                db.execute_sql(_INDEX_RANGE, list(earlier))
            _record_pending(db.execute_sql, (first_id, end))


# The setting row recording the ids whose index entries a build has yet to write:
# JSON [first, end). Written only by this module, in the transactions that change it.
PENDING_KEY = "search_index_pending"
# Ids indexed per transaction of a build: the write lock is held ~0.3 s at a time, so a
# customer saved meanwhile waits no longer than that.
BUILD_STEP = 25_000
# How long a build waits for the write lock (a big import in another SmallCRM holds it).
BUILD_WAIT_S = 60.0

_INDEX_RANGE = (
    "INSERT INTO customer_fts(rowid, search_text) "
    "SELECT id, search_text FROM customer WHERE id >= ? AND id < ? AND deleted_at IS NULL"
)
_SETTING = Setting._meta.table_name


def _pending() -> tuple[int, int] | None:
    """The ids [first, end) a build has yet to index, or None (one primary-key lookup)."""
    row = db.execute_sql(f"SELECT value FROM {_SETTING} WHERE key = ?", [PENDING_KEY]).fetchone()
    if row is None:
        return None
    first, end = json.loads(row[0])
    return int(first), int(end)


def _record_pending(execute: Any, pending: tuple[int, int] | None) -> None:
    if pending is None or pending[0] >= pending[1]:
        execute(f"DELETE FROM {_SETTING} WHERE key = ?", [PENDING_KEY])
    else:
        execute(f"INSERT OR REPLACE INTO {_SETTING}(key, value) VALUES (?, ?)", [PENDING_KEY, json.dumps(pending)])


def _unindexed(needles: list[str], pending: tuple[int, int]) -> tuple[str, list[Any]]:
    """SQL for the pending ids whose search_text holds a needle: what the index will
    answer for them once built (a trigram phrase matches a substring)."""
    held = " OR ".join("instr(search_text, ?) > 0" for _ in needles)
    sql = f"SELECT id FROM customer WHERE id >= ? AND id < ? AND deleted_at IS NULL AND ({held})"
    return sql, [*pending, *needles]


def is_pending() -> bool:
    """Whether some customers' index entries wait for a build."""
    return _pending() is not None


def build_pending(path: str, step: int | None = None) -> bool:
    """Write the pending index entries of the shop at ``path``, ``step`` ids per
    transaction (BUILD_STEP), on a connection of its own (any thread). Returns True when
    nothing is left pending. A kill between steps loses nothing: each step commits its
    entries with the record of what is left."""
    step = step or BUILD_STEP
    con = sqlite3.connect(path, timeout=BUILD_WAIT_S, isolation_level=None, check_same_thread=False)
    try:
        while True:
            con.execute("BEGIN IMMEDIATE")
            try:
                row = con.execute(f"SELECT value FROM {_SETTING} WHERE key = ?", [PENDING_KEY]).fetchone()
                if row is None:
                    con.execute("COMMIT")
                    return True
                first, end = json.loads(row[0])
                stop = min(first + step, end)
                con.execute(_INDEX_RANGE, [first, stop])
                _record_pending(con.execute, (stop, end))
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
    finally:
        con.close()


def _finish_here() -> None:
    """Index what is pending on this thread's connection, in one statement."""
    with db.atomic():
        pending = _pending()
        if pending is not None:
            db.execute_sql(_INDEX_RANGE, list(pending))
            _record_pending(db.execute_sql, None)


_builds: list[threading.Thread] = []
_builds_lock = threading.Lock()


def build_in_background(path: str | None = None) -> threading.Thread | None:
    """Start :func:`build_pending` for the open shop (or ``path``) in a thread, when a
    build is pending. The thread is not a daemon: a process that ends (the command
    line after an import) finishes the build first; one killed leaves it to the next
    opening of the shop."""
    path = path or str(db.database)
    if not is_pending():
        return None
    if db.in_transaction() or not path or path == ":memory:":
        # Inside a caller's transaction (an import nested in another), the pending rows
        # are that transaction's: a thread could not see them before it commits. Built here.
        _finish_here()
        return None
    thread = threading.Thread(target=_build_quietly, args=(path,), name="search-index-build")
    with _builds_lock:
        _builds[:] = [t for t in _builds if t.is_alive()]
        _builds.append(thread)
    thread.start()
    return thread


def _build_quietly(path: str) -> None:
    """build_pending for a background thread: a file that went away or stayed locked
    leaves the build pending for the next opening (search answers meanwhile)."""
    for attempt in range(3):
        try:
            build_pending(path)
            return
        except sqlite3.Error as exc:
            log.warning("search index build for %s stopped: %s", path, exc)
            time.sleep(1 + attempt)


def wait_for_builds(timeout: float | None = None) -> None:
    """Wait for this process's background builds to end (tests, and check())."""
    with _builds_lock:
        running = list(_builds)
    for thread in running:
        thread.join(timeout)


def replace(customer_id: int, old: str, new: str) -> None:
    """Re-index one customer whose search_text changed from ``old`` to ``new``."""
    if old != new:
        forget([(customer_id, old)])
        index([(customer_id, new)])


def rebuild(live: Iterable[tuple[int, str]]) -> None:
    """Empty the index and fill it with the live customers' (id, search_text).

    Not FTS5's 'rebuild', which would index every row, the trash included.
    """
    db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('delete-all')")
    Setting.delete().where(Setting.key == PENDING_KEY).execute()  # every live row is indexed below
    index(live)


def check() -> None:
    """Raise if the index is internally inconsistent (damaged). A pending build is
    finished first: until then the index lacks those rows on purpose."""
    if not db.in_transaction():  # (a build waits for this connection's transaction to end)
        wait_for_builds()
    _finish_here()
    db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('integrity-check')")
