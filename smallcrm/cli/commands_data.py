"""Whole-database commands: demo data, search, stats, backup, restore, settings, staff."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import add_command, db_path, open_database, output, parse_assignments
from smallcrm.domain.money import format_cents


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(sub, common, "demo", demo, "Add realistic demo customers, purchases and reminders.")
    p.add_argument("--customers", type=int, default=2000, metavar="N", help="how many customers (default 2000)")
    p.add_argument("--seed", type=int, default=1, help="the same seed gives the same customers")

    p = add_command(sub, common, "search", search, "Find customers by name, pinyin, phone digits, number or address.")
    p.add_argument("term")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--offset", type=int, default=0, metavar="N")

    add_command(sub, common, "stats", stats, "Counts of customers, purchases, interactions and open reminders.")

    p = add_command(sub, common, "backup", backup, "Write a consistent copy of the database (safe while the app runs).")
    p.add_argument("out", nargs="?", help="backup file to write (default: a dated file in the backups folder)")
    p.add_argument("--auto", action="store_true", help="automatic backup with rotation (7 dailies, 4 weeklies)")

    p = add_command(
        sub, common, "restore", restore, "Replace the database with a backup; the current file is kept aside."
    )
    p.add_argument("file")

    p = add_command(sub, common, "settings", settings_cmd, "Show shop settings, or change one with --set KEY=VALUE.")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE")

    p = add_command(sub, common, "staff", staff_cmd, "List staff members, or add one with --add NAME.")
    p.add_argument("--add", metavar="NAME")


def demo(args: argparse.Namespace) -> int:
    from smallcrm.cli.output import TextProgress
    from smallcrm.domain import demo as demo_data

    if args.customers < 0:
        raise_usage("--customers must be zero or more")
    open_database(args)
    counts = demo_data.generate(
        args.customers, seed=args.seed, progress=TextProgress("demo", not getattr(args, "json", False))
    )
    output.emit(args, counts, ", ".join(f"{v} {k}" for k, v in counts.items()) + " added.")
    return 0


def raise_usage(message: str) -> None:
    from smallcrm.cli import UsageError

    raise UsageError(message)


def search(args: argparse.Namespace) -> int:
    from smallcrm.domain.search import search as run_search

    if args.limit < 0 or args.offset < 0:
        raise_usage("--limit and --offset must be zero or more")
    open_database(args)
    result = run_search(args.term, limit=args.limit, offset=args.offset)
    lines = [f"{result.total} found"]
    lines += [f"{h['id']:>7}  {h['customer_no']:<10} {h['name']:<12} {h['phone']:<16} {h['city']}" for h in result.hits]
    output.emit(args, {"total": result.total, "hits": result.hits}, lines)
    return 0


def stats(args: argparse.Namespace) -> int:
    from smallcrm.domain.stats import stats as run_stats

    # No whole-file check: stats reads index counts and the summary kept per data
    # generation (milliseconds), and the check alone took 1.3 s of the 1 s target at
    # 100,000 customers; a damaged page still fails the query that meets it.
    open_database(args, check=False)
    data = run_stats()
    scalars = {k: v for k, v in data.items() if not isinstance(v, dict)}
    lines = [f"{k}: {format_cents(v) if k.endswith('_cents') else v}" for k, v in scalars.items()]
    for dimension, counts in data.get("segments", {}).items():
        lines.append(f"segments by {dimension}: " + ", ".join(f"{k or '-'} {n}" for k, n in counts.items()))
    for row in data.get("kpis", {}).get("months", [])[-3:]:
        lines.append(
            f"{row['month']}: {row['new']} new, {row['churned']} lost (rate {row['churn_rate']}), "
            f"{row['upgraded']} upgraded, {row['downgraded']} downgraded"
        )
    output.emit(args, data, lines)
    return 0


def backup(args: argparse.Namespace) -> int:
    import datetime as dt

    from smallcrm import paths
    from smallcrm.store import backup as store_backup

    open_database(args)
    if args.auto:
        made = store_backup.auto_backup(paths.backup_dir())
    else:
        out = args.out or paths.backup_dir() / f"smallcrm-{dt.datetime.now():%Y%m%d-%H%M%S}.db"
        made = store_backup.copy_database(out)
    output.emit(args, {"backup": str(made)}, f"Backup written to {made}.")
    return 0


def restore(args: argparse.Namespace) -> int:
    from smallcrm.domain.session import open_crm
    from smallcrm.store import backup as store_backup

    current = db_path(args)
    aside = store_backup.restore_database(args.file, current)
    open_crm(current)  # migrates an older backup and checks it opens
    output.emit(
        args,
        {"restored": str(args.file), "database": str(current), "previous_kept_as": str(aside)},
        f"Restored {args.file}; the previous database was kept as {aside}.",
    )
    return 0


def settings_cmd(args: argparse.Namespace) -> int:
    from smallcrm import settings

    changes = parse_assignments(args.set)
    open_database(args)
    settings.put_many(changes)
    data = settings.all_settings()
    output.emit(args, {"settings": data}, [f"{k} = {v}" for k, v in data.items()])
    return 0


def staff_cmd(args: argparse.Namespace) -> int:
    from smallcrm.domain import staff

    open_database(args)
    if args.add is not None:
        staff.add_staff(args.add)
    rows = staff.list_staff()
    output.emit(args, {"staff": rows}, [f"{r['id']:>4}  {r['name']:<12} {r['customers']} customers" for r in rows])
    return 0
