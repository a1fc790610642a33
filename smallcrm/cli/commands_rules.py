"""Reminders the app makes itself (the rules), and the festivals it greets customers on.
What each command accepts; ``handlers_rules`` and ``handlers_festivals`` do the work."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli.commands_records import TODAY_HELP
from smallcrm.cli.common import Handlers, add_command
from smallcrm.errors import QT_TRANSLATE_NOOP

RUN = Handlers("smallcrm.cli.handlers_rules")
FESTIVALS = Handlers("smallcrm.cli.handlers_festivals")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    _run_rules(sub, common)
    _festivals(sub, common)
    festival = sub.add_parser(
        "festival", help=QT_TRANSLATE_NOOP("CLI", "Add, remove, or switch greetings on or off for your own festivals.")
    )
    fsub = festival.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(festival))
    _festival_add(fsub, common)
    _festival_remove_on_off(fsub, common)


def _run_rules(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "reminders-run-rules",
        RUN.run_rules,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Make the reminders the rules call for today: birthdays, festival greetings, complaint follow-ups, "
            "new-customer check-ins, quiet customers. Safe to repeat: nothing is made twice.",
        ),
        writes=True,
    )
    p.add_argument("--today", help=TODAY_HELP)


def _festivals(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "festivals",
        FESTIVALS.festivals,
        QT_TRANSLATE_NOOP("CLI", "Festivals customers are greeted on, with their dates."),
    )
    p.add_argument("--year", help=QT_TRANSLATE_NOOP("CLI", "dates in this year (default: this year)"))
    p.add_argument("--today", help=TODAY_HELP)


def _festival_add(fsub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        fsub,
        common,
        "add",
        FESTIVALS.festival_add,
        QT_TRANSLATE_NOOP("CLI", "Add a festival: --on 11-11, or --on 农历七月初七."),
        writes=True,
    )
    p.add_argument("--name", required=True)
    p.add_argument(
        "--on", required=True, help=QT_TRANSLATE_NOOP("CLI", "the date every year: 11-11, 11月11日, 农历七月初七")
    )
    p.add_argument(
        "--lunar", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "read --on as a lunar date (7-7 is 七月初七)")
    )


def _festival_remove_on_off(fsub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        fsub,
        common,
        "remove",
        FESTIVALS.festival_remove,
        QT_TRANSLATE_NOOP("CLI", "Remove a festival you added."),
        writes=True,
    )
    p.add_argument("id")
    p = add_command(
        fsub,
        common,
        "on",
        FESTIVALS.festival_on,
        QT_TRANSLATE_NOOP("CLI", "Greet customers on a festival you added."),
        writes=True,
    )
    p.add_argument("id")
    p = add_command(
        fsub,
        common,
        "off",
        FESTIVALS.festival_off,
        QT_TRANSLATE_NOOP("CLI", "Stop greeting customers on a festival you added."),
        writes=True,
    )
    p.add_argument("id")
