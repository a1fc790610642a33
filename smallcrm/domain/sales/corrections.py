"""Returns and voids: a sale is never edited, so what the shop did stays readable.

A return (退货) is a sale of its own, with negative lines pointing at the lines they
bring back, on the day the goods came back; profit, RFM, tiers, CLV and the KPIs
count it (a line of money paid back is no purchase day). Each line's money comes
back in proportion to the quantity; the last of a line brings back exactly what is
left, so a line returned in parts nets to zero to the cent.

A void (作废) says a sale should not have been recorded (rung up twice, the wrong
customer): the sale stays, marked with when and why, and its lines are set aside as
uncounted lines (store.models.UncountedLine), so no analysis counts them and the
receipt can still be read. A sale with returns not voided cannot be voided: void the
returns first, so money paid back is never left pointing at nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from smallcrm.domain.analysis import history
from smallcrm.domain.customers.staff import find_staff
from smallcrm.domain.sales.aside import set_aside
from smallcrm.domain.sales.lines import PricedLine
from smallcrm.domain.sales.payments import parse_payment
from smallcrm.domain.sales.reading import get_sale, line_rows, returned_quantities, sale_dict
from smallcrm.domain.sales.recording import MAX_NOTE, _new_sale, store_lines
from smallcrm.domain.values.quantities import format_quantity, parse_quantity
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import Purchase, Sale, UncountedLine, now


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("UserError", "Give a reason."))
    if len(text) > MAX_NOTE:
        raise ValidationError(
            "reason", QT_TRANSLATE_NOOP("UserError", "A reason is at most {max} characters."), max=MAX_NOTE
        )
    return text


def return_sale(
    sale_id: int,
    lines: Mapping[int, object] | None = None,
    *,
    reason: str,
    payment: str | None = None,
    staff: object = None,
    returned_at: dt.datetime | None = None,
) -> dict[str, Any]:
    """Take goods back: ``lines`` maps a line id of the sale to the quantity coming
    back (None: all of it that has not come back yet); no ``lines``: everything left.
    Returns the return (a sale) as ``sale_dict`` gives it."""
    text = _reason(reason)
    with db.atomic(), history.kept([_customer_of(sale_id)], [history.PURCHASE]):
        sale = get_sale(sale_id)
        _check_returnable(sale)
        originals = {row["id"]: row for row in line_rows(sale)}
        back = returned_quantities(sale)
        wanted = {i: None for i in originals} if not lines else dict(lines)
        priced: list[PricedLine] = []
        returns: list[int | None] = []
        for line_id, quantity in wanted.items():
            if line_id not in originals:
                raise UserError(
                    QT_TRANSLATE_NOOP("UserError", "Sale {sale} has no line {line}."), sale=sale.number, line=line_id
                )
            left = originals[line_id]["quantity"] - back[line_id]
            if left <= 0:
                if lines:
                    raise UserError(
                        QT_TRANSLATE_NOOP("UserError", "Everything of line {line} has already come back."),
                        line=line_id,
                    )
                continue
            qty = left if quantity is None else parse_quantity(quantity, "quantity")
            if qty > left:
                raise ValidationError(
                    "quantity",
                    QT_TRANSLATE_NOOP("UserError", "Only {left} of line {line} can still come back."),
                    left=format_quantity(left),
                    line=line_id,
                )
            priced.append(_returned(originals[line_id], qty, qty == left, sale))
            returns.append(line_id)
        if not priced:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Everything of sale {sale} has already come back."), sale=sale.number
            )
        staff_id = int(find_staff(staff).id) if staff not in (None, "") else sale.staff_id
        record = _new_sale(
            (returned_at or now()).replace(microsecond=0),
            customer_id=sale.customer_id,
            staff_id=staff_id,
            payment=parse_payment(payment) if payment else sale.payment,
            discount_cents=0,
            total_cents=sum(line.amount_cents for line in priced),
            returns_sale=sale.id,
            reason=text,
        )
        store_lines(record, priced, returns=returns)
    return sale_dict(record.id)


def _customer_of(sale_id: int) -> int | None:
    """The customer whose purchases a correction of the sale changes (None: a walk-in's,
    or no such sale: get_sale then says so)."""
    sale = Sale.get_or_none(Sale.id == sale_id)
    return None if sale is None else sale.customer_id


def _check_returnable(sale: Sale) -> None:
    if sale.voided_at is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Sale {sale} was voided; nothing of it can come back."), sale=sale.number
        )
    if sale.returns_sale_id is not None:
        raise UserError(
            QT_TRANSLATE_NOOP("UserError", "Sale {sale} is itself a return; void it to undo it."), sale=sale.number
        )


def _returned(original: dict[str, Any], qty: Decimal, last: bool, sale: Sale) -> PricedLine:
    """The negative line bringing back ``qty`` of ``original``; the last of a line
    brings back exactly what is left of its money and cost."""
    quantity: Decimal = original["quantity"]
    amount, cost = original["amount_cents"], original["cost_cents"]
    if last:
        paid_back, cost_back = _left(original, sale)
    else:
        paid_back = _share(amount, qty, quantity)
        cost_back = None if cost is None else _share(cost, qty, quantity)
    return PricedLine(
        product_id=original["product_id"],
        item=original["item"],
        category=original["category"],
        quantity=qty,
        unit_price_cents=original["unit_price_cents"] or 0,
        discount_cents=0,
        amount_cents=-paid_back,
        cost_cents=None if cost_back is None else -cost_back,
    )


def _share(cents: int, part: Decimal, whole: Decimal) -> int:
    return int((Decimal(cents) * part / whole).to_integral_value(rounding=ROUND_HALF_UP))


def _left(original: dict[str, Any], sale: Sale) -> tuple[int, int | None]:
    """The original line's money and cost less what returns not voided paid back."""
    model: Any = Purchase if sale.customer_id is not None else UncountedLine
    query = model.select(model.amount_cents, model.cost_cents).where(model.returns_line == original["id"])
    if model is UncountedLine:
        query = query.where(UncountedLine.reason == "walk_in")
    paid, cost = original["amount_cents"], original["cost_cents"]
    for amount_back, cost_back in query.tuples():
        paid += amount_back  # negative
        if cost is not None and cost_back is not None:
            cost += cost_back
    return paid, cost


def void_sale(sale_id: int, reason: str) -> dict[str, Any]:
    """Mark a sale voided with ``reason`` and set its lines aside; refused for a sale
    already voided and for one with returns not voided."""
    text = _reason(reason)
    with db.atomic(), history.kept([_customer_of(sale_id)], [history.PURCHASE]):
        sale = get_sale(sale_id)
        if sale.voided_at is not None:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Sale {sale} was already voided on {day}."),
                sale=sale.number,
                day=str(sale.voided_at)[:16],
            )
        live_returns = Sale.select().where((Sale.returns_sale == sale.id) & Sale.voided_at.is_null()).count()
        if live_returns:
            raise UserError(
                QT_TRANSLATE_NOOP("UserError", "Sale {sale} has returns; void them first."), sale=sale.number
            )
        set_aside(Purchase.sale == sale.id, reason="voided")
        UncountedLine.update(reason="voided").where(
            (UncountedLine.sale == sale.id) & (UncountedLine.reason == "walk_in")
        ).execute()
        Sale.update(voided_at=now(), void_reason=text).where(Sale.id == sale.id).execute()
    return sale_dict(sale.id)
