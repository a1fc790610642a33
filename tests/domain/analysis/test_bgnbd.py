"""The BG/NBD model (``analysis.bgnbd``): its likelihood, gradient and Hessian against
the paper's closed forms and numerical derivatives, the fit recovering simulated
parameters, and the expected purchases against a simulation."""

# ruff: noqa: N806 - x, t_x, T as in the paper
from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from smallcrm.domain.analysis.bgnbd import (
    BgNbd,
    bgnbd_gradient,
    bgnbd_hessian,
    bgnbd_log_likelihood,
    expected_purchases,
    fit_bgnbd,
    p_alive,
)
from tests.domain.analysis.simulated import numerical, simulate_bgnbd


def test_bgnbd_log_likelihood_matches_the_papers_closed_form_by_hand() -> None:
    # FHL 2005 eq. 6 with r=1, α=10, a=1, b=2 for x=2, t_x=30, T=60:
    #   B(a, b+x)/B(a, b) = B(1, 4)/B(1, 2) = (1/4)/(1/2) = 1/2
    #   Γ(r+x) α^r / Γ(r) = Γ(3)·10/Γ(1) = 20
    #   first term  = 1/2 · 20 / (α+T)^(r+x) = 10 / 70³ = 10/343000
    #   B(a+1, b+x−1)/B(a, b) = B(2, 3)/B(1, 2) = (1/12)/(1/2) = 1/6
    #   second term = 1/6 · 20 / (α+t_x)^(r+x) = 20 / (6 · 40³) = 20/384000
    # and for x=0, T=90: (α/(α+T))^r = 10/100.
    params = BgNbd(r=1.0, alpha=10.0, a=1.0, b=2.0)
    repeat = Fraction(10, 343000) + Fraction(20, 384000)
    expected = math.log(repeat) + math.log(Fraction(10, 100))
    got = bgnbd_log_likelihood(params, [2, 0], [30, 0], [60, 90])
    assert got == pytest.approx(expected, rel=1e-12)


def test_p_alive_matches_the_closed_form_by_hand() -> None:
    # 1 / (1 + a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)) = 1 / (1 + 1/3 · (70/40)³)
    params = BgNbd(r=1.0, alpha=10.0, a=1.0, b=2.0)
    expected = 1 / (1 + Fraction(1, 3) * Fraction(70, 40) ** 3)
    got = p_alive(params, [2, 0], [30, 0], [60, 500])
    assert got[0] == pytest.approx(float(expected), rel=1e-12)
    assert got[1] == 1.0  # no repeat purchase: BG/NBD cannot have lost them


def test_bgnbd_analytic_gradient_and_hessian_match_numerical_ones() -> None:
    x, t_x, T = simulate_bgnbd(400, r=0.7, alpha=30.0, a=0.9, b=3.0, seed=5)
    v0 = np.array([0.6, 25.0, 1.2, 2.5])

    def ll(v: np.ndarray) -> float:
        return bgnbd_log_likelihood(BgNbd(*v), x, t_x, T)

    def grad(v: np.ndarray) -> np.ndarray:
        return bgnbd_gradient(BgNbd(*v), x, t_x, T)

    np.testing.assert_allclose(grad(v0), numerical(ll, v0), rtol=1e-6)
    np.testing.assert_allclose(bgnbd_hessian(BgNbd(*v0), x, t_x, T), numerical(grad, v0).T, rtol=1e-5)


def test_bgnbd_fit_recovers_simulated_parameters() -> None:
    """Tolerance: 15 % of each parameter. At 4,000 simulated customers the estimates'
    relative standard deviation is 3-5 % (ten seeds), so this is three standard errors;
    the likelihood-ratio test below is the sharper statement."""
    true = BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
    x, t_x, T = simulate_bgnbd(4000, true.r, true.alpha, true.a, true.b, seed=11)
    fit = fit_bgnbd(x, t_x, T)
    assert fit.converged
    for name in ("r", "alpha", "a", "b"):
        assert getattr(fit.params, name) == pytest.approx(getattr(true, name), rel=0.15), name
    # 2 (ℓ(θ̂) − ℓ(θ)) is χ² with 4 degrees of freedom: below 13.28 in 99 % of samples.
    assert 0 <= 2 * (fit.log_likelihood - bgnbd_log_likelihood(true, x, t_x, T)) < 13.28
    # At the optimum the gradient vanishes (per customer).
    assert np.abs(bgnbd_gradient(fit.params, x, t_x, T) * [fit.params.r, fit.params.alpha, 1, 1]).max() < 1e-3


def test_expected_purchases_of_a_new_customer_match_a_simulation() -> None:
    # For x = t_x = T = 0 the conditional expectation (FHL eq. 10) is the unconditional
    # E[X(t)] (eq. 9): the mean number of repeat purchases in the first t days.
    params = BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
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
    expected = expected_purchases(params, horizon, [0], [0], [0])[0]
    standard_error = counts.std() / math.sqrt(n)
    assert abs(expected - counts.mean()) < 4 * standard_error


def test_expected_purchases_grow_with_the_horizon_and_fall_with_absence() -> None:
    params = BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
    by_horizon = expected_purchases(params, np.array([30.0, 90.0, 365.0]), [5], [100], [120])
    assert by_horizon.shape == (3, 1)
    assert by_horizon[0, 0] < by_horizon[1, 0] < by_horizon[2, 0]
    recent, absent = expected_purchases(params, 90.0, [5, 5], [119, 10], [120, 120])
    assert recent > absent
