"""The analysis reads whole columns in a few set-based queries and sums them with numpy
(analysis.facts, series, segment_table, churn, kpis); on random small shops that must
give exactly what reading the rows one by one and adding them up in plain Python
gives: purchase days, contacts, the segments' sums and the customers new each month.

The shops hold what a real file holds and the fast path could get wrong: refunds and
free gifts, costs not recorded, several lines a day, purchases and contacts after the
as-of day, customers in the trash, churned with and without a date, complaints open,
resolved with and without a date."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.analysis.facts import INTERACTION_KINDS, MARKED_REASONS, SERVICE_KINDS
from smallcrm.domain.analysis.result import analyse
from smallcrm.domain.analysis.series import NO_DAY, day_number
from smallcrm.domain.customers.commands import create_customer, delete_customers
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Interaction, Purchase

AS_OF = dt.date(2026, 6, 15)
# Days around the as-of day (some after it), the profit window's start (12 months
# back) and a month's end, where an off-by-one would show; and anywhere else.
EDGES = [0, 1, -1, -365, -364, -366, -14, -15, -45, -46]
DAYS = st.one_of(st.sampled_from(EDGES), st.integers(-800, 40)).map(lambda d: AS_OF + dt.timedelta(days=d))

purchases = st.lists(
    st.tuples(
        st.integers(0, 5),  # which customer
        DAYS,
        st.sampled_from([-5_000, 0, 1, 880, 12_345, 99_900]),  # refunds and free gifts too
        st.one_of(st.none(), st.integers(0, 9_000)),  # cost, or not recorded
    ),
    max_size=40,
)
interactions = st.lists(
    st.tuples(
        st.integers(0, 5),
        DAYS,
        st.sampled_from(INTERACTION_KINDS),
        st.one_of(st.none(), st.integers(1, 5)),  # satisfaction
        st.sampled_from(["open", "resolved"]),
        st.one_of(st.none(), st.integers(0, 60)),  # resolved this many days later (or no date)
    ),
    max_size=25,
)
customers = st.lists(
    st.tuples(
        st.integers(-900, 20),  # created, days from the as-of day
        st.sampled_from(["live", "trashed", "churned", "churned undated"]),
        st.sampled_from((*MARKED_REASONS, "")),
    ),
    min_size=1,
    max_size=6,
)


def make_shop(people: list[Any], bought: list[Any], contacted: list[Any]) -> list[int]:
    ids = [create_customer({"name": f"客户{i}"}).id for i in range(len(people))]
    for cid, (created, state, reason) in zip(ids, people, strict=True):
        at = dt.datetime.combine(AS_OF + dt.timedelta(days=created), dt.time(9, 30))
        fields: dict[str, Any] = {"created_at": at, "updated_at": at}
        if state.startswith("churned"):
            fields |= {"churn_status": "churned", "churn_reason": reason}
            fields["churned_on"] = None if state == "churned undated" else AS_OF - dt.timedelta(days=100)
        Customer.update(fields).where(Customer.id == cid).execute()
    now = dt.datetime(2026, 1, 1)
    for who, day, amount, cost in bought:
        Purchase.insert(
            customer=ids[who % len(ids)], date=day, item="茶", category="", quantity_milli=1000, amount_cents=amount,
            cost_cents=cost, channel="", note="", created_at=now,
        ).execute()  # fmt: skip
    for who, day, kind, sat, status, later in contacted:
        at = dt.datetime.combine(day, dt.time(15, 0))
        resolved = None if later is None or status == "open" else at + dt.timedelta(days=later)
        Interaction.insert(
            customer=ids[who % len(ids)], at=at, kind=kind, satisfaction=sat, summary="", created_at=now,
            status=status if kind == "complaint" else "", resolved_at=resolved,
        ).execute()  # fmt: skip
    delete_customers([cid for cid, (_, state, _) in zip(ids, people, strict=True) if state == "trashed"])
    return ids


def rows_one_by_one() -> dict[str, Any]:
    """What the analysis needs, from the rows read one at a time and summed in Python."""
    today = day_number(AS_OF)
    live = sorted(c.id for c in Customer.select(Customer.id).where(Customer.deleted_at.is_null()))
    days: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0, 0])  # amount, profit, bought
    for cid, day, amount, cost in Purchase.select(
        Purchase.customer, Purchase.date, Purchase.amount_cents, Purchase.cost_cents
    ).tuples():
        d = day_number(day)
        if cid in live and d <= today:
            totals = days[(cid, d)]
            totals[0] += amount
            totals[1] += amount - (cost or 0)
            totals[2] = max(totals[2], int(amount > 0))
    contacts, complaints, resolutions, scores = [], [], [], []
    for cid, at, kind, sat, status, resolved_at in Interaction.select(
        Interaction.customer, Interaction.at, Interaction.kind, Interaction.satisfaction, Interaction.status,
        Interaction.resolved_at,
    ).tuples():  # fmt: skip
        d = day_number(at.date())
        if cid not in live or d > today:
            continue
        contacts.append((cid, d, int(kind in SERVICE_KINDS)))
        if kind == "complaint":
            complaints.append((cid, d))
            done = day_number(resolved_at.date()) if resolved_at else d if status == "resolved" else NO_DAY
            if max(done, d) <= today:
                resolutions.append((cid, max(done, d)))
        if sat is not None and 1 <= sat <= 5:
            scores.append((cid, d, sat))
    return {
        "live": live,
        "days": sorted((cid, d, *v) for (cid, d), v in days.items()),
        "contacts": sorted(contacts),
        "complaints": sorted(complaints),
        "resolutions": sorted(resolutions),
        "scores": sorted(scores),
    }


def series_rows(ids: np.ndarray, series: Any, *names: str) -> list[tuple[int, ...]]:
    columns = [series.values[name] for name in names]
    return sorted(
        (int(ids[c]), int(d), *(int(col[i]) for col in columns))
        for i, (c, d) in enumerate(zip(series.cust, series.day, strict=True))
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=customers, bought=purchases, contacted=interactions)
def test_the_column_reads_and_numpy_sums_agree_with_the_rows_added_up_one_by_one(
    crm: Path, people: list[Any], bought: list[Any], contacted: list[Any]
) -> None:
    with db.atomic() as transaction:
        make_shop(people, bought, contacted)
        rows = rows_one_by_one()
        result = analyse(AS_OF)
        check(result, rows)
        transaction.rollback()


def check(result: Any, rows: dict[str, Any]) -> None:
    facts, seg, today = result.facts, result.segments, day_number(AS_OF)
    ids = facts.ids
    assert ids.tolist() == rows["live"]
    assert series_rows(ids, facts.days, "amount", "profit", "buy") == rows["days"]
    bought_days = [(cid, d, amount) for cid, d, amount, _profit, buy in rows["days"] if buy]
    assert series_rows(ids, facts.buys, "amount") == bought_days
    assert series_rows(ids, facts.contacts, "service") == rows["contacts"]
    assert series_rows(ids, facts.complaints) == rows["complaints"]
    assert series_rows(ids, facts.resolutions) == rows["resolutions"]
    assert series_rows(ids, facts.scores, "sat") == rows["scores"]

    window_start = day_number(seg.window_start)
    service = result.config.service_cost_cents
    for i, cid in enumerate(rows["live"]):
        mine = [r for r in rows["days"] if r[0] == cid]
        buys = [d for _c, d, _a, _p, buy in mine if buy]
        contacts = [r for r in rows["contacts"] if r[0] == cid]
        created = Customer.get_by_id(cid).created_at.date()
        firsts = [day_number(created)] + [r[1] for r in mine[:1]] + [min((r[1] for r in contacts), default=NO_DAY)]
        assert facts.known[i] == min(firsts)
        in_window = [r for r in mine if window_start < r[1] <= today]
        served = sum(s for _c, d, s in contacts if window_start < d <= today)
        assert seg.profit[i] == sum(r[3] for r in in_window) - served * service
        assert seg.revenue[i] == sum(r[2] for r in in_window)
        assert seg.monetary[i] == sum(r[2] for r in mine)
        assert seg.frequency[i] == len(buys)
        assert seg.first_buy[i] == (buys[0] if buys else NO_DAY)
        assert seg.last_buy[i] == (buys[-1] if buys else -1)
        summary = result.churn.summary
        assert summary.x[i] == max(len(buys) - 1, 0)
        assert summary.t_x[i] == (buys[-1] - buys[0] if buys else 0)

    kpis = result.kpis(12)
    first_buy = {cid: min(d for c, d, _a, _p, buy in rows["days"] if c == cid and buy) for cid, *_ in bought_days}
    for m, month in enumerate(kpis.months):
        lo, hi = day_number(month.start), day_number(month.end)
        assert sorted(kpis.customers("new", m).tolist()) == sorted(c for c, d in first_buy.items() if lo <= d <= hi)
