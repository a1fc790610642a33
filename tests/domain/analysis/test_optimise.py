"""The maximiser (``analysis.optimise``): its damped fallback reaches what projected Newton
reaches, and climbs where the Hessian is not finite."""

from __future__ import annotations

import numpy as np
import pytest

from smallcrm.domain.analysis import optimise
from smallcrm.domain.analysis.bgnbd import (
    fit_bgnbd,
)
from smallcrm.domain.analysis.gamma_gamma import (
    fit_gamma_gamma,
)
from smallcrm.domain.analysis.optimise import Optimum, damped_newton
from tests.domain.analysis.simulated import simulate_bgnbd, simulate_gamma_gamma

FALLBACK_CASES = {
    # An interior optimum, and one where a + b ends at its cap (dropout the same for all:
    # the κ coordinate is held on its upper bound), and the spend model.
    "bgnbd": lambda: fit_bgnbd(*simulate_bgnbd(3000, 0.5, 20.0, 0.8, 2.5, seed=11)),
    "bgnbd, a + b at its cap": lambda: fit_bgnbd(*simulate_bgnbd(3000, 0.3, 5.0, 3000.0, 9000.0, seed=3)),
    "gamma-gamma": lambda: fit_gamma_gamma(*simulate_gamma_gamma(2000, seed=8)),
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
        return Optimum(start, False, 0, "forced to fail")

    monkeypatch.setattr(optimise, "_newton", failing_newton)
    fallback = FALLBACK_CASES[case]()
    assert problems, "the fit did not go through maximise"
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
    ours = damped_newton(fun, start, lower, upper)
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

    result = damped_newton(fun, np.array([-1.5, 1.5]), np.full(2, -2.0), np.full(2, 2.0))
    assert result.success, result.message
    np.testing.assert_allclose(result.x, [1.0, -2.0], atol=1e-6)
