"""Storing an import's purchase lines in bulk: one INSERT statement per import, run
by DB-API ``executemany`` over lines that already hold what the table stores.

A purchases file maps only some of a purchase's columns (a shop's export has a date,
an item, an amount; rarely a channel). A line carries the customer's id and the
values of the mapped columns, in the order the import cleans them; every other
column, the import's batch and the time of storing are written into the statement
itself. Measured on 1,000,000 lines: binding 6 values a line instead of 11 took
executemany from 2.3 to 1.5 s of CPU (the binding is per value, the constants cost
nothing per line).

A big file into a shop with fewer purchases than it has lines is loaded with the
table's indexes built once at the end (store.sqlite.bulk), sorted on disk in small
runs so that the sort's memory does not grow with the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from peewee import SQL, Field

from smallcrm.store.db import execute_many
from smallcrm.store.models import Purchase
from smallcrm.store.sqlite import bulk

# An import's field -> the column it fills, and what that column holds when the file
# has no such field (an SQL literal; the model's defaults).
COLUMNS: dict[str, tuple[Field, str]] = {
    "date": (Purchase.date, ""),  # always mapped: every purchase has a date
    "item": (Purchase.item, "''"),
    "category": (Purchase.category, "''"),
    "quantity": (Purchase.quantity, str(Purchase.quantity.db_value(1))),
    "amount": (Purchase.amount_cents, ""),  # always mapped
    "cost": (Purchase.cost_cents, "NULL"),
    "channel": (Purchase.channel, "''"),
    "note": (Purchase.note, "''"),
}


class LineStore:
    """Stores lines of ``[customer id, *values of fields]``: ``fields`` are the import's
    mapped purchase fields (COLUMNS' keys), in the order a line holds their values,
    each as the table stores it (a date as ISO text, a quantity in thousandths, money
    in cents)."""

    def __init__(self, fields: Sequence[str], batch_id: int) -> None:
        unknown = [f for f in fields if f not in COLUMNS]
        if unknown or "date" not in fields or "amount" not in fields:
            raise ValueError(f"not a purchase line's fields: {list(fields)}")
        self.fields = list(fields)
        self.batch_id = int(batch_id)

    def insert(self, lines: list[Any], stamp: dt.datetime) -> None:
        """Store ``lines`` (lists as the class docstring says, each customer an id)
        with ``created_at`` = ``stamp``."""
        execute_many(self._template(stamp), lines)

    def _template(self, stamp: dt.datetime) -> Any:
        """The INSERT with a placeholder per value a line carries and the rest as SQL
        literals (execute_many then passes the lines as they are, without a copy)."""
        fields: list[Field] = [Purchase.customer]
        values: list[Any] = [None]
        for name in self.fields:
            fields.append(COLUMNS[name][0])
            values.append(None)
        for name, (column, literal) in COLUMNS.items():
            if name not in self.fields:
                fields.append(column)
                values.append(SQL(literal))
        fields += [Purchase.import_batch, Purchase.created_at]
        values += [SQL(str(self.batch_id)), SQL(f"'{stamp:%Y-%m-%d %H:%M:%S}'")]  # as peewee stores a datetime
        return Purchase.insert_many([values], fields=fields)


@contextmanager
def loading(new_lines: int) -> Iterator[None]:
    """The block stores about ``new_lines`` purchase lines: when that many are worth it
    (store.sqlite.bulk.worth_rebuilding), the purchase table's indexes are dropped for
    the block and built once after it, sorted on disk (bulk.indexes_sorted_on_disk_after)."""
    if not bulk.worth_rebuilding(Purchase, new_lines):
        yield
        return
    with bulk.indexes_sorted_on_disk_after(Purchase):
        yield


def sorting(kind: str) -> AbstractContextManager[None]:
    """Around an import's transaction (it must start outside one, see
    bulk.sorts_on_disk): a purchases import may build its indexes at the end (loading)."""
    return bulk.sorts_on_disk() if kind == "purchases" else nullcontext()
