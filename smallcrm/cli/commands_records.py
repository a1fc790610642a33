"""Purchases, interactions and reminders of a customer. What each command accepts;
``handlers_records`` (purchases, interactions) and ``handlers_reminders`` do the work."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, add_command
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_records")
REMINDERS = Handlers("smallcrm.cli.handlers_reminders")

TODAY_HELP = QT_TRANSLATE_NOOP("CLI", "pretend today is this date (for planning and tests)")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    purchase = sub.add_parser("purchase", help=QT_TRANSLATE_NOOP("CLI", "Add, list, edit or delete purchases."))
    psub = purchase.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(purchase))
    _purchase_add(psub, common)
    _purchase_list_edit_delete(psub, common)

    inter = sub.add_parser(
        "interaction", help=QT_TRANSLATE_NOOP("CLI", "Log and list visits, calls, complaints, feedback.")
    )
    isub = inter.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(inter))
    _interaction(isub, common)

    _reminders(sub, common)
    _remind(sub, common)
    reminder = sub.add_parser("reminder", help=QT_TRANSLATE_NOOP("CLI", "Done, snooze or dismiss a reminder."))
    rsub = reminder.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(reminder))
    _reminder(rsub, common)


def _purchase_add(psub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        psub,
        common,
        "add",
        RUN.purchase_add,
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


def _purchase_list_edit_delete(psub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        psub, common, "list", RUN.purchase_list, QT_TRANSLATE_NOOP("CLI", "A customer's purchases with totals.")
    )
    p.add_argument("customer_id")
    p = add_command(
        psub,
        common,
        "edit",
        RUN.purchase_edit,
        QT_TRANSLATE_NOOP("CLI", "Change a purchase: --set FIELD=VALUE (refund=yes marks a refund)."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p = add_command(
        psub, common, "delete", RUN.purchase_delete, QT_TRANSLATE_NOOP("CLI", "Delete a purchase."), writes=True
    )
    p.add_argument("id")


def _interaction(isub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        isub,
        common,
        "add",
        RUN.interaction_add,
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
        isub, common, "list", RUN.interaction_list, QT_TRANSLATE_NOOP("CLI", "A customer's interactions, newest first.")
    )
    p.add_argument("customer_id")
    p = add_command(
        isub,
        common,
        "resolve",
        RUN.interaction_resolve,
        QT_TRANSLATE_NOOP("CLI", "Mark a complaint resolved."),
        writes=True,
    )
    p.add_argument("id")


def _reminders(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub, common, "reminders", REMINDERS.reminders, QT_TRANSLATE_NOOP("CLI", "List reminders that are due.")
    )
    p.add_argument("--due", choices=("today", "overdue", "week", "all"), default="week")
    p.add_argument("--today", help=TODAY_HELP)
    p.add_argument("--customer", help=QT_TRANSLATE_NOOP("CLI", "only this customer's reminders"))
    p.add_argument(
        "--kind",
        help=QT_TRANSLATE_NOOP("CLI", "only this kind: callback, birthday, festival, complaint, new_customer, ..."),
    )
    p.add_argument("--staff", help=QT_TRANSLATE_NOOP("CLI", "only this staff member's (id or name)"))


def _remind(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "remind",
        REMINDERS.remind,
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


def _reminder(rsub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        rsub,
        common,
        "done",
        REMINDERS.reminder_done,
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
        REMINDERS.reminder_snooze,
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
        REMINDERS.reminder_dismiss,
        QT_TRANSLATE_NOOP("CLI", "Dismiss a reminder without doing it."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--today", help=TODAY_HELP)
