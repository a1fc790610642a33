"""Setting counter lines aside: out of the purchases every analysis reads, into the
uncounted lines (store.models.UncountedLine), each keeping its purchase id so a
receipt, a return and the staff results still find it.

Two things set lines aside: a void (reason 'voided': the sale should not count) and
a purge of customers (reason 'walk_in', without the customer: the person's record
goes, the shop's takings stay). Storage only, so the customers' purge can call it
without the sales package importing back into customers.
"""

from __future__ import annotations

from peewee import Expression

from smallcrm.store.models import Purchase, UncountedLine

ROWS_PER_INSERT = 500
_COPIED = (
    "date",
    "item",
    "category",
    "quantity",
    "amount_cents",
    "cost_cents",
    "unit_price_cents",
    "discount_cents",
    "payment",
    "returns_line",
    "note",
)


def set_aside(which: Expression, *, reason: str, keep_customer: bool = True) -> int:
    """Move the counter lines among the purchases ``which`` selects (only lines of a
    sale: typed and imported purchases are never moved) into the uncounted lines;
    returns how many moved."""
    moving = which & Purchase.sale.is_null(False)
    rows = [
        {
            "reason": reason,
            "sale": p.sale_id,
            "customer": p.customer_id if keep_customer else None,
            "purchase_id": p.id,
            "product": p.product_id,
            "staff": p.staff_id,
            **{field: getattr(p, field) for field in _COPIED},
        }
        for p in Purchase.select().where(moving).order_by(Purchase.id)
    ]
    # A few hundred rows a statement (about 18 values a row: within SQLite's limit on
    # bound values), and the lines deleted by the same condition, not a list of ids.
    for start in range(0, len(rows), ROWS_PER_INSERT):
        UncountedLine.insert_many(rows[start : start + ROWS_PER_INSERT]).execute()
    if rows:
        Purchase.delete().where(moving).execute()
    return len(rows)
