"""What the rule and festival commands do (their arguments: ``commands_rules``)."""

from __future__ import annotations

import argparse

from smallcrm.cli import output
from smallcrm.cli.database import open_database
from smallcrm.cli.days import today_of
from smallcrm.cli.shop_language import shop_translator
from smallcrm.domain.reminders import rules as reminder_rules


def run_rules(args: argparse.Namespace) -> int:
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
