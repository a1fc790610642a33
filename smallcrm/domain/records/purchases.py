"""Purchases per customer: what, when, how much, at what cost; totals and profit.

A line's profit here is what was paid less its cost of goods (lines without a known
cost count their cost as zero and are reported in ``lines_without_cost``); a
customer's profit also takes off the cost of serving them (domain.records.profit).

A refund (退货退款: goods brought back, money paid back) is a line with a negative
amount; it lowers revenue and profit and is no purchase day (domain.analysis). It
must be said: a purchase marked ``refund`` (the form's checkbox, the CLI's --refund, a
退货 column in a file) stores the amount as money paid back, while a bare negative
amount ('-50') is refused as the slip of a key it usually is.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.records import profit
from smallcrm.domain.values.dates import parse_date
from smallcrm.domain.values.money import parse_cents
from smallcrm.domain.values.quantities import parse_quantity
from smallcrm.domain.values.yes_no import parse_bool
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Purchase, Sale

FIELDS = ("date", "item", "category", "quantity", "amount", "cost", "channel", "note", "refund")


def clean_purchase(data: dict[str, Any], *, refund: bool = False) -> dict[str, Any]:
    """Validate and convert a purchase's fields (money to cents). ``refund``: whether
    the purchase is a refund when ``data`` does not say (an edit keeps what it was).
    Raises ValidationError naming the field."""
    if "refund" in data:
        refund = parse_bool(data["refund"], "refund")
    out: dict[str, Any] = {}
    for field, value in data.items():
        if field == "date":
            out["date"] = parse_date(value, field)
        elif field in ("item", "category", "channel", "note"):
            out[field] = "" if value is None else str(value).strip()
        elif field == "quantity":  # an exact Decimal: goods sold by weight come as 1.5
            out["quantity"] = parse_quantity(value, field)
        elif field == "amount":
            out["amount_cents"] = _amount_cents(value, refund)
        elif field == "amount_cents":
            out["amount_cents"] = value
        elif field in ("cost", "cost_cents"):
            if value is None or (isinstance(value, str) and not value.strip()):
                out["cost_cents"] = None
            else:
                out["cost_cents"] = value if field == "cost_cents" else parse_cents(value, "cost")
                if out["cost_cents"] < 0:
                    raise ValidationError(
                        "cost",
                        QT_TRANSLATE_NOOP("UserError", "The cost {value} is below zero."),
                        value=value,
                    )
        elif field == "refund":
            pass  # read above: the amount's sign depends on it
        else:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("UserError", "There is no purchase field {field}."), field=field
            )
    return out


def _amount_cents(value: object, refund: bool) -> int:
    """What was paid, in cents; a refund's as the negative amount paid back."""
    if value is None or (isinstance(value, str) and not value.strip()):
        raise ValidationError("amount", QT_TRANSLATE_NOOP("UserError", "A purchase needs an amount."))
    cents = parse_cents(value, "amount")
    if refund:
        return -abs(cents)  # '50' or the '-50' a file writes in a 退货 row: 50 paid back
    if cents < 0:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP(
                "UserError", "The amount {value} is negative; to record money paid back, mark the purchase as a refund."
            ),
            value=value,
        )
    return cents


def add_purchase(customer_id: int, data: dict[str, Any]) -> Purchase:

    customer = get_customer(customer_id, include_deleted=False)
    fields = clean_purchase(data)
    if "date" not in fields:
        fields["date"] = dt.date.today()
    if "amount_cents" not in fields:
        raise ValidationError("amount", QT_TRANSLATE_NOOP("UserError", "A purchase needs an amount."))
    with db.atomic():
        return Purchase.create(customer=customer.id, **fields)


def get_purchase(purchase_id: int) -> Purchase:
    p = Purchase.get_or_none(Purchase.id == purchase_id)
    if p is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no purchase with id {id}."), id=purchase_id)
    return p


def _not_a_counter_line(p: Purchase) -> None:
    """A line of a sale made at the counter is never edited or deleted (that would
    rewrite the receipt): a return or a void says what happened instead."""
    if p.sale_id is not None:
        from_sale = Sale.get_or_none(Sale.id == p.sale_id)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "UserError",
                "Purchase {id} is a line of sale {sale}; record a return or void the sale instead of changing it.",
            ),
            id=p.id,
            sale=from_sale.number if from_sale is not None else p.sale_id,
        )


def edit_purchase(purchase_id: int, data: dict[str, Any]) -> Purchase:
    p = get_purchase(purchase_id)
    _not_a_counter_line(p)
    was_refund = p.amount_cents < 0
    if "refund" in data and not {"amount", "amount_cents"} & data.keys():
        data = {**data, "amount_cents": abs(p.amount_cents)}  # marked or unmarked: the same money
        if parse_bool(data["refund"], "refund"):
            data["amount_cents"] = -data["amount_cents"]
    fields = clean_purchase(data, refund=was_refund)
    with db.atomic():
        Purchase.update(**fields).where(Purchase.id == p.id).execute()
    return get_purchase(p.id)


def delete_purchase(purchase_id: int) -> None:
    p = get_purchase(purchase_id)
    _not_a_counter_line(p)
    with db.atomic():
        p.delete_instance()


def list_purchases(customer_id: int) -> list[dict[str, Any]]:
    return [
        purchase_dict(p)
        for p in Purchase.select()
        .where(Purchase.customer == customer_id)
        .order_by(Purchase.date.desc(), Purchase.id.desc())
    ]


def purchase_dict(p: Purchase) -> dict[str, Any]:
    profit = None if p.cost_cents is None else p.amount_cents - p.cost_cents
    return {
        "id": p.id,
        "customer_id": p.customer_id,
        "date": p.date.isoformat(),
        "item": p.item,
        "category": p.category,
        "quantity": p.quantity,
        "amount_cents": p.amount_cents,
        "cost_cents": p.cost_cents,
        "profit_cents": profit,
        "refund": p.amount_cents < 0,
        "channel": p.channel,
        "note": p.note,
    }


def totals(customer_id: int) -> dict[str, Any]:
    """Purchase count, revenue, cost of goods, first and last date, and the profit
    with its parts as everywhere in SmallCRM (domain.records.profit)."""
    row = (
        Purchase.select(
            fn.COUNT(Purchase.id),
            fn.COALESCE(fn.SUM(Purchase.amount_cents), 0),
            fn.COALESCE(fn.SUM(Purchase.cost_cents), 0),
            fn.SUM(Purchase.cost_cents.is_null().cast("INTEGER")),
            fn.MIN(Purchase.date),
            fn.MAX(Purchase.date),
        )
        .where(Purchase.customer == customer_id)
        .tuples()
        .first()
    )
    count, revenue, cost, no_cost, first, last = row
    goods = {
        "purchase_count": count,
        "revenue_cents": revenue,
        "cost_cents": cost,
        "lines_without_cost": no_cost or 0,
        "first_purchase": str(first) if first else None,
        "last_purchase": str(last) if last else None,
    }
    return profit.with_service_cost(goods, profit.service_contacts(customer_id), profit.service_cost_cents())
