"""Whole-database commands: demo data, search, stats, backup, restore, settings, staff.
What each accepts; ``handlers_data`` (search, stats), ``handlers_backups`` and
``handlers_shop`` (demo, settings, staff) do the work."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.common import Handlers, add_command, count_type
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_data")
BACKUPS = Handlers("smallcrm.cli.handlers_backups")
SHOP = Handlers("smallcrm.cli.handlers_shop")

# Enough for any shop and any benchmark; more would run for hours.
DEMO_MAX = 1_000_000


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    _demo(sub, common)
    _search(sub, common)
    add_command(
        sub,
        common,
        "stats",
        RUN.stats,
        QT_TRANSLATE_NOOP("CLI", "Counts of customers, purchases, interactions and open reminders."),
    )
    _backup(sub, common)
    _restore(sub, common)
    _settings(sub, common)
    _staff(sub, common)


def _demo(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "demo",
        SHOP.demo,
        QT_TRANSLATE_NOOP("CLI", "Add realistic demo customers, purchases and reminders."),
        writes=True,
    )
    p.add_argument(
        "--customers",
        type=count_type(high=DEMO_MAX),
        default=2000,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CLI", "how many customers (default 2000)"),
    )
    p.add_argument(
        "--seed", type=int, default=1, help=QT_TRANSLATE_NOOP("CLI", "the same seed gives the same customers")
    )


def _search(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "search",
        RUN.search,
        QT_TRANSLATE_NOOP("CLI", "Find customers by name, pinyin, phone digits, number or address."),
    )
    p.add_argument("term")
    p.add_argument("--limit", type=count_type(), default=20, metavar="N")
    p.add_argument("--offset", type=count_type(), default=0, metavar="N")


def _backup(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "backup",
        BACKUPS.backup,
        QT_TRANSLATE_NOOP("CLI", "Write a consistent copy of the database (safe while the app runs)."),
    )
    p.add_argument(
        "out",
        nargs="?",
        help=QT_TRANSLATE_NOOP("CLI", "backup file to write (default: a dated file in the backups folder)"),
    )
    p.add_argument(
        "--auto",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CLI", "automatic backup with rotation (7 dailies, 4 weeklies), copied to the second backup folder if set"
        ),
    )


def _restore(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "restore",
        BACKUPS.restore,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Replace the database with a backup after checking it; the current file is kept aside. "
            "Refused while another SmallCRM has the database open.",
        ),
    )
    p.add_argument("file")


def _settings(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "settings",
        SHOP.settings_cmd,
        QT_TRANSLATE_NOOP("CLI", "Show shop settings, or change one with --set KEY=VALUE."),
        writes=lambda a: bool(a.set),
    )
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")


def _staff(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "staff",
        SHOP.staff_cmd,
        QT_TRANSLATE_NOOP("CLI", "List staff members, or add one with --add NAME."),
        writes=lambda a: a.add is not None,
    )
    p.add_argument("--add", metavar="NAME")
