"""What the reminder commands do: list what is due, remind, done, snooze, dismiss (their
arguments: ``commands_records``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import read_ids
from smallcrm.cli.database import open_database
from smallcrm.cli.days import today_of
from smallcrm.domain.reminders.commands import add_reminder, complete_reminder, dismiss_reminder, snooze_reminder
from smallcrm.domain.reminders.queries import due_reminders, reminder_dict


def _reminder_line(r: dict[str, Any]) -> str:
    phone = f", {r['customer_phone']}" if r.get("customer_phone") else ""
    who = f" — {r['customer_name']} ({r['customer_id']}{phone})" if r["customer_id"] else ""
    return f"{r['id']:>7}  {r['due']}  {r['status']:<9} {r['title']}{who}"


def reminders(args: argparse.Namespace) -> int:
    today = today_of(args)
    customer = read_ids([args.customer])[0] if args.customer else None
    open_database(args)
    rows = due_reminders(args.due, today=today, customer_id=customer, kind=args.kind, staff=args.staff)
    output.emit(args, {"reminders": rows}, [_reminder_line(r) for r in rows] or ["Nothing due."])
    return 0


def remind(args: argparse.Namespace) -> int:
    (cid,) = read_ids([args.customer_id])
    data: dict[str, Any] = {"customer": cid, "due": args.due, "title": args.title, "kind": args.kind}
    if args.every:
        data["every"] = " ".join(args.every)
    today = today_of(args)
    open_database(args)
    r = reminder_dict(add_reminder(data, today=today))
    output.emit(args, {"reminder": r}, "Reminder set: " + _reminder_line(r))
    return 0


def reminder_done(args: argparse.Namespace) -> int:
    (rid,) = read_ids([args.id])
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
    (rid,) = read_ids([args.id])
    today = today_of(args)
    open_database(args)
    r = reminder_dict(snooze_reminder(rid, args.to, today=today))
    output.emit(args, {"reminder": r}, "Snoozed: " + _reminder_line(r))
    return 0


def reminder_dismiss(args: argparse.Namespace) -> int:
    (rid,) = read_ids([args.id])
    today = today_of(args)
    open_database(args)
    r = reminder_dict(dismiss_reminder(rid, today=today))
    output.emit(args, {"reminder": r}, "Dismissed: " + _reminder_line(r))
    return 0
