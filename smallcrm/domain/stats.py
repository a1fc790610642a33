"""Counts for the status bar and ``smallcrm stats``."""

from __future__ import annotations

from typing import Any

from peewee import fn

from smallcrm.store.models import Customer, Interaction, Purchase, Reminder


def stats() -> dict[str, Any]:
    live = Customer.deleted_at.is_null()
    revenue, cost = (
        Purchase.select(fn.COALESCE(fn.SUM(Purchase.amount_cents), 0), fn.COALESCE(fn.SUM(Purchase.cost_cents), 0))
        .tuples()
        .first()
    )
    return {
        "customers": Customer.select().where(live).count(),
        "customers_in_trash": Customer.select().where(~live).count(),
        "purchases": Purchase.select().count(),
        "interactions": Interaction.select().count(),
        "open_reminders": Reminder.select().where(Reminder.status.in_(["open", "snoozed"])).count(),
        "open_complaints": Interaction.select()
        .where((Interaction.kind == "complaint") & (Interaction.status == "open"))
        .count(),
        "revenue_cents": revenue,
        "profit_cents": revenue - cost,
    }
