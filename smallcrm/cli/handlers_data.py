"""What the whole-database commands do (their arguments: ``commands_data``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm import settings
from smallcrm.cli import output
from smallcrm.cli.common import tr, translate
from smallcrm.cli.database import open_database
from smallcrm.domain.analysis import segment_names as seg
from smallcrm.domain.analysis.stats import stats as run_stats
from smallcrm.domain.customers.search import COUNT_KINDS_UP_TO, MATCH_LABELS, match_kinds
from smallcrm.domain.customers.search import search as run_search
from smallcrm.domain.values import phones
from smallcrm.domain.values.money import DEFAULT_CURRENCY, format_money
from smallcrm.errors import QT_TRANSLATE_NOOP


def search(args: argparse.Namespace) -> int:
    open_database(args)
    result = run_search(args.term, limit=args.limit, offset=args.offset)
    matched = match_kinds(args.term) if result.total <= COUNT_KINDS_UP_TO else {}
    # What matched, phone endings first: '8000' ends 13 phones; the other 2,694 hits
    # are postcodes and streets holding it.
    found = f"{result.total} found"
    if len(matched) > 1 or "phone_tail" in matched:
        found += " (" + ", ".join(f"{MATCH_LABELS[k]} {n}" for k, n in matched.items()) + ")"
    lines = [found]
    # Phones in one national format, as the window lists them (the JSON keeps them as typed).
    lines += [
        f"{h['id']:>7}  {h['customer_no']:<10} {h['name']:<12} {phones.display_typed(h['phone']):<16} {h['city']}"
        for h in result.hits
    ]
    output.emit(args, {"total": result.total, "hits": result.hits, "matched": matched}, lines)
    return 0


# The human form of 'stats' (the JSON keeps its contract keys and integer cents).
STATS_LINES = (
    ("customers", QT_TRANSLATE_NOOP("CLI", "Customers: {value}")),
    ("customers_in_trash", QT_TRANSLATE_NOOP("CLI", "Customers in the trash: {value}")),
    ("purchases", QT_TRANSLATE_NOOP("CLI", "Purchases: {value}")),
    ("interactions", QT_TRANSLATE_NOOP("CLI", "Interactions: {value}")),
    ("open_reminders", QT_TRANSLATE_NOOP("CLI", "Open reminders: {value}")),
    ("open_complaints", QT_TRANSLATE_NOOP("CLI", "Open complaints: {value}")),
    ("revenue_cents", QT_TRANSLATE_NOOP("CLI", "Revenue ({currency}): {value}")),
    ("profit_cents", QT_TRANSLATE_NOOP("CLI", "Profit ({currency}): {value}")),
)
STATS_AS_OF = QT_TRANSLATE_NOOP("CLI", "Segments as of {day} (churn from {basis}):")
STATS_BASIS = {
    "model": QT_TRANSLATE_NOOP("CLI", "the purchase model"),
    "rule": QT_TRANSLATE_NOOP("CLI", "the simple rules: too little history for the model"),
}
STATS_SEGMENT = QT_TRANSLATE_NOOP("CLI", "{label} {count}")
STATS_MONTH = QT_TRANSLATE_NOOP(
    "CLI", "{month}: {new} new, {lost} lost{rate}, {upgraded} moved up a profit tier, {downgraded} moved down"
)
STATS_RATE = QT_TRANSLATE_NOOP("CLI", " (churn rate {percent})")


def stats_lines(data: dict[str, Any], currency: str) -> list[str]:
    """``stats`` for a person: counts with the locale's grouping, money in yuan (or the
    shop's currency) under a label that names it, segments by their names, and a churn
    rate as a percentage only where there were customers to lose."""
    lines = []
    for key, template in STATS_LINES:
        if key not in data:
            continue
        value = data[key]
        shown = format_money(value, currency) if key.endswith("_cents") else f"{value:,}"
        lines.append(tr(template).format(value=shown, currency=currency))
    if "as_of" in data:
        basis = STATS_BASIS.get(str(data.get("churn_basis")), "")
        lines.append(tr(STATS_AS_OF).format(day=data["as_of"], basis=tr(basis) if basis else "-"))
    for dimension, counts in data.get("segments", {}).items():
        names = seg.LABELS.get(dimension, {})
        unknown = seg.INCOME_UNKNOWN_LABEL if dimension == "income" else None
        parts = []
        for key, count in counts.items():
            label = names.get(key) or (unknown if not key and unknown else key or "-")
            parts.append(tr(STATS_SEGMENT).format(label=translate("Segments", label), count=count))
        title = translate("Segments", seg.DIMENSION_LABELS.get(dimension, dimension))
        lines.append(f"  {title}: " + (", ".join(parts) or "-"))
    for row in data.get("kpis", {}).get("months", [])[-3:]:
        rate = row.get("churn_rate")
        lines.append(
            tr(STATS_MONTH).format(
                month=row["month"],
                new=row["new"],
                lost=row["churned"],
                rate="" if rate is None else tr(STATS_RATE).format(percent=f"{rate * 100:.1f}%"),
                upgraded=row["upgraded"],
                downgraded=row["downgraded"],
            )
        )
    return lines


def stats(args: argparse.Namespace) -> int:
    # No whole-file check: stats reads index counts and the summary kept per data
    # generation (milliseconds), and the check alone took 1.3 s of the 1 s target at
    # 100,000 customers; a damaged page still fails the query that meets it.
    open_database(args, check=False)
    data = run_stats()
    currency = str(settings.get("currency") or DEFAULT_CURRENCY)
    output.emit(args, data, stats_lines(data, currency))
    return 0
