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
    rows = list(Purchase.select().where(which & Purchase.sale.is_null(False)).order_by(Purchase.id))
    for p in rows:
        UncountedLine.create(
            reason=reason,
            sale=p.sale_id,
            customer=p.customer_id if keep_customer else None,
            purchase_id=p.id,
            product=p.product_id,
            staff=p.staff_id,
            **{field: getattr(p, field) for field in _COPIED},
        )
    if rows:
        Purchase.delete().where(Purchase.id.in_([p.id for p in rows])).execute()
    return len(rows)
