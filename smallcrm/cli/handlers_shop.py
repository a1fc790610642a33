"""What the commands that set a shop up do: demo data, settings, staff (their arguments:
``commands_data``)."""

from __future__ import annotations

import argparse

from smallcrm import settings
from smallcrm.cli import output
from smallcrm.cli.common import parse_assignments
from smallcrm.cli.database import open_database
from smallcrm.cli.output import TextProgress
from smallcrm.domain import demo as demo_data
from smallcrm.domain.customers import staff


def demo(args: argparse.Namespace) -> int:
    open_database(args)
    counts = demo_data.generate(
        args.customers, seed=args.seed, progress=TextProgress("demo", not getattr(args, "json", False))
    )
    output.emit(args, counts, ", ".join(f"{v} {k}" for k, v in counts.items()) + " added.")
    return 0


def settings_cmd(args: argparse.Namespace) -> int:
    changes = parse_assignments(args.set)
    open_database(args)
    settings.put_many(changes)
    data = settings.all_settings()
    output.emit(args, {"settings": data}, [f"{k} = {v}" for k, v in data.items()])
    return 0


def staff_cmd(args: argparse.Namespace) -> int:
    open_database(args)
    if args.add is not None:
        staff.add_staff(args.add)
    rows = staff.list_staff()
    output.emit(args, {"staff": rows}, [f"{r['id']:>4}  {r['name']:<12} {r['customers']} customers" for r in rows])
    return 0
