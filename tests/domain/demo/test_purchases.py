"""The demo shop's purchases: three years in whole cents, about ten a customer with a
heavy tail, some customers at a loss, and the shop's seasons."""

from __future__ import annotations

import datetime as dt
from typing import Any

from peewee import fn

from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.purchases import FIELDS, purchase_lines
from smallcrm.domain.demo.run import Run
from smallcrm.store.models import MilliField, Purchase
from tests.domain.demo.conftest import TODAY, N


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


def _lines(kind: str, purchases: int, start: int = 100, end: int = 1000) -> tuple[Plan, list[dict[str, Any]]]:
    plan = Plan(kind, start, end, purchases, None, "微信", 0, "张伟", "张", "M", True)
    out: list[tuple[Any, ...]] = []
    purchase_lines(Run.start(7, TODAY), plan, 42, out)
    return plan, [dict(zip((f.name for f in FIELDS), row, strict=True)) for row in out]


def test_a_customer_buys_as_often_as_planned_first_and_last_on_the_planned_days() -> None:
    plan, lines = _lines("regular", 12)
    run = Run.start(7, TODAY)
    assert len(lines) == 12
    assert lines[0]["date"] == run.cal.date(100) and lines[-1]["date"] == run.cal.date(1000)
    assert [line["date"] for line in lines] == sorted(line["date"] for line in lines)
    assert plan.revenue == sum(line["amount_cents"] for line in lines)
    assert all(line["customer"] == 42 for line in lines)


def test_wholesale_buyers_buy_in_bulk_at_a_discount() -> None:
    _plan, lines = _lines("wholesale", 40)
    assert all(5 * MilliField.SCALE <= line["quantity"] <= 30 * MilliField.SCALE for line in lines)
    assert {line["note"] for line in lines} <= {"批发价", "退货退款（已拆封，无法再售）"}
