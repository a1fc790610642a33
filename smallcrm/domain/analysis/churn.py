"""Who is still a customer, and who is lost: every customer's churn status and its reason.

A customer with repeat purchases is judged by the BG/NBD model (``analysis.bgnbd``):
at risk or churned when their probability of being alive falls under the settings'
percentages; their expected purchases, spend and lifetime value follow from it and
the Gamma-Gamma model (``analysis.gamma_gamma``).

Fallbacks, told to the owner (``basis`` "rule"): a shop with too little history for
a fit (fewer than MIN_CUSTOMERS buying customers or MIN_REPEATERS who came back, or
no convergence) uses simple rules for everyone: at risk or lost after the settings'
days without a purchase, expected purchases from the customer's own past rate.
Customers who have not come back yet get the same recency rule for their status even
when the model is fitted: BG/NBD lets customers drop out only after a repeat purchase,
so its P(alive) for them is exactly 1, which says nothing. A customer the owner marked
churned is churned from that day, with the owner's reason.
"""

# ruff: noqa: N806 - x, t_x, T and α as in the paper, so each formula can be checked against it line by line
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from smallcrm.domain.analysis.bgnbd import DAYS_PER_MONTH, expected_purchases, fit_bgnbd, p_alive
from smallcrm.domain.analysis.gamma_gamma import clv, expected_spend, fit_gamma_gamma
from smallcrm.domain.analysis.optimise import Fit
from smallcrm.domain.analysis.series import NO_DAY
from smallcrm.errors import QT_TRANSLATE_NOOP

MIN_CUSTOMERS = 30  # customers with a purchase day, for a fit
MIN_REPEATERS = 10  # of them who came back (a repeat purchase day)
MIN_GG_CUSTOMERS = 10  # repeat customers with a positive mean spend, for the spend model

STATUSES = ("active", "at_risk", "churned")
ACTIVE, AT_RISK, CHURNED = range(3)
# Why a customer counts as churned: the owner's reasons (analysis.facts.MARKED_REASONS),
# marked without one, then the two automatic ones.
CHURN_REASONS = ("natural", "competitive", "fault", "unrecorded", "model", "rule")


# --- The shop's churn analysis ----------------------------------------------------------------


@dataclass(frozen=True)
class Summary:
    """Every customer's (x, t_x, T) in days and mean spend per repeat purchase day."""

    bought: np.ndarray  # bool: at least one purchase day
    x: np.ndarray
    t_x: np.ndarray
    T: np.ndarray
    monetary: np.ndarray  # cents (float): mean spend per repeat purchase day, 0 without repeats
    first: np.ndarray  # first purchase day (NO_DAY if none)
    last: np.ndarray  # last purchase day (-1 if none)


def summarise(facts: Any, upto: Any) -> Summary:
    """Every customer's summary from their purchase days on or before ``upto`` (a day,
    or one day per customer)."""

    buys = facts.buys
    count = buys.count(-1 << 40, upto)
    bought = count > 0
    first = np.where(bought, buys.first_day(), NO_DAY)
    last = buys.last("day", upto, -1)
    upto_all = np.broadcast_to(np.asarray(upto, dtype=np.int64), count.shape)
    x = np.where(bought, count - 1, 0)
    t_x = np.where(bought, last - first, 0)
    T = np.where(bought, upto_all - first, 0)
    spend = buys.sum("amount", -1 << 40, upto)
    first_spend = buys.values["amount"][np.minimum(buys.start, len(buys) - 1)] if len(buys) else np.zeros(len(x))
    monetary = np.where(x > 0, (spend - np.where(bought, first_spend, 0)) / np.maximum(x, 1), 0.0)
    return Summary(bought, x, t_x, T, monetary, first, last)


@dataclass(eq=False)
class ChurnModel:
    """The fitted models (or why there are none), and the statuses that follow."""

    bgnbd: Fit | None
    gamma_gamma: Fit | None
    basis: str  # "model" | "rule"
    reason: str  # why the rules are used ('' with a model); a translatable template
    reason_args: dict[str, Any]
    config: Any
    mean_spend: float  # cents per purchase day, the shop's average (fallback for spend)

    def status(
        self, facts: Any, upto: Any, summary: Summary | None = None, with_alive: bool = True
    ) -> tuple[np.ndarray, np.ndarray, Any]:
        """(status, churn reason, P(alive)) of every customer on day ``upto``: status a
        STATUSES index (-1: no purchase by then), reason a CHURN_REASONS index for
        churned customers (else -1), P(alive) NaN where the model was not used.

        The summary's arrays may also be (customers × days), with ``upto`` one day per
        column: the KPIs judge every customer at every month's end in one go (without
        ``with_alive``, P(alive) comes back as None: they only need the statuses)."""
        s = summary or summarise(facts, upto)
        cfg = self.config
        shape = s.x.shape

        def per_customer(values: np.ndarray) -> np.ndarray:
            return np.broadcast_to(values.reshape((-1,) + (1,) * (len(shape) - 1)), shape)

        upto_all = np.broadcast_to(np.asarray(upto, dtype=np.int64), shape)
        alive = np.full(shape, np.nan) if with_alive else None
        idle = upto_all - s.last
        by_rule = s.bought & ((s.x == 0) | (self.basis != "model"))
        lost, risky = idle >= cfg.rule_lost_days, idle >= cfg.rule_at_risk_days
        # Whole-array selects, not masked assignments: over customers × months (the KPIs)
        # scattering through a boolean mask costs several times as much.
        rule_status = np.where(lost, np.int8(CHURNED), np.where(risky, np.int8(AT_RISK), np.int8(ACTIVE)))
        status = np.where(by_rule, rule_status, np.int8(-1))
        reason = np.where(by_rule & lost, np.int8(CHURN_REASONS.index("rule")), np.int8(-1))
        by_model = s.bought & ~by_rule
        if by_model.any() and self.bgnbd is not None:
            pa = p_alive(self.bgnbd.params, s.x[by_model], s.t_x[by_model], s.T[by_model])
            if alive is not None:
                alive[by_model] = pa
            lost_m, risky_m = pa * 100 < cfg.lost_percent, pa * 100 < cfg.at_risk_percent
            status[by_model] = np.where(lost_m, CHURNED, np.where(risky_m, AT_RISK, ACTIVE))
            reason[by_model] = np.where(lost_m, CHURN_REASONS.index("model"), -1)
        # Only the few customers the owner marked by the last day asked about: their rows,
        # not two more passes over every customer (and month, for the KPIs).
        rows = np.flatnonzero(facts.marked_day <= np.max(upto_all)) if upto_all.size else np.zeros(0, dtype=np.int64)
        if len(rows):
            marked = per_customer(facts.marked_day)[rows] <= upto_all[rows]
            status[rows] = np.where(marked, np.int8(CHURNED), status[rows])
            # 1..4 -> natural, competitive, fault, unrecorded
            reason[rows] = np.where(marked, (per_customer(facts.marked_reason)[rows] - 1).astype(np.int8), reason[rows])
        return status, reason, alive


def fit(facts: Any, config: Any) -> tuple[ChurnModel, Summary]:
    """Fit both models to the summary as of the facts' day, or fall back to rules."""
    s = summarise(facts, facts.today)
    bought = s.bought & (facts.known <= facts.today)
    x, t_x, T = s.x[bought], s.t_x[bought], s.T[bought]
    spend = facts.buys.sum("amount", -1 << 40, facts.today)[bought]
    mean_spend = float(spend.sum() / max(1, int((x + 1).sum())))
    repeaters = int((x > 0).sum())
    if len(x) < MIN_CUSTOMERS or repeaters < MIN_REPEATERS:
        reason = QT_TRANSLATE_NOOP(
            "Segments",
            "Too little history for the model ({buyers} customers have bought, {repeaters} came back; it needs "
            "{min_buyers} and {min_repeaters}): simple rules are used.",
        )
        args = {"buyers": len(x), "repeaters": repeaters, "min_buyers": MIN_CUSTOMERS, "min_repeaters": MIN_REPEATERS}
        return ChurnModel(None, None, "rule", reason, args, config, mean_spend), s
    bg = fit_bgnbd(x, t_x, T)
    if not bg.converged:
        reason = QT_TRANSLATE_NOOP("Segments", "The model could not be fitted to this history: simple rules are used.")
        return ChurnModel(bg, None, "rule", reason, {}, config, mean_spend), s
    m = s.monetary[bought]
    use = (x > 0) & (m > 0)
    gg = fit_gamma_gamma(x[use], m[use]) if int(use.sum()) >= MIN_GG_CUSTOMERS else None
    if gg is not None and not gg.converged:
        gg = None
    return ChurnModel(bg, gg, "model", "", {}, config, mean_spend), s


@dataclass(eq=False)
class ChurnResult:
    """The model and every customer's churn picture on the as-of day."""

    model: ChurnModel
    summary: Summary
    status: np.ndarray  # STATUSES index, -1: no purchase yet (or not a customer yet)
    reason: np.ndarray  # CHURN_REASONS index for churned customers, else -1
    p_alive: np.ndarray  # NaN where the model does not apply
    _predictions: dict[tuple[int, bool], dict[str, np.ndarray]] = field(default_factory=dict)

    @property
    def by_model(self) -> np.ndarray:
        """Where the status came from the model (else from the recency rule or the owner)."""
        return np.isfinite(self.p_alive)

    def predictions(self, days: int, with_clv: bool = True) -> dict[str, np.ndarray]:
        """Expected purchase days in the next ``days`` days, expected spend per purchase
        day and CLV (cents, floats) of every customer; 0 for those without a purchase."""
        key = (days, with_clv)
        if key in self._predictions:
            return self._predictions[key]
        s, model, cfg = self.summary, self.model, self.model.config
        n = len(s.x)
        expected, spend, value = np.zeros(n), np.zeros(n), np.zeros(n)
        b = s.bought & (self.status >= 0)
        own = np.where(s.x > 0, s.monetary, 0.0)
        if model.basis == "model" and model.bgnbd is not None:
            bg = model.bgnbd.params
            expected[b] = expected_purchases(bg, float(days), s.x[b], s.t_x[b], s.T[b])
            if model.gamma_gamma is not None:
                spend[b] = expected_spend(model.gamma_gamma.params, s.x[b], own[b], model.mean_spend)
            else:
                spend[b] = np.where(s.x[b] > 0, own[b], model.mean_spend)
            if with_clv:
                value[b] = clv(bg, spend[b], s.x[b], s.t_x[b], s.T[b], cfg.clv_months, cfg.clv_discount_percent / 100)
        else:
            # The customer's own past rate of repeat purchase days, while not lost.
            keeps = b & (self.status != CHURNED)
            rate = np.where(s.T > 0, s.x / np.maximum(s.T, 1), 0.0)
            expected[keeps] = rate[keeps] * days
            spend[b] = np.where(s.x[b] > 0, own[b], model.mean_spend)
            if with_clv:
                value[keeps] = rate[keeps] * cfg.clv_months * DAYS_PER_MONTH * spend[keeps]
        out = {"expected": expected, "spend": spend, "clv": value}
        self._predictions[key] = out
        return out


def analyse(facts: Any, config: Any, model: ChurnModel | None = None) -> ChurnResult:
    """Fit the model (or reuse ``model``, fitted earlier: statuses and predictions then
    take a fraction of the fit's time) and give every customer their status as of the
    facts' day."""
    if model is None:
        model, summary = fit(facts, config)
    else:
        summary = summarise(facts, facts.today)
    status, reason, alive = model.status(facts, facts.today, summary)
    unknown = facts.known > facts.today
    status[unknown] = -1
    reason[unknown] = -1
    return ChurnResult(model, summary, status, reason, alive)
