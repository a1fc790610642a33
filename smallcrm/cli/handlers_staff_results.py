"""What the staff results commands do: a month's figures per staff member, and the
commission rules (their arguments: ``commands_staff_results``)."""

from __future__ import annotations

import argparse
import datetime as dt
import unicodedata
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.common import UsageError, tr
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


TITLE = QT_TRANSLATE_NOOP("CLI", "Staff results {month} ({start} to {end})")
COLUMNS = (
    QT_TRANSLATE_NOOP("CLI", "sales"),
    QT_TRANSLATE_NOOP("CLI", "profit"),
    QT_TRANSLATE_NOOP("CLI", "receipts"),
    QT_TRANSLATE_NOOP("CLI", "walk-in"),
    QT_TRANSLATE_NOOP("CLI", "customers"),
    QT_TRANSLATE_NOOP("CLI", "new"),
    QT_TRANSLATE_NOOP("CLI", "returns"),
    QT_TRANSLATE_NOOP("CLI", "paid back"),
    QT_TRANSLATE_NOOP("CLI", "commission"),
)
WIDTHS = (14, 14, 8, 7, 9, 5, 7, 12, 12)
TOTAL = QT_TRANSLATE_NOOP("CLI", "Total")
NOBODY = QT_TRANSLATE_NOOP("CLI", "(nobody)")
NO_RULES = QT_TRANSLATE_NOOP("CLI", "No commission rules.")
RULES = QT_TRANSLATE_NOOP("CLI", "Commission rules:")
RULE = QT_TRANSLATE_NOOP("CLI", "  {who}, {what}: {percent} % of {base}")
EVERYONE = QT_TRANSLATE_NOOP("CLI", "everyone")
EVERY_CATEGORY = QT_TRANSLATE_NOOP("CLI", "every category")


def _pad(text: str, width: int, *, right: bool = True) -> str:
    """``text`` padded to ``width`` terminal columns: a Chinese character takes two."""
    shown = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    fill = " " * max(0, width - shown)
    return fill + text if right else text + fill


def _table(data: dict[str, Any]) -> list[str]:
    head = _pad("", 12, right=False) + " "
    head += " ".join(_pad(tr(name), width) for name, width in zip(COLUMNS, WIDTHS, strict=True))
    lines = [tr(TITLE).format(month=data["month"], start=data["from"], end=data["to"]), head]
    for row in [*data["staff"], {"staff": tr(TOTAL), **data["totals"]}]:
        name = row["staff"] or tr(NOBODY)
        lines.append(
            f"{_pad(name, 12, right=False)} "
            f"{format_cents(row['sales_cents']):>14} {format_cents(row['profit_cents']):>14} "
            f"{row['sales']:>8} {row['walk_in_sales']:>7} {row['customers']:>9} {row['new_customers']:>5} "
            f"{row['returns']:>7} {format_cents(row['returns_cents']):>12} {format_cents(row['commission_cents']):>12}"
        )
    lines.extend(_rule_lines(data["rules"]))
    return lines


def _rule_lines(rules: list[dict[str, Any]]) -> list[str]:
    if not rules:
        return [tr(NO_RULES)]
    out = [tr(RULES)]
    for rule in rules:
        who = rule["staff"] or tr(EVERYONE)
        what = rule["category"] or tr(EVERY_CATEGORY)
        base = tr(COLUMNS[0]) if rule["of"] == "sales" else tr(COLUMNS[1])
        out.append(tr(RULE).format(who=who, what=what, percent=rule["percent"], base=base))
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
