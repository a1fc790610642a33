"""The day's counts beside the customer list agree with the quick filters they open."""

from __future__ import annotations

import datetime as dt

from peewee import fn

from smallcrm.domain import demo
from smallcrm.domain.customers import filters as cf
from smallcrm.domain.customers.commands import delete_customers
from smallcrm.domain.customers.today import today_summary
from smallcrm.store.models import Customer, Interaction

TODAY = dt.date(2025, 9, 12)


def _listed(condition: object) -> int:
    return int(Customer.select(fn.COUNT(Customer.id)).where(Customer.deleted_at.is_null() & condition).scalar())


def test_the_counts_are_what_the_filters_list_and_leave_out_the_trash(crm) -> None:
    demo.generate(300, seed=5, today=TODAY)
    complainers = Interaction.select(Interaction.customer).where(
        (Interaction.kind == "complaint") & (Interaction.status == "open")
    )
    delete_customers([row.customer_id for row in complainers.limit(2)])  # in the trash: not counted
    counts = today_summary(TODAY)
    assert counts["open_complaints"] == _listed(cf.has_open_complaint()) > 0
    assert counts["birthdays_this_month"] == _listed(cf.birthday_in_month(2025, 9)) > 0
    assert counts["customers"] == Customer.select().where(Customer.deleted_at.is_null()).count()
