"""Date arithmetic inside SQL gives what Python's dates give."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from peewee import fn

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Purchase
from smallcrm.store.sqlite.sqlfn import date_of, day_number, days_between, evaluated_once, greatest

pytestmark = pytest.mark.usefixtures("crm")


def _value(expr: object) -> object:
    return Customer.select(expr).limit(1).scalar()


@pytest.fixture(autouse=True)
def one_customer(crm: Path) -> int:
    return create_customer({"name": "张三", "phone": "13812345678"}).id


@pytest.mark.parametrize(
    ("later", "earlier"),
    [
        (dt.date(2025, 3, 1), dt.date(2024, 2, 28)),  # across a 29 February
        (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),  # earlier than the other: negative
        (dt.date(2026, 12, 7), dt.date(2026, 12, 7)),
    ],
)
def test_days_between_two_dates_are_whole_days_as_python_counts_them(later: dt.date, earlier: dt.date) -> None:
    assert _value(days_between(later, earlier)) == (later - earlier).days


def test_a_date_as_iso_text_counts_as_that_date() -> None:
    assert _value(day_number("2024-03-01") - day_number(dt.date(2024, 2, 1))) == 29


def test_greatest_is_the_larger_of_two_values_in_a_row() -> None:
    assert _value(greatest(3, 7)) == 7
    assert _value(greatest(Customer.id, 0)) >= 1


def test_the_date_of_a_date_time_column(one_customer: int) -> None:
    add_purchase(one_customer, {"date": dt.date(2025, 5, 4), "item": "龙井", "amount": "88"})
    stamp = Purchase.select(Purchase.created_at).scalar()
    raw = db.execute(Purchase.select(date_of(Purchase.created_at))).fetchone()[0]  # as SQL gives it
    assert raw == stamp.date().isoformat()


def test_a_subquery_evaluated_once_gives_the_same_rows(one_customer: int) -> None:
    inner = Customer.select(Customer.id, fn.upper(Customer.name).alias("n"))
    once = evaluated_once(inner)
    assert "LIMIT" in once.sql()[0] and "OFFSET" in once.sql()[0]
    assert list(once.tuples()) == list(inner.tuples())
