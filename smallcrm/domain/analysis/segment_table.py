"""Every customer's segment in every built-in dimension as of one day: profit tier, RFM
group, age band, lifecycle stage (the churn status is ``analysis.churn``'s).

The rules, as the owner reads them in ``analysis.segment_names``' help texts:

- profit tiers: loss (profit below 0), none (up to the no-profit setting), and of the
  rest the best down to the given share of their total profit high, the others medium;
- RFM: recency, frequency and spending scored 1..5 by quintile, mapped to groups by the
  widely used R×F segment map (F replaced by the rounded mean of F and M);
- lifecycle: potential, new, satisfied, retained, loyal, by purchase days, recency,
  satisfaction and open complaints.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import Any

import numpy as np
from borax.calendars.lunardate import LunarDate

from smallcrm.domain.analysis.config import Config
from smallcrm.domain.analysis.facts import Facts
from smallcrm.domain.analysis.series import NO_DAY, day_number
from smallcrm.domain.values.dates import add_months

# Profit tiers, in ascending order of worth (a move up is an upgrade).
TIERS = ("loss", "none", "medium", "high")


LOSS, NONE, MEDIUM, HIGH = range(4)


# RFM groups from the recency score (rows, 1..5) and the frequency-monetary score
# (columns, 1..5): the widely used R×F segment map, with F replaced by
# FM = round((F + M) / 2) so that spending counts too.
RFM_GROUPS = (
    "champions",
    "loyal",
    "potential_loyalist",
    "new",
    "promising",
    "need_attention",
    "about_to_sleep",
    "at_risk",
    "cant_lose",
    "hibernating",
)


_G = {name: i for i, name in enumerate(RFM_GROUPS)}


RFM_MAP = np.array(
    [
        # FM:  1                  2                  3                  4                 5
        [_G["hibernating"], _G["hibernating"], _G["at_risk"], _G["at_risk"], _G["cant_lose"]],  # R = 1
        [_G["hibernating"], _G["hibernating"], _G["at_risk"], _G["at_risk"], _G["cant_lose"]],  # R = 2
        [_G["about_to_sleep"], _G["about_to_sleep"], _G["need_attention"], _G["loyal"], _G["loyal"]],  # R = 3
        [_G["promising"], _G["potential_loyalist"], _G["potential_loyalist"], _G["loyal"], _G["loyal"]],  # R = 4
        [_G["new"], _G["potential_loyalist"], _G["potential_loyalist"], _G["champions"], _G["champions"]],  # R = 5
    ],
    dtype=np.int8,
)


AGE_BANDS = ("under_25", "25_34", "35_44", "45_54", "55_64", "65_plus", "unknown")


AGE_EDGES = (25, 35, 45, 55, 65)


LIFECYCLE = ("potential", "new", "satisfied", "retained", "loyal")


POTENTIAL, NEW, SATISFIED, RETAINED, LOYAL = range(5)


# The lifecycle rules' numbers (the help text in domain.segments spells them out).
RECENT_MONTHS = 12  # retained and loyal customers bought within this many months


RETAINED_MIN_DAYS = 3  # purchase days


LOYAL_MIN_DAYS = 6  # purchase days


LOYAL_MIN_MONTHS = 24  # since the first purchase


GOOD_SCORE = 4  # a satisfaction score this high makes a one-time buyer 'satisfied'


UNHAPPY_SCORE = 2  # a latest score this low (or an open complaint) holds a customer below 'retained'


def profit_tiers(
    profit: np.ndarray, known: np.ndarray, high_percent: int, no_profit_cents: int
) -> tuple[np.ndarray, int | None]:
    """Tier of each customer (-1 where not ``known``) and the high tier's lowest profit.

    loss: profit < 0; none: 0 ≤ profit ≤ no_profit_cents; the others are ranked by
    profit and the best of them, down to the first whose running total reaches
    ``high_percent`` % of their total profit, are high (customers tied with that last
    one too); the rest are medium.
    """
    tier, earning = _tiers_below_high(profit, known, no_profit_cents)
    threshold = _high_threshold(profit[earning], high_percent)
    if threshold is None:
        return tier, None
    return np.where(earning & (profit >= threshold), np.int8(HIGH), tier), threshold


def profit_tiers_by_row(profit: np.ndarray, known: np.ndarray, high_percent: int, no_profit_cents: int) -> np.ndarray:
    """:func:`profit_tiers` of each row of ``profit`` and ``known`` (rows × customers) on
    its own: the KPIs' tiers at every month end, with the selects over all the rows at
    once and only the ranking row by row."""
    tier, earning = _tiers_below_high(profit, known, no_profit_cents)
    high = np.full((profit.shape[0], 1), np.iinfo(np.int64).max)
    for j in range(profit.shape[0]):
        threshold = _high_threshold(profit[j][earning[j]], high_percent)
        if threshold is not None:
            high[j] = threshold
    return np.where(earning & (profit >= high), np.int8(HIGH), tier)


def _tiers_below_high(profit: np.ndarray, known: np.ndarray, no_profit_cents: int) -> tuple[np.ndarray, np.ndarray]:
    """Every tier but high (-1 where not ``known``), and who earns (the candidates for high)."""
    # Whole-array selects rather than assignments through boolean masks: the KPIs tier
    # every customer at every month's end, and the masked writes were most of the time.
    earning = known & (profit > no_profit_cents)
    rest = np.where(profit < 0, np.int8(LOSS), np.int8(NONE))
    return np.where(earning, np.int8(MEDIUM), np.where(known, rest, np.int8(-1))), earning


def _high_threshold(earnings: np.ndarray, high_percent: int) -> int | None:
    """The high tier's lowest profit among the earning customers' ``earnings`` (None: no high tier)."""
    ranked = _sorted(earnings)[::-1]
    if not len(ranked) or high_percent <= 0:
        return None
    running = np.cumsum(ranked, dtype=np.int64)
    j = int(np.searchsorted(running * 100 >= high_percent * int(running[-1]), True))
    return int(ranked[min(j, len(ranked) - 1)])


def _sorted(values: np.ndarray) -> np.ndarray:
    """``values`` sorted, in 32 bits when they fit (the usual profits in cents): numpy sorts
    those in about half the time, and the KPIs sort every month end's profits."""
    small = len(values) and values.dtype.kind == "i" and -(1 << 31) <= int(values.min()) <= int(values.max()) < 1 << 31
    return np.sort(values.astype(np.int32)) if small else np.sort(values)


def quintile_scores(values: np.ndarray) -> np.ndarray:
    """1..5: 1 + ⌊5 × (share of the customers with a strictly lower value)⌋, so equal
    values always get equal scores."""
    if not len(values):
        return np.zeros(0, dtype=np.int8)
    lo, hi = (int(values.min()), int(values.max())) if values.dtype.kind in "iu" else (0, -1)
    if lo <= hi and hi - lo <= 4 * len(values):
        # Whole numbers over a short range (days since the last purchase, purchase days):
        # count each value and take the running count below it, no sort and no binary
        # search of every value (a tenth of the time at 100,000 customers).
        below = np.cumsum(np.bincount(values - lo, minlength=hi - lo + 1))
        lower = np.concatenate(([0], below[:-1]))[values - lo]
    else:
        lower = np.searchsorted(np.sort(values), values, side="left")
    return (1 + (5 * lower) // len(values)).astype(np.int8)


def ages(facts: Facts) -> np.ndarray:
    """Completed years on the as-of day (-1 unknown); lunar birthdays count lunar years,
    as ``Birthday.age_on`` does."""
    as_of = facts.as_of
    lunar_now = LunarDate.from_solar_date(as_of.year, as_of.month, as_of.day)
    ref_year = np.where(facts.birth_lunar, lunar_now.year, as_of.year)
    ref_month = np.where(facts.birth_lunar, lunar_now.month, as_of.month)
    ref_day = np.where(facts.birth_lunar, lunar_now.day, as_of.day)
    b_day = facts.birth_day.copy()
    if not calendar.isleap(as_of.year):  # 29 February falls on the 28th in other years
        b_day[(~facts.birth_lunar) & (facts.birth_month == 2) & (b_day == 29)] = 28
    before = (facts.birth_month > ref_month) | ((facts.birth_month == ref_month) & (b_day > ref_day))
    age = ref_year - facts.birth_year - before.astype(np.int64)
    return np.where((facts.birth_year > 0) & (facts.birth_month > 0) & (age >= 0), age, -1)


def age_bands(age: np.ndarray) -> np.ndarray:
    band = np.searchsorted(np.array(AGE_EDGES), age, side="right").astype(np.int8)
    band[age < 0] = len(AGE_BANDS) - 1
    return band


@dataclass(eq=False)
class SegmentTable:
    """Every customer's segment in every dimension as of one day (-1: not in any)."""

    facts: Facts
    config: Config
    window_start: dt.date  # the profit window is (window_start, as_of]
    known: np.ndarray  # bool: a customer on the as-of day
    profit: np.ndarray  # window profit, cents (after service cost)
    revenue: np.ndarray  # window revenue, cents
    tier: np.ndarray
    high_threshold: int | None
    recency: np.ndarray  # days since the last purchase day (-1: never bought)
    frequency: np.ndarray  # purchase days
    monetary: np.ndarray  # spend up to the as-of day, cents
    r_score: np.ndarray  # 1..5, 0: never bought
    f_score: np.ndarray
    m_score: np.ndarray
    rfm: np.ndarray  # index into RFM_GROUPS
    age: np.ndarray
    age_band: np.ndarray
    lifecycle: np.ndarray
    first_buy: np.ndarray  # day, NO_DAY if never
    last_buy: np.ndarray  # day, -1 if never


def window_profit(facts: Facts, config: Config, after: Any, upto: Any) -> np.ndarray:
    """Profit per customer on days in (after, upto]: purchases minus the service cost of contacts."""
    goods = facts.days.sum("profit", after, upto)
    served = facts.contacts.sum("service", after, upto)
    return goods - served * config.service_cost_cents


def segment_table(facts: Facts, config: Config) -> SegmentTable:
    today = facts.today
    known = facts.known <= today
    start = add_months(facts.as_of, -config.window_months)
    after = day_number(start)
    profit = window_profit(facts, config, after, today)
    revenue = facts.days.sum("amount", after, today)
    tier, threshold = profit_tiers(profit, known, config.high_profit_percent, config.no_profit_cents)

    buys = facts.buys
    frequency = buys.count(-1 << 40, today)
    first_buy = np.where(frequency > 0, buys.first_day(), NO_DAY)
    last_buy = buys.last("day", today, -1)
    bought = known & (frequency > 0)
    recency = np.where(bought, today - last_buy, -1)
    monetary = facts.days.sum("amount", -1 << 40, today)
    r_score = np.zeros(facts.n, dtype=np.int8)
    f_score = np.zeros(facts.n, dtype=np.int8)
    m_score = np.zeros(facts.n, dtype=np.int8)
    r_score[bought] = quintile_scores(-recency[bought])
    f_score[bought] = quintile_scores(frequency[bought])
    m_score[bought] = quintile_scores(monetary[bought])
    rfm = np.full(facts.n, -1, dtype=np.int8)
    fm = (f_score[bought].astype(np.int64) + m_score[bought] + 1) // 2
    rfm[bought] = RFM_MAP[r_score[bought] - 1, fm - 1]

    age = ages(facts)
    band = age_bands(age)

    latest_score = facts.scores.last("sat", today, 0)
    open_complaints = facts.complaints.count(-1 << 40, today) - facts.resolutions.count(-1 << 40, today)
    unhappy = ((latest_score > 0) & (latest_score <= UNHAPPY_SCORE)) | (open_complaints > 0)
    recent = last_buy > day_number(add_months(facts.as_of, -RECENT_MONTHS))
    long_ago = first_buy <= day_number(add_months(facts.as_of, -LOYAL_MIN_MONTHS))
    life = np.full(facts.n, POTENTIAL, dtype=np.int8)
    life[bought] = NEW
    life[bought & ((frequency >= 2) | (latest_score >= GOOD_SCORE))] = SATISFIED
    retained = bought & (frequency >= RETAINED_MIN_DAYS) & recent & ~unhappy
    life[retained] = RETAINED
    life[retained & long_ago & (frequency >= LOYAL_MIN_DAYS)] = LOYAL
    life[~known] = -1

    return SegmentTable(
        facts=facts,
        config=config,
        window_start=start,
        known=known,
        profit=profit,
        revenue=revenue,
        tier=np.where(known, tier, -1).astype(np.int8),
        high_threshold=threshold,
        recency=recency,
        frequency=frequency,
        monetary=monetary,
        r_score=r_score,
        f_score=f_score,
        m_score=m_score,
        rfm=rfm,
        age=age,
        age_band=np.where(known, band, -1).astype(np.int8),
        lifecycle=life,
        first_buy=first_buy,
        last_buy=last_buy,
    )
