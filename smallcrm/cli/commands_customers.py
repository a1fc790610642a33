"""Customer commands: the twins of the GUI's customer form, trash, bulk actions,
duplicates and merge."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import UsageError, add_command, count_type, open_database, output, parse_assignments, record_id
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

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


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    from smallcrm.domain.customers.fields import EDITABLE_FIELDS

    customer = sub.add_parser(
        "customer", help=QT_TRANSLATE_NOOP("CLI", "Add, show, edit, trash or restore a customer.")
    )
    csub = customer.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(customer))

    p = add_command(csub, common, "add", add, QT_TRANSLATE_NOOP("CLI", "Add a customer."), writes=True)
    for field in EDITABLE_FIELDS:
        p.add_argument("--" + field.replace("_", "-"), dest=field, metavar="VALUE", help=FIELD_HELP.get(field))
    p.add_argument(
        "--allow-duplicate",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CLI", "add even if the phone or number is in use"),
    )

    p = add_command(csub, common, "show", show, QT_TRANSLATE_NOOP("CLI", "Everything about one customer."))
    p.add_argument("id")

    p = add_command(
        csub,
        common,
        "edit",
        edit,
        QT_TRANSLATE_NOOP("CLI", "Change fields: --set FIELD=VALUE (repeatable)."),
        writes=True,
    )
    p.add_argument("id")
    p.add_argument("--set", action="append", default=[], metavar="FIELD=VALUE", required=True)
    p.add_argument("--allow-duplicate", action="store_true")

    for name, handler, text in (
        ("delete", _on_ids("delete_customers", "deleted", "Moved {n} customer(s) to the trash."), TRASH_HELP),
        ("restore", _on_ids("restore_customers", "restored", "Restored {n} customer(s) from the trash."), RESTORE_HELP),
        ("purge", _on_ids("purge_customers", "purged", "Deleted {n} customer(s) for good."), PURGE_HELP),
    ):
        p = add_command(csub, common, name, handler, text, writes=True)
        p.add_argument("ids", nargs="+", metavar="ID")

    p = add_command(
        csub, common, "tag", tag, QT_TRANSLATE_NOOP("CLI", "Tag customers (or --remove the tag)."), writes=True
    )
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--tag", required=True)
    p.add_argument("--remove", action="store_true")

    p = add_command(
        csub,
        common,
        "assign",
        assign,
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

    p = add_command(
        csub,
        common,
        "consent",
        consent,
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

    add_command(sub, common, "trash", trash, QT_TRANSLATE_NOOP("CLI", "List the customers in the trash."))

    p = add_command(
        sub,
        common,
        "duplicates",
        duplicates,
        QT_TRANSLATE_NOOP("CLI", "List likely duplicate customers, strongest first."),
    )
    p.add_argument("--limit", type=count_type(), default=None, metavar="N")

    p = add_command(
        sub,
        common,
        "merge",
        merge,
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

    p = add_command(
        sub,
        common,
        "not-duplicates",
        not_duplicates,
        QT_TRANSLATE_NOOP("CLI", "Remember that two customers are different people."),
        writes=True,
    )
    p.add_argument("a_id")
    p.add_argument("b_id")
    p.add_argument(
        "--forget", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "list the pair as likely duplicates again")
    )

    p = add_command(
        sub,
        common,
        "undo-merge",
        undo_merge,
        QT_TRANSLATE_NOOP("CLI", "Undo a merge (default: the most recent)."),
        writes=True,
    )
    p.add_argument("merge_id", nargs="?")


def _ids(values: list[str]) -> list[int]:
    """Ids typed as arguments, read the one way every command reads ids (cli.record_id)."""
    return [record_id(v) for v in values]


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
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.domain.customers.fields import EDITABLE_FIELDS
    from smallcrm.domain.customers.profile import customer_dict

    data = {f: getattr(args, f) for f in EDITABLE_FIELDS if getattr(args, f, None) is not None}
    open_database(args)
    c = customer_dict(create_customer(data, allow_duplicate=args.allow_duplicate))
    output.emit(args, {"customer": c}, [f"Added customer {c['id']}.", *_describe(c)])
    return 0


def show(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.lookup import get_customer
    from smallcrm.domain.customers.profile import customer_dict

    (cid,) = _ids([args.id])
    open_database(args)
    c = customer_dict(get_customer(cid))
    output.emit(args, {"customer": c}, _describe(c))
    return 0


def edit(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.commands import update_customer
    from smallcrm.domain.customers.profile import customer_dict

    (cid,) = _ids([args.id])
    changes = parse_assignments(args.set)
    open_database(args)
    c = customer_dict(update_customer(cid, changes, allow_duplicate=args.allow_duplicate))
    output.emit(args, {"customer": c}, [f"Updated customer {c['id']}.", *_describe(c)])
    return 0


TRASH_HELP = QT_TRANSLATE_NOOP("CLI", "Move customers to the trash (restore brings them back).")
RESTORE_HELP = QT_TRANSLATE_NOOP("CLI", "Bring customers back from the trash.")
PURGE_HELP = QT_TRANSLATE_NOOP("CLI", "Delete customers in the trash for good, with their history.")


def _on_ids(function: str, key: str, message: str) -> Any:
    """A command that hands its ids to ``domain.customers.commands.<function>`` and reports
    what it returns under ``key`` (the ids it changed, or how many): delete, restore
    and purge differ only in these three."""

    def run(args: argparse.Namespace) -> int:
        from smallcrm.domain.customers import commands

        ids = _ids(args.ids)
        open_database(args)
        result = getattr(commands, function)(ids)
        n = result if isinstance(result, int) else len(result)
        output.emit(args, {key: result}, message.format(n=n))
        return 0

    return run


def tag(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.commands import tag_customers

    ids = _ids(args.ids)
    open_database(args)
    n = tag_customers(ids, args.tag, remove=args.remove)
    output.emit(args, {"changed": n, "tag": args.tag, "removed": args.remove}, f"{n} customer(s) changed.")
    return 0


def assign(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.commands import reassign
    from smallcrm.domain.customers.staff import hand_over

    if bool(args.ids) == bool(args.from_staff):
        raise UsageError("name the customers: their ids or --from-staff NAME (not both)")
    ids = _ids(args.ids)
    open_database(args)
    if args.from_staff:
        done = hand_over(args.from_staff, args.staff, keep_reminders=args.keep_reminders)
    else:
        done = reassign(ids, args.staff, keep_reminders=args.keep_reminders)
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
    from smallcrm.domain.customers.commands import set_mail_consent
    from smallcrm.domain.customers.lookup import get_customer
    from smallcrm.domain.mailing import candidates

    ids = _ids(args.ids) if args.ids else None
    chosen = ids is not None or args.tag or args.staff is not None or args.segment
    if args.all and chosen:
        raise UsageError("--all means every customer; give it without ids, --tag, --staff or --segment")
    if not (args.all or chosen):
        raise UsageError("say which customers: ids, --tag, --staff, --segment, or --all")
    open_database(args)
    for cid in ids or []:
        get_customer(cid, include_deleted=False)
    query = candidates(segment=args.segment, tag=args.tag, staff=args.staff, ids=ids)
    selected = [row[0] for row in query.tuples()]
    grant = args.mail == "yes"
    n = set_mail_consent(selected, grant)
    text = f"{n} customer(s) " + ("may now receive mail." if grant else "may no longer receive mail.")
    if len(selected) > n:
        text += f" {len(selected) - n} " + ("already could." if grant else "already could not.")
    output.emit(args, {"changed": n, "selected": len(selected), "mail_consent": grant}, text)
    return 0


def trash(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.lookup import summary, trashed_customers

    open_database(args)
    rows = [summary(c) for c in trashed_customers()]
    output.emit(args, {"customers": rows}, [f"{r['id']:>7}  {r['customer_no']:<10} {r['name']}" for r in rows])
    return 0


def duplicates(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.duplicates import find_duplicate_pairs

    open_database(args)
    pairs = find_duplicate_pairs(limit=args.limit)
    lines = [f"{len(pairs)} likely duplicate pair(s)"] + [
        f"{p['a']:>7} {p['a_name']:<10} ~ {p['b']:>7} {p['b_name']:<10} ({', '.join(p['reasons'])})" for p in pairs
    ]
    output.emit(args, {"total": len(pairs), "pairs": pairs}, lines)
    return 0


UNRELATED = QT_TRANSLATE_NOOP(
    "UserError",
    "Customers {a} ({a_name}) and {b} ({b_name}) share no phone number, customer number, or name with the same "
    "birthday or address; if they are one person all the same, merge them with --force.",
)


def merge(args: argparse.Namespace) -> int:
    from smallcrm.domain.customers.merge import UnrelatedCustomersError, merge_customers

    keep, other = _ids([args.keep_id, args.other_id])
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
    from smallcrm.domain.customers.duplicates import forget_not_duplicates, mark_not_duplicates

    a, b = _ids([args.a_id, args.b_id])
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
    from smallcrm.domain.customers.merge import last_merge_id
    from smallcrm.domain.customers.merge import undo_merge as run_undo

    open_database(args)
    if args.merge_id is None:
        merge_id = last_merge_id()
        if merge_id is None:
            raise UsageError("there is no merge to undo")
    else:
        (merge_id,) = _ids([args.merge_id])
    result = run_undo(merge_id)
    output.emit(args, result, f"Undid merge {merge_id}.")
    return 0
