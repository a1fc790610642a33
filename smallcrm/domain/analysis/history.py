"""Every customer's purchase days and contacts, kept packed in the file so that the
analysis reads them in a tenth of the time the purchase lines take (issue 17).

Why: the analysis needs each customer's purchase days (amount, profit, whether
anything was bought) and contacts, which at 100,000 customers are a million purchase
lines and 200,000 interactions. Read as lines, even as whole columns of text
(``store.sqlite.columns``), they cost more than a bare sqlite3 fetch of the rows, and
grouping them in SQL costs more still (``analysis.facts``). Packed as fixed-width
binary records, one row per block of ``BLOCK`` customer ids, the same facts come back
as ~800 blobs that numpy takes as they are. Measured on the 100,000-customer demo shop
(1,014,139 lines, 970,183 purchase days; load 2.3 on two cores): 97 ms to read them
as one blob per customer, against 763 ms for the bare fetch of the lines.

How they stay right (never by SQLite triggers: measured, they made a 200,000-line
purchase import 13 times slower, ``store.sqlite.tracked``):

- ``history_state.written`` moves with every write to ``purchase`` or ``interaction``
  and with every delete of customers (whose rows go with them), in the same
  transaction (``store.sqlite.tracked``, the one place every write passes);
- the blocks are read only while ``built == written``: anything else (an import, its
  undo, demo data, the purge of the trash, a write path nobody taught about them)
  leaves them stale, and the next analysis reads the lines as before and builds them
  all again (``analysis.facts``), storing them when nothing was written meanwhile;
- the commands that change one or two customers' purchases or contacts (add, edit,
  delete a purchase or contact, merge and its undo) wrap their writes in
  :func:`kept`, which rebuilds those customers' blocks in the same transaction and
  marks the blocks built, so the next analysis after an everyday change reads blocks.

So the blocks can make the analysis slower than necessary (stale), never wrong: a
property test compares an analysis read from blocks with one from the lines after
every kind of write.

The records, little-endian, sorted by customer then day (contacts: then id, the order
the lines are read in):

- purchase: customer, day, amount, profit (amount − cost, no cost = 0), bought (1 if
  any line of the day has a positive amount) — one record per customer and day;
- interaction: customer, day, kind (1-based ``INTERACTION_KINDS``, 0 other),
  satisfaction (0 none), resolved (status 'resolved'), the day it was resolved
  (complaints only, else 0; ``columns.NULL_INT`` when not recorded) — one per row.

Days are days since 1970 (``columns.epoch_day``), ``columns.NULL_INT`` for a date
SQLite cannot read. This module imports no numpy: the write commands use it.
"""

from __future__ import annotations

import contextlib
import struct
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from peewee import SQL, Case, DatabaseError, OperationalError, fn

from smallcrm.errors import UserError
from smallcrm.store.db import db
from smallcrm.store.models import HistoryBlock, HistoryState, Interaction, Purchase
from smallcrm.store.sqlite import columns, generation

PURCHASE = "purchase"
INTERACTION = "interaction"
KINDS = (PURCHASE, INTERACTION)

BLOCK = 128
"""Customer ids per block: the analysis reads ~800 rows at 100,000 customers, and a
purchase added rebuilds the ~1,300 lines of its block (a few milliseconds)."""

RECORDS = {
    PURCHASE: struct.Struct("<qqqqb"),  # customer, day, amount, profit, bought
    INTERACTION: struct.Struct("<qqqqqq"),  # customer, day, kind, satisfaction, resolved, resolved day
}

INTERACTION_KINDS = ("visit", "call", "message", "complaint", "feedback", "greeting", "note")


def as_int(expr: Any) -> Any:
    """``expr`` as an integer, NULL as ``columns.NULL_INT``: what the column read gives."""
    return fn.COALESCE(expr.cast("INTEGER"), columns.NULL_INT)


def purchase_columns() -> list[Any]:
    """A purchase line's customer, amount and cost (0 when not recorded), as integers."""
    return [Purchase.customer, Purchase.amount_cents, fn.COALESCE(Purchase.cost_cents, 0)]


def interaction_columns() -> list[Any]:
    """A contact's customer, kind (as its index), satisfaction, resolved and the day it
    was (complaints only), as integers."""
    kind = Case(Interaction.kind, [(k, i) for i, k in enumerate(INTERACTION_KINDS, start=1)], 0)
    return [
        Interaction.customer,
        kind,
        fn.COALESCE(Interaction.satisfaction, 0),
        Interaction.status == "resolved",
        # Only complaints are resolved; for the rest a short 0 instead of julianday()
        # and a 20-digit NULL_INT on every row.
        Case(None, [(Interaction.kind == "complaint", columns.epoch_day(Interaction.resolved_at))], 0),
    ]


# --- the state -----------------------------------------------------------------------


def states() -> dict[str, tuple[int, int]]:
    """(written, built) per kind; {} for a file without them (not migrated)."""
    try:
        rows: Any = HistoryState.select(HistoryState.kind, HistoryState.written, HistoryState.built).tuples()
        return {kind: (int(written), int(built)) for kind, written, built in rows}
    except (DatabaseError, OperationalError):
        return {}


def read(kinds: Sequence[str] = KINDS) -> dict[str, tuple[int, bytes | None]]:
    """Per kind: the ``written`` counter now, and the packed records of every block in
    order, or None where the blocks are stale. One snapshot for the state and the blocks."""
    out: dict[str, tuple[int, bytes | None]] = {}
    with db.atomic("DEFERRED"):
        state = states()
        for kind in kinds:
            written, built = state.get(kind, (-1, -2))
            data = None
            if written == built:
                blocks: Any = HistoryBlock.select(HistoryBlock.data).where(HistoryBlock.kind == kind)
                data = b"".join(bytes(blob) for (blob,) in blocks.order_by(HistoryBlock.block).tuples())
            out[kind] = (written, data)
    return out


def store(kind: str, written: int, blocks: Iterable[tuple[int, bytes]]) -> bool:
    """Replace every block of ``kind`` with ``blocks`` (block number, records) built
    from the file as it was at ``written``, and mark them built, if the counter is still
    there. False when not stored: the data moved on, the file is read-only, another
    process is writing (waiting at most ``generation.BUSY_MS``), or we are inside a
    transaction (the caller's writes could still be rolled back)."""
    if db.in_transaction() or not str(db.database or ""):
        return False
    rows = [{"kind": kind, "block": block, "data": data} for block, data in blocks]
    try:
        with generation.briefly_busy(), db.atomic("IMMEDIATE"):
            if states().get(kind, (None, None))[0] != written:
                return False
            HistoryBlock.delete().where(HistoryBlock.kind == kind).execute()
            for start in range(0, len(rows), 200):
                HistoryBlock.insert_many(rows[start : start + 200]).execute()
            HistoryState.update(built=written).where(HistoryState.kind == kind).execute()
            return True
    except (DatabaseError, OperationalError, UserError):
        return False


# --- kept by the write commands ------------------------------------------------------


@contextlib.contextmanager
def kept(customer_ids: Iterable[int | None], kinds: Sequence[str] = KINDS) -> Iterator[None]:
    """Around writes that change the purchases or contacts of ``customer_ids`` only,
    inside the command's transaction: afterwards their blocks are rebuilt and, if the
    blocks were right before, marked right again. Without it (or if the writes touched
    anyone else) the blocks are stale and the next analysis rebuilds them all."""
    if not db.in_transaction():
        raise RuntimeError("history.kept belongs inside the command's transaction")
    state = states()
    right = [kind for kind in kinds if kind in state and state[kind][0] == state[kind][1]]
    yield
    if not right:
        return
    blocks = sorted({int(cid) // BLOCK for cid in customer_ids if cid is not None})
    for kind in right:
        for block in blocks:
            data = block_records(kind, block)
            HistoryBlock.delete().where((HistoryBlock.kind == kind) & (HistoryBlock.block == block)).execute()
            if data:
                HistoryBlock.insert(kind=kind, block=block, data=data).execute()
        HistoryState.update(built=HistoryState.written).where(HistoryState.kind == kind).execute()


def block_records(kind: str, block: int) -> bytes:
    """The packed records of one block, worked out in SQL from its customers' rows."""
    first, last = block * BLOCK, block * BLOCK + BLOCK - 1
    record = RECORDS[kind]
    query: Any
    if kind == PURCHASE:
        cust, amount, cost = purchase_columns()
        query = (
            Purchase.select(
                cust,
                as_int(columns.epoch_day(Purchase.date)).alias("d"),
                fn.SUM(amount),
                fn.SUM(amount - cost),
                fn.MAX(amount > 0),
            )
            .where(Purchase.customer.between(first, last))
            .group_by(cust, SQL("d"))
            .order_by(cust, SQL("d"))
        )
    else:
        cust, *values = interaction_columns()
        query = (
            Interaction.select(cust, as_int(columns.epoch_day(Interaction.at)).alias("d"), *map(as_int, values))
            .where(Interaction.customer.between(first, last))
            .order_by(cust, SQL("d"), Interaction.id)
        )
    # A plain cursor: every column is already an integer in SQL, and peewee's per-row
    # conversion was three quarters of a block's 4 ms (each sale rebuilds one block).
    sql, params = query.sql()
    return b"".join(record.pack(*row) for row in db.execute_sql(sql, params))
