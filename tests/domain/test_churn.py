"""The churn models: BG/NBD and Gamma-Gamma likelihoods against the papers' closed forms,
analytic derivatives against numerical ones, parameter recovery from simulated
customers, the day conventions of the summary, and the fallback to simple rules."""

# ruff: noqa: N806 - x, t_x, T as in the paper
from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

import numpy as np
import pytest

from smallcrm import settings
from smallcrm.domain import analysis, churn
from smallcrm.domain.customers.commands import create_customer, update_customer
from smallcrm.domain.records.purchases import add_purchase

AS_OF = dt.date(2025, 6, 30)


def simulate_bgnbd(n: int, r: float, alpha: float, a: float, b: float, seed: int) -> tuple[np.ndarray, ...]:
    """Customers drawn from the BG/NBD story (FHL 2005, section 2): λ ~ Gamma(r, α),
    p ~ Beta(a, b); exponential gaps at rate λ; after each repeat purchase the customer
    leaves with probability p. Observed for T days after the first purchase."""
    rng = np.random.default_rng(seed)
    lam = rng.gamma(r, 1 / alpha, n)
    p = rng.beta(a, b, n)
    T = rng.integers(180, 721, n).astype(float)
    x, t_x, now = np.zeros(n), np.zeros(n), np.zeros(n)
    active = np.ones(n, dtype=bool)
    while active.any():
        i = np.flatnonzero(active)
        nxt = now[i] + rng.exponential(1 / lam[i])
        inside = nxt <= T[i]
        j = i[inside]
        x[j] += 1
        t_x[j] = now[j] = nxt[inside]
        active[i[~inside]] = False
        active[j[rng.random(len(j)) < p[j]]] = False
    return x, t_x, T


def simulate_gamma_gamma(
    n: int, seed: int, p: float = 6.0, q: float = 4.0, gamma: float = 1500.0
) -> tuple[np.ndarray, np.ndarray]:
    """Customers drawn from the Gamma-Gamma spend story: each makes x purchases (1 to 14)
    and spends z ~ Gamma(p, ν) per purchase, ν ~ Gamma(q, γ) per customer; m is the mean
    of their x purchases."""
    rng = np.random.default_rng(seed)
    x = rng.integers(1, 15, n)
    nu = rng.gamma(q, 1 / gamma, n)
    m = np.array([rng.gamma(p, 1 / v, k).mean() for v, k in zip(nu, x, strict=True)])
    return x, m


# --- BG/NBD likelihood ---------------------------------------------------------------------


def test_bgnbd_log_likelihood_matches_the_papers_closed_form_by_hand() -> None:
    # FHL 2005 eq. 6 with r=1, α=10, a=1, b=2 for x=2, t_x=30, T=60:
    #   B(a, b+x)/B(a, b) = B(1, 4)/B(1, 2) = (1/4)/(1/2) = 1/2
    #   Γ(r+x) α^r / Γ(r) = Γ(3)·10/Γ(1) = 20
    #   first term  = 1/2 · 20 / (α+T)^(r+x) = 10 / 70³ = 10/343000
    #   B(a+1, b+x−1)/B(a, b) = B(2, 3)/B(1, 2) = (1/12)/(1/2) = 1/6
    #   second term = 1/6 · 20 / (α+t_x)^(r+x) = 20 / (6 · 40³) = 20/384000
    # and for x=0, T=90: (α/(α+T))^r = 10/100.
    params = churn.BgNbd(r=1.0, alpha=10.0, a=1.0, b=2.0)
    repeat = Fraction(10, 343000) + Fraction(20, 384000)
    expected = math.log(repeat) + math.log(Fraction(10, 100))
    got = churn.bgnbd_log_likelihood(params, [2, 0], [30, 0], [60, 90])
    assert got == pytest.approx(expected, rel=1e-12)


def test_p_alive_matches_the_closed_form_by_hand() -> None:
    # 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) = 1 / (1 + 1/3 · (70/40)³)
    params = churn.BgNbd(r=1.0, alpha=10.0, a=1.0, b=2.0)
    expected = 1 / (1 + Fraction(1, 3) * Fraction(70, 40) ** 3)
    got = churn.p_alive(params, [2, 0], [30, 0], [60, 500])
    assert got[0] == pytest.approx(float(expected), rel=1e-12)
    assert got[1] == 1.0  # no repeat purchase: BG/NBD cannot have lost them


def _numerical(f, v0: np.ndarray, step: float = 1e-6) -> np.ndarray:
    rows = []
    for i in range(len(v0)):
        h = np.zeros(len(v0))
        h[i] = step * v0[i]
        rows.append((f(v0 + h) - f(v0 - h)) / (2 * h[i]))
    return np.array(rows)


def test_bgnbd_analytic_gradient_and_hessian_match_numerical_ones() -> None:
    x, t_x, T = simulate_bgnbd(400, r=0.7, alpha=30.0, a=0.9, b=3.0, seed=5)
    v0 = np.array([0.6, 25.0, 1.2, 2.5])

    def ll(v: np.ndarray) -> float:
        return churn.bgnbd_log_likelihood(churn.BgNbd(*v), x, t_x, T)

    def grad(v: np.ndarray) -> np.ndarray:
        return churn.bgnbd_gradient(churn.BgNbd(*v), x, t_x, T)

    np.testing.assert_allclose(grad(v0), _numerical(ll, v0), rtol=1e-6)
    np.testing.assert_allclose(churn.bgnbd_hessian(churn.BgNbd(*v0), x, t_x, T), _numerical(grad, v0).T, rtol=1e-5)


def test_bgnbd_fit_recovers_simulated_parameters() -> None:
    """Tolerance: 15 % of each parameter. At 4,000 simulated customers the estimates'
    relative standard deviation is 3-5 % (ten seeds), so this is three standard errors;
    the likelihood-ratio test below is the sharper statement."""
    true = churn.BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
    x, t_x, T = simulate_bgnbd(4000, true.r, true.alpha, true.a, true.b, seed=11)
    fit = churn.fit_bgnbd(x, t_x, T)
    assert fit.converged
    for name in ("r", "alpha", "a", "b"):
        assert getattr(fit.params, name) == pytest.approx(getattr(true, name), rel=0.15), name
    # 2 (ℓ(θ̂) − ℓ(θ)) is χ² with 4 degrees of freedom: below 13.28 in 99 % of samples.
    assert 0 <= 2 * (fit.log_likelihood - churn.bgnbd_log_likelihood(true, x, t_x, T)) < 13.28
    # At the optimum the gradient vanishes (per customer).
    assert np.abs(churn.bgnbd_gradient(fit.params, x, t_x, T) * [fit.params.r, fit.params.alpha, 1, 1]).max() < 1e-3


def test_expected_purchases_of_a_new_customer_match_a_simulation() -> None:
    # For x = t_x = T = 0 the conditional expectation (FHL eq. 10) is the unconditional
    # E[X(t)] (eq. 9): the mean number of repeat purchases in the first t days.
    params = churn.BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
    rng = np.random.default_rng(3)
    n, horizon = 40_000, 180.0
    lam = rng.gamma(params.r, 1 / params.alpha, n)
    p = rng.beta(params.a, params.b, n)
    counts, now = np.zeros(n), np.zeros(n)
    active = np.ones(n, dtype=bool)
    while active.any():
        i = np.flatnonzero(active)
        nxt = now[i] + rng.exponential(1 / lam[i])
        inside = nxt <= horizon
        j = i[inside]
        counts[j] += 1
        now[j] = nxt[inside]
        active[i[~inside]] = False
        active[j[rng.random(len(j)) < p[j]]] = False
    expected = churn.expected_purchases(params, horizon, [0], [0], [0])[0]
    standard_error = counts.std() / math.sqrt(n)
    assert abs(expected - counts.mean()) < 4 * standard_error


def test_expected_purchases_grow_with_the_horizon_and_fall_with_absence() -> None:
    params = churn.BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
    by_horizon = churn.expected_purchases(params, np.array([30.0, 90.0, 365.0]), [5], [100], [120])
    assert by_horizon.shape == (3, 1)
    assert by_horizon[0, 0] < by_horizon[1, 0] < by_horizon[2, 0]
    recent, absent = churn.expected_purchases(params, 90.0, [5, 5], [119, 10], [120, 120])
    assert recent > absent


# --- Gamma-Gamma ---------------------------------------------------------------------------------


def test_gamma_gamma_log_likelihood_matches_the_closed_form_by_hand() -> None:
    # Fader & Hardie (2013) eq. 3 with p=2, q=3, γ=10 for x=2, m=50:
    # Γ(px+q)/(Γ(px)Γ(q)) γ^q x^(px) m^(px−1) / (γ+xm)^(px+q) = Γ(7)/(Γ(4)Γ(3)) 10³ 2⁴ 50³ / 110⁷
    # and Γ(7)/(Γ(4)Γ(3)) = 720/(6·2) = 60.
    density = Fraction(60 * 10**3 * 2**4 * 50**3, 110**7)
    got = churn.gamma_gamma_log_likelihood(churn.GammaGamma(p=2.0, q=3.0, gamma=10.0), [2], [50.0])
    assert got == pytest.approx(math.log(density), rel=1e-12)


def test_gamma_gamma_analytic_gradient_and_hessian_match_numerical_ones() -> None:
    rng = np.random.default_rng(2)
    x = rng.integers(1, 12, 300).astype(float)
    m = rng.gamma(3.0, 40.0, 300) + 1
    v0 = np.array([2.0, 3.5, 60.0])

    def ll(v: np.ndarray) -> float:
        return churn.gamma_gamma_log_likelihood(churn.GammaGamma(*v), x, m)

    def grad(v: np.ndarray) -> np.ndarray:
        return churn.gamma_gamma_gradient(churn.GammaGamma(*v), x, m)

    np.testing.assert_allclose(grad(v0), _numerical(ll, v0), rtol=1e-6)
    np.testing.assert_allclose(
        churn.gamma_gamma_hessian(churn.GammaGamma(*v0), x, m), _numerical(grad, v0).T, rtol=1e-5
    )


def test_gamma_gamma_fit_recovers_simulated_parameters() -> None:
    """Spend per purchase z ~ Gamma(p, ν), ν ~ Gamma(q, γ) per customer; m = the mean of
    x purchases. At 4,000 customers (twelve seeds) q and the mean spend p γ / (q − 1) are
    sharp (relative sd 3 % and 1 %) while p and γ slide along a ridge (sd 15 %), so the
    tolerances are three standard deviations: q 10 %, mean spend 5 %, p and γ 45 %; and
    the likelihood-ratio statistic stays below χ²₃'s 99th percentile, 11.34."""
    p, q, gamma = 6.0, 4.0, 1500.0
    x, m = simulate_gamma_gamma(4000, seed=8, p=p, q=q, gamma=gamma)
    fit = churn.fit_gamma_gamma(x, m)
    assert fit.converged
    assert fit.params.q == pytest.approx(q, rel=0.10)
    assert fit.params.p * fit.params.gamma / (fit.params.q - 1) == pytest.approx(p * gamma / (q - 1), rel=0.05)
    assert fit.params.p == pytest.approx(p, rel=0.45)
    assert fit.params.gamma == pytest.approx(gamma, rel=0.45)
    truth = churn.gamma_gamma_log_likelihood(churn.GammaGamma(p, q, gamma), x, m)
    assert 0 <= 2 * (fit.log_likelihood - truth) < 11.34


def test_clv_discounts_the_monthly_expected_spend() -> None:
    params = churn.BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
    spend = np.array([100.0])
    undiscounted = churn.clv(params, spend, [5], [100], [120], months=12, yearly_discount=0.0)
    year = churn.expected_purchases(params, 12 * churn.DAYS_PER_MONTH, [5], [100], [120])
    assert undiscounted[0] == pytest.approx(year[0] * 100, rel=1e-9)
    assert churn.clv(params, spend, [5], [100], [120], months=12, yearly_discount=0.1)[0] < undiscounted[0]


# --- The optimiser's fallback ---------------------------------------------------------------------


FALLBACK_CASES = {
    # An interior optimum, and one where a + b ends at its cap (dropout the same for all:
    # the κ coordinate is held on its upper bound), and the spend model.
    "bgnbd": lambda: churn.fit_bgnbd(*simulate_bgnbd(3000, 0.5, 20.0, 0.8, 2.5, seed=11)),
    "bgnbd, a + b at its cap": lambda: churn.fit_bgnbd(*simulate_bgnbd(3000, 0.3, 5.0, 3000.0, 9000.0, seed=3)),
    "gamma-gamma": lambda: churn.fit_gamma_gamma(*simulate_gamma_gamma(2000, seed=8)),
}


@pytest.mark.parametrize("case", list(FALLBACK_CASES))
def test_the_fallback_optimiser_reaches_newtons_and_lbfgsbs_optimum(case: str, monkeypatch) -> None:
    """When the projected Newton fails, the damped Newton fallback (numpy only: the
    app's bundle carries no scipy.optimize) lands on the same optimum as Newton and as
    SciPy's L-BFGS-B, the fallback it replaces, run on the same objective."""
    from scipy.optimize import minimize

    newton = FALLBACK_CASES[case]()
    assert newton.converged
    problems = []

    def failing_newton(fun, start, lower, upper, max_iter=200):  # _newton's signature
        problems.append((fun, start, lower, upper))
        return churn._Optimum(start, False, 0, "forced to fail")

    monkeypatch.setattr(churn, "_newton", failing_newton)
    fallback = FALLBACK_CASES[case]()
    assert problems, "the fit did not go through _maximise"
    assert fallback.converged, fallback.message
    assert ("at its cap" in fallback.message) == ("at its cap" in newton.message) == ("cap" in case)
    for name, value in vars(newton.params).items():
        assert getattr(fallback.params, name) == pytest.approx(value, rel=1e-3), name
    assert fallback.log_likelihood == pytest.approx(newton.log_likelihood, rel=1e-9)

    fun, start, lower, upper = problems[0]

    def negative(theta: np.ndarray) -> tuple[float, np.ndarray]:
        ll, grad, _ = fun(theta)
        return -ll, -grad

    lbfgsb = minimize(
        negative,
        start,
        jac=True,
        method="L-BFGS-B",
        bounds=list(zip(lower, upper, strict=True)),
        options={"maxiter": 5000, "ftol": 1e-15, "gtol": 1e-10, "maxcor": 20},
    )
    ours = churn.damped_newton(fun, start, lower, upper)
    # θ are logarithms (and a logit): 1e-3 apart is 0.1 % apart in the parameters.
    np.testing.assert_allclose(ours.x, lbfgsb.x, atol=1e-3)
    # The same height, to the noise of the likelihood where a + b is at its cap of a
    # million (~1e-9 per customer: L-BFGS-B can end a little "higher" on that noise).
    assert fun(ours.x)[0] == pytest.approx(-lbfgsb.fun, rel=1e-8)


def test_the_fallback_climbs_by_the_gradient_where_the_hessian_is_not_finite() -> None:
    """Without a usable Hessian the damped step is gradient ascent, and the box holds:
    maximise −(θ₀ − 1)² − 10 (θ₁ + 3)² on [−2, 2]², whose maximum is at (1, −2)."""

    def fun(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        ll = -((theta[0] - 1) ** 2) - 10 * (theta[1] + 3) ** 2
        grad = np.array([-2 * (theta[0] - 1), -20 * (theta[1] + 3)])
        return ll, grad, np.full((2, 2), np.nan)

    result = churn.damped_newton(fun, np.array([-1.5, 1.5]), np.full(2, -2.0), np.full(2, 2.0))
    assert result.success, result.message
    np.testing.assert_allclose(result.x, [1.0, -2.0], atol=1e-6)


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
    facts = analysis.load_facts(AS_OF)
    s = churn.summarise(facts, facts.today)
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
    result = analysis.analyse(AS_OF)
    c = result.churn
    assert c.model.basis == "rule"
    assert c.model.reason_args["buyers"] == 3
    assert [churn.STATUSES[s] for s in c.status] == ["active", "at_risk", "churned"]
    assert churn.CHURN_REASONS[c.reason[2]] == "rule"
    # Expected purchases from the customer's own rate: 1 repeat in 110 days, over 90 days.
    assert c.predictions(90)["expected"][0] == pytest.approx(90 / 110)
    assert c.predictions(90)["expected"][2] == 0.0  # lost


def test_an_owner_marked_churn_wins_and_keeps_its_reason(crm) -> None:
    cid = _customer("李四")
    _buy(cid, dt.date(2025, 5, 1), "50")
    update_customer(cid, {"churn_status": "churned", "churn_reason": "competitive", "churned_on": "2025-06-01"})
    c = analysis.analyse(AS_OF).churn
    assert churn.STATUSES[c.status[0]] == "churned"
    assert churn.CHURN_REASONS[c.reason[0]] == "competitive"
    before = analysis.analyse(dt.date(2025, 5, 31)).churn  # not yet lost on the day before
    assert churn.STATUSES[before.status[0]] == "active"


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
    result = analysis.analyse(AS_OF)
    c = result.churn
    assert c.model.basis == "model"
    s = c.summary
    repeat = s.x > 0
    expected = churn.p_alive(c.model.bgnbd.params, s.x, s.t_x, s.T)
    np.testing.assert_allclose(c.p_alive[repeat], expected[repeat])
    want = np.where(expected < 0.2, churn.CHURNED, np.where(expected < 0.5, churn.AT_RISK, churn.ACTIVE))
    np.testing.assert_array_equal(c.status[repeat], want[repeat])
    assert np.isnan(c.p_alive[~repeat]).all()  # no repeat yet: judged by the recency rule
