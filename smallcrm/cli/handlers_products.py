"""What the catalogue commands do: add, edit, list, show and retire products and services
(their arguments: ``commands_counter``). Apart from the sales' handlers: these load no
customers and no sales."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, read_ids, tr
from smallcrm.cli.database import open_database
from smallcrm.domain.catalogue import products
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP

FIELDS = ("name", "price", "cost", "unit", "barcode", "category", "kind")

NOTHING_TO_CHANGE = QT_TRANSLATE_NOOP(
    "CLI", "Say what to change: --name, --price, --cost, --unit, --barcode, --category or --kind"
)
ADDED = QT_TRANSLATE_NOOP("CLI", "Added product {id}.")
UPDATED = QT_TRANSLATE_NOOP("CLI", "Updated product {id}.")
RETIRED = QT_TRANSLATE_NOOP("CLI", "Retired product {id}: no longer offered at the counter.")
OFFERED = QT_TRANSLATE_NOOP("CLI", "Product {id} is offered at the counter again.")
NO_PRODUCTS = QT_TRANSLATE_NOOP("CLI", "No products.")
COUNT = QT_TRANSLATE_NOOP("CLI", "{count} product(s).")
PRICE = QT_TRANSLATE_NOOP("CLI", "price {price}")
PRICE_PER = QT_TRANSLATE_NOOP("CLI", "price {price} per {unit}")
COST = QT_TRANSLATE_NOOP("CLI", "cost {cost}")
COST_UNKNOWN = QT_TRANSLATE_NOOP("CLI", "cost not known")
SERVICE = QT_TRANSLATE_NOOP("CLI", "service")
RETIRED_MARK = QT_TRANSLATE_NOOP("CLI", "retired")
BARCODE = QT_TRANSLATE_NOOP("CLI", "barcode {barcode}")
CATEGORY = QT_TRANSLATE_NOOP("CLI", "category {category}")
SOLD = QT_TRANSLATE_NOOP("CLI", "on {count} sale line(s)")


def _given(args: argparse.Namespace) -> dict[str, Any]:
    """The fields typed on the command line, as typed (the catalogue parses them)."""
    return {field: getattr(args, field) for field in FIELDS if getattr(args, field, None) is not None}


def product_line(p: dict[str, Any]) -> str:
    """One product on one line: id, name, price (per unit), cost and what marks it."""
    price = format_cents(p["price_cents"])
    parts = [tr(PRICE_PER).format(price=price, unit=p["unit"]) if p["unit"] else tr(PRICE).format(price=price)]
    parts.append(tr(COST_UNKNOWN) if p["cost_cents"] is None else tr(COST).format(cost=format_cents(p["cost_cents"])))
    if p["barcode"]:
        parts.append(tr(BARCODE).format(barcode=p["barcode"]))
    if p["category"]:
        parts.append(tr(CATEGORY).format(category=p["category"]))
    if p["kind"] == "service":
        parts.append(tr(SERVICE))
    if not p["active"]:
        parts.append(tr(RETIRED_MARK))
    return f"{p['id']:>6}  {p['name']}  " + "  ".join(parts)


def _one_id(text: str) -> int:
    (product_id,) = read_ids([text])
    return product_id


def product_add(args: argparse.Namespace) -> int:
    data = _given(args)
    open_database(args)
    p = products.product_dict(products.add_product(data))
    output.emit(args, {"product": p}, [tr(ADDED).format(id=p["id"]), product_line(p)])
    return 0


def product_edit(args: argparse.Namespace) -> int:
    product_id = _one_id(args.id)
    data = _given(args)
    if not data:
        raise UsageError(NOTHING_TO_CHANGE)
    open_database(args)
    p = products.product_dict(products.edit_product(product_id, data))
    output.emit(args, {"product": p}, [tr(UPDATED).format(id=p["id"]), product_line(p)])
    return 0


def product_list(args: argparse.Namespace) -> int:
    open_database(args)
    found = products.list_products(
        args.query, include_retired=args.retired, category=args.category.strip(), limit=args.limit
    )
    lines = [product_line(p) for p in found]
    lines.append(tr(COUNT).format(count=len(found)) if found else tr(NO_PRODUCTS))
    output.emit(args, {"products": found, "count": len(found)}, lines)
    return 0


def product_show(args: argparse.Namespace) -> int:
    product_id = _one_id(args.id)
    open_database(args)
    p = products.product_dict(products.get_product(product_id))
    p["times_sold"] = products.times_sold(product_id)
    output.emit(args, {"product": p}, [product_line(p), "  " + tr(SOLD).format(count=p["times_sold"])])
    return 0


def product_retire(args: argparse.Namespace) -> int:
    product_id = _one_id(args.id)
    open_database(args)
    p = products.product_dict(products.set_product_active(product_id, bool(args.undo)))
    message = tr(OFFERED if args.undo else RETIRED).format(id=p["id"])
    output.emit(args, {"product": p}, [message, product_line(p)])
    return 0
