"""Purchases, interactions and reminders of a customer."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from smallcrm.cli import add_command, day, open_database, output, parse_assignments
from smallcrm.cli.commands_customers import _ids
from smallcrm.domain.values.money import format_cents
from smallcrm.domain.values.quantities import format_quantity
from smallcrm.errors import QT_TRANSLATE_NOOP

TODAY_HELP = QT_TRANSLATE_NOOP("CLI", "pretend today is this date (for planning and tests)")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    purchase = sub.add_parser("purchase", help=QT_TRANSLATE_NOOP("CLI", "Add, list, edit or delete purchases."))
    psub = purchase.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(purchase))
    p = add_command(
        psub,
        common,
        "add",
        purchase_add,
        QT_TRANSLATE_NOOP("CLI", "Record a purchase (amounts like 1234.50 or ¥1,234.50)."),
        writes=True,
    )
    p.add_argument("customer_id")
    p.add_argument("--amount", required=True, help=QT_TRANSLATE_NOOP("CLI", "what the customer paid"))
    p.add_argument("--cost", help=QT_TRANSLATE_NOOP("CLI", "cost of goods, for profit"))
    p.add_argument("--date", help=QT_TRANSLATE_NOOP("CLI", "default today"))
    for name in ("item", "category", "quantity", "channel", "note"):
        p.add_argument("--" + name)
    p.add_argument(
        "--refund",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "goods brought back: --amount is the money paid back (stored as a negative amount)"
        ),
    )
    p = add_command(
        psub, common, "list", purchase_list, QT_TRANSLATE_NOOP("CLI", "A customer's purchases with totals.")
    )
    p.add_argument("customer_id")
    p = add_command(
        psub,
        common,
        "edit",
        purchase_edit,
        QT_TRANSLATE_NOOP("CLI", "Change a purchase: --set FIELD=VALUE (refund=yes marks a refund)."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p = add_command(
        psub, common, "delete", purchase_delete, QT_TRANSLATE_NOOP("CLI", "Delete a purchase."), writes=True
    )
    p.add_argument("id")

    inter = sub.add_parser(
        "interaction", help=QT_TRANSLATE_NOOP("CLI", "Log and list visits, calls, complaints, feedback.")
    )
    isub = inter.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(inter))
    p = add_command(
        isub,
        common,
        "add",
        interaction_add,
        QT_TRANSLATE_NOOP("CLI", "Log an interaction with a customer."),
        writes=True,
    )
    p.add_argument("customer_id")
    p.add_argument(
        "--kind",
        required=True,
        help=QT_TRANSLATE_NOOP("CLI", "visit, call, message, complaint, feedback, greeting or note"),
    )
    p.add_argument("--summary", default="")
    p.add_argument("--satisfaction", help=QT_TRANSLATE_NOOP("CLI", "1 to 5"))
    p.add_argument("--at", help=QT_TRANSLATE_NOOP("CLI", "date and optional time, default now"))
    p.add_argument("--staff")
    p = add_command(
        isub, common, "list", interaction_list, QT_TRANSLATE_NOOP("CLI", "A customer's interactions, newest first.")
    )
    p.add_argument("customer_id")
    p = add_command(
        isub,
        common,
        "resolve",
        interaction_resolve,
        QT_TRANSLATE_NOOP("CLI", "Mark a complaint resolved."),
        writes=True,
    )
    p.add_argument("id")

    p = add_command(sub, common, "reminders", reminders, QT_TRANSLATE_NOOP("CLI", "List reminders that are due."))
    p.add_argument("--due", choices=("today", "overdue", "week", "all"), default="week")
    p.add_argument("--today", help=TODAY_HELP)
    p.add_argument("--customer", help=QT_TRANSLATE_NOOP("CLI", "only this customer's reminders"))
    p.add_argument(
        "--kind",
        help=QT_TRANSLATE_NOOP("CLI", "only this kind: callback, birthday, festival, complaint, new_customer, ..."),
    )
    p.add_argument("--staff", help=QT_TRANSLATE_NOOP("CLI", "only this staff member's (id or name)"))

    p = add_command(
        sub,
        common,
        "remind",
        remind,
        QT_TRANSLATE_NOOP("CLI", "Create a follow-up reminder for a customer."),
        writes=True,
    )
    p.add_argument("customer_id")
    p.add_argument(
        "--on", required=True, dest="due", help=QT_TRANSLATE_NOOP("CLI", "due date, or tomorrow, next-week, +N (days)")
    )
    p.add_argument("--title", required=True)
    p.add_argument(
        "--every", nargs="+", metavar="N UNIT", help=QT_TRANSLATE_NOOP("CLI", "repeat, e.g. --every 2 weeks")
    )
    p.add_argument("--kind", default="callback")
    p.add_argument("--today", help=TODAY_HELP)

    reminder = sub.add_parser("reminder", help=QT_TRANSLATE_NOOP("CLI", "Done, snooze or dismiss a reminder."))
    rsub = reminder.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(reminder))
    p = add_command(
        rsub,
        common,
        "done",
        reminder_done,
        QT_TRANSLATE_NOOP("CLI", "Mark done; the outcome is logged on the customer."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--outcome", default="")
    p.add_argument("--today", help=TODAY_HELP)
    p = add_command(
        rsub,
        common,
        "snooze",
        reminder_snooze,
        QT_TRANSLATE_NOOP("CLI", "Move a reminder to a later date."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--to", required=True, help=QT_TRANSLATE_NOOP("CLI", "a date, or tomorrow, next-week, +N (days)"))
    p.add_argument("--today", help=TODAY_HELP)
    p = add_command(
        rsub,
        common,
        "dismiss",
        reminder_dismiss,
        QT_TRANSLATE_NOOP("CLI", "Dismiss a reminder without doing it."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--today", help=TODAY_HELP)


def _purchase_line(p: dict[str, Any]) -> str:
    profit = "" if p["profit_cents"] is None else f" profit {format_cents(p['profit_cents'])}"
    refund = " (refund)" if p.get("refund") else ""
    amount = format_cents(p["amount_cents"])
    quantity = format_quantity(p["quantity"])
    return f"{p['id']:>8}  {p['date']}  {p['item']:<12} x{quantity}  {amount}{refund}{profit}"


def purchase_add(args: argparse.Namespace) -> int:
    from smallcrm.domain.records.purchases import add_purchase, purchase_dict

    (cid,) = _ids([args.customer_id])
    data = {k: getattr(args, k) for k in ("amount", "cost", "date", "item", "category", "quantity", "channel", "note")}
    if args.refund:
        data["refund"] = True
    open_database(args)
    p = purchase_dict(add_purchase(cid, {k: v for k, v in data.items() if v is not None}))
    output.emit(args, {"purchase": p}, "Added: " + _purchase_line(p))
    return 0


def purchase_list(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.lookup import get_customer
    from smallcrm.domain.records.purchases import list_purchases, totals

    (cid,) = _ids([args.customer_id])
    open_database(args)
    get_customer(cid)
    rows, sums = list_purchases(cid), totals(cid)
    lines = [_purchase_line(p) for p in rows]
    lines.append(
        f"{sums['purchase_count']} purchases, revenue {format_cents(sums['revenue_cents'])}, "
        f"profit {format_cents(sums['profit_cents'])}"
    )
    output.emit(args, {"purchases": rows, "totals": sums}, lines)
    return 0


def purchase_edit(args: argparse.Namespace) -> int:
    from smallcrm.domain.records.purchases import edit_purchase, purchase_dict

    (pid,) = _ids([args.id])
    changes = parse_assignments(args.set)
    open_database(args)
    p = purchase_dict(edit_purchase(pid, changes))
    output.emit(args, {"purchase": p}, "Updated: " + _purchase_line(p))
    return 0


def purchase_delete(args: argparse.Namespace) -> int:
    from smallcrm.domain.records.purchases import delete_purchase

    (pid,) = _ids([args.id])
    open_database(args)
    delete_purchase(pid)
    output.emit(args, {"deleted": pid}, f"Deleted purchase {pid}.")
    return 0


def _interaction_line(i: dict[str, Any]) -> str:
    extra = f" [{i['status']}]" if i["status"] else ""
    score = f" ({i['satisfaction']}/5)" if i["satisfaction"] else ""
    return f"{i['id']:>8}  {i['at']}  {i['kind']:<9}{extra}{score} {i['summary']}"


def interaction_add(args: argparse.Namespace) -> int:
    from smallcrm.domain.records.interactions import add_interaction, interaction_dict

    (cid,) = _ids([args.customer_id])
    data = {k: getattr(args, k) for k in ("kind", "summary", "satisfaction", "at", "staff")}
    open_database(args)
    i = interaction_dict(add_interaction(cid, {k: v for k, v in data.items() if v is not None}))
    output.emit(args, {"interaction": i}, "Logged: " + _interaction_line(i))
    return 0


def interaction_list(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.lookup import get_customer
    from smallcrm.domain.records.interactions import list_interactions

    (cid,) = _ids([args.customer_id])
    open_database(args)
    get_customer(cid)
    rows = list_interactions(cid)
    output.emit(args, {"interactions": rows}, [_interaction_line(i) for i in rows])
    return 0


def interaction_resolve(args: argparse.Namespace) -> int:
    from smallcrm.domain.records.interactions import interaction_dict, resolve_complaint

    (iid,) = _ids([args.id])
    open_database(args)
    i = interaction_dict(resolve_complaint(iid))
    output.emit(args, {"interaction": i}, "Resolved: " + _interaction_line(i))
    return 0


def today_of(args: argparse.Namespace) -> dt.date:
    """--today, or the real today."""
    return day(args.today, "--today") if getattr(args, "today", None) else dt.date.today()


def _reminder_line(r: dict[str, Any]) -> str:
    phone = f", {r['customer_phone']}" if r.get("customer_phone") else ""
    who = f" — {r['customer_name']} ({r['customer_id']}{phone})" if r["customer_id"] else ""
    return f"{r['id']:>7}  {r['due']}  {r['status']:<9} {r['title']}{who}"


def reminders(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.queries import due_reminders

    today = today_of(args)
    customer = _ids([args.customer])[0] if args.customer else None
    open_database(args)
    rows = due_reminders(args.due, today=today, customer_id=customer, kind=args.kind, staff=args.staff)
    output.emit(args, {"reminders": rows}, [_reminder_line(r) for r in rows] or ["Nothing due."])
    return 0


def remind(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.commands import add_reminder
    from smallcrm.domain.reminders.queries import reminder_dict

    (cid,) = _ids([args.customer_id])
    data: dict[str, Any] = {"customer": cid, "due": args.due, "title": args.title, "kind": args.kind}
    if args.every:
        data["every"] = " ".join(args.every)
    today = today_of(args)
    open_database(args)
    r = reminder_dict(add_reminder(data, today=today))
    output.emit(args, {"reminder": r}, "Reminder set: " + _reminder_line(r))
    return 0


def reminder_done(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.commands import complete_reminder
    from smallcrm.domain.reminders.queries import reminder_dict

    (rid,) = _ids([args.id])
    today = today_of(args)
    open_database(args)
    done, follow = complete_reminder(rid, args.outcome, today=today)
    data: dict[str, Any] = {"reminder": reminder_dict(done), "next": reminder_dict(follow) if follow else None}
    lines = ["Done: " + _reminder_line(data["reminder"])]
    if follow:
        lines.append("Next: " + _reminder_line(data["next"]))
    output.emit(args, data, lines)
    return 0


def reminder_snooze(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.commands import snooze_reminder
    from smallcrm.domain.reminders.queries import reminder_dict

    (rid,) = _ids([args.id])
    today = today_of(args)
    open_database(args)
    r = reminder_dict(snooze_reminder(rid, args.to, today=today))
    output.emit(args, {"reminder": r}, "Snoozed: " + _reminder_line(r))
    return 0


def reminder_dismiss(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.commands import dismiss_reminder
    from smallcrm.domain.reminders.queries import reminder_dict

    (rid,) = _ids([args.id])
    today = today_of(args)
    open_database(args)
    r = reminder_dict(dismiss_reminder(rid, today=today))
    output.emit(args, {"reminder": r}, "Dismissed: " + _reminder_line(r))
    return 0
