"""Staff results and commission: what each staff member sold in a month and earned on
it (``staff-results``), and the commission rules (``commission``). What each accepts;
``handlers_staff_results`` does the work."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, add_command
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_staff_results")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "staff-results",
        RUN.staff_results,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Each staff member's month at the counter: sales (returns taken off), gross profit, number of sales "
            "(walk-in sales included, returns and voided sales not), customers served, new customers won (their "
            "first purchase ever was a sale by that staff member that month), returns, and the commission the "
            "rules give; then the totals. Money in cents with --json.",
        ),
    )
    p.add_argument(
        "--month", metavar="YYYY-MM", help=QT_TRANSLATE_NOOP("CLI", "the month, such as 2026-11 (default: this month)")
    )
    p = add_command(
        sub,
        common,
        "commission",
        RUN.commission,
        QT_TRANSLATE_NOOP(
            "CLI",
            "List the commission rules, or set one with --percent and --of (a percentage of sales or of gross "
            "profit) for a staff member (--staff), a category (--category), or both; --remove removes one. The "
            "most particular rule decides each sale line.",
        ),
        writes=lambda a: a.percent is not None or a.remove,
    )
    p.add_argument(
        "--staff", metavar="NAME", help=QT_TRANSLATE_NOOP("CLI", "staff member (name or id; none: everyone)")
    )
    p.add_argument(
        "--category", metavar="C", default="", help=QT_TRANSLATE_NOOP("CLI", "category (none: every category)")
    )
    p.add_argument("--percent", metavar="P", help=QT_TRANSLATE_NOOP("CLI", "percentage, such as 5 or 2.5"))
    p.add_argument("--of", choices=("sales", "profit"), help=QT_TRANSLATE_NOOP("CLI", "what the percentage is of"))
    p.add_argument("--remove", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "remove the rule"))
