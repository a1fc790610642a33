"""The purchase, interaction and reminder commands' arguments (cli/commands_records)."""

from __future__ import annotations

import pytest

from smallcrm.cli.common import UsageError
from tests.cli.parser_helpers import assert_family, commands, parse, writes

FAMILY = [
    ("purchase", "add"),
    ("purchase", "list"),
    ("purchase", "edit"),
    ("purchase", "delete"),
    ("interaction", "add"),
    ("interaction", "list"),
    ("interaction", "resolve"),
    ("reminders",),
    ("remind",),
    ("reminder", "done"),
    ("reminder", "snooze"),
    ("reminder", "dismiss"),
]


def test_the_record_commands_run_their_handlers() -> None:
    assert [c for c in commands() if c in FAMILY] == FAMILY
    assert_family(FAMILY[:7], "smallcrm.cli.handlers_records")
    assert_family(FAMILY[7:], "smallcrm.cli.handlers_reminders")


def test_a_purchase_needs_an_amount_and_may_be_a_refund() -> None:
    args = parse("purchase", "add", "3", "--amount", "¥1,234.50", "--quantity", "1.5", "--refund")
    assert (args.customer_id, args.amount, args.quantity, args.refund, args.date) == (
        "3",
        "¥1,234.50",
        "1.5",
        True,
        None,
    )
    with pytest.raises(UsageError, match="--amount"):
        parse("purchase", "add", "3")


def test_reminders_are_due_this_week_unless_asked_otherwise() -> None:
    assert parse("reminders").due == "week"
    assert parse("reminders", "--due", "overdue", "--today", "2026-01-01").today == "2026-01-01"
    with pytest.raises(UsageError, match="invalid choice"):
        parse("reminders", "--due", "tomorrow")


def test_remind_takes_its_due_day_from_on_and_a_repeat() -> None:
    args = parse("remind", "1", "--on", "+3", "--title", "回访", "--every", "2", "weeks")
    assert (args.due, args.every, args.kind) == ("+3", ["2", "weeks"], "callback")


def test_listing_never_makes_a_database() -> None:
    assert not writes("purchase", "list", "1") and not writes("interaction", "list", "1") and not writes("reminders")
    assert writes("purchase", "add", "1", "--amount", "1") and writes("reminder", "dismiss", "1")
