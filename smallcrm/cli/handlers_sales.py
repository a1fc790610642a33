"""What the sale commands do: record a sale, show and list sales, take goods back, void a
sale (their arguments: ``commands_counter``). ``--json`` gives the sale as
``domain.sales.reading.sale_dict`` has it: its ``id``, ``number``, ``lines`` (each with
its id, for a return), ``total_cents``, ``profit_cents`` and the rest."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, read_ids, record_id, tr, translate
from smallcrm.cli.database import open_database
from smallcrm.cli.days import day
from smallcrm.domain.sales.corrections import return_sale, void_sale
from smallcrm.domain.sales.lines import parse_line_spec
from smallcrm.domain.sales.payments import COUNTER_PAYMENTS, PAYMENTS, parse_payment
from smallcrm.domain.sales.reading import list_sales, sale_dict
from smallcrm.domain.sales.recording import record_sale
from smallcrm.domain.values.money import format_cents, parse_cents
from smallcrm.domain.values.quantities import format_quantity
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError, ValidationError

WHO_NOT_BOTH = QT_TRANSLATE_NOOP("CLI", "Give the customer's id or --walk-in, not both")
WHO_NEITHER = QT_TRANSLATE_NOOP("CLI", "Give the customer's id, or --walk-in for a customer the shop does not know")
BAD_RETURN_LINE = QT_TRANSLATE_NOOP(
    "CLI", "--line needs a line id and perhaps a quantity, such as 15 or 15:2, not {value!r}"
)
LINE_TWICE = QT_TRANSLATE_NOOP(
    "UserError", "Line {line} is named twice; name each line once, with all that comes back."
)
NOT_AT_THE_COUNTER = QT_TRANSLATE_NOOP(
    "UserError", "{value} is not a payment method the counter takes (wechat, alipay, cash, card, other)."
)

RECORDED = QT_TRANSLATE_NOOP("CLI", "Recorded sale {number} (id {id}).")
RETURNED = QT_TRANSLATE_NOOP("CLI", "Recorded return {number} (id {id}) for sale {sale}.")
VOIDED_NOW = QT_TRANSLATE_NOOP("CLI", "Voided sale {number} (id {id}).")
HEAD_CUSTOMER = QT_TRANSLATE_NOOP("CLI", "Sale {number} (id {id}), {at}, {name} ({customer_no}, id {customer_id})")
HEAD_WALK_IN = QT_TRANSLATE_NOOP("CLI", "Sale {number} (id {id}), {at}, walk-in customer")
RETURN_OF = QT_TRANSLATE_NOOP("CLI", "A return from sale id {sale}: {reason}")
LINE = QT_TRANSLATE_NOOP("CLI", "{item}  x{quantity} at {price} = {amount}")
LINE_DISCOUNT = QT_TRANSLATE_NOOP("CLI", "{item}  x{quantity} at {price}, less {discount} = {amount}")
LINE_RETURNED = QT_TRANSLATE_NOOP("CLI", "({quantity} came back)")
TOTAL = QT_TRANSLATE_NOOP("CLI", "Total {total}, paid by {payment}; gross profit {profit}")
TOTAL_DISCOUNT = QT_TRANSLATE_NOOP(
    "CLI", "Total {total} after a discount of {discount}, paid by {payment}; gross profit {profit}"
)
WITHOUT_COST = QT_TRANSLATE_NOOP("CLI", "({count} line(s) without a known cost count it as 0)")
STAFF = QT_TRANSLATE_NOOP("CLI", "Sold by {staff}")
NOTE = QT_TRANSLATE_NOOP("CLI", "Note: {note}")
RETURN_LISTED = QT_TRANSLATE_NOOP("CLI", "Return {number} (id {id}): {total}")
RETURN_LISTED_VOIDED = QT_TRANSLATE_NOOP("CLI", "Return {number} (id {id}): {total}, voided")
VOIDED = QT_TRANSLATE_NOOP("CLI", "VOIDED on {at}: {reason}")
NO_SALES = QT_TRANSLATE_NOOP("CLI", "No sales.")
WALK_IN = QT_TRANSLATE_NOOP("CLI", "walk-in customer")
LISTED_RETURN = QT_TRANSLATE_NOOP("CLI", "return")
LISTED_VOIDED = QT_TRANSLATE_NOOP("CLI", "voided")


def _payment(value: str) -> str:
    """The stored key of a method the counter takes (stored value comes with member cards)."""
    key = parse_payment(value)
    if key not in COUNTER_PAYMENTS:
        raise ValidationError("payment", NOT_AT_THE_COUNTER, value=value)
    return key


def payment_label(key: str) -> str:
    return translate("Payments", PAYMENTS[key]) if key in PAYMENTS else key


def sale_lines(sale: dict[str, Any]) -> list[str]:
    """A sale as a person reads it: who and when, each line with its id (for a return),
    the money, and what became of it since (returns, a void)."""
    if sale["walk_in"]:
        head = tr(HEAD_WALK_IN).format(number=sale["number"], id=sale["id"], at=sale["sold_at"])
    else:
        head = tr(HEAD_CUSTOMER).format(
            number=sale["number"],
            id=sale["id"],
            at=sale["sold_at"],
            name=sale["customer_name"],
            customer_no=sale["customer_no"],
            customer_id=sale["customer_id"],
        )
    lines = [head]
    if sale["returns_sale_id"] is not None:
        lines.append("  " + tr(RETURN_OF).format(sale=sale["returns_sale_id"], reason=sale["reason"]))
    for line in sale["lines"]:
        values = {
            "item": line["item"],
            "quantity": format_quantity(line["quantity"]),
            "price": format_cents(line["unit_price_cents"] or 0),
            "discount": format_cents(line["discount_cents"]),
            "amount": format_cents(line["amount_cents"]),
        }
        text = f"{line['id']:>8}  " + tr(LINE_DISCOUNT if line["discount_cents"] else LINE).format(**values)
        if line.get("returned_quantity"):
            text += "  " + tr(LINE_RETURNED).format(quantity=format_quantity(line["returned_quantity"]))
        lines.append(text)
    money = {
        "total": format_cents(sale["total_cents"]),
        "discount": format_cents(sale["discount_cents"]),
        "payment": payment_label(sale["payment"]),
        "profit": format_cents(sale["profit_cents"]),
    }
    after = [tr(TOTAL_DISCOUNT if sale["discount_cents"] else TOTAL).format(**money)]
    if sale["lines_without_cost"]:
        after.append(tr(WITHOUT_COST).format(count=sale["lines_without_cost"]))
    if sale["staff"]:
        after.append(tr(STAFF).format(staff=sale["staff"]))
    if sale["note"]:
        after.append(tr(NOTE).format(note=sale["note"]))
    for back in sale["returns"]:
        template = RETURN_LISTED_VOIDED if back["voided"] else RETURN_LISTED
        after.append(tr(template).format(number=back["number"], id=back["id"], total=format_cents(back["total_cents"])))
    if sale["voided"]:
        after.append(tr(VOIDED).format(at=sale["voided_at"], reason=sale["void_reason"]))
    return lines + ["  " + text for text in after]


def _listed(s: dict[str, Any]) -> str:
    marks = [tr(LISTED_RETURN)] if s["returns_sale_id"] is not None else []
    if s["voided"]:
        marks.append(tr(LISTED_VOIDED))
    who = s["customer_name"] or (tr(WALK_IN) if s["customer_id"] is None else f"id {s['customer_id']}")
    text = f"{s['id']:>7}  {s['number']}  {s['sold_at']}  {who}  {format_cents(s['total_cents'])}"
    text += f"  {payment_label(s['payment'])}"
    if s["staff"]:
        text += f"  {s['staff']}"
    return text + "".join(f"  [{mark}]" for mark in marks)


def _one_id(text: str) -> int:
    (found,) = read_ids([text])
    return found


def sale_add(args: argparse.Namespace) -> int:
    if args.walk_in and args.customer_id is not None:
        raise UsageError(WHO_NOT_BOTH)
    if not args.walk_in and args.customer_id is None:
        raise UsageError(WHO_NEITHER)
    customer_id = None if args.walk_in else _one_id(args.customer_id)
    discount = 0 if args.discount is None else parse_cents(args.discount, "discount")
    payment = _payment(args.pay)
    open_database(args)
    lines = [parse_line_spec(spec) for spec in args.line]  # products are looked up in the catalogue
    sale = record_sale(customer_id, lines, discount_cents=discount, payment=payment, staff=args.staff, note=args.note)
    output.emit(args, sale, [tr(RECORDED).format(number=sale["number"], id=sale["id"]), *sale_lines(sale)])
    return 0


def sale_show(args: argparse.Namespace) -> int:
    sale_id = _one_id(args.id)
    open_database(args)
    sale = sale_dict(sale_id)
    output.emit(args, sale, sale_lines(sale))
    return 0


def sale_list(args: argparse.Namespace) -> int:
    chosen = None if args.day is None else day(args.day, "--day")
    open_database(args)
    found = list_sales(customer_id=args.customer, day_from=chosen, day_to=chosen, limit=args.limit)
    output.emit(args, {"sales": found, "count": len(found)}, [_listed(s) for s in found] or [tr(NO_SALES)])
    return 0


def _return_lines(specs: list[str]) -> dict[int, str | None]:
    """``--line ID[:QTY]`` options as {line id: quantity as typed, None for all of it}."""
    wanted: dict[int, str | None] = {}
    for spec in specs:
        text, sep, quantity = spec.replace("：", ":").partition(":")
        text = text.strip()
        if not (text.isascii() and text.isdigit()):
            raise UsageError(BAD_RETURN_LINE, value=spec)
        line_id = record_id(text)
        if line_id in wanted:
            raise UserError(LINE_TWICE, line=line_id)
        wanted[line_id] = quantity if sep else None
    return wanted


def sale_return(args: argparse.Namespace) -> int:
    sale_id = _one_id(args.sale_id)
    wanted = _return_lines(args.line)
    open_database(args)
    back = return_sale(sale_id, wanted or None, reason=args.reason)
    head = tr(RETURNED).format(number=back["number"], id=back["id"], sale=sale_id)
    output.emit(args, back, [head, *sale_lines(back)])
    return 0


def sale_void(args: argparse.Namespace) -> int:
    sale_id = _one_id(args.sale_id)
    open_database(args)
    sale = void_sale(sale_id, args.reason)
    output.emit(args, sale, [tr(VOIDED_NOW).format(number=sale["number"], id=sale["id"]), *sale_lines(sale)])
    return 0
