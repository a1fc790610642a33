"""The churn models: BG/NBD and Gamma-Gamma likelihoods against the papers' closed forms,
analytic derivatives against numerical ones, parameter recovery from simulated
customers, the day conventions of the summary, and the fallback to simple rules."""

# ruff: noqa: N806 - x, t_x, T as in the paper
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from smallcrm import settings
from smallcrm.domain.analysis.bgnbd import (
    p_alive,
)
from smallcrm.domain.analysis.churn import ACTIVE, AT_RISK, CHURN_REASONS, CHURNED, STATUSES, summarise
from smallcrm.domain.analysis.facts import load_facts
from smallcrm.domain.analysis.result import analyse
from smallcrm.domain.customers.commands import create_customer, update_customer
from smallcrm.domain.records.purchases import add_purchase
from tests.domain.analysis.simulated import simulate_bgnbd

AS_OF = dt.date(2025, 6, 30)


# --- BG/NBD likelihood ---------------------------------------------------------------------


# --- Gamma-Gamma ---------------------------------------------------------------------------------


# --- The optimiser's fallback ---------------------------------------------------------------------


# --- The shop's data: conventions and fallbacks ------------------------------------------------


def _customer(name: str, **fields: object) -> int:
    """A customer entered long before the as-of day."""
    from smallcrm.store.models import Customer

    cid = create_customer({"name": name, **fields}).id
    Customer.update(created_at=dt.datetime(2023, 1, 1, 9)).where(Customer.id == cid).execute()
    return cid


def _buy(cid: int, day: dt.date, amount: str, cost: str | None = None, *, refund: bool = False) -> None:
    add_purchase(cid, {"date": day, "amount": amount, "refund": refund, **({"cost": cost} if cost is not None else {})})


def test_summary_follows_the_day_conventions(crm) -> None:
    cid = _customer("张三")
    first = dt.date(2025, 1, 10)
    _buy(cid, first, "100")
    _buy(cid, first, "50")  # the same day: one transaction
    _buy(cid, first + dt.timedelta(days=10), "80")
    _buy(cid, first + dt.timedelta(days=30), "20", refund=True)  # a refund alone is no purchase day
    _buy(cid, first + dt.timedelta(days=40), "120")
    _buy(cid, AS_OF + dt.timedelta(days=1), "999")  # after the as-of day: not calibration data
    facts = load_facts(AS_OF)
    s = summarise(facts, facts.today)
    assert int(s.x[0]) == 2  # days 10 and 40 repeat day 0
    assert int(s.t_x[0]) == 40
    assert int(s.T[0]) == (AS_OF - first).days
    assert float(s.monetary[0]) == pytest.approx((8000 + 12000) / 2)  # cents, the first day left out


def test_a_small_shop_falls_back_to_recency_rules(crm) -> None:
    settings.put_many({"churn_rule_at_risk_days": 180, "churn_rule_lost_days": 365})
    recent, idle, gone = _customer("甲"), _customer("乙"), _customer("丙")
    for cid, last in ((recent, AS_OF - dt.timedelta(days=10)), (idle, AS_OF - dt.timedelta(days=200))):
        _buy(cid, last - dt.timedelta(days=100), "50")
        _buy(cid, last, "50")
    _buy(gone, AS_OF - dt.timedelta(days=400), "50")
    result = analyse(AS_OF)
    c = result.churn
    assert c.model.basis == "rule"
    assert c.model.reason_args["buyers"] == 3
    assert [STATUSES[s] for s in c.status] == ["active", "at_risk", "churned"]
    assert CHURN_REASONS[c.reason[2]] == "rule"
    # Expected purchases from the customer's own rate: 1 repeat in 110 days, over 90 days.
    assert c.predictions(90)["expected"][0] == pytest.approx(90 / 110)
    assert c.predictions(90)["expected"][2] == 0.0  # lost


def test_an_owner_marked_churn_wins_and_keeps_its_reason(crm) -> None:
    cid = _customer("李四")
    _buy(cid, dt.date(2025, 5, 1), "50")
    update_customer(cid, {"churn_status": "churned", "churn_reason": "competitive", "churned_on": "2025-06-01"})
    c = analyse(AS_OF).churn
    assert STATUSES[c.status[0]] == "churned"
    assert CHURN_REASONS[c.reason[0]] == "competitive"
    before = analyse(dt.date(2025, 5, 31)).churn  # not yet lost on the day before
    assert STATUSES[before.status[0]] == "active"


def test_a_shop_with_history_gets_the_model_and_its_thresholds(crm) -> None:
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.store.models import Purchase

    settings.put_many({"churn_at_risk_percent": 50, "churn_lost_percent": 20})
    x, t_x, T = simulate_bgnbd(300, r=0.8, alpha=15.0, a=0.8, b=2.5, seed=4)
    ids = insert_customers([{"name": f"客户{i}"} for i in range(300)], validate=False)
    rows = []
    for cid, xi, txi, ti in zip(ids, x, t_x, T, strict=True):
        first = AS_OF - dt.timedelta(days=int(ti))
        days = np.unique(np.round(np.linspace(0, int(txi), int(xi) + 1)))  # spread evenly, whole days
        rows += [{"customer": cid, "date": first + dt.timedelta(days=int(d)), "amount_cents": 5000} for d in days]
    Purchase.insert_many(rows).execute()
    result = analyse(AS_OF)
    c = result.churn
    assert c.model.basis == "model"
    s = c.summary
    repeat = s.x > 0
    expected = p_alive(c.model.bgnbd.params, s.x, s.t_x, s.T)
    np.testing.assert_allclose(c.p_alive[repeat], expected[repeat])
    want = np.where(expected < 0.2, CHURNED, np.where(expected < 0.5, AT_RISK, ACTIVE))
    np.testing.assert_array_equal(c.status[repeat], want[repeat])
    assert np.isnan(c.p_alive[~repeat]).all()  # no repeat yet: judged by the recency rule
