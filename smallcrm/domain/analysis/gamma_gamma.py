"""What a customer spends, and is worth: the Gamma-Gamma spend model and lifetime value.

Spend: the Gamma-Gamma model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value
curves for customer base analysis"; Fader & Hardie 2013, "The Gamma-Gamma model of
monetary value") on the mean spend per repeat purchase day, fitted on customers with
at least one repeat and a positive mean. CLV is the expected spend over the next
``clv_months`` months, month by month, discounted at the yearly rate setting:
Σ_m (E[X(m)] − E[X(m−1)]) × E[spend] / (1 + d)^m, d the equivalent monthly rate, with
E[X] from the BG/NBD model (``analysis.bgnbd``).
"""

# ruff: noqa: N803 - x, t_x, T and α as in the paper, so each formula can be checked against it line by line
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from smallcrm.domain.analysis.bgnbd import DAYS_PER_MONTH, BgNbd, expected_purchases
from smallcrm.domain.analysis.blas import one_blas_thread
from smallcrm.domain.analysis.optimise import LOG_BOUND, Fit, fit_result, log_space, maximise


@dataclass(frozen=True)
class GammaGamma:
    p: float
    q: float
    gamma: float  # in cents

    def as_dict(self) -> dict[str, Any]:
        return {"p": self.p, "q": self.q, "gamma": self.gamma, "money_unit": "cents"}


class _GgData:
    """Repeat counts x and mean spends m, with every sum that does not depend on the
    parameters taken once; terms in p x and q evaluated per distinct x."""

    def __init__(self, x: Any, m: Any) -> None:
        self.x = np.asarray(x, dtype=np.float64).reshape(-1)
        self.m = np.asarray(m, dtype=np.float64).reshape(-1)
        self.n = len(self.x)
        self.xm = self.x * self.m
        log_m = np.log(self.m)
        self.sum_log_m = float(log_m.sum())
        self.sum_x_log_mx = float(np.dot(self.x, log_m + np.log(self.x)))
        self.ux, wx = np.unique(self.x, return_counts=True)
        self.wx = wx.astype(np.float64)


def _gg_ll_grad(params: np.ndarray, d: _GgData, hessian: bool = False) -> tuple[float, np.ndarray, Any]:
    """Summed over customers (Fader & Hardie 2013, in logs), with gradient and Hessian:
    ℓ = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ+xm)."""
    from scipy.special import digamma, gammaln, polygamma  # 300 ms (measured): only when fitting

    p, q, gamma = (float(v) for v in params)
    pux = p * d.ux
    log_g = np.log(gamma)
    log_gxm = np.log(gamma + d.xm)
    inv_gxm = 1.0 / (gamma + d.xm)
    x_log_gxm = float(np.dot(d.x, log_gxm))
    sum_log_gxm = float(log_gxm.sum())
    x_inv = float(np.dot(d.x, inv_gxm))
    sum_inv = float(inv_gxm.sum())
    ll = float(np.dot(d.wx, gammaln(pux + q) - gammaln(pux)))
    ll += d.n * (q * log_g - gammaln(q)) + p * d.sum_x_log_mx - d.sum_log_m - p * x_log_gxm - q * sum_log_gxm
    psi = digamma(pux + q)
    grad = np.array(
        [
            float(np.dot(d.wx * d.ux, psi - digamma(pux))) + d.sum_x_log_mx - x_log_gxm,
            float(np.dot(d.wx, psi)) - d.n * (digamma(q) - log_g) - sum_log_gxm,
            d.n * q / gamma - p * x_inv - q * sum_inv,
        ]
    )
    h = np.zeros((3, 3))
    if hessian:
        tri = polygamma(1, pux + q)
        inv2 = inv_gxm**2
        h[0, 0] = float(np.dot(d.wx * d.ux**2, tri - polygamma(1, pux)))
        h[0, 1] = h[1, 0] = float(np.dot(d.wx * d.ux, tri))
        h[0, 2] = h[2, 0] = -x_inv
        h[1, 1] = float(np.dot(d.wx, tri)) - d.n * polygamma(1, q)
        h[1, 2] = h[2, 1] = d.n / gamma - sum_inv
        h[2, 2] = -d.n * q / gamma**2 + p * float(np.dot(d.x, inv2)) + q * float(inv2.sum())
    return ll, grad, h


def gamma_gamma_log_likelihood(params: GammaGamma, x: Any, m: Any) -> float:
    """The log-likelihood summed over customers' repeat counts x and mean spends m."""
    return _gg_ll_grad(np.array([params.p, params.q, params.gamma]), _GgData(x, m))[0]


def gamma_gamma_gradient(params: GammaGamma, x: Any, m: Any) -> np.ndarray:
    """The analytic gradient of :func:`gamma_gamma_log_likelihood` in (p, q, γ)."""
    return _gg_ll_grad(np.array([params.p, params.q, params.gamma]), _GgData(x, m))[1]


def gamma_gamma_hessian(params: GammaGamma, x: Any, m: Any) -> np.ndarray:
    """The analytic Hessian of :func:`gamma_gamma_log_likelihood` in (p, q, γ)."""
    return _gg_ll_grad(np.array([params.p, params.q, params.gamma]), _GgData(x, m), True)[2]


def fit_gamma_gamma(x: Any, m: Any) -> Fit:
    """Maximum-likelihood Gamma-Gamma parameters from repeat counts x ≥ 1 and mean
    spends m > 0 (cents)."""
    import scipy.special  # noqa: F401 - 300 ms, only when fitting; loaded first, limited below (as fit_bgnbd)

    one_blas_thread()
    m = np.asarray(m, dtype=np.float64)
    scale = float(m.mean()) if len(m) and m.mean() > 0 else 1.0  # money in mean-spend units
    data = _GgData(x, m / scale)
    n = max(data.n, 1)

    def per_customer(params: np.ndarray, hessian: bool) -> tuple[float, np.ndarray, Any]:
        ll, grad, hess = _gg_ll_grad(params, data, hessian)
        return ll / n, grad / n, hess / n

    bound = np.full(3, LOG_BOUND)
    result = maximise(log_space(per_customer), np.zeros(3), -bound, bound)
    p, q, gamma = np.exp(result.x)
    params = GammaGamma(float(p), float(q), float(gamma * scale))
    fit = fit_result(result, params, gamma_gamma_log_likelihood(params, x, m))
    if np.any(np.abs(result.x) >= LOG_BOUND - 1e-6):
        return Fit(fit.params, fit.log_likelihood, fit.iterations, False, "a parameter at its bound")
    return fit


def expected_spend(params: GammaGamma, x: Any, m: Any, fallback: float) -> np.ndarray:
    """E[spend per purchase day | x, m] = (γ + x m) p / (p x + q − 1), in cents;
    ``fallback`` where the model has no finite mean (q ≤ 1 and no repeat)."""
    x = np.asarray(x, dtype=np.float64)
    m = np.asarray(m, dtype=np.float64)
    p, q, gamma = params.p, params.q, params.gamma
    denominator = p * x + q - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        value = (gamma + x * m) * p / denominator
    return np.where((denominator > 0) & np.isfinite(value), value, fallback)


def clv(bgnbd: BgNbd, spend: Any, x: Any, t_x: Any, T: Any, months: int, yearly_discount: float) -> np.ndarray:
    """Σ_{m=1..months} (E[X(m)] − E[X(m−1)]) × spend / (1 + d)^m, d the monthly rate
    equivalent to ``yearly_discount`` (0.1 for 10 %)."""
    monthly = (1.0 + yearly_discount) ** (1.0 / 12.0) - 1.0
    steps = np.arange(1, months + 1) * DAYS_PER_MONTH
    expected = expected_purchases(bgnbd, steps, x, t_x, T)
    increments = np.diff(np.vstack([np.zeros((1, expected.shape[1])), expected]), axis=0)
    discount = (1.0 + monthly) ** -np.arange(1, months + 1)
    return (discount @ increments) * np.asarray(spend, dtype=np.float64)
