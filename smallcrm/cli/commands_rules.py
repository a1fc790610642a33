"""Reminders the app makes itself (the rules), and the festivals it greets customers on."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import add_command, open_database, output
from smallcrm.cli.commands_customers import _ids
from smallcrm.cli.commands_records import TODAY_HELP, today_of
from smallcrm.cli.shop_language import shop_translator
from smallcrm.errors import QT_TRANSLATE_NOOP


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(
        sub,
        common,
        "reminders-run-rules",
        run_rules,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Make the reminders the rules call for today: birthdays, festival greetings, complaint follow-ups, "
            "new-customer check-ins, quiet customers. Safe to repeat: nothing is made twice.",
        ),
        writes=True,
    )
    p.add_argument("--today", help=TODAY_HELP)

    p = add_command(
        sub,
        common,
        "festivals",
        festivals,
        QT_TRANSLATE_NOOP("CLI", "Festivals customers are greeted on, with their dates."),
    )
    p.add_argument("--year", help=QT_TRANSLATE_NOOP("CLI", "dates in this year (default: this year)"))
    p.add_argument("--today", help=TODAY_HELP)

    festival = sub.add_parser(
        "festival", help=QT_TRANSLATE_NOOP("CLI", "Add, remove, or switch greetings on or off for your own festivals.")
    )
    fsub = festival.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(festival))
    p = add_command(
        fsub,
        common,
        "add",
        festival_add,
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
    p = add_command(
        fsub, common, "remove", festival_remove, QT_TRANSLATE_NOOP("CLI", "Remove a festival you added."), writes=True
    )
    p.add_argument("id")
    p = add_command(
        fsub,
        common,
        "on",
        festival_on,
        QT_TRANSLATE_NOOP("CLI", "Greet customers on a festival you added."),
        writes=True,
    )
    p.add_argument("id")
    p = add_command(
        fsub,
        common,
        "off",
        festival_off,
        QT_TRANSLATE_NOOP("CLI", "Stop greeting customers on a festival you added."),
        writes=True,
    )
    p.add_argument("id")


def run_rules(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders import rules as reminder_rules

    today = today_of(args)
    open_database(args)
    progress = output.TextProgress("Making reminders", enabled=not getattr(args, "json", False))
    # The reminders' titles are the shop's text: in its language, as the window writes them.
    result = reminder_rules.run_rules(today, progress=progress, translate=shop_translator())
    counts = ", ".join(f"{rule} {n}" for rule, n in result["by_rule"].items() if rule not in result["disabled"])
    line = f"Made {result['created']} reminders for {today.isoformat()}" + (f": {counts}" if counts else "")
    if result["disabled"]:
        line += f" (switched off: {', '.join(result['disabled'])})"
    if result["expired"]:
        line += f"; dismissed {result['expired']} birthday or festival reminders whose day had passed"
    output.emit(args, result, line + ".")
    return 0


def _year(args: argparse.Namespace) -> int:
    """--year, or the year of --today."""
    from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError

    if args.year is None:
        return today_of(args).year
    text = str(args.year).strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 4):
        raise ValidationError("year", QT_TRANSLATE_NOOP("UserError", "{value} is not a year."), value=args.year)
    return int(text)


def _festival_line(f: dict[str, Any]) -> str:
    where = f"custom {f['id']}" if f["id"] else f["key"]
    dates = ", ".join(f.get("dates", [])) or "-"
    greet = "" if f["greet"] else "  (no greetings)"
    return f"{dates:<24} {f['name']} [{f['text']}, {where}]{greet}"


def festivals(args: argparse.Namespace) -> int:
    from smallcrm import settings
    from smallcrm.domain.reminders import festivals as fest

    year = _year(args)
    open_database(args)
    chosen = {k.strip() for k in str(settings.get("rule_festival_builtins")).split(",")}
    rows = []
    for f in fest.all_festivals():
        row = f.as_dict(year)
        row["greet"] = (f.key in chosen) if f.builtin else f.active
        rows.append(row)
    output.emit(args, {"year": year, "festivals": rows}, [_festival_line(r) for r in rows])
    return 0


def _show(args: argparse.Namespace, verb: str, f: Any) -> None:
    row = f.as_dict(today_of(args).year)
    row["greet"] = f.active
    output.emit(args, {"festival": row}, f"{verb}: {_festival_line(row)}")


def festival_add(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.festivals import add_festival

    open_database(args)
    _show(args, "Added", add_festival(args.name, args.on, lunar=args.lunar))
    return 0


def festival_remove(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.festivals import remove_festival

    (fid,) = _ids([args.id])
    open_database(args)
    remove_festival(fid)
    output.emit(args, {"removed": fid}, f"Removed festival {fid}.")
    return 0


def festival_on(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.festivals import set_festival_active

    (fid,) = _ids([args.id])
    open_database(args)
    _show(args, "Greeting on", set_festival_active(fid, True))
    return 0


def festival_off(args: argparse.Namespace) -> int:
    from smallcrm.domain.reminders.festivals import set_festival_active

    (fid,) = _ids([args.id])
    open_database(args)
    _show(args, "No greetings on", set_festival_active(fid, False))
    return 0
