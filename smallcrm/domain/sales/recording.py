"""Recording a sale at the counter: one transaction for the sale and all its lines.

A sale to a known customer stores its lines as that customer's purchases, so profit,
RFM, tiers, churn and CLV see it at once; a walk-in customer's lines are kept as
uncounted lines (store.models.UncountedLine): the shop's takings and the staff
results count them, no customer's analysis does. Each sale gets a receipt number,
the day and a running number ('20261208-0007').
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from peewee import IntegrityError, fn

from smallcrm.domain.analysis import history
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.customers.staff import find_staff
from smallcrm.domain.sales.lines import LineInput, PricedLine, price_lines
from smallcrm.domain.sales.payments import parse_payment
from smallcrm.domain.sales.reading import sale_dict
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Purchase, Sale, UncountedLine, now

MAX_NOTE = 2000


def record_sale(
    customer_id: int | None,
    lines: Sequence[LineInput],
    *,
    discount_cents: int = 0,
    payment: str = "cash",
    staff: object = None,
    note: str = "",
    sold_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """Record a sale (``customer_id`` None: a walk-in customer); returns it as
    ``sale_dict`` gives it. Nothing is stored if any line or value is wrong."""
    payment_key = parse_payment(payment)
    note = _note(note)
    priced = price_lines(lines, discount_cents)
    at = (sold_at or now()).replace(microsecond=0)
    with db.atomic(), history.kept([customer_id], [history.PURCHASE]):  # the analysis' packed days stay right
        staff_id = _staff_id(staff)
        sale = _new_sale(
            at,
            customer_id=None if customer_id is None else _live_customer(customer_id),
            staff_id=staff_id,
            payment=payment_key,
            discount_cents=discount_cents,
            total_cents=sum(line.amount_cents for line in priced),
            note=note,
        )
        store_lines(sale, priced)
    return sale_dict(sale.id)


def _note(note: str) -> str:
    text = (note or "").strip()
    if len(text) > MAX_NOTE:
        raise ValidationError(
            "note", QT_TRANSLATE_NOOP("UserError", "A note is at most {max} characters."), max=MAX_NOTE
        )
    return text


def _live_customer(customer_id: int) -> int:
    """The id of a customer not in the trash. Two columns read, not the whole row (about
    forty columns, whose SQL peewee builds each time); ``get_customer`` says what is wrong."""
    row = Customer.select(Customer.id, Customer.deleted_at).where(Customer.id == customer_id).tuples().first()
    if row is None or row[1] is not None:
        get_customer(customer_id, include_deleted=False)  # raises: no such customer, or in the trash
    return int(customer_id)


def _staff_id(staff: object) -> int | None:
    if staff is None or (isinstance(staff, str) and not staff.strip()):
        return None
    return int(find_staff(staff).id)


def _new_sale(at: dt.datetime, **fields: Any) -> Sale:
    """The sale row with the day's next receipt number. Two computers saving at the same
    moment race for a number: the loser takes the next one."""
    prefix = at.strftime("%Y%m%d") + "-"
    for _attempt in range(5):
        # The day's numbers as a range of the unique index ('YYYYMMDD-NNNN' sorts; '.'
        # follows '-'): a LIKE 'YYYYMMDD-%' read every number the shop ever gave.
        day = (Sale.number >= prefix) & (Sale.number < prefix[:-1] + ".")
        # The longest first: past 9,999 sales a day '…-10000' sorts before '…-9999' as text.
        last = Sale.select(Sale.number).where(day).order_by(fn.LENGTH(Sale.number).desc(), Sale.number.desc()).scalar()
        number = int(str(last)[len(prefix) :]) + 1 if last else 1
        try:
            with db.atomic():
                return Sale.create(number=f"{prefix}{number:04d}", sold_at=at, **fields)
        except IntegrityError:
            continue
    raise UserError(QT_TRANSLATE_NOOP("UserError", "No receipt number is free; try saving the sale again."))


def store_lines(sale: Sale, priced: Sequence[PricedLine], *, returns: Sequence[int | None] | None = None) -> None:
    """The sale's lines: the customer's purchases, or a walk-in customer's uncounted
    lines. ``returns``: per line, the line it brings back (a return)."""
    day = sale.sold_at.date() if isinstance(sale.sold_at, dt.datetime) else sale.sold_at
    rows = [
        {
            "date": day,
            "item": line.item,
            "category": line.category,
            "quantity": line.quantity,
            "amount_cents": line.amount_cents,
            "cost_cents": line.cost_cents,
            "product": line.product_id,
            "unit_price_cents": line.unit_price_cents,
            "discount_cents": line.discount_cents,
            "payment": sale.payment,
            "staff": sale.staff_id,
            "sale": sale.id,
            "returns_line": None if returns is None else returns[i],
        }
        for i, line in enumerate(priced)
    ]
    # One INSERT for all the lines: a create() per line built and ran a statement each
    # (and moved the data generation each time): a fifth of saving a three-line sale.
    if sale.customer_id is None:
        UncountedLine.insert_many([{"reason": "walk_in", **row} for row in rows]).execute()
    else:
        Purchase.insert_many([{"customer": sale.customer_id, **row} for row in rows]).execute()
