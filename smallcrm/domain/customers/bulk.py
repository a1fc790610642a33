"""Many customers, or many rows of any table, in one transaction: demo data, imports,
the undo of an import.

Why apart from the one-customer commands: at 100,000 rows the per-row costs decide
everything, so these clean each row once, write through DB-API ``executemany``
(``store.db``), build the table's indexes and the search entries once at the end of a
big load (``store.sqlite.bulk``, ``store.sqlite.fts.deferred_from``), and take the ids
the database assigned rather than predicting them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from contextlib import nullcontext
from typing import Any

from peewee import AutoField, DateField, DateTimeField, fn

from smallcrm import jobs, settings
from smallcrm.domain.customers.fields import clean_fields, clean_text, require_identity
from smallcrm.domain.customers.lookup import next_customer_no
from smallcrm.domain.customers.search_text import add_derived_columns
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError
from smallcrm.store.db import db, execute_many, insert_each
from smallcrm.store.models import Customer, now
from smallcrm.store.sqlite import bulk, fts


def insert_customers(
    rows: Sequence[dict[str, Any]],
    *,
    validate: bool = True,
    progress: jobs.Progress = jobs.no_progress,
    cancel: jobs.CancelToken | None = None,
    chunk: int = 2000,
    taken: set[str] | None = None,
    owned: bool = False,
) -> list[int]:
    """Bulk add customers in one transaction (demo data, imports); returns new ids.

    ``validate=False`` is for rows made by our own code (demo data) whose fields are
    already clean column values; derived columns (search text, numbers) are always
    computed here, so no caller can forget them. ``taken``: every customer number in
    use, from a caller that keeps track (an import calling this once per chunk), which
    saves reading all the numbers on each call. ``owned``: with ``validate=False``, the
    rows are the caller's to give away (an import's, dropped once stored): they are
    completed in place instead of copied, one dict a row less.
    """
    cancel = cancel or jobs.CancelToken()
    prefix = settings.get("customer_no_prefix")
    region = settings.get("phone_region")  # once, not per row: each get() is a query
    ids: list[int] = []
    # Numbers given in the rows are not handed out again; a number already in use is
    # refused as the user's error rather than failing as a UNIQUE constraint.
    given: set[str] = set()
    if validate or taken is None or not all(r.get("customer_no") for r in rows):
        given = {clean_text(r.get("customer_no"), "customer_no") for r in rows} - {""}
    # (Otherwise every row brings its own clean number and none is handed out here.)
    used: set[str] = set()
    # More than one chunk: the new rows' search entries are written once, after the
    # last chunk (store.sqlite.fts.deferred_from), not as one small index segment per chunk;
    # and a big load into a small table builds the customer indexes once (store.sqlite.bulk).
    # (The items of a with statement are entered in order: the boundary below is read
    # inside the transaction, where no other writer can add a row above it.)
    with (
        db.atomic(),
        bulk.indexes_rebuilt_after(Customer) if bulk.worth_rebuilding(Customer, len(rows)) else nullcontext(),
        fts.deferred_from(_first_new_id()) if len(rows) > chunk else nullcontext(),
    ):
        if taken is None:
            taken = {c.customer_no for c in Customer.select(Customer.customer_no)} if given else set()
        seq = int(next_customer_no()[len(prefix) :])
        for start in range(0, len(rows), chunk):
            cancel.check()
            batch = []
            for row in rows[start : start + chunk]:
                fields = clean_fields(row, region) if validate else row if owned else dict(row)
                fields.pop("tags", None)
                if validate:
                    require_identity(fields)
                if not fields.get("customer_no"):
                    while f"{prefix}{seq:06d}" in given:
                        seq += 1
                    fields["customer_no"] = f"{prefix}{seq:06d}"
                    seq += 1
                elif fields["customer_no"] in taken or fields["customer_no"] in used:
                    raise ValidationError(
                        "customer_no",
                        QT_TRANSLATE_NOOP("UserError", "The customer number {value} is already in use."),
                        value=fields["customer_no"],
                    )
                used.add(fields["customer_no"])
                add_derived_columns(fields)
                batch.append(fields)
            new_ids = _insert_batch(batch)
            fts.index(zip(new_ids, (f["search_text"] for f in batch), strict=True))
            ids.extend(new_ids)
            progress(min(start + chunk, len(rows)), len(rows))
    return ids


def _first_new_id() -> int:
    """The boundary above which every customer is new to the running transaction: not
    an id to hand out (the database assigns those, see insert_rows), only the lowest
    one a new row can have, since a new row's id is higher than any existing one."""
    return int(Customer.select(fn.MAX(Customer.id)).scalar() or 0) + 1


def _insert_batch(batch: list[dict[str, Any]]) -> list[int]:
    """Rows may differ in which fields they carry: missing ones get the column default
    (callable defaults, the timestamps, evaluated once for the whole batch). Dates are
    made text here, once, so insert_rows need not inspect every value."""
    # Every column, not only the rows' ones: peewee would otherwise append the other
    # columns' defaults to each row's parameters, a copy of every row.
    given = set().union(*batch)
    keys = sorted(given | (Customer._meta.fields.keys() - {"id"}))
    stamp = str(now())
    defaults = []
    for k in keys:
        default = Customer._meta.fields[k].default
        default = stamp if k in ("created_at", "updated_at") else default() if callable(default) else default
        defaults.append(str(default) if isinstance(default, dt.date) else default)
    data = [list(map(row.get, keys, defaults)) for row in batch]  # row.get(k, default) a column, in C
    for i, key in enumerate(keys):
        # Only the date columns some row gives: the others hold their default, text already.
        if (
            key in given
            and key not in ("created_at", "updated_at")
            and isinstance(Customer._meta.fields[key], (DateField, DateTimeField))
        ):
            for values in data:
                if isinstance(values[i], dt.date):
                    values[i] = str(values[i])
    return insert_rows(Customer, [Customer._meta.fields[k] for k in keys], data, dates_as_text=True)


def insert_rows(
    model: Any,
    fields: list[Any],
    data: Sequence[Sequence[Any]],
    *,
    dates_as_text: bool = False,
    returning_ids: bool = True,
) -> list[int]:
    """Bulk INSERT of rows (values in ``fields`` order); returns the new ids in row
    order ([] for a table without an auto-numbered key, such as customer_tag, or with
    ``returning_ids=False``).

    The ids are the ones the database assigned, read back row by row
    (store.db.insert_each), never predicted: MAX(id)+1 onwards was a guess that holds
    only for SQLite's rowid tables without AUTOINCREMENT. A caller that needs no ids
    (demo purchases, an import's purchase lines) passes ``returning_ids=False`` and
    gets DB-API executemany (store.db.execute_many), about 1 µs a row faster.
    Dates and datetimes are written as ISO text, as peewee stores them
    (``dates_as_text``: the caller already did that).
    """
    dated = [] if dates_as_text else [i for i, f in enumerate(fields) if isinstance(f, (DateField, DateTimeField))]
    if dated:
        rows: list[Sequence[Any]] = []
        for row in data:
            values = list(row)
            for i in dated:
                if isinstance(values[i], dt.date):
                    values[i] = str(values[i])  # isoformat; datetimes with a space, as peewee writes them
            rows.append(values)
        data = rows
    template = model.insert_many([[None] * len(fields)], fields=fields)
    with db.atomic():
        if returning_ids and isinstance(model._meta.primary_key, AutoField):
            return insert_each(template, data)
        execute_many(template, list(data))
    return []
