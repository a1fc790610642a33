"""A sale as the receipt, the sale screen and ``smallcrm sale show`` read it: the sale,
its lines wherever they are kept (a customer's purchases, or uncounted lines for a
walk-in customer and a voided sale), what has come back of each line, and the money.

Gross profit here is what was paid less the cost of the goods, as on every purchase
line; lines whose cost is not known count their cost as zero and are counted in
``lines_without_cost`` (the analysis' profit goes on to take off the cost of serving
the customer: domain.analysis).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from peewee import JOIN, fn

from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.models import Customer, Product, Purchase, Sale, Staff, UncountedLine

LINE_COLUMNS = (
    "id",
    "product_id",
    "item",
    "category",
    "quantity",
    "unit_price_cents",
    "discount_cents",
    "amount_cents",
    "cost_cents",
    "returns_line",
)


def get_sale(sale_id: int) -> Sale:
    sale = Sale.get_or_none(Sale.id == sale_id)
    if sale is None:
        raise UserError(QT_TRANSLATE_NOOP("UserError", "There is no sale with id {id}."), id=sale_id)
    return sale


def line_rows(sale: Sale) -> list[dict[str, Any]]:
    """The sale's lines in the order they were rung up, each with its id (a purchase's
    id, or for a walk-in customer an uncounted line's; lines set aside, a voided sale's
    or a purged customer's, keep the purchase ids they had)."""
    rows: list[dict[str, Any]] = []
    # Only the columns a line shows: building the SQL for every column of the row was
    # a third of reading a sale back (peewee's query building, per column).
    purchases = Purchase.select(Purchase.id, *(getattr(Purchase, name) for name in _READ))
    for p in purchases.where(Purchase.sale == sale.id).order_by(Purchase.id):
        rows.append(_line(p, p.id))
    uncounted = UncountedLine.select(
        UncountedLine.id, UncountedLine.purchase_id, *(getattr(UncountedLine, name) for name in _READ)
    )
    for u in uncounted.where(UncountedLine.sale == sale.id).order_by(UncountedLine.id):
        rows.append(_line(u, u.purchase_id or u.id))  # a line set aside keeps its purchase id
    rows.sort(key=lambda row: row["id"])
    return rows


# The fields of a line's row that ``_line`` reads (the product by its foreign key).
_READ = ("product", "item", "category", "quantity", "unit_price_cents", "discount_cents", "amount_cents",
         "cost_cents", "returns_line")  # fmt: skip


def _line(row: Purchase | UncountedLine, line_id: int) -> dict[str, Any]:
    amount, cost = row.amount_cents, row.cost_cents
    return {
        "id": line_id,
        "product_id": row.product_id,
        "item": row.item,
        "category": row.category,
        "quantity": row.quantity,
        "unit_price_cents": row.unit_price_cents,
        "discount_cents": row.discount_cents,
        "amount_cents": amount,
        "cost_cents": cost,
        "profit_cents": amount - (cost or 0),
        "returns_line": row.returns_line,
    }


def returned_quantities(sale: Sale, ids: list[int] | None = None) -> dict[int, Decimal]:
    """Per line of ``sale``, how much has come back by returns not voided; ``ids``: the
    sale's line ids when the caller has read them already."""
    counted = sale.customer_id is not None
    model: Any = Purchase if counted else UncountedLine
    if ids is None:
        ids = [row["id"] for row in line_rows(sale)]
    if not ids:
        return {}
    query = model.select(model.returns_line, fn.SUM(model.quantity)).where(model.returns_line.in_(ids))
    if not counted:
        query = query.where(UncountedLine.reason == "walk_in")
    back = {line: Decimal(milli) / 1000 for line, milli in query.group_by(model.returns_line).tuples()}
    return {i: back.get(i, Decimal(0)) for i in ids}


def sale_dict(sale_id: int) -> dict[str, Any]:
    """Everything about one sale, for the receipt, the screen and ``--json``."""
    sale = get_sale(sale_id)
    lines = line_rows(sale)
    returns = [
        {"id": r.id, "number": r.number, "total_cents": r.total_cents, "voided": r.voided_at is not None}
        for r in Sale.select(Sale.id, Sale.number, Sale.total_cents, Sale.voided_at)
        .where(Sale.returns_sale == sale.id)
        .order_by(Sale.id)
    ]
    # Only a return points at a sale's lines: without one (a sale just saved), nothing came back.
    live_returns = any(not r["voided"] for r in returns)
    back = returned_quantities(sale, [line["id"] for line in lines]) if live_returns else {}
    for line in lines:
        line["returned_quantity"] = back.get(line["id"], Decimal(0))
    _add_units(lines)
    name, number = "", ""
    if sale.customer_id:
        who = Customer.select(Customer.name, Customer.customer_no).where(Customer.id == sale.customer_id)
        name, number = who.tuples().first() or ("", "")
    staff = Staff.select(Staff.name).where(Staff.id == sale.staff_id).scalar() if sale.staff_id else None
    total = sum(line["amount_cents"] for line in lines)
    cost = sum(line["cost_cents"] or 0 for line in lines)
    return {
        "id": sale.id,
        "number": sale.number,
        "sold_at": _iso(sale.sold_at),
        "customer_id": sale.customer_id,
        "customer_name": name,
        "customer_no": number,
        "walk_in": sale.customer_id is None,
        "staff_id": sale.staff_id,
        "staff": staff or "",
        "payment": sale.payment,
        "discount_cents": sale.discount_cents,
        "total_cents": total,
        "cost_cents": cost,
        "profit_cents": total - cost,
        "lines_without_cost": sum(1 for line in lines if line["cost_cents"] is None),
        "note": sale.note,
        "returns_sale_id": sale.returns_sale_id,
        "returns_sale_number": sale.returns_sale.number if sale.returns_sale_id else "",
        "reason": sale.reason,
        "returns": returns,
        "voided": sale.voided_at is not None,
        "voided_at": _iso(sale.voided_at) if sale.voided_at else None,
        "void_reason": sale.void_reason,
        "lines": lines,
    }


def _add_units(lines: list[dict[str, Any]]) -> None:
    """Each line's unit (盒, 斤) from its product, in one query: the receipt prints
    '1.5 斤 × 33.33'. A free-text line has none."""
    ids = {line["product_id"] for line in lines if line["product_id"] is not None}
    units: dict[int, str] = {}
    if ids:
        units = {p.id: p.unit for p in Product.select(Product.id, Product.unit).where(Product.id.in_(ids))}
    for line in lines:
        line["unit"] = units.get(line["product_id"], "") or ""


def _iso(value: dt.datetime | str | None) -> str:
    if value is None:
        return ""
    return value.isoformat(" ") if isinstance(value, dt.datetime) else str(value)


def list_sales(
    *,
    customer_id: int | None = None,
    day_from: dt.date | None = None,
    day_to: dt.date | None = None,
    include_voided: bool = True,
    limit: int = 200,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Sales newest first (for the sale screen's list of the day and a customer's page)."""
    query = Sale.select(Sale, Customer.name.alias("customer_name"), Staff.name.alias("staff_name"))
    query = query.join(Customer, JOIN.LEFT_OUTER, on=(Sale.customer == Customer.id))
    query = query.switch(Sale).join(Staff, JOIN.LEFT_OUTER, on=(Sale.staff == Staff.id))
    if customer_id is not None:
        query = query.where(Sale.customer == customer_id)
    if day_from is not None:
        query = query.where(Sale.sold_at >= dt.datetime.combine(day_from, dt.time()))
    if day_to is not None:
        query = query.where(Sale.sold_at < dt.datetime.combine(day_to + dt.timedelta(days=1), dt.time()))
    if not include_voided:
        query = query.where(Sale.voided_at.is_null())
    query = query.order_by(Sale.sold_at.desc(), Sale.id.desc()).limit(limit).offset(offset)
    return [
        {
            "id": s.id,
            "number": s.number,
            "sold_at": _iso(s.sold_at),
            "customer_id": s.customer_id,
            "customer_name": getattr(s, "customer_name", None) or "",
            "staff": getattr(s, "staff_name", None) or "",
            "payment": s.payment,
            "total_cents": s.total_cents,
            "returns_sale_id": s.returns_sale_id,
            "voided": s.voided_at is not None,
        }
        for s in query.objects()
    ]
