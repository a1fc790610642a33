"""How the shop judges its CRM (评价指标): KPIs per month, per profit tier and per staff member.

For each calendar month up to the as-of day (the last one ends on the as-of day):

- customers at start: customers with a purchase before the month who were not lost
  (churned) at the end of the previous month;
- new: customers whose first purchase day falls in the month; new rate = new ÷
  customers at start;
- churned: customers who turned lost during the month (lost at its end, not at the
  end of the previous month): marked by the owner with that date, or judged lost by
  the churn model or the recency rule (``domain.churn``) with the history up to the
  month's end; churn rate = churned ÷ customers at start. The model's parameters are
  today's fit, so past months are re-judged when the model changes;
- reactivated: lost at the end of the previous month, buying again by the end of this one;
- upgraded / downgraded: a higher / lower profit tier at the month's end than at the
  previous month's end (tiers over the window ending on each day; loss < no profit
  < medium < high), among customers known at both; rates ÷ those customers;
- average profit per customer: the month's profit (revenue − cost of goods −
  service cost of the month's contacts) of the customers active in the month (a
  purchase by its end, not lost at its start) ÷ their number, in cents;
- average satisfaction: the mean of the satisfaction scores given in the month;
- complaints opened / resolved in the month.

Per tier, a customer counts in their tier at the end of the previous month (new
customers: at the end of this month). Per staff, in the tier of their responsible
staff member now (the file keeps no history of reassignments).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from smallcrm.domain.analysis import churn as ch
from smallcrm.domain.analysis.facts import beside
from smallcrm.domain.analysis.segment_table import TIERS, profit_tiers_by_row
from smallcrm.domain.analysis.series import NO_DAY, day_date, day_number, running_total
from smallcrm.domain.values import dates
from smallcrm.store.models import Staff

KEYS = (
    "customers_at_start",
    "new",
    "new_rate",
    "churned",
    "churn_rate",
    "reactivated",
    "upgraded",
    "upgrade_rate",
    "downgraded",
    "downgrade_rate",
    "avg_profit_cents",
    "avg_satisfaction",
    "satisfaction_scores",
    "complaints_opened",
    "complaints_resolved",
)


@dataclass(frozen=True)
class Month:
    key: str  # 'YYYY-MM'
    start: dt.date
    end: dt.date  # the month's last day, or the as-of day in the as-of month


@dataclass(eq=False)
class Kpis:
    """The KPI tables, and per month the customers behind the counts (for a click on a chart)."""

    months: list[Month]
    overall: list[dict[str, Any]]
    by_tier: dict[str, list[dict[str, Any]]]
    by_staff: list[dict[str, Any]]  # {"staff_id", "staff", "months": [...]}
    ids: np.ndarray  # customer ids; the masks below index it
    new: np.ndarray  # bool, months × customers
    churned: np.ndarray
    reactivated: np.ndarray
    upgraded: np.ndarray
    downgraded: np.ndarray
    churn_reason: np.ndarray  # months × customers: CHURN_REASONS index where churned, else -1
    scored: np.ndarray  # bool: gave a satisfaction score in the month
    tier_end: np.ndarray  # months × customers: tier at each month's end (-1 unknown)
    # Customers × months (as computed, not transposed: copying them costs more than reading
    # them): counted in customers_at_start; satisfaction scores given; their sum.
    at_start: np.ndarray
    score_count: np.ndarray
    score_total: np.ndarray
    churned_by_reason: list[dict[str, int]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "months": self.overall,
            "by_tier": self.by_tier,
            "by_staff": self.by_staff,
        }

    def customers(self, kind: str, month: int) -> np.ndarray:
        """The ids behind one count: kind 'new', 'churned', 'reactivated', 'upgraded',
        'downgraded' or 'scored' in month index ``month``."""
        mask: np.ndarray = getattr(self, kind)[month]
        return self.ids[mask]

    def subset(self, only: np.ndarray) -> list[dict[str, Any]]:
        """Per month, the overall KPIs' counts and rates for the customers in ``only`` (a bool
        mask over ``ids``), worked out from the same per-customer masks as ``overall``: the
        analysis panel's filter (one staff member's customers, say)."""
        rows = []
        for i, span in enumerate(self.months):
            base = int((self.at_start[:, i] & only).sum())
            churned = int((self.churned[i] & only).sum())
            new = int((self.new[i] & only).sum())
            scores = int(self.score_count[:, i][only].sum())
            rows.append(
                {
                    "month": span.key,
                    "customers_at_start": base,
                    "new": new,
                    "new_rate": None if base == 0 else round(new / base, 6),
                    "churned": churned,
                    "churn_rate": None if base == 0 else round(churned / base, 6),
                    "upgraded": int((self.upgraded[i] & only).sum()),
                    "downgraded": int((self.downgraded[i] & only).sum()),
                    "satisfaction_scores": scores,
                    "avg_satisfaction": None
                    if scores == 0
                    else round(float(self.score_total[:, i][only].sum()) / scores, 4),
                }
            )
        return rows


def month_ranges(as_of: dt.date, months: int) -> list[Month]:
    out = []
    first = dates.add_months(as_of.replace(day=1), -(months - 1))
    for i in range(months):
        start = dates.add_months(first, i)
        end = min(dates.add_months(start, 1) - dt.timedelta(days=1), as_of)
        out.append(Month(f"{start.year:04d}-{start.month:02d}", start, end))
    return out


def _rate(count: np.ndarray, base: np.ndarray) -> list[float | None]:
    return [None if b == 0 else round(float(c) / float(b), 6) for c, b in zip(count, base, strict=True)]


def compute(result: Any, churn_result: Any, months: int = 12) -> Kpis:
    """The KPIs of an ``analysis.Analysis`` over the ``months`` months up to its as-of day."""
    if months < 1:
        raise ValueError("months must be at least 1")
    facts, config = result.facts, result.config
    b = _bounds(facts, config, months)
    # Profit and tiers, and the feedback, do not depend on the statuses, so they run
    # beside them: numpy lets go of the GIL in its loops, and a second core halves them.
    profit_job = beside(lambda: _profit_and_tiers(facts, config, b))
    feedback_job = beside(lambda: _feedback(facts, b.ends))
    status, reason, bought = _statuses(facts, churn_result.model, b)
    profit_cum, tiers = profit_job()
    flows = _flows(facts, b, status, bought, tiers, profit_cum)
    scores_n, scores_sum, opened, resolved = feedback_job()
    metrics = {
        **{name: flows[name] for name in ("customers_at_start", "new", "churned", "reactivated", "upgraded")},
        **{name: flows[name] for name in ("downgraded", "known_prev", "active", "profit")},
        "scores": scores_n,
        "score_sum": scores_sum,
        "opened": opened,
        "resolved": resolved,
    }
    staff_ids = sorted({int(v) for v in np.unique(facts.staff)})
    totals = _group_sums(metrics, flows["tier_group"], facts.staff, staff_ids)
    names = list(metrics)
    overall = _table(totals["overall"], names, b.spans)[0]
    cur = slice(1, len(b.ends))
    churn_reason = np.where(flows["churned"], reason[:, cur], -1)
    reasons_by_month = []
    # One count over the few churned cells (customers × months, row-major) for every month.
    cells = np.flatnonzero(churn_reason >= 0)
    months_count, reason_count = churn_reason.shape[1], len(ch.CHURN_REASONS)
    slot = (cells % months_count) * reason_count + churn_reason.ravel()[cells]
    counts_by_month = np.bincount(slot, minlength=months_count * reason_count).reshape(months_count, reason_count)
    for row, counts in zip(overall, counts_by_month, strict=True):
        row["churned_by_reason"] = {r: int(c) for r, c in zip(ch.CHURN_REASONS, counts, strict=True)}
        reasons_by_month.append(row["churned_by_reason"])
    by_tier_rows = _table(totals["tier"], names, b.spans)
    return Kpis(
        months=b.spans,
        overall=overall,
        by_tier={TIERS[t]: by_tier_rows[t] for t in reversed(range(len(TIERS)))},
        by_staff=_by_staff(staff_ids, _table(totals["staff"], names, b.spans)),
        ids=facts.ids,
        **{name: flows[name].T.copy() for name in ("new", "churned", "reactivated", "upgraded", "downgraded")},
        churn_reason=churn_reason.T.copy(),
        scored=(scores_n > 0).T.copy(),
        tier_end=tiers[:, cur].T.copy(),
        at_start=flows["customers_at_start"],
        score_count=scores_n,
        score_total=scores_sum,
        churned_by_reason=reasons_by_month,
    )


@dataclass(frozen=True, eq=False)
class _Bounds:
    """The days the KPIs look at: the month ends (the day before the first month, then
    each month's last day), the start of the profit window ending on each, both as
    indexes into ``days`` (the sorted union of the two), and who was known by each end."""

    spans: list[Month]
    ends: np.ndarray
    days: np.ndarray
    at_end: np.ndarray
    at_window: np.ndarray
    known: np.ndarray  # customers × ends


def _bounds(facts: Any, config: Any, months: int) -> _Bounds:
    spans = month_ranges(facts.as_of, months)
    ends = np.array([day_number(spans[0].start) - 1] + [day_number(m.end) for m in spans], dtype=np.int64)
    window_starts = np.array(
        [day_number(dates.add_months(day_date(e), -config.window_months)) for e in ends], dtype=np.int64
    )
    days = np.unique(np.concatenate([ends, window_starts]))
    return _Bounds(
        spans=spans,
        ends=ends,
        days=days,
        at_end=np.searchsorted(days, ends),
        at_window=np.searchsorted(days, window_starts),
        known=facts.known[:, None] <= ends[None, :],
    )


def _profit_and_tiers(facts: Any, config: Any, b: _Bounds) -> tuple[np.ndarray, np.ndarray]:
    """Profit up to every boundary day and the tier at every month end, over the window
    ending that day."""
    profit_cum = running_total(
        b.days, (facts.days, "profit", 1), (facts.contacts, "service", -config.service_cost_cents)
    )
    # Month ends × customers: each end's profits lie in one run of memory (the running
    # total is laid out day by day), so the selects over all of them go in order.
    by_day = profit_cum.T
    window_profit = by_day[b.at_end] - by_day[b.at_window]
    known = np.ascontiguousarray(b.known.T)
    tiers = profit_tiers_by_row(window_profit, known, config.high_profit_percent, config.no_profit_cents)
    return profit_cum, np.ascontiguousarray(tiers.T)


def _feedback(facts: Any, ends: np.ndarray) -> tuple[np.ndarray, ...]:
    """Satisfaction scores (count, sum) and complaints opened and resolved in each month
    (customers × months)."""
    score_count, score_sum = _per_month(facts.scores, ends, "sat")
    return score_count, score_sum, _per_month(facts.complaints, ends)[0], _per_month(facts.resolutions, ends)[0]


def _per_month(series: Any, ends: np.ndarray, *names: str) -> tuple[np.ndarray, ...]:
    """Per customer and month (the days after one of the ascending ``ends`` up to the
    next): the number of rows, and the sums of the named values (cents and scores: exact).
    Counted straight into the months from the rows, which are few (scores, complaints),
    rather than as running totals over every customer and end, differenced."""
    n, months = series.n, len(ends) - 1
    month = np.searchsorted(ends, series.day, side="left") - 1  # -1: on or before the first end
    inside = (month >= 0) & (month < months)
    slot = series.cust[inside].astype(np.int64) * months + month[inside]
    out = [np.bincount(slot, minlength=n * months).reshape(n, months)]
    for name in names:
        sums = np.bincount(slot, series.values[name][inside].astype(np.float64), n * months)
        out.append(np.rint(sums).astype(np.int64).reshape(n, months))
    return tuple(out)


def _statuses(facts: Any, model: ch.ChurnModel, b: _Bounds) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(status, churn reason, bought) at every month end (customers × ends), with the
    same model and rules as today; status -1 for customers not known yet."""
    n, k = facts.n, len(b.ends)
    # Days and counts fit 32 bits: half the memory to stream through in the dozens of
    # whole-array steps below and in ``model.status`` (the same values, so the same results).
    count = facts.buys.cumulative(b.ends)[0].astype(np.int32, order="C")  # purchase days up to every end
    ends = b.ends.astype(np.int32)[None, :]
    bought = count > 0
    first_day = facts.buys.first_day()
    first = np.where(first_day == NO_DAY, 0, first_day).astype(np.int32)[:, None]  # read where bought
    if len(facts.buys):
        # Each customer's last purchase day by each end is the row before their count
        # runs out; without one the index is the row before theirs (or -1), never read.
        last_index = facts.buys.start.astype(np.int32)[:, None] + (count - 1)
        last = np.where(bought, facts.buys.day.astype(np.int32)[last_index], np.int32(-1))
    else:
        last = np.full((n, k), -1, dtype=np.int32)
    summary = ch.Summary(
        bought=bought,
        x=np.where(bought, count - 1, np.int32(0)),
        t_x=np.where(bought, last - first, np.int32(0)),
        T=np.where(bought, ends - first, np.int32(0)),
        monetary=np.zeros((n, k)),
        first=np.where(bought, first_day[:, None], NO_DAY),
        last=last,
    )
    status, reason, _ = model.status(facts, b.ends[None, :], summary, with_alive=False)
    return np.where(b.known, status, -1), reason, bought


def _flows(
    facts: Any, b: _Bounds, status: np.ndarray, bought: np.ndarray, tiers: np.ndarray, profit_cum: np.ndarray
) -> dict[str, np.ndarray]:
    """Per customer and month (column j = 1..k-1 against j-1): counted at the start,
    new, churned, reactivated, upgraded, downgraded, known at the previous end, active
    and the month's profit; and the tier each counts in (``tier_group``)."""
    k = len(b.ends)
    prev, cur = slice(0, k - 1), slice(1, k)
    st_prev, st_cur = status[:, prev], status[:, cur]
    buying_by_end = bought[:, cur]
    first_day = facts.buys.first_day()[:, None]
    known_prev = b.known[:, prev]
    t_prev, t_cur = tiers[:, prev], tiers[:, cur]
    month_profit = profit_cum[:, b.at_end[1:]] - profit_cum[:, b.at_end[:-1]]
    active = buying_by_end & (st_prev != ch.CHURNED)
    return {
        "customers_at_start": (st_prev == ch.ACTIVE) | (st_prev == ch.AT_RISK),
        "new": (first_day > b.ends[None, prev]) & (first_day <= b.ends[None, cur]),
        "churned": (st_cur == ch.CHURNED) & (st_prev != ch.CHURNED) & buying_by_end,
        "reactivated": (st_prev == ch.CHURNED) & ((st_cur == ch.ACTIVE) | (st_cur == ch.AT_RISK)),
        "upgraded": known_prev & (t_cur > t_prev),
        "downgraded": known_prev & (t_cur < t_prev) & (t_cur >= 0),
        "known_prev": known_prev,
        "active": active,
        "profit": np.where(active, month_profit, 0),
        "tier_group": np.where(known_prev, t_prev, t_cur).astype(np.int64),
    }


def _group_sums(
    metrics: dict[str, np.ndarray], tier_group: np.ndarray, staff: np.ndarray, staff_ids: list[int]
) -> dict[str, np.ndarray]:
    """Each metric summed per month overall, per tier and per staff member:
    {"overall": 1 × months × metrics, "tier": tiers × ..., "staff": staff × ...}.

    One bincount per metric over (tier, staff, month) slots, then the tiers' and the
    staff's sums are the slots' sums over the other group (one pass over the customers
    instead of one per grouping). Customers in no tier (-1) land in a spare tier, which
    counts for their staff member and in the overall totals.
    """
    n, m = tier_group.shape
    staff_code = np.searchsorted(np.array(staff_ids), staff) if staff_ids else np.zeros(n, dtype=np.int64)
    tier_count, staff_count = len(TIERS), len(staff_ids)
    tier_code = np.where(tier_group >= 0, tier_group, tier_count)
    slot = ((tier_code * staff_count + staff_code[:, None]) * m + np.arange(m)[None, :]).ravel()
    shape = (tier_count + 1, staff_count, m)
    size = shape[0] * shape[1] * shape[2]
    totals = {
        "overall": np.zeros((1, m, len(metrics))),
        "tier": np.zeros((tier_count, m, len(metrics))),
        "staff": np.zeros((staff_count, m, len(metrics))),
    }
    names = list(metrics)
    flags = [name for name in names if metrics[name].dtype == bool]
    sums_of = _flag_sums({name: metrics[name] for name in flags}, slot, size)
    for name in names:
        if name in sums_of:
            continue
        # Whole numbers, mostly 0 (a month's scores, complaints; the profit of those not
        # active): summing only the others gives the same exact sums in less time.
        values = np.ascontiguousarray(metrics[name]).ravel()
        some = np.flatnonzero(values != 0)
        sums_of[name] = np.bincount(slot[some], values[some].astype(np.float64), size)
    for f, name in enumerate(names):
        sums = sums_of[name].reshape(shape)
        metric = metrics[name]
        # Counts and integers: summed exactly.
        totals["overall"][0, :, f] = sums.sum(axis=(0, 1)) if metric.dtype == bool else metric.sum(axis=0)
        totals["tier"][:, :, f] = sums[:tier_count].sum(axis=1)
        totals["staff"][:, :, f] = sums.sum(axis=0)
    return totals


def _flag_sums(flags: dict[str, np.ndarray], slot: np.ndarray, size: int) -> dict[str, np.ndarray]:
    """Per slot, how many customers have each flag (customers × months bool arrays).

    The flags are packed into one code per customer and month, and one bincount over
    (code, slot) counts every combination; each flag's count is then the sum over the
    codes that have its bit. One pass over the customers instead of one per flag."""
    if not flags:
        return {}
    bits = len(flags)
    code = np.zeros(slot.shape, dtype=np.int64)
    for bit, values in enumerate(flags.values()):
        code |= np.ascontiguousarray(values).ravel().astype(np.int64) << bit
    combos = np.bincount(code * size + slot, minlength=size << bits).reshape(1 << bits, size)
    every = np.arange(1 << bits)
    return {name: combos[(every >> bit) & 1 == 1].sum(axis=0) for bit, name in enumerate(flags)}


def _table(totals: np.ndarray, names: list[str], spans: list[Month]) -> list[list[dict[str, Any]]]:
    """One list of month rows per group of ``totals`` (groups × months × metrics)."""
    out: list[list[dict[str, Any]]] = []
    for g in range(totals.shape[0]):
        col = {name: np.rint(totals[g, :, f]).astype(np.int64) for f, name in enumerate(names)}
        out.append([_month_row(span, col, i) for i, span in enumerate(spans)])
    return out


def _month_row(span: Month, col: dict[str, np.ndarray], i: int) -> dict[str, Any]:
    """Month ``i``'s row of one group's sums ``col``: the counts and the rates."""
    base = col["customers_at_start"][i : i + 1]
    return {
        "month": span.key,
        "from": span.start.isoformat(),
        "to": span.end.isoformat(),
        "customers_at_start": int(base[0]),
        "new": int(col["new"][i]),
        "new_rate": _rate(col["new"][i : i + 1], base)[0],
        "churned": int(col["churned"][i]),
        "churn_rate": _rate(col["churned"][i : i + 1], base)[0],
        "reactivated": int(col["reactivated"][i]),
        "upgraded": int(col["upgraded"][i]),
        "upgrade_rate": _rate(col["upgraded"][i : i + 1], col["known_prev"][i : i + 1])[0],
        "downgraded": int(col["downgraded"][i]),
        "downgrade_rate": _rate(col["downgraded"][i : i + 1], col["known_prev"][i : i + 1])[0],
        "avg_profit_cents": None if col["active"][i] == 0 else round(float(col["profit"][i]) / float(col["active"][i])),
        "avg_satisfaction": None
        if col["scores"][i] == 0
        else round(float(col["score_sum"][i]) / float(col["scores"][i]), 4),
        "satisfaction_scores": int(col["scores"][i]),
        "complaints_opened": int(col["opened"][i]),
        "complaints_resolved": int(col["resolved"][i]),
    }


def _by_staff(staff_ids: list[int], rows: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The staff tables with each staff member's id and name (none for customers without one)."""
    staff_rows_db: Any = Staff.select(Staff.id, Staff.name).tuples()
    names_of_staff: dict[int, str] = {row[0]: row[1] for row in staff_rows_db}
    return [
        {"staff_id": sid or None, "staff": names_of_staff.get(sid, ""), "months": months}
        for sid, months in zip(staff_ids, rows, strict=True)
    ]
