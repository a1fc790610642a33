"""What the commands on many customers at once do: hand them to a staff member, record
their consent to be mailed (their arguments: ``commands_customers``)."""

from __future__ import annotations

import argparse

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, read_ids
from smallcrm.cli.database import open_database
from smallcrm.domain.customers import commands as customer_commands
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.customers.staff import hand_over
from smallcrm.domain.mailing import candidates


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
