"""What the duplicate commands do: list likely duplicates, merge, undo a merge, mark two
customers as different people (their arguments: ``commands_customers``)."""

from __future__ import annotations

import argparse

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, read_ids
from smallcrm.cli.database import open_database
from smallcrm.domain.customers.duplicates import find_duplicate_pairs, forget_not_duplicates, mark_not_duplicates
from smallcrm.domain.customers.merge import UnrelatedCustomersError, last_merge_id, merge_customers
from smallcrm.domain.customers.merge import undo_merge as run_undo_merge
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError

UNRELATED = QT_TRANSLATE_NOOP(
    "UserError",
    "Customers {a} ({a_name}) and {b} ({b_name}) share no phone number, customer number, or name with the same "
    "birthday or address; if they are one person all the same, merge them with --force.",
)


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
