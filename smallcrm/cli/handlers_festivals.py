"""What the festival commands do: list, add, remove, switch on or off (their arguments:
``commands_rules``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm import settings
from smallcrm.cli import output
from smallcrm.cli.common import read_ids
from smallcrm.cli.database import open_database
from smallcrm.cli.days import today_of
from smallcrm.domain.reminders import festivals as fest
from smallcrm.errors import QT_TRANSLATE_NOOP, ValidationError


def _year(args: argparse.Namespace) -> int:
    """--year, or the year of --today."""
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
    open_database(args)
    _show(args, "Added", fest.add_festival(args.name, args.on, lunar=args.lunar))
    return 0


def festival_remove(args: argparse.Namespace) -> int:
    (fid,) = read_ids([args.id])
    open_database(args)
    fest.remove_festival(fid)
    output.emit(args, {"removed": fid}, f"Removed festival {fid}.")
    return 0


def festival_on(args: argparse.Namespace) -> int:
    (fid,) = read_ids([args.id])
    open_database(args)
    _show(args, "Greeting on", fest.set_festival_active(fid, True))
    return 0


def festival_off(args: argparse.Namespace) -> int:
    (fid,) = read_ids([args.id])
    open_database(args)
    _show(args, "No greetings on", fest.set_festival_active(fid, False))
    return 0
