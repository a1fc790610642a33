"""What the customer commands do (their arguments: ``commands_customers``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, parse_assignments, read_ids
from smallcrm.cli.database import open_database
from smallcrm.domain.customers import commands as customer_commands
from smallcrm.domain.customers.duplicates import find_duplicate_pairs, forget_not_duplicates, mark_not_duplicates
from smallcrm.domain.customers.fields import EDITABLE_FIELDS
from smallcrm.domain.customers.lookup import get_customer, summary, trashed_customers
from smallcrm.domain.customers.merge import UnrelatedCustomersError, last_merge_id, merge_customers
from smallcrm.domain.customers.merge import undo_merge as run_undo_merge
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.domain.customers.staff import hand_over
from smallcrm.domain.mailing import candidates
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

UNRELATED = QT_TRANSLATE_NOOP(
    "UserError",
    "Customers {a} ({a_name}) and {b} ({b_name}) share no phone number, customer number, or name with the same "
    "birthday or address; if they are one person all the same, merge them with --force.",
)


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
        f"profit {format_cents(c['profit_cents'])}"
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


def assign(args: argparse.Namespace) -> int:
    if bool(args.ids) == bool(args.from_staff):
        raise UsageError("name the customers: their ids or --from-staff NAME (not both)")
    chosen = read_ids(args.ids)
    open_database(args)
    if args.from_staff:
        done = hand_over(args.from_staff, args.staff, keep_reminders=args.keep_reminders)
    else:
        done = customer_commands.reassign(chosen, args.staff, keep_reminders=args.keep_reminders)
    text = f"{done.customers} customer(s) now with {args.staff}; "
    if args.keep_reminders:
        text += f"{done.reminders_kept} open reminder(s) and follow-up(s) stay with the staff member who had them"
        text += f", {done.reminders_moved} had no one to stay with and moved." if done.reminders_moved else "."
    else:
        text += f"{done.reminders_moved} open reminder(s) and follow-up(s) moved with them."
    result = {
        "changed": done.customers,
        "staff": args.staff,
        "reminders_moved": done.reminders_moved,
        "reminders_kept": done.reminders_kept,
    }
    output.emit(args, result, text)
    return 0


def consent(args: argparse.Namespace) -> int:
    chosen_ids = read_ids(args.ids) if args.ids else None
    chosen = chosen_ids is not None or args.tag or args.staff is not None or args.segment
    if args.all and chosen:
        raise UsageError("--all means every customer; give it without ids, --tag, --staff or --segment")
    if not (args.all or chosen):
        raise UsageError("say which customers: ids, --tag, --staff, --segment, or --all")
    open_database(args)
    for cid in chosen_ids or []:
        get_customer(cid, include_deleted=False)
    query = candidates(segment=args.segment, tag=args.tag, staff=args.staff, ids=chosen_ids)
    selected = [row[0] for row in query.tuples()]
    grant = args.mail == "yes"
    n = customer_commands.set_mail_consent(selected, grant)
    text = f"{n} customer(s) " + ("may now receive mail." if grant else "may no longer receive mail.")
    if len(selected) > n:
        text += f" {len(selected) - n} " + ("already could." if grant else "already could not.")
    output.emit(args, {"changed": n, "selected": len(selected), "mail_consent": grant}, text)
    return 0


def trash(args: argparse.Namespace) -> int:
    open_database(args)
    rows = [summary(c) for c in trashed_customers()]
    output.emit(args, {"customers": rows}, [f"{r['id']:>7}  {r['customer_no']:<10} {r['name']}" for r in rows])
    return 0


def duplicates(args: argparse.Namespace) -> int:
    open_database(args)
    pairs = find_duplicate_pairs(limit=args.limit)
    lines = [f"{len(pairs)} likely duplicate pair(s)"] + [
        f"{p['a']:>7} {p['a_name']:<10} ~ {p['b']:>7} {p['b_name']:<10} ({', '.join(p['reasons'])})" for p in pairs
    ]
    output.emit(args, {"total": len(pairs), "pairs": pairs}, lines)
    return 0


def merge(args: argparse.Namespace) -> int:
    keep, other = read_ids([args.keep_id, args.other_id])
    open_database(args)
    try:
        result = merge_customers(keep, other, dict(_take(value) for value in args.take), force=args.force)
    except UnrelatedCustomersError as exc:  # the same refusal, with the command line's way past it
        raise UserError(UNRELATED, **exc.args_map) from None
    output.emit(
        args, result, f"Merged customer {other} into {keep} (merge {result['merge_id']}; undo-merge undoes it)."
    )
    return 0


def _take(value: str) -> tuple[str, str]:
    """``FIELD`` takes OTHER's FIELD; ``FIELD=SLOT`` takes OTHER's SLOT (phone2=phone)."""
    field, _, slot = value.partition("=")
    return field, "other" if slot in ("", field) else "other_" + slot


def not_duplicates(args: argparse.Namespace) -> int:
    a, b = read_ids([args.a_id, args.b_id])
    open_database(args)
    if args.forget:
        result = forget_not_duplicates(a, b)
        text = (
            f"Customers {a} and {b} may be listed as duplicates again."
            if result["forgotten"]
            else (f"Customers {a} and {b} were not marked as different people.")
        )
    else:
        result = mark_not_duplicates(a, b)
        text = f"Customers {a} and {b} are different people; 'duplicates' no longer lists them."
    output.emit(args, result, text)
    return 0


def undo_merge(args: argparse.Namespace) -> int:
    open_database(args)
    if args.merge_id is None:
        merge_id = last_merge_id()
        if merge_id is None:
            raise UsageError("there is no merge to undo")
    else:
        (merge_id,) = read_ids([args.merge_id])
    result = run_undo_merge(merge_id)
    output.emit(args, result, f"Undid merge {merge_id}.")
    return 0
