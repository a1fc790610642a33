"""Counts for the status bar and ``smallcrm stats``."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any, cast

from peewee import JOIN, fn

import smallcrm
from smallcrm.domain.analysis import segments
from smallcrm.store.models import Customer, Interaction, Purchase, Reminder
from smallcrm.store.sqlite import generation

# The summary's shape: bump when analysis_stats or the sums change what they return, so
# that a summary stored by an older SmallCRM in the same file is not served.
SUMMARY_VERSION = 1


def stats(*, analysis: bool = True, as_of: dt.date | None = None, cached: bool = True) -> dict[str, Any]:
    """Whole-file counts and sums; with ``analysis`` (``smallcrm stats``) also the segment
    counts and the KPIs of the last 12 months (``analysis_stats``).

    The counts are index counts, read every time (milliseconds). The sums over every
    purchase and the analysis (at 100,000 customers and a million purchases: the sums
    0.1-0.7 s, the segments, the churn model's fit and the KPIs 1.9 s on a quiet
    two-core machine, 8-20 s on a busy one) are computed once per data generation and
    kept in the file (``store.sqlite.generation``): the next ``stats`` serves them (0.2 s for
    the whole command) until SmallCRM writes a customer, purchase, interaction, staff
    member or setting, in whatever process. Running totals kept by SQLite triggers
    were measured and rejected: a trigger makes every watched statement inside a
    savepoint journal its pages again (a 200,000-line purchase import went from 9.7 s
    to 125 s), and totals would leave the analysis to compute anyway.
    ``cached=False`` computes everything afresh (the tests compare both). The status
    bar uses ``status_counts`` instead."""
    live = Customer.deleted_at.is_null()
    counts = {
        "customers": Customer.select().where(live).count(),
        "customers_in_trash": Customer.select().where(~live).count(),
        "purchases": Purchase.select().count(),
        "interactions": Interaction.select().count(),
        "open_reminders": Reminder.select().where(Reminder.status.in_(["open", "snoozed"])).count(),
        "open_complaints": Interaction.select()
        .where((Interaction.kind == "complaint") & (Interaction.status == "open"))
        .count(),
    }
    as_of = as_of or dt.date.today()
    key = f"stats:v{SUMMARY_VERSION}:{smallcrm.__version__}:{as_of.isoformat()}:{'analysis' if analysis else 'sums'}"
    summary = generation.get(key) if cached else None
    if summary is None:
        started = generation.current() if cached else None
        summary = _summary(analysis, as_of)
        if started is not None:
            generation.put(key, started, summary)
    return counts | summary


def _summary(analysis: bool, as_of: dt.date) -> dict[str, Any]:
    """What ``stats`` keeps per generation: the purchase sums, the analysis, as JSON
    gives them back (so a served summary and a fresh one are equal, type for type).
    With the analysis, the sums are its facts' (``Facts.revenue_all``): the same
    numbers without a second pass over every purchase line (0.1-0.7 s at a million)."""
    if analysis:
        part = analysis_stats(as_of)
        revenue, profit = part.pop("revenue_cents"), part.pop("profit_cents")
    else:
        part = {}
        revenue, cost = (
            Purchase.select(fn.COALESCE(fn.SUM(Purchase.amount_cents), 0), fn.COALESCE(fn.SUM(Purchase.cost_cents), 0))
            .tuples()
            .first()
        )
        profit = revenue - cost
    summary = {"revenue_cents": revenue, "profit_cents": profit} | part
    return dict(json.loads(json.dumps(summary, ensure_ascii=False)))


def analysis_stats(as_of: dt.date | None = None, months: int = 12) -> dict[str, Any]:
    """Customers per segment (``analysis.segments``), the churn model's basis, and the KPIs
    per month, tier and staff member (``analysis.kpis``) as of ``as_of`` (default today)."""
    # Here, not on top: numpy and the analysis take 100-150 ms (measured), which a served
    # summary (0.2 s for the whole command) and the status bar's counts never need.
    from smallcrm.domain.analysis.result import current

    result = current(as_of)
    summary = segments.summary(result)
    return {
        "revenue_cents": result.facts.revenue_all,
        "profit_cents": result.facts.profit_all,
        "as_of": summary["as_of"],
        "segments": {
            dimension: {key: row["count"] for key, row in rows.items()}
            for dimension, rows in summary["segments"].items()
        },
        "churn_basis": summary.get("churn_basis"),
        "kpis": result.kpis(months).as_dict(),
    }


def status_counts(today: dt.date) -> dict[str, int]:
    """The status bar's figures, each one cheap (index counts, no sums over purchases):
    live customers, and open reminders due today or overdue (not those of customers
    in the trash)."""
    live = Customer.select(fn.COUNT(Customer.id)).where(Customer.deleted_at.is_null()).scalar() or 0
    due = (
        Reminder.select(Reminder.due_date)
        .join(Customer, JOIN.LEFT_OUTER, on=(Reminder.customer == Customer.id))
        .where(
            Reminder.status.in_(["open", "snoozed"])
            & (Reminder.due_date <= today)
            & (Reminder.customer.is_null() | Customer.deleted_at.is_null())
        )
    )
    today_count = overdue = 0
    for (day,) in cast("Iterable[tuple[dt.date]]", due.tuples()):
        if day == today:
            today_count += 1
        else:
            overdue += 1
    return {"customers": live, "due_today": today_count, "overdue": overdue}
