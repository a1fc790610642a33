"""Demo data: the same seed gives the same shop, the shop looks like a real Chinese tea
shop's books (valid phones, real postcodes, lunar birthdays, seasons, churn, losses),
and a cancelled run leaves nothing behind."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import phonenumbers
import pytest
from peewee import fn

from smallcrm import jobs
from smallcrm.domain.customers.search import search
from smallcrm.domain.demo import CITIES, generate
from smallcrm.domain.records import interactions
from smallcrm.domain.reminders import kinds
from smallcrm.domain.values import phones
from smallcrm.domain.values.birthdays import Birthday, parse_birthday
from smallcrm.store.models import (
    Customer,
    CustomerTag,
    Interaction,
    Purchase,
    Reminder,
    Staff,
    Tag,
)

TODAY = dt.date(2025, 6, 15)  # Spring Festival 2025 was on 29 January, Mid-Autumn 2024 on 17 September
N = 1500


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """One generated shop shared by the read-only tests: generating it is the slow part."""
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    path = tmp_path_factory.mktemp("demo") / "shop.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SMALLCRM_HOME", str(path.parent / "home"))
        open_crm(path)
        try:
            counts = generate(N, seed=3, today=TODAY)
        finally:
            close_db()
    return path, counts


@pytest.fixture
def demo(shop: tuple[Path, dict[str, int]]) -> Iterator[dict[str, int]]:
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    open_crm(shop[0])
    yield shop[1]
    close_db()


SNAPSHOT_COLUMNS = (
    Customer.customer_no, Customer.name, Customer.gender, Customer.phone, Customer.phone_norm, Customer.birth_calendar,
    Customer.birth_year, Customer.birth_month, Customer.birth_day, Customer.city, Customer.street, Customer.staff,
    Customer.churn_status, Customer.churned_on, Customer.created_at,
)  # fmt: skip


def snapshot() -> dict[str, Any]:
    """Everything the owner would see, without the ids of staff and tags' creation times."""
    return {
        "customers": list(Customer.select(*SNAPSHOT_COLUMNS).order_by(Customer.id).tuples()),
        "purchase_sums": list(
            Purchase.select(Purchase.customer, fn.SUM(Purchase.amount_cents), fn.SUM(Purchase.cost_cents))
            .group_by(Purchase.customer)
            .order_by(Purchase.customer)
            .tuples()
        ),
        "purchases": list(
            Purchase.select(Purchase.customer, Purchase.date, Purchase.item, Purchase.amount_cents)
            .order_by(Purchase.id)
            .tuples()
        ),
        "interactions": list(
            Interaction.select(Interaction.customer, Interaction.at, Interaction.kind, Interaction.summary)
            .order_by(Interaction.id)
            .tuples()
        ),
        "reminders": list(
            Reminder.select(Reminder.customer, Reminder.due_date, Reminder.title).order_by(Reminder.id).tuples()
        ),
        "tags": list(
            CustomerTag.select(CustomerTag.customer, Tag.name)
            .join(Tag)
            .order_by(CustomerTag.customer, Tag.name)
            .tuples()
        ),
    }


def reopen(path: Path) -> None:
    from smallcrm.domain.session import open_crm

    open_crm(path)


def test_same_seed_and_day_give_the_same_shop(crm: Path, tmp_path: Path) -> None:
    generate(300, seed=5, today=TODAY)
    first = snapshot()
    reopen(tmp_path / "again.db")
    generate(300, seed=5, today=TODAY)
    assert snapshot() == first
    assert first["purchases"] and first["interactions"] and first["reminders"] and first["tags"]


def test_another_seed_gives_another_shop(crm: Path, tmp_path: Path) -> None:
    generate(300, seed=5, today=TODAY)
    names = [c.name for c in Customer.select(Customer.name).order_by(Customer.id)]
    phones_ = [c.phone_norm for c in Customer.select(Customer.phone_norm).order_by(Customer.id)]
    reopen(tmp_path / "other.db")
    generate(300, seed=6, today=TODAY)
    other = [c.name for c in Customer.select(Customer.name).order_by(Customer.id)]
    same = sum(a == b for a, b in zip(names, other, strict=True))
    assert same < 30
    assert not set(phones_) & {c.phone_norm for c in Customer.select(Customer.phone_norm)}


def test_returned_counts_are_the_rows_in_the_tables(demo: dict[str, int]) -> None:
    assert demo == {
        "customers": Customer.select().count(),
        "purchases": Purchase.select().count(),
        "interactions": Interaction.select().count(),
        "reminders": Reminder.select().count(),
        "staff": Staff.select().count(),
        "tags": Tag.select().count(),
    }
    assert demo["customers"] == N
    assert 3 <= demo["staff"] <= 4


def test_every_customer_has_a_valid_mobile_stored_as_typed_and_as_e164(demo: dict[str, int]) -> None:
    rows = list(Customer.select(Customer.phone, Customer.phone_norm, Customer.phone2, Customer.phone2_norm).tuples())
    for phone, norm, phone2, norm2 in rows:
        assert phonenumbers.is_valid_number(phonenumbers.parse(norm)), norm
        assert phonenumbers.number_type(phonenumbers.parse(norm)) == phonenumbers.PhoneNumberType.MOBILE
        assert phones.normalise(phone) == norm
        if phone2:
            assert phonenumbers.is_valid_number(phonenumbers.parse(norm2)), norm2
            assert phones.normalise(phone2) == norm2
    assert sum(p != n[3:] for p, n, _, _ in rows) > 0  # some typed with spaces, dashes or +86


def test_postcodes_are_six_digits_of_the_customers_district(demo: dict[str, int]) -> None:
    known = {(c[0], c[1], d): code for c in CITIES for d, code in c[5]}
    rows = list(Customer.select(Customer.province, Customer.city, Customer.district, Customer.postcode).tuples())
    with_address = [r for r in rows if r[3]]
    assert len(with_address) > 0.7 * len(rows)
    for province, city, district, postcode in with_address:
        assert len(postcode) == 6 and postcode.isdigit()
        assert known[(province, city, district)] == postcode
    assert Counter(r[1] for r in rows).most_common(1)[0][0] == "成都市"  # a Chengdu shop
    assert len({r[1] for r in rows}) >= 20


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


def test_customers_have_profiles_staff_and_tags(demo: dict[str, int]) -> None:
    customers = list(Customer.select())
    assert {c.income_band for c in customers} >= {"<5千", "5千-1万", "1-2万", "2万以上"}
    assert {c.source for c in customers} >= {"门店", "朋友介绍", "微信", "抖音", "美团"}
    assert sum(bool(c.occupation) for c in customers) > 0.8 * N
    staff = Counter(c.staff_id for c in customers)
    assert len([s for s in staff if s is not None]) >= 3
    assert staff[None] < 0.15 * N
    genders = Counter(c.gender for c in customers)
    assert genders["F"] > 0.4 * N and genders["M"] > 0.3 * N
    tags = Counter(name for (name,) in Tag.select(Tag.name).join(CustomerTag).tuples())
    assert {"VIP", "老客户", "会员", "批发"} <= set(tags)
    assert tags["VIP"] < 0.05 * N


def test_common_surnames_are_the_most_frequent(demo: dict[str, int]) -> None:
    names = [c.name for c in Customer.select(Customer.name)]
    top = [s for s, _ in Counter(n[0] for n in names).most_common(5)]
    assert {"王", "李", "张"} <= set(top)
    assert all(2 <= len(n) <= 5 for n in names)


def test_purchases_span_three_years_in_whole_cents(demo: dict[str, int]) -> None:
    first, last = Purchase.select(fn.MIN(Purchase.date), fn.MAX(Purchase.date)).scalar(as_tuple=True)
    first, last = dt.date.fromisoformat(str(first)), dt.date.fromisoformat(str(last))
    assert TODAY - dt.timedelta(days=3 * 365) <= first <= TODAY - dt.timedelta(days=3 * 365 - 30)
    assert TODAY - dt.timedelta(days=7) <= last <= TODAY
    sample = list(Purchase.select().limit(2000))
    assert all(type(p.amount_cents) is int and (p.cost_cents is None or type(p.cost_cents) is int) for p in sample)
    assert all(p.quantity == int(p.quantity) >= 1 for p in sample)  # the demo sells whole items
    assert {p.category for p in Purchase.select(Purchase.category).distinct()} >= {"茶叶", "月饼", "礼盒", "坚果"}


def test_about_ten_purchases_a_customer_with_a_heavy_tail(demo: dict[str, int]) -> None:
    assert 7 * N < demo["purchases"] < 14 * N
    revenue = sorted(
        (r for (r,) in Purchase.select(fn.SUM(Purchase.amount_cents)).group_by(Purchase.customer).tuples()),
        reverse=True,
    )
    assert sum(revenue[: len(revenue) // 10]) > 0.4 * sum(revenue)  # the best tenth bring in most of the money
    buyers = len(revenue)
    assert 0.03 * N < N - buyers < 0.15 * N  # potential customers who have not bought yet


def test_some_customers_cost_more_than_they_bring(demo: dict[str, int]) -> None:
    profit = fn.SUM(Purchase.amount_cents) - fn.SUM(fn.COALESCE(Purchase.cost_cents, 0))
    losers = Purchase.select(Purchase.customer).group_by(Purchase.customer).having(profit < 0).count()
    assert 0.01 * N < losers < 0.15 * N


def test_sales_peak_before_spring_festival_and_mooncakes_sell_before_mid_autumn(demo: dict[str, int]) -> None:
    def lines(start: str, end: str, **where: str) -> int:
        query = Purchase.select().where(Purchase.date.between(start, end))
        for field, value in where.items():
            query = query.where(getattr(Purchase, field) == value)
        return query.count()

    assert lines("2024-12-30", "2025-01-28") > 1.5 * lines("2025-03-10", "2025-04-08")
    mooncakes = lines("2022-06-01", "2025-06-15", category="月饼")
    before_festival = lines("2024-08-18", "2024-09-16", category="月饼") + lines(
        "2023-08-30", "2023-09-28", category="月饼"
    )
    assert mooncakes > 0 and before_festival + lines("2022-08-11", "2022-09-09", category="月饼") == mooncakes


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


def test_interactions_cover_every_kind_with_chinese_summaries(demo: dict[str, int]) -> None:
    rows = list(Interaction.select())
    assert {i.kind for i in rows} <= set(interactions.KINDS)
    assert {"visit", "call", "message", "complaint", "feedback", "greeting"} <= {i.kind for i in rows}
    assert all(i.summary and any("\u4e00" <= ch <= "\u9fff" for ch in i.summary) for i in rows)
    assert all(1 <= i.satisfaction <= 5 for i in rows if i.kind == "feedback")
    complaints = [i for i in rows if i.kind == "complaint"]
    assert {i.status for i in complaints} == {"open", "resolved"}
    assert all((i.resolved_at is not None) == (i.status == "resolved") for i in complaints)
    assert all(i.at.date() <= TODAY for i in rows)


def test_open_reminders_are_overdue_due_today_and_this_week(demo: dict[str, int]) -> None:
    rows = list(Reminder.select())
    assert {r.kind for r in rows} <= set(kinds.KINDS)
    assert all(r.title for r in rows)
    open_ = [r for r in rows if r.status == "open"]
    assert any(r.due_date < TODAY for r in open_)
    assert any(r.due_date == TODAY for r in open_)
    assert any(TODAY < r.due_date <= TODAY + dt.timedelta(days=7) for r in open_)
    assert {"callback", "festival", "reengage"} <= {r.kind for r in open_}
    assert any(r.status == "done" and r.outcome for r in rows)


def test_a_few_customers_are_entered_twice(demo: dict[str, int]) -> None:
    same_phone = (
        Customer.select(Customer.phone_norm).group_by(Customer.phone_norm).having(fn.COUNT(Customer.id) > 1).count()
    )
    same_address = (
        Customer.select(Customer.name, Customer.street)
        .where(Customer.street != "")
        .group_by(Customer.name, Customer.street)
        .having(fn.COUNT(Customer.id) > 1)
        .count()
    )
    assert 1 <= same_phone + same_address <= 0.01 * N


def test_demo_customers_are_found_by_the_search_box(demo: dict[str, int]) -> None:
    c = Customer.select().where(fn.length(Customer.name) == 3).order_by(Customer.id).first()
    assert c.id in [h["id"] for h in search(c.name, limit=200).hits]
    assert c.id in [h["id"] for h in search(c.phone_norm[-8:], limit=200).hits]


def assert_empty() -> None:
    for model in (Customer, CustomerTag, Purchase, Interaction, Reminder, Staff, Tag):
        assert model.select().count() == 0, model.__name__


def test_cancel_at_the_first_progress_report_leaves_the_database_empty(crm: Path) -> None:
    token = jobs.CancelToken()
    calls: list[int] = []

    def progress(done: int, total: int, message: str = "") -> None:
        calls.append(done)
        token.cancel()

    with pytest.raises(jobs.Cancelled):
        generate(300, seed=1, today=TODAY, progress=progress, cancel=token)
    assert len(calls) == 1
    assert_empty()


def test_cancel_after_purchases_are_written_rolls_everything_back(crm: Path) -> None:
    token = jobs.CancelToken()
    n = 300

    def progress(done: int, total: int, message: str = "") -> None:
        if done > 2 * n:  # the purchases of the first batch are in the database by now
            assert Purchase.select().count() > 0
            token.cancel()

    with pytest.raises(jobs.Cancelled):
        generate(n, seed=1, today=TODAY, progress=progress, cancel=token)
    assert_empty()


def test_progress_runs_from_zero_to_total(crm: Path) -> None:
    seen: list[tuple[int, int]] = []
    generate(50, seed=1, today=TODAY, progress=lambda done, total, message="": seen.append((done, total)))
    assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
