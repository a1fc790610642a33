"""Imported purchase lines linked to the catalogue: an item whose text is a product's
barcode or its name (case, width and spaces aside) becomes a line of that product, and
a line without a cost takes the product's cost per unit times its quantity, so the
profit of years of history counts the cost of goods once the catalogue knows it.

One statement for a whole import: the distinct item texts of the batch are matched in
Python against the catalogue (read once), and the matches are applied by one
``UPDATE ... FROM json_each(?)`` over the batch's lines, whatever their number. Lines
of money paid back keep their cost as it was (a refund's cost is the shop's call).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from smallcrm.store.db import db
from smallcrm.store.models import Product


@dataclass(frozen=True)
class Linked:
    """How an import's lines met the catalogue: lines linked to a product, lines whose
    cost came from it, and lines whose item matched no product."""

    lines: int = 0
    costs_filled: int = 0
    unmatched: int = 0


def item_key(text: str) -> str:
    """An item's text as names are compared: NFKC, lower case, without spaces."""
    return "".join(unicodedata.normalize("NFKC", text or "").lower().split())


def _catalogue() -> tuple[dict[str, tuple[int, int | None]], dict[str, tuple[int, int | None]]]:
    """(by barcode, by name key) -> (product id, cost per unit); a name held by two
    products is left out (which one was sold cannot be told from the text)."""
    by_barcode: dict[str, tuple[int, int | None]] = {}
    by_name: dict[str, tuple[int, int | None]] = {}
    doubled: set[str] = set()
    query = Product.select(Product.id, Product.name, Product.barcode, Product.cost_cents).tuples()
    rows = cast("Iterable[tuple[int, str, str | None, int | None]]", query)
    for pid, name, barcode, cost in rows:
        if barcode:
            by_barcode[barcode.lower()] = (pid, cost)
        key = item_key(name)
        if key in by_name:
            doubled.add(key)
        by_name[key] = (pid, cost)
    for key in doubled:
        del by_name[key]
    return by_barcode, by_name


def link_batch(batch_id: int) -> Linked:
    """Link the lines of import ``batch_id`` to the catalogue (inside the import's
    transaction); a shop without products changes nothing."""
    if not Product.select().exists():
        return Linked()
    by_barcode, by_name = _catalogue()
    items = [
        (item, count)
        for item, count in db.execute_sql(
            "SELECT item, COUNT(*) FROM purchase WHERE import_batch_id = ? AND product_id IS NULL GROUP BY item",
            (batch_id,),
        )
    ]
    matches = []
    unmatched = 0
    for item, count in items:
        key = item_key(item)
        found = by_barcode.get(key) or by_name.get(key)
        if found is None:
            unmatched += count if key else 0  # a line without an item text names nothing
        else:
            matches.append([item, found[0], found[1]])
    if not matches:
        return Linked(unmatched=unmatched)
    params = (json.dumps(matches, ensure_ascii=False), batch_id)
    filled = db.execute_sql(
        "SELECT COUNT(*) FROM purchase p JOIN json_each(?) m ON p.item = m.value ->> 0"
        " WHERE p.import_batch_id = ? AND p.product_id IS NULL AND p.cost_cents IS NULL"
        " AND p.amount_cents >= 0 AND m.value ->> 2 IS NOT NULL",
        params,
    ).fetchone()[0]
    cursor = db.execute_sql(
        "UPDATE purchase SET product_id = m.value ->> 1,"
        " cost_cents = CASE WHEN purchase.cost_cents IS NULL AND purchase.amount_cents >= 0"
        " AND m.value ->> 2 IS NOT NULL"
        " THEN (purchase.quantity_milli * (m.value ->> 2) + 500) / 1000 ELSE purchase.cost_cents END"
        " FROM json_each(?) m WHERE purchase.item = m.value ->> 0"
        " AND purchase.import_batch_id = ? AND purchase.product_id IS NULL",
        params,
    )
    return Linked(lines=cursor.rowcount, costs_filled=int(filled), unmatched=unmatched)
