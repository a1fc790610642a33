"""What the staff results commands do: a month's figures per staff member, and the
commission rules (their arguments: ``commands_staff_results``)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import UsageError
from smallcrm.cli.database import open_database
from smallcrm.domain.analysis import commission as rules_of
from smallcrm.domain.analysis.staff_results import month_span
from smallcrm.domain.analysis.staff_results import staff_results as month_results
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP


def staff_results(args: argparse.Namespace) -> int:
    month = month_span(args.month or dt.date.today(), "--month")[0]  # refused before the file is opened
    open_database(args)
    data = month_results(month)
    output.emit(args, data, _table(data))
    return 0


def _table(data: dict[str, Any]) -> list[str]:
    head = f"{'':<12} {'sales':>14} {'profit':>14} {'receipts':>8} {'walk-in':>7} {'customers':>9} {'new':>5} "
    head += f"{'returns':>7} {'paid back':>12} {'commission':>12}"
    lines = [f"Staff results {data['month']} ({data['from']} to {data['to']})", head]
    for row in [*data["staff"], {"staff": "Total", **data["totals"]}]:
        name = row["staff"] or "(nobody)"
        lines.append(
            f"{name:<12} {format_cents(row['sales_cents']):>14} {format_cents(row['profit_cents']):>14} "
            f"{row['sales']:>8} {row['walk_in_sales']:>7} {row['customers']:>9} {row['new_customers']:>5} "
            f"{row['returns']:>7} {format_cents(row['returns_cents']):>12} {format_cents(row['commission_cents']):>12}"
        )
    lines.extend(_rule_lines(data["rules"]))
    return lines


def _rule_lines(rules: list[dict[str, Any]]) -> list[str]:
    if not rules:
        return ["No commission rules."]
    out = ["Commission rules:"]
    for rule in rules:
        who = rule["staff"] or "everyone"
        what = rule["category"] or "every category"
        out.append(f"  {who}, {what}: {rule['percent']} % of {rule['of']}")
    return out


def commission(args: argparse.Namespace) -> int:
    if args.remove and (args.percent is not None or args.of):
        raise UsageError(QT_TRANSLATE_NOOP("CLI", "--remove takes no --percent or --of."))
    if (args.percent is None) != (args.of is None) and not args.remove:
        raise UsageError(QT_TRANSLATE_NOOP("CLI", "--percent and --of go together."))
    open_database(args)
    if args.remove:
        rules = rules_of.remove_rule(args.staff, args.category)
    elif args.percent is not None:
        rules = rules_of.set_rule(args.staff, args.category, args.percent, args.of)
    else:
        rules = rules_of.rule_rows()
    output.emit(args, {"rules": rules}, _rule_lines(rules))
    return 0
