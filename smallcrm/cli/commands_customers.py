"""Customer commands: the twins of the GUI's customer form, trash, bulk actions,
duplicates and merge. What each accepts; ``handlers_customers``,
``handlers_customers_bulk`` (assign, consent) and ``handlers_duplicates`` do the work."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, add_command, count_type
from smallcrm.domain.customers.fields import EDITABLE_FIELDS
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_customers")
BULK = Handlers("smallcrm.cli.handlers_customers_bulk")
DUPLICATES = Handlers("smallcrm.cli.handlers_duplicates")

FIELD_HELP = {
    "name": QT_TRANSLATE_NOOP("CLI", "name (姓名)"),
    "phone": QT_TRANSLATE_NOOP("CLI", "phone as typed; normalised for matching"),
    "phone2": QT_TRANSLATE_NOOP("CLI", "second phone"),
    "birthday": QT_TRANSLATE_NOOP("CLI", "1985-03-02, 03-02 (no year) or 农历八月十五 / 'lunar 1990-01-08'"),
    "gender": QT_TRANSLATE_NOOP("CLI", "M or F (男/女)"),
    "email": QT_TRANSLATE_NOOP("CLI", "name@example.com"),
    "postcode": QT_TRANSLATE_NOOP("CLI", "six digits for an address in China"),
    "income_band": QT_TRANSLATE_NOOP(
        "CLI", "monthly income band: <5千, 5千-1万, 1-2万 or 2万以上 (other words are kept, analysed as other)"
    ),
    "staff": QT_TRANSLATE_NOOP("CLI", "responsible staff member (name; created if new)"),
    "mail_consent": QT_TRANSLATE_NOOP("CLI", "yes or no: may receive greeting cards"),
    "tags": QT_TRANSLATE_NOOP("CLI", "comma-separated tags"),
    "customer_no": QT_TRANSLATE_NOOP("CLI", "the shop's customer number (generated when absent)"),
}

TRASH_HELP = QT_TRANSLATE_NOOP("CLI", "Move customers to the trash (restore brings them back).")
RESTORE_HELP = QT_TRANSLATE_NOOP("CLI", "Bring customers back from the trash.")
PURGE_HELP = QT_TRANSLATE_NOOP("CLI", "Delete customers in the trash for good, with their history.")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    customer = sub.add_parser(
        "customer", help=QT_TRANSLATE_NOOP("CLI", "Add, show, edit, trash or restore a customer.")
    )
    csub = customer.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(customer))
    _add(csub, common)
    _show(csub, common)
    _edit(csub, common)
    _trash_restore_purge(csub, common)
    _tag(csub, common)
    _assign(csub, common)
    _consent(csub, common)
    add_command(sub, common, "trash", RUN.trash, QT_TRANSLATE_NOOP("CLI", "List the customers in the trash."))
    _duplicates(sub, common)
    _merge(sub, common)
    _not_duplicates(sub, common)
    _undo_merge(sub, common)


def _add(csub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(csub, common, "add", RUN.add, QT_TRANSLATE_NOOP("CLI", "Add a customer."), writes=True)
    for field in EDITABLE_FIELDS:
        p.add_argument("--" + field.replace("_", "-"), dest=field, metavar="VALUE", help=FIELD_HELP.get(field))
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "add even if the phone or number is in use"),
    )


def _show(csub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(csub, common, "show", RUN.show, QT_TRANSLATE_NOOP("CLI", "Everything about one customer."))
    p.add_argument("id")


def _edit(csub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        csub,
        common,
        "edit",
        RUN.edit,
        QT_TRANSLATE_NOOP("CLI", "Change fields: --set FIELD=VALUE (repeatable)."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--allow-duplicate", action="store_true")


def _trash_restore_purge(csub: Any, common: argparse.ArgumentParser) -> None:
    for name, text in (("delete", TRASH_HELP), ("restore", RESTORE_HELP), ("purge", PURGE_HELP)):
        p = add_command(csub, common, name, getattr(RUN, name), text, writes=True)
        p.add_argument("ids", nargs="+", metavar="ID")


def _tag(csub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        csub, common, "tag", RUN.tag, QT_TRANSLATE_NOOP("CLI", "Tag customers (or --remove the tag)."), writes=True
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--tag", required=True)
    p.add_argument("--remove", action="store_true")


def _assign(csub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        csub,
        common,
        "assign",
        BULK.assign,
        QT_TRANSLATE_NOOP(
            "CLI", "Make a staff member responsible for customers; their open reminders and follow-ups go along."
        ),
        writes=True,
    )
    p.add_argument("ids", nargs="*", metavar="ID", help=QT_TRANSLATE_NOOP("CLI", "the customers (or --from-staff)"))
    p.add_argument(
        "--staff",
        required=True,
        help=QT_TRANSLATE_NOOP("CLI", "who takes them over: staff name (created if new) or id"),
    )
    p.add_argument(
        "--from-staff",
        metavar="NAME",
        help=QT_TRANSLATE_NOOP(
            "CLI", "every customer (not in the trash) this staff member (name or id) has, instead of IDs"
        ),
    )
    p.add_argument(
        "--keep-reminders",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "leave the open reminders and follow-ups with the staff member who has them now"),
    )


def _consent(csub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        csub,
        common,
        "consent",
        BULK.consent,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Record whether customers may receive mail (greeting cards): --mail yes grants it, --mail no withdraws "
            "it. Choose the customers by id, or with --tag, --staff or --segment (all given choices must hold), "
            "or --all. Each change is in the customers' history; one transaction.",
        ),
        writes=True,
    )
    p.add_argument("ids", nargs="*", metavar="ID")
    p.add_argument(
        "--mail",
        required=True,
        choices=("yes", "no"),
        help=QT_TRANSLATE_NOOP("CLI", "yes: may receive mail; no: may not"),
    )
    p.add_argument("--tag", help=QT_TRANSLATE_NOOP("CLI", "the customers with this tag"))
    p.add_argument(
        "--staff", help=QT_TRANSLATE_NOOP("CLI", "the customers this staff member (name or id) is responsible for")
    )
    p.add_argument(
        "--segment", metavar="NAME", help=QT_TRANSLATE_NOOP("CLI", "the customers of this segment (see 'segments')")
    )
    p.add_argument("--all", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "every customer (not in the trash)"))


def _duplicates(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "duplicates",
        DUPLICATES.duplicates,
        QT_TRANSLATE_NOOP("CLI", "List likely duplicate customers, strongest first."),
    )
    p.add_argument("--limit", type=count_type(), default=None, metavar="N")


def _merge(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "merge",
        DUPLICATES.merge,
        QT_TRANSLATE_NOOP("CLI", "Merge OTHER_ID into KEEP_ID (OTHER goes to the trash; undoable)."),
        writes=True,
    )
    p.add_argument("keep_id")
    p.add_argument("other_id")
    p.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help=QT_TRANSLATE_NOOP(
            "CLI",
            "use OTHER's value for this field (repeatable); phone2=phone puts OTHER's phone into the second phone",
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "merge even when the two share no phone, customer number, or name with the same birthday or address"
        ),
    )


def _not_duplicates(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "not-duplicates",
        DUPLICATES.not_duplicates,
        QT_TRANSLATE_NOOP("CLI", "Remember that two customers are different people."),
        writes=True,
    )
    p.add_argument("a_id")
    p.add_argument("b_id")
    p.add_argument(
        "--forget", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "list the pair as likely duplicates again")
    )


def _undo_merge(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "undo-merge",
        DUPLICATES.undo_merge,
        QT_TRANSLATE_NOOP("CLI", "Undo a merge (default: the most recent)."),
        writes=True,
    )
    p.add_argument("merge_id", nargs="?")
