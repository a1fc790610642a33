"""Customers with a history to merge, what each one owns, and why a pair is listed."""

from __future__ import annotations

from typing import Any

from smallcrm.domain.customers.commands import (
    update_customer,
)
from smallcrm.domain.customers.duplicates import (
    find_duplicate_pairs,
)
from smallcrm.domain.customers.lookup import tags_of
from smallcrm.domain.records.interactions import add_interaction
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.domain.reminders.commands import add_reminder
from smallcrm.store.models import Interaction, Purchase, Reminder


def reasons_for(a: int, b: int) -> list[str] | None:
    """The reasons listed for the pair, or None when it is not listed."""
    lo, hi = sorted((a, b))
    for pair in find_duplicate_pairs():
        if (pair["a"], pair["b"]) == (lo, hi):
            return pair["reasons"]
    return None


def rows_of(customer_id: int) -> dict[str, list[Any]]:
    return {
        "purchases": [p.id for p in Purchase.select().where(Purchase.customer == customer_id).order_by(Purchase.id)],
        "interactions": [
            i.id for i in Interaction.select().where(Interaction.customer == customer_id).order_by(Interaction.id)
        ],
        "reminders": [r.id for r in Reminder.select().where(Reminder.customer == customer_id).order_by(Reminder.id)],
        "tags": tags_of(customer_id),
    }


def with_history(customer_id: int, amount: str, tags: list[str] | None = None) -> None:
    add_purchase(customer_id, {"date": "2024-01-02", "item": "茶叶", "amount": amount, "cost": "10"})
    add_interaction(customer_id, {"kind": "call", "summary": "问价格"})
    add_reminder({"customer": customer_id, "due": "2030-01-01", "title": "回访"})
    if tags:
        update_customer(customer_id, {"tags": tags})
