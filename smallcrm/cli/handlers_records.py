"""What the purchase, interaction and reminder commands do (their arguments:
``commands_records``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import parse_assignments, read_ids
from smallcrm.cli.database import open_database
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.records.interactions import add_interaction, interaction_dict, list_interactions, resolve_complaint
from smallcrm.domain.records.purchases import (
    add_purchase,
    delete_purchase,
    edit_purchase,
    list_purchases,
    purchase_dict,
    totals,
)
from smallcrm.domain.values.money import format_cents
from smallcrm.domain.values.quantities import format_quantity


def _purchase_line(p: dict[str, Any]) -> str:
    profit = "" if p["profit_cents"] is None else f" profit {format_cents(p['profit_cents'])}"
    refund = " (refund)" if p.get("refund") else ""
    amount = format_cents(p["amount_cents"])
    quantity = format_quantity(p["quantity"])
    return f"{p['id']:>8}  {p['date']}  {p['item']:<12} x{quantity}  {amount}{refund}{profit}"


def purchase_add(args: argparse.Namespace) -> int:
    (cid,) = read_ids([args.customer_id])
    data = {k: getattr(args, k) for k in ("amount", "cost", "date", "item", "category", "quantity", "channel", "note")}
    if args.refund:
        data["refund"] = True
    open_database(args)
    p = purchase_dict(add_purchase(cid, {k: v for k, v in data.items() if v is not None}))
    output.emit(args, {"purchase": p}, "Added: " + _purchase_line(p))
    return 0


def purchase_list(args: argparse.Namespace) -> int:
    (cid,) = read_ids([args.customer_id])
    open_database(args)
    get_customer(cid)
    rows, sums = list_purchases(cid), totals(cid)
    lines = [_purchase_line(p) for p in rows]
    lines.append(
        f"{sums['purchase_count']} purchases, revenue {format_cents(sums['revenue_cents'])}, "
        f"profit {format_cents(sums['profit_cents'])} (cost of goods {format_cents(sums['cost_cents'])}, "
        f"service {format_cents(sums['service_cost_cents'])} for {sums['service_contacts']} contacts)"
    )
    output.emit(args, {"purchases": rows, "totals": sums}, lines)
    return 0


def purchase_edit(args: argparse.Namespace) -> int:
    (pid,) = read_ids([args.id])
    changes = parse_assignments(args.set)
    open_database(args)
    p = purchase_dict(edit_purchase(pid, changes))
    output.emit(args, {"purchase": p}, "Updated: " + _purchase_line(p))
    return 0


def purchase_delete(args: argparse.Namespace) -> int:
    (pid,) = read_ids([args.id])
    open_database(args)
    delete_purchase(pid)
    output.emit(args, {"deleted": pid}, f"Deleted purchase {pid}.")
    return 0


def _interaction_line(i: dict[str, Any]) -> str:
    extra = f" [{i['status']}]" if i["status"] else ""
    score = f" ({i['satisfaction']}/5)" if i["satisfaction"] else ""
    return f"{i['id']:>8}  {i['at']}  {i['kind']:<9}{extra}{score} {i['summary']}"


def interaction_add(args: argparse.Namespace) -> int:
    (cid,) = read_ids([args.customer_id])
    data = {k: getattr(args, k) for k in ("kind", "summary", "satisfaction", "at", "staff")}
    open_database(args)
    i = interaction_dict(add_interaction(cid, {k: v for k, v in data.items() if v is not None}))
    output.emit(args, {"interaction": i}, "Logged: " + _interaction_line(i))
    return 0


def interaction_list(args: argparse.Namespace) -> int:
    (cid,) = read_ids([args.customer_id])
    open_database(args)
    get_customer(cid)
    rows = list_interactions(cid)
    output.emit(args, {"interactions": rows}, [_interaction_line(i) for i in rows])
    return 0


def interaction_resolve(args: argparse.Namespace) -> int:
    (iid,) = read_ids([args.id])
    open_database(args)
    i = interaction_dict(resolve_complaint(iid))
    output.emit(args, {"interaction": i}, "Resolved: " + _interaction_line(i))
    return 0
