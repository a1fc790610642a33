"""What a customer is worth to the shop: one definition of profit everywhere.

Profit is what the customer paid, less the cost of the goods, less the cost of
serving them: the shop's service-cost setting (``service_cost_cents``) for each
contact that costs service (a visit, call, message, complaint, feedback or greeting;
a note does not). The analysis (tiers, segments, KPIs) counts the same parts over its
window; the customer page, the list's profit column and ``smallcrm customer show``
count them over the customer's whole history, and show the parts beside the figure.
Lines without a known cost count their cost as zero (and are counted, so the owner
can see how much of the figure rests on that).
"""

from __future__ import annotations

from typing import Any

from peewee import fn

from smallcrm.domain.analysis.config import Config
from smallcrm.store.models import Customer, Interaction

SERVICE_KINDS = ("visit", "call", "message", "complaint", "feedback", "greeting")  # what the service cost counts


def service_cost_cents() -> int:
    """The cost of one service contact, as the analysis reads the setting (that one
    setting alone: one query, and a profit shown whatever the churn settings say)."""
    return Config.setting("service_cost_cents")


def service_contacts(customer_id: int) -> int:
    return (
        Interaction.select().where((Interaction.customer == customer_id) & Interaction.kind.in_(SERVICE_KINDS)).count()
    )


def with_service_cost(goods: dict[str, Any], contacts: int, cost_per_contact: int) -> dict[str, Any]:
    """``goods`` (revenue_cents, cost_cents) with the parts and the profit added:
    gross_profit_cents (paid less cost of goods), service_contacts,
    service_cost_cents, and profit_cents (gross profit less the service cost)."""
    gross = goods["revenue_cents"] - goods["cost_cents"]
    service = contacts * cost_per_contact
    return {
        **goods,
        "gross_profit_cents": gross,
        "service_contacts": contacts,
        "service_cost_cents": service,
        "profit_cents": gross - service,
    }


def service_cost_sql(cost_per_contact: int) -> Any:
    """SQL for the list: the service cost of ``Customer``'s contacts (a correlated count)."""
    contacts = Interaction.select(fn.COUNT(Interaction.id)).where(
        (Interaction.customer == Customer.id) & Interaction.kind.in_(SERVICE_KINDS)
    )
    return fn.IFNULL(contacts, 0) * cost_per_contact  # a function of the subquery: peewee multiplies it
