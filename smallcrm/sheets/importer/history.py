"""An import's history: the batch that imported a file before, undoing an import, the
latest imports for the undo list, and the values undo keeps (as JSON)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from typing import Any, cast

from smallcrm.domain.catalogue.products import search_text_for
from smallcrm.domain.customers.commands import move_to_trash
from smallcrm.domain.customers.search_text import store_search_text
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import db
from smallcrm.store.models import (
    Customer,
    CustomerTag,
    ImportBatch,
    Interaction,
    Product,
    Purchase,
    Reminder,
    UncountedLine,
    now,
)
from smallcrm.store.sqlite import fts
from smallcrm.store.sqlite.columns import ids_select

UNDO_VERSION = 1


def previous_batch(digest: str, kind: str) -> int | None:
    """The batch that imported this very file (same content, same kind) and was not
    undone, if any."""
    row = (
        ImportBatch.select(ImportBatch.id)
        .where((ImportBatch.file_hash == digest) & (ImportBatch.kind == kind) & ImportBatch.undone_at.is_null())
        .order_by(ImportBatch.id.desc())
        .first()
    )
    return row.id if row else None


def encode(value: Any) -> Any:
    """A value as the undo data and the preview keep it in JSON: dates in ISO form."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    return value


def decode(column: str, value: Any) -> Any:
    """A value kept by :func:`encode`, back as the column stores it."""
    if value is None:
        return None
    if column in ("churned_on",):
        return dt.date.fromisoformat(value)
    if column in ("updated_at", "created_at", "deleted_at"):
        return dt.datetime.fromisoformat(value)
    return value


def jsonable(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` as JSON can hold them (the preview)."""
    return {k: encode(v) for k, v in fields.items()}


def undo_import(batch_id: int | str) -> dict[str, Any]:
    """Undo an import in one transaction: its purchases and the customers it added
    are removed, the customers it changed get their previous values back.

    An added customer who has since gained history of their own (a purchase, visit or
    reminder added by hand) is moved to the trash rather than deleted, so nothing the
    owner typed is lost. Columns an import changed are restored even if edited since.
    """
    try:
        bid = int(batch_id)
    except (TypeError, ValueError):
        bid = -1
    with db.atomic():
        batch = ImportBatch.get_or_none(ImportBatch.id == bid)
        if batch is None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no import with id {id}."), id=batch_id)
        if batch.undone_at is not None:
            raise UserError(QT_TRANSLATE_NOOP("UserError", "Import {id} has already been undone."), id=batch.id)
        undo = json.loads(batch.undo_data or "{}")
        if batch.kind == "products":
            counts = _undo_products(undo)
            ImportBatch.update(undone_at=now()).where(ImportBatch.id == batch.id).execute()
            return {"batch": batch.id, **_NOTHING, **counts}
        purchases = Purchase.delete().where(Purchase.import_batch == batch.id).execute()
        added = list(
            cast(
                "Iterable[tuple[int, str, dt.datetime | None]]",
                Customer.select(Customer.id, Customer.search_text, Customer.deleted_at)
                .where(Customer.import_batch == batch.id)
                .tuples(),
            )
        )
        busy = _with_history([cid for cid, _t, _d in added])
        removed = [(cid, text, deleted) for cid, text, deleted in added if cid not in busy]
        fts.forget([(cid, text) for cid, text, deleted in removed if deleted is None])
        removed_ids = [cid for cid, _t, _d in removed]
        Customer.delete().where(Customer.id.in_(ids_select(removed_ids))).execute()
        move_to_trash(sorted(busy))
        restored = 0
        for key, columns in undo.get("updated", {}).items():
            customer = Customer.get_or_none(Customer.id == int(key))
            if customer is None:
                continue
            values = {c: decode(c, v) for c, v in columns.items()}
            Customer.update(**values).where(Customer.id == customer.id).execute()
            store_search_text(customer.id, {**customer.__data__, **values})
            restored += 1
        for cid, tid in undo.get("tags_added", []):
            CustomerTag.delete().where((CustomerTag.customer == cid) & (CustomerTag.tag == tid)).execute()
        ImportBatch.update(undone_at=now()).where(ImportBatch.id == batch.id).execute()
    return {
        "batch": batch.id,
        "customers_removed": len(removed_ids),
        "customers_trashed": len(busy),
        "customers_restored": restored,
        "purchases_removed": purchases,
    }


# What undoing an import of products reports of customers and purchases: nothing.
_NOTHING = {"customers_removed": 0, "customers_trashed": 0, "customers_restored": 0, "purchases_removed": 0}


def _undo_products(undo: dict[str, Any]) -> dict[str, int]:
    """Undo a catalogue import (inside undo_import's transaction): the products it added
    are deleted, or retired when a sale names them since (a sale keeps its product);
    the products it changed get their previous values back."""
    added = undo.get("products_added") or []
    removed = retired = 0
    if added:
        first, last = int(added[0]), int(added[1])
        in_range = (Product.id >= first) & (Product.id <= last)
        sold = Product.id.in_(Purchase.select(Purchase.product).where(Purchase.product.between(first, last)))
        lines = UncountedLine.select(UncountedLine.product).where(UncountedLine.product.between(first, last))
        sold |= Product.id.in_(lines)
        retired = Product.update(active=False, updated_at=now()).where(in_range & sold).execute()
        removed = Product.delete().where(in_range & ~sold).execute()
    restored = 0
    for key, columns in undo.get("products_updated", {}).items():
        product = Product.get_or_none(Product.id == int(key))
        if product is None:
            continue
        values = {c: decode(c, v) for c, v in columns.items()}
        data = {**product.__data__, **values}
        values["search_text"] = search_text_for(data["name"], data["barcode"])
        Product.update(**values).where(Product.id == product.id).execute()
        restored += 1
    return {"products_removed": removed, "products_retired": retired, "products_restored": restored}


def _with_history(ids: Sequence[int]) -> set[int]:
    """Those of ``ids`` with purchases, visits or reminders. The ids go as one JSON
    parameter (ids_select): peewee binding them 500 at a time was most of undoing a
    100,000-row import."""
    busy: set[int] = set()
    chosen = ids_select(ids)
    for model in (Purchase, Interaction, Reminder):
        query = model.select(model.customer).where(model.customer.in_(chosen)).distinct()
        busy.update(cid for (cid,) in cast("Iterable[tuple[int]]", query.tuples()))
    return busy


def list_imports(limit: int = 50) -> list[dict[str, Any]]:
    """The latest imports, newest first, for the undo list."""
    return [
        {
            "batch": b.id,
            "file": b.file_name,
            "kind": b.kind,
            "added": b.added,
            "updated": b.updated,
            "skipped": b.skipped,
            "rejected": b.rejected,
            "created_at": encode(b.created_at),
            "undone_at": encode(b.undone_at),
        }
        for b in ImportBatch.select().order_by(ImportBatch.id.desc()).limit(limit)
    ]
