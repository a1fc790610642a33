"""A small shop whose profit tiers are known by hand, for the segment tests."""

from __future__ import annotations

import datetime as dt

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.records.interactions import add_interaction
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.store.models import Customer

AS_OF = dt.date(2025, 6, 30)  # the window is (2024-06-30, 2025-06-30]


D = dt.date


def customer(name: str, **fields: object) -> int:
    """A customer entered long before the as-of day (a customer entered after it is not
    one yet on that day, unless they bought or were contacted by then)."""
    cid = create_customer({"name": name, **fields}).id
    Customer.update(created_at=dt.datetime(2023, 1, 1, 9)).where(Customer.id == cid).execute()
    return cid


def buy(cid: int, day: dt.date, amount: str, cost: str | None = None, *, refund: bool = False) -> None:
    add_purchase(cid, {"date": day, "amount": amount, "refund": refund, **({"cost": cost} if cost is not None else {})})


def contact(cid: int, day: dt.date, kind: str = "call", **fields: object) -> None:
    add_interaction(cid, {"kind": kind, "at": f"{day.isoformat()} 10:00", **fields})
