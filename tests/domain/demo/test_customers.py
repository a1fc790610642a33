"""The demo customers: birthdays, consent, profiles, staff, churn, and that the search
box finds them."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from peewee import fn

from smallcrm.domain.customers.search import search
from smallcrm.domain.demo.customers import make_customers
from smallcrm.domain.demo.run import Run
from smallcrm.domain.values.birthdays import Birthday, parse_birthday
from smallcrm.jobs import CancelToken
from smallcrm.store.models import Customer, Purchase
from tests.domain.demo.conftest import TODAY, N


def test_birthdays_are_mostly_solar_some_lunar_some_without_year_all_real(demo: dict[str, int]) -> None:
    rows = list(
        Customer.select(
            Customer.birth_calendar, Customer.birth_year, Customer.birth_month, Customer.birth_day, Customer.birth_leap
        ).tuples()
    )
    known = [r for r in rows if r[2]]
    lunar = [r for r in known if r[0] == "lunar"]
    assert 0.7 * N < len(known) < 0.95 * N
    assert 0.05 * len(known) < len(lunar) < 0.2 * len(known)
    assert any(r[1] is None for r in known) and any(r[1] is None for r in lunar)
    for calendar, year, month, day, leap in known:
        b = Birthday(month, day, year, calendar, bool(leap))
        assert parse_birthday(b.to_text()) == b  # parsing checks the date exists (a leap month that year, ...)
        assert b.next_occurrence(TODAY) >= TODAY
        if year:
            assert 17 <= b.age_on(TODAY) <= 83


def test_most_customers_with_an_address_may_be_mailed(demo: dict[str, int]) -> None:
    consent = Customer.select().where(Customer.mail_consent == True).count()  # noqa: E712 - peewee expression
    assert 0.65 * N < consent < 0.85 * N
    assert not Customer.select().where((Customer.mail_consent == True) & (Customer.street == "")).exists()  # noqa: E712 - peewee expression


def test_customers_have_profiles_and_staff(demo: dict[str, int]) -> None:
    customers = list(Customer.select())
    assert {c.income_band for c in customers} >= {"<5千", "5千-1万", "1-2万", "2万以上"}
    assert {c.source for c in customers} >= {"门店", "朋友介绍", "微信", "抖音", "美团"}
    assert sum(bool(c.occupation) for c in customers) > 0.8 * N
    staff = Counter(c.staff_id for c in customers)
    assert len([s for s in staff if s is not None]) >= 3
    assert staff[None] < 0.15 * N
    genders = Counter(c.gender for c in customers)
    assert genders["F"] > 0.4 * N and genders["M"] > 0.3 * N


def test_churned_customers_stopped_buying_over_a_year_ago_with_a_reason(demo: dict[str, int]) -> None:
    churned = list(Customer.select().where(Customer.churn_status == "churned"))
    assert 0.03 * N < len(churned) < 0.25 * N
    assert {c.churn_reason for c in churned} == {"natural", "competitive", "fault"}
    last_bought = dict(Purchase.select(Purchase.customer, fn.MAX(Purchase.date)).group_by(Purchase.customer).tuples())
    for c in churned:
        last = dt.date.fromisoformat(str(last_bought[c.id]))
        assert c.churn_note and c.churned_on is not None
        assert last <= TODAY - dt.timedelta(days=366) and last < c.churned_on <= TODAY
    lapsed_but_active = (
        Customer.select()
        .where((Customer.churn_status == "active") & Customer.id.in_(list(last_bought)))
        .where(Customer.id.not_in([cid for cid, d in last_bought.items() if str(d) > "2024-06-14"]))
        .count()
    )
    assert lapsed_but_active > 0  # not every customer who stopped buying has been marked yet


def test_demo_customers_are_found_by_the_search_box(demo: dict[str, int]) -> None:
    c = Customer.select().where(fn.length(Customer.name) == 3).order_by(Customer.id).first()
    assert c.id in [h["id"] for h in search(c.name, limit=200).hits]
    assert c.id in [h["id"] for h in search(c.phone_norm[-8:], limit=200).hits]


def test_customers_were_entered_before_they_first_bought() -> None:
    run = Run.start(1, TODAY)
    plans, rows = make_customers(run, 400, [1, 2, 3, 4], lambda i: None, CancelToken())
    assert len(plans) == len(rows) == 400
    for plan, row in zip(plans, rows, strict=True):
        assert row["created_at"].date() <= run.cal.date(plan.start)
        assert row["updated_at"] >= row["created_at"]
        assert (row["churn_status"] == "churned") == plan.churned


def test_progress_is_reported_every_chunk_of_customers() -> None:
    reported: list[int] = []
    make_customers(Run.start(1, TODAY), 4500, [1, 2, 3, 4], reported.append, CancelToken())
    assert reported == [2000, 4000]
