"""What the customer commands do (their arguments: ``commands_customers``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import parse_assignments, read_ids
from smallcrm.cli.database import open_database
from smallcrm.domain.customers import commands as customer_commands
from smallcrm.domain.customers.fields import EDITABLE_FIELDS
from smallcrm.domain.customers.lookup import get_customer, summary, trashed_customers
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.domain.values.money import format_cents


def _describe(c: dict[str, Any]) -> list[str]:
    lines = [f"{c['name']}  ({c['customer_no']}, id {c['id']})" + ("  [in trash]" if c.get("deleted_at") else "")]
    for key in ("phone", "phone2", "gender", "wechat", "email", "staff", "occupation", "income_band", "source"):
        if c.get(key):
            lines.append(f"  {key}: {c[key]}")
    if c.get("birthday"):
        lines.append(f"  birthday: {c['birthday']['text']} (next: {c.get('next_birthday')})")
    address = " ".join(c[k] for k in ("province", "city", "district", "street", "postcode") if c.get(k))
    if address:
        lines.append(f"  address: {address}")
    if c.get("tags"):
        lines.append(f"  tags: {', '.join(c['tags'])}")
    lines.append(
        f"  purchases: {c['purchase_count']}, revenue {format_cents(c['revenue_cents'])}, "
        f"profit {format_cents(c['profit_cents'])} (cost of goods {format_cents(c['cost_cents'])}, "
        f"service {format_cents(c['service_cost_cents'])} for {c['service_contacts']} contacts)"
    )
    return lines


def add(args: argparse.Namespace) -> int:
    data = {f: getattr(args, f) for f in EDITABLE_FIELDS if getattr(args, f, None) is not None}
    open_database(args)
    c = customer_dict(customer_commands.create_customer(data, allow_duplicate=args.allow_duplicate))
    output.emit(args, {"customer": c}, [f"Added customer {c['id']}.", *_describe(c)])
    return 0


def show(args: argparse.Namespace) -> int:
    (cid,) = read_ids([args.id])
    open_database(args)
    c = customer_dict(get_customer(cid))
    output.emit(args, {"customer": c}, _describe(c))
    return 0


def edit(args: argparse.Namespace) -> int:
    (cid,) = read_ids([args.id])
    changes = parse_assignments(args.set)
    open_database(args)
    c = customer_dict(customer_commands.update_customer(cid, changes, allow_duplicate=args.allow_duplicate))
    output.emit(args, {"customer": c}, [f"Updated customer {c['id']}.", *_describe(c)])
    return 0


def _on_ids(args: argparse.Namespace, function: str, key: str, message: str) -> int:
    """Hand the ids to ``domain.customers.commands.<function>`` and report what it
    returns under ``key`` (the ids it changed, or how many): delete, restore and purge
    differ only in these three."""
    chosen = read_ids(args.ids)
    open_database(args)
    result = getattr(customer_commands, function)(chosen)
    n = result if isinstance(result, int) else len(result)
    output.emit(args, {key: result}, message.format(n=n))
    return 0


def delete(args: argparse.Namespace) -> int:
    return _on_ids(args, "delete_customers", "deleted", "Moved {n} customer(s) to the trash.")


def restore(args: argparse.Namespace) -> int:
    return _on_ids(args, "restore_customers", "restored", "Restored {n} customer(s) from the trash.")


def purge(args: argparse.Namespace) -> int:
    return _on_ids(args, "purge_customers", "purged", "Deleted {n} customer(s) for good.")


def tag(args: argparse.Namespace) -> int:
    chosen = read_ids(args.ids)
    open_database(args)
    n = customer_commands.tag_customers(chosen, args.tag, remove=args.remove)
    output.emit(args, {"changed": n, "tag": args.tag, "removed": args.remove}, f"{n} customer(s) changed.")
    return 0


def trash(args: argparse.Namespace) -> int:
    open_database(args)
    rows = [summary(c) for c in trashed_customers()]
    output.emit(args, {"customers": rows}, [f"{r['id']:>7}  {r['customer_no']:<10} {r['name']}" for r in rows])
    return 0
