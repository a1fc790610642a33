"""The demo customers' purchase lines: on days weighted by the shop's seasons, the
customer's favourite item or what sells in that season for their kind, in the
quantities and at the prices each kind buys at; refunds, small gifts, and costs not
recorded in the shop's first months."""

from __future__ import annotations

import bisect
import random
from typing import Any

from smallcrm.domain.demo.goods import CHANNELS, ITEM_TABLES, ITEMS
from smallcrm.domain.demo.plan import Plan
from smallcrm.domain.demo.run import Run
from smallcrm.store.models import MilliField, Purchase

FIELDS = [
    Purchase.customer,
    Purchase.date,
    Purchase.item,
    Purchase.category,
    Purchase.quantity,
    Purchase.amount_cents,
    Purchase.cost_cents,
    Purchase.channel,
    Purchase.note,
    Purchase.created_at,
]  # the columns of the rows purchase_lines makes


def purchase_lines(run: Run, plan: Plan, cid: int, out: list[tuple[Any, ...]]) -> None:
    """Append customer ``cid``'s purchase lines to ``out`` (rows of FIELDS) and set the
    plan's revenue; the hot loop at a million lines, so it keeps its lookups in locals."""
    rng = run.rng
    rand = rng.random
    cal = run.cal
    season_of, dates, midnight, times = cal.season, cal.days, cal.midnight, run.times
    tables = [(t.values, t.cum, t.total, len(t.values) - 1) for t in ITEM_TABLES[plan.kind]]
    kind = plan.kind
    bisect_right = bisect.bisect_right
    fav = plan.favourite
    main_channel = plan.channel
    revenue = 0
    for day in _days(run, plan):
        season = season_of[day]
        if rand() < 0.35:
            item = fav
        else:
            values, weights, total, top = tables[season]
            item = values[min(bisect_right(weights, rand() * total), top)]
        name, category, price, ratio = ITEMS[item]
        qty, disc, note = _terms(rng, kind, category, season)
        cost: int | None = round(price * ratio * 100) * qty
        amount = round(price * qty * disc) * 100
        r = rand()
        if r < (0.12 if kind == "bargain" else 0.004):  # a refund for opened, unsellable goods
            amount, cost, note = -amount, 0, "退货退款（已拆封，无法再售）"
        elif r > 0.985 and price <= 60 and kind != "bargain":  # a small gift with a good order
            amount, note = 0, "赠品"
        elif day < 150 and r > 0.6:
            cost = None  # costs were not recorded in the first months
        out.append(
            (
                cid,
                dates[day],
                name,
                category,
                qty * MilliField.SCALE,  # stored in thousandths; insert_rows writes raw values
                amount,
                cost,
                main_channel if rand() < 0.8 else CHANNELS[int(rand() * 6)],
                note,
                midnight[day] + times[int(rand() * 97)],
            )
        )
        revenue += amount
    plan.revenue = revenue


def _days(run: Run, plan: Plan) -> list[int]:
    """The days (indexes into the calendar) the customer bought on, in order."""
    rand = run.rng.random
    cum = run.cal.cum
    start, end = plan.start, plan.end
    lo = cum[start]
    span = cum[end + 1] - lo
    # The last purchase is pinned (it decides active, cooling or lapsed); so is the first
    # of a new customer, entered that day. Customers already in the books before the
    # records began get all their other days from the seasonal weights.
    days = [end] if plan.purchases == 1 or start == 0 else [start, end]
    days += [min(end, bisect.bisect_right(cum, lo + rand() * span) - 1) for _ in range(plan.purchases - len(days))]
    days.sort()
    return days


def _terms(rng: random.Random, kind: str, category: str, season: int) -> tuple[int, float, str]:
    """How many of an item a line sells, at what share of the price, and the note
    saying why: wholesale and corporate buyers in bulk at their discounts, bargain
    hunters with coupons, everyone else mostly one at full price."""
    rand = rng.random
    r = rand()
    note = ""
    if kind == "wholesale":
        qty = rng.randint(5, 30)
        disc = 0.7 + 0.12 * rand()
        note = "批发价"
    elif kind == "corporate":
        qty = rng.randint(10, 80) if category in ("礼盒", "月饼") else rng.randint(3, 15)
        disc = 0.85 + 0.1 * rand()
        note = "企业团购，开增值税发票"
    else:
        qty = 1 if r < 0.74 else 2 if r < 0.92 else 3 if r < 0.97 else rng.randint(4, 8)
        if season and category in ("礼盒", "月饼", "粽子") and kind == "gift":
            qty += rng.randint(1, 5)
        r = rand()
        if kind == "bargain":
            disc = 0.35 + 0.25 * r
            note = "团购券" if r < 0.5 else "直播间优惠"
        elif r < 0.82:
            disc = 1.0
        elif r < 0.94:
            disc = 0.9
            note = "会员价"
        else:
            disc = 0.8
            note = "促销"
    return qty, disc, note
