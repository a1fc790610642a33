"""The Gamma-Gamma spend model and lifetime value (``analysis.gamma_gamma``)."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from smallcrm.domain.analysis.bgnbd import (
    DAYS_PER_MONTH,
    BgNbd,
    expected_purchases,
)
from smallcrm.domain.analysis.gamma_gamma import (
    GammaGamma,
    clv,
    fit_gamma_gamma,
    gamma_gamma_gradient,
    gamma_gamma_hessian,
    gamma_gamma_log_likelihood,
)
from tests.domain.analysis.simulated import numerical, simulate_gamma_gamma


def test_gamma_gamma_log_likelihood_matches_the_closed_form_by_hand() -> None:
    # Fader & Hardie (2013) eq. 3 with p=2, q=3, γ=10 for x=2, m=50:
    # Γ(px+q)/(Γ(px)Γ(q)) γ^q x^(px) m^(px−1) / (γ+xm)^(px+q) = Γ(7)/(Γ(4)Γ(3)) 10³ 2⁴ 50³ / 110⁷
    # and Γ(7)/(Γ(4)Γ(3)) = 720/(6·2) = 60.
    density = Fraction(60 * 10**3 * 2**4 * 50**3, 110**7)
    got = gamma_gamma_log_likelihood(GammaGamma(p=2.0, q=3.0, gamma=10.0), [2], [50.0])
    assert got == pytest.approx(math.log(density), rel=1e-12)


def test_gamma_gamma_analytic_gradient_and_hessian_match_numerical_ones() -> None:
    rng = np.random.default_rng(2)
    x = rng.integers(1, 12, 300).astype(float)
    m = rng.gamma(3.0, 40.0, 300) + 1
    v0 = np.array([2.0, 3.5, 60.0])

    def ll(v: np.ndarray) -> float:
        return gamma_gamma_log_likelihood(GammaGamma(*v), x, m)

    def grad(v: np.ndarray) -> np.ndarray:
        return gamma_gamma_gradient(GammaGamma(*v), x, m)

    np.testing.assert_allclose(grad(v0), numerical(ll, v0), rtol=1e-6)
    np.testing.assert_allclose(gamma_gamma_hessian(GammaGamma(*v0), x, m), numerical(grad, v0).T, rtol=1e-5)


def test_gamma_gamma_fit_recovers_simulated_parameters() -> None:
    """Spend per purchase z ~ Gamma(p, ν), ν ~ Gamma(q, γ) per customer; m = the mean of
    x purchases. At 4,000 customers (twelve seeds) q and the mean spend p γ / (q − 1) are
    sharp (relative sd 3 % and 1 %) while p and γ slide along a ridge (sd 15 %), so the
    tolerances are three standard deviations: q 10 %, mean spend 5 %, p and γ 45 %; and
    the likelihood-ratio statistic stays below χ²₃'s 99th percentile, 11.34."""
    p, q, gamma = 6.0, 4.0, 1500.0
    x, m = simulate_gamma_gamma(4000, seed=8, p=p, q=q, gamma=gamma)
    fit = fit_gamma_gamma(x, m)
    assert fit.converged
    assert fit.params.q == pytest.approx(q, rel=0.10)
    assert fit.params.p * fit.params.gamma / (fit.params.q - 1) == pytest.approx(p * gamma / (q - 1), rel=0.05)
    assert fit.params.p == pytest.approx(p, rel=0.45)
    assert fit.params.gamma == pytest.approx(gamma, rel=0.45)
    truth = gamma_gamma_log_likelihood(GammaGamma(p, q, gamma), x, m)
    assert 0 <= 2 * (fit.log_likelihood - truth) < 11.34


def test_clv_discounts_the_monthly_expected_spend() -> None:
    params = BgNbd(r=0.5, alpha=20.0, a=0.8, b=2.5)
    spend = np.array([100.0])
    undiscounted = clv(params, spend, [5], [100], [120], months=12, yearly_discount=0.0)
    year = expected_purchases(params, 12 * DAYS_PER_MONTH, [5], [100], [120])
    assert undiscounted[0] == pytest.approx(year[0] * 100, rel=1e-9)
    assert clv(params, spend, [5], [100], [120], months=12, yearly_discount=0.1)[0] < undiscounted[0]
