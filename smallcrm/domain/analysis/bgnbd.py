"""Who is still a customer: the BG/NBD model, fitted by maximum likelihood.

The model (Fader, Hardie & Lee 2005, "Counting your customers the easy way: an
alternative to the Pareto/NBD model"): while alive, a customer buys at a rate λ
(gamma-distributed over customers with shape r and rate α); after each repeat
purchase they drop out with probability p (beta-distributed with a, b). Fitted by
maximum likelihood on every customer's (x, t_x, T):

- a transaction is a calendar day with a purchase (same-day purchases are one, see
  ``analysis.facts``); the first purchase day is not a repeat;
- x = repeat purchase days, t_x = days from the first to the last purchase day, T =
  days from the first purchase day to the as-of day; everything up to and including
  the as-of day is calibration data;
- the time unit is the day: α is in days (r/α is the mean purchase rate per day of
  a customer who is still alive, over all customers).

Vectorised over customers: the likelihood, its analytic gradient and Hessian and the
predictions are numpy; the maximiser is ``analysis.optimise``. scipy.special gives the
gamma-family functions and is imported when first needed, so opening the app does not
pay for it.
"""

# ruff: noqa: N803, N806 - x, t_x, T and α as in the paper, so each formula can be checked against it line by line
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import numpy as np

from smallcrm.domain.analysis.blas import one_blas_thread
from smallcrm.domain.analysis.optimise import LOG_BOUND, Fit, fit_result, maximise

DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class BgNbd:
    r: float
    alpha: float  # in days
    a: float
    b: float

    def as_dict(self) -> dict[str, Any]:
        return {"r": self.r, "alpha": self.alpha, "a": self.a, "b": self.b, "time_unit": "days"}


def _unique_rows(*columns: np.ndarray) -> tuple[list[np.ndarray], np.ndarray, np.ndarray]:
    """Distinct rows of the columns, their counts, and each row's index into them.
    Whole numbers (days, counts) go through one int64 key: far faster than sorting rows."""
    if not len(columns[0]):
        return [c[:0] for c in columns], np.zeros(0), np.zeros(0, dtype=np.int64)
    if all(c.min() >= 0 and np.array_equal(c, np.floor(c)) for c in columns):
        key = np.zeros(len(columns[0]), dtype=np.int64)
        for c in columns:
            key = key * (int(c.max()) + 1) + c.astype(np.int64)
        _, first, inverse, counts = np.unique(key, return_index=True, return_inverse=True, return_counts=True)
        return [c[first] for c in columns], counts.astype(np.float64), inverse.reshape(-1)
    rows = np.stack(columns, axis=1)
    uniq, inverse, counts = np.unique(rows, axis=0, return_inverse=True, return_counts=True)
    return [uniq[:, i] for i in range(len(columns))], counts.astype(np.float64), inverse.reshape(-1)


class _BgNbdData:
    """(x, t_x, T) prepared for the likelihood: customers without a repeat depend only
    on T; the others are grouped by identical triples; every term of one variable
    (gammaln and digamma of x, logs of α+T and α+t_x) is evaluated once per distinct
    value and gathered. Times are divided by ``scale`` (conditioning); :meth:`rescaled`
    gives the same data in another scale without grouping it again."""

    def __init__(self, x: Any, t_x: Any, T: Any, scale: float) -> None:
        x = np.asarray(x, dtype=np.float64).reshape(-1)
        t_x = np.asarray(t_x, dtype=np.float64).reshape(-1)
        T = np.asarray(T, dtype=np.float64).reshape(-1)
        self.n = len(x)
        zero = x == 0
        T0, w0 = np.unique(T[zero], return_counts=True)
        self.T0, self.w0 = T0 / scale, w0.astype(np.float64)
        (x1, tx1, T1), self.w1, _ = _unique_rows(x[~zero], t_x[~zero], T[~zero])
        self.x1 = x1
        self.ux, wx = np.unique(x, return_counts=True)
        self.wx = wx.astype(np.float64)
        self.ux1, self.ix1 = np.unique(x1, return_inverse=True)
        uT1, self.iT1 = np.unique(T1, return_inverse=True)
        utx1, self.itx1 = np.unique(tx1, return_inverse=True)
        self.uT1, self.utx1 = uT1 / scale, utx1 / scale
        self._days = (T0, uT1, utx1)  # the times before scaling, for rescaled()

    def rescaled(self, scale: float) -> _BgNbdData:
        """The same customers with times divided by ``scale`` instead: the grouping (most
        of the preparation, ~20 ms at 100,000 customers) reused, the values exactly those
        a fresh preparation in that scale would hold."""
        other = copy.copy(self)
        T0, uT1, utx1 = self._days
        other.T0, other.uT1, other.utx1 = T0 / scale, uT1 / scale, utx1 / scale
        return other


def _bgnbd_ll_grad(params: np.ndarray, d: _BgNbdData, hessian: bool = False) -> tuple[float, np.ndarray, Any]:
    """Total log-likelihood, its gradient and (optionally) its Hessian in (r, α, a, b),
    α in the data's time scale.

    Per customer (FHL 2005, eq. 6, in logs):
      A1 = lnΓ(r+x) − lnΓ(r) + r ln α
      A2 = lnΓ(a+b) + lnΓ(b+x) − lnΓ(b) − lnΓ(a+b+x)
      A3 = −(r+x) ln(α+T)
      A4 = ln a − ln(b+x−1) − (r+x) ln(α+t_x)       (x > 0 only)
      ℓ  = A1 + A2 + ln(e^A3 + [x>0] e^A4)
    With s = e^A4 / (e^A3 + e^A4): ∇ℓ = ∇(A1+A2) + (1−s)∇A3 + s∇A4, and
    ∇²ℓ = ∇²(A1+A2) + (1−s)∇²A3 + s∇²A4 + s(1−s)(∇A4−∇A3)(∇A4−∇A3)ᵀ.
    """
    r, alpha, a, b = (float(v) for v in params)
    g = np.zeros(4)
    h = np.zeros((4, 4))
    ll = _terms_in_x(r, alpha, a, b, d, g, h if hessian else None)
    ll = _without_repeat(ll, r, alpha, d, g, h if hessian else None)
    ll = _with_repeats(ll, r, alpha, a, b, d, g, h if hessian else None)
    if hessian:
        h = np.triu(h) + np.triu(h, 1).T
    return ll, g, h


def _terms_in_x(r: float, alpha: float, a: float, b: float, d: _BgNbdData, g: np.ndarray, h: Any) -> float:
    """A1 + A2 over every customer, by distinct x: the log-likelihood's share, which it
    returns; its gradient and (when ``h`` is given) its upper Hessian are set in g, h."""
    from scipy.special import betaln, digamma, gammaln, polygamma  # 300 ms (measured): only when fitting

    ux, wx = d.ux, d.wx
    # A2 as betaln(a, b+x) − betaln(a, b): the gammaln differences it equals lose nine digits
    # when a + b is near a million (the cap of the fit), which the optimiser then chases as noise.
    terms = gammaln(r + ux) - gammaln(r) + betaln(a, b + ux) - betaln(a, b)
    ll = float(np.dot(wx, terms)) + d.n * r * np.log(alpha)
    g[0] = float(np.dot(wx, digamma(r + ux) - digamma(r))) + d.n * np.log(alpha)
    g[1] = d.n * r / alpha
    psi_ab = digamma(a + b)
    psi_abx = digamma(a + b + ux)
    g[2] = float(np.dot(wx, psi_ab - psi_abx))
    g[3] = float(np.dot(wx, psi_ab + digamma(b + ux) - digamma(b) - psi_abx))
    if h is not None:
        tri_ab, tri_abx = polygamma(1, a + b), polygamma(1, a + b + ux)
        h[0, 0] = float(np.dot(wx, polygamma(1, r + ux) - polygamma(1, r)))
        h[0, 1] = d.n / alpha
        h[1, 1] = -d.n * r / alpha**2
        h[2, 2] = h[2, 3] = float(np.dot(wx, tri_ab - tri_abx))
        h[3, 3] = float(np.dot(wx, tri_ab + polygamma(1, b + ux) - polygamma(1, b) - tri_abx))
    return ll


def _without_repeat(ll: float, r: float, alpha: float, d: _BgNbdData, g: np.ndarray, h: Any) -> float:
    """Customers without a repeat: ℓ gets A3 = −r ln(α+T). Added to ``ll`` (returned),
    g and (when given) h."""
    log_t0 = np.log(alpha + d.T0)
    inv_t0 = 1.0 / (alpha + d.T0)
    ll -= r * float(np.dot(d.w0, log_t0))
    g[0] -= float(np.dot(d.w0, log_t0))
    g[1] -= r * float(np.dot(d.w0, inv_t0))
    if h is not None:
        h[0, 1] -= float(np.dot(d.w0, inv_t0))
        h[1, 1] += r * float(np.dot(d.w0, inv_t0**2))
    return ll


def _with_repeats(ll: float, r: float, alpha: float, a: float, b: float, d: _BgNbdData, g: np.ndarray, h: Any) -> float:
    """Repeat customers: A3 + ln(1 + e^(A4−A3)), computed stably. Added to ``ll``
    (returned), g and (when given) h."""
    if not len(d.x1):
        return ll
    w = d.w1
    rx = r + d.x1
    log_T = np.log(alpha + d.uT1)[d.iT1]
    log_tx = np.log(alpha + d.utx1)[d.itx1]
    inv_T = (1.0 / (alpha + d.uT1))[d.iT1]
    inv_tx = (1.0 / (alpha + d.utx1))[d.itx1]
    inv_bx1_u = 1.0 / (b + d.ux1 - 1)
    inv_bx1 = inv_bx1_u[d.ix1]
    diff = (np.log(a) + np.log(inv_bx1_u))[d.ix1] + rx * (log_T - log_tx)  # A4 − A3
    e = np.exp(-np.abs(diff))
    ll += float(np.dot(w, np.maximum(diff, 0.0) + np.log1p(e) - rx * log_T))
    s = np.where(diff >= 0, 1.0, e) / (1.0 + e)
    ws = w * s
    w3 = w - ws  # weights of the A3 terms
    g[0] -= float(np.dot(w3, log_T) + np.dot(ws, log_tx))
    g[1] -= float(np.dot(w3 * rx, inv_T) + np.dot(ws * rx, inv_tx))
    g[2] += float(ws.sum()) / a
    g[3] -= float(np.dot(ws, inv_bx1))
    if h is not None:
        h[0, 1] -= float(np.dot(w3, inv_T) + np.dot(ws, inv_tx))
        h[1, 1] += float(np.dot(w3 * rx, inv_T**2) + np.dot(ws * rx, inv_tx**2))
        h[2, 2] -= float(ws.sum()) / a**2
        h[3, 3] += float(np.dot(ws, inv_bx1**2))
        u = ws * (1.0 - s)  # w s (1 − s)
        diffs = (log_T - log_tx, rx * (inv_T - inv_tx), np.full(len(w), 1.0 / a), -inv_bx1)  # ∇A4 − ∇A3
        for i in range(4):
            ud = u * diffs[i]
            for j in range(i, 4):
                h[i, j] += float(np.dot(ud, diffs[j]))
    return ll


def _bgnbd_vector(params: BgNbd) -> np.ndarray:
    return np.array([params.r, params.alpha, params.a, params.b])


def bgnbd_log_likelihood(params: BgNbd, x: Any, t_x: Any, T: Any) -> float:
    """The log-likelihood summed over customers' (x, t_x, T), in days."""
    return _bgnbd_ll_grad(_bgnbd_vector(params), _BgNbdData(x, t_x, T, 1.0))[0]


def bgnbd_gradient(params: BgNbd, x: Any, t_x: Any, T: Any) -> np.ndarray:
    """The analytic gradient of :func:`bgnbd_log_likelihood` in (r, α, a, b)."""
    return _bgnbd_ll_grad(_bgnbd_vector(params), _BgNbdData(x, t_x, T, 1.0))[1]


def bgnbd_hessian(params: BgNbd, x: Any, t_x: Any, T: Any) -> np.ndarray:
    """The analytic Hessian of :func:`bgnbd_log_likelihood` in (r, α, a, b)."""
    return _bgnbd_ll_grad(_bgnbd_vector(params), _BgNbdData(x, t_x, T, 1.0), True)[2]


KAPPA_MAX = 1e6


"""The largest a + b the fit goes to. When the likelihood keeps rising with a + b (the
shop's customers all seem to leave with the same probability after a purchase, which
small shops often show), a + b stops here: a beta distribution this narrow is that one
probability for all practical purposes, and the fit counts as converged."""


def fit_bgnbd(x: Any, t_x: Any, T: Any) -> Fit:
    """Maximum-likelihood BG/NBD parameters for customers' (x, t_x, T), in days.

    Optimised over θ = (ln r, ln α, logit μ, ln κ) with μ = a/(a+b), κ = a+b: the
    dropout's mean and concentration, so a ridge along κ (a and b growing together)
    is one coordinate that can stop at its bound."""
    # scipy.special: 300 ms (measured), only when fitting; imported before the limit so that
    # the OpenBLAS it loads is limited too. One BLAS thread: analysis.blas.
    import scipy.special  # noqa: F401 - loaded for the limit below; the likelihood uses it

    one_blas_thread()
    T = np.asarray(T, dtype=np.float64)
    scale = float(T.mean()) if len(T) and T.mean() > 0 else 1.0  # time in mean-T units: well-conditioned
    data = _BgNbdData(x, t_x, T, scale)
    n = max(data.n, 1)

    def params_of(theta: np.ndarray) -> np.ndarray:
        r, alpha = np.exp(theta[:2])
        mu = 1.0 / (1.0 + np.exp(-theta[2]))
        kappa = np.exp(theta[3])
        return np.array([r, alpha, mu * kappa, (1.0 - mu) * kappa])

    def in_theta(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        r, alpha, a, b = params_of(theta)
        mu = a / (a + b)
        ll, g, h = _bgnbd_ll_grad(np.array([r, alpha, a, b]), data, True)
        # Chain rule: J = ∂(r, α, a, b)/∂θ, and the second derivatives of the map.
        jac = np.zeros((4, 4))
        jac[0, 0], jac[1, 1] = r, alpha
        jac[2, 2], jac[2, 3] = a * (1 - mu), a
        jac[3, 2], jac[3, 3] = -b * mu, b
        hess = jac.T @ h @ jac
        hess[0, 0] += g[0] * r
        hess[1, 1] += g[1] * alpha
        hess[2, 2] += g[2] * a * (1 - mu) * (1 - 2 * mu) - g[3] * b * mu * (1 - 2 * mu)
        hess[2, 3] += g[2] * a * (1 - mu) - g[3] * b * mu
        hess[3, 2] = hess[2, 3]
        hess[3, 3] += g[2] * a + g[3] * b
        return ll / n, (jac.T @ g) / n, hess / n

    lower = np.array([-LOG_BOUND, -LOG_BOUND, -LOG_BOUND, -LOG_BOUND])
    upper = np.array([LOG_BOUND, LOG_BOUND, LOG_BOUND, np.log(KAPPA_MAX)])
    result = maximise(in_theta, np.array([0.0, 0.0, 0.0, np.log(2.0)]), lower, upper)
    r, alpha, a, b = params_of(result.x)
    params = BgNbd(float(r), float(alpha * scale), float(a), float(b))
    off_bounds = bool(np.all(np.abs(result.x[:3]) < LOG_BOUND - 1e-6))
    message = ""
    if result.success and result.at_upper is not None and bool(result.at_upper[3]):
        message = "converged with a + b at its cap: every customer leaves with about the same probability"
    # The log-likelihood in days, as bgnbd_log_likelihood gives it, from the same grouping.
    fit = fit_result(result, params, _bgnbd_ll_grad(_bgnbd_vector(params), data.rescaled(1.0))[0], message)
    return fit if off_bounds else Fit(fit.params, fit.log_likelihood, fit.iterations, False, "a parameter at its bound")


def p_alive(params: BgNbd, x: Any, t_x: Any, T: Any) -> np.ndarray:
    """P(still a customer | x, t_x, T) = 1 / (1 + [x>0] a/(b+x−1) ((α+T)/(α+t_x))^(r+x))."""
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    days = _small_counts(x, t_x, T)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if days is None:
            x = np.asarray(x, dtype=np.float64)
            t_x = np.asarray(t_x, dtype=np.float64)
            T = np.asarray(T, dtype=np.float64)
            log_odds = np.log(a) - np.log(b + x - 1) + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x))
        else:
            # Whole days and purchase counts repeat across customers (and months, for the
            # KPIs): the same logarithms, taken once per distinct value and looked up.
            xi, ti, Ti = days
            k = np.arange(int(xi.max()) + 1, dtype=np.float64)
            d = np.arange(int(max(ti.max(), Ti.max())) + 1, dtype=np.float64)
            log_b, log_age = np.log(b + k - 1), np.log(alpha + d)
            x = xi.astype(np.float64)
            log_odds = np.log(a) - log_b[xi] + (r + x) * (log_age[Ti] - log_age[ti])
        result = 1.0 / (1.0 + np.exp(log_odds))
    return np.where(x > 0, result, 1.0)


def _small_counts(*values: Any) -> tuple[np.ndarray, ...] | None:
    """The arrays as they are when all are whole numbers from 0 to a bound well below
    their size (days and purchase counts), else None."""
    arrays = [np.asarray(v) for v in values]
    size = arrays[0].size
    if size < 4096 or any(a.dtype.kind not in "iu" or a.size != size for a in arrays):
        return None
    if any(int(a.min()) < 0 or int(a.max()) > size for a in arrays):
        return None
    return tuple(arrays)


def expected_purchases(params: BgNbd, t: Any, x: Any, t_x: Any, T: Any) -> np.ndarray:
    """E[purchase days in the next t days | x, t_x, T] (FHL 2005, eq. 10). ``t`` a number
    (result shaped like x) or a 1-D array of horizons (one result row per horizon)."""
    from scipy.special import hyp2f1  # 300 ms (measured): only when predicting

    x = np.asarray(x, dtype=np.float64).reshape(-1)
    t_x = np.asarray(t_x, dtype=np.float64).reshape(-1)
    T = np.asarray(T, dtype=np.float64).reshape(-1)
    horizons = np.atleast_1d(np.asarray(t, dtype=np.float64))
    r, alpha, a, b = params.r, params.alpha, params.a, params.b
    if abs(a - 1.0) < 1e-9:  # the closed form divides by a − 1
        a = 1.0 + 1e-9
    # The hypergeometric part depends on (x, T) only: evaluated once per distinct pair.
    (ux, uT), _, inverse = _unique_rows(x, T)
    _a, _b, _c = r + ux, b + ux, a + b + ux - 1
    rows = []
    for h in horizons:
        z = h / (alpha + uT + h)
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            log_hyp = np.log(hyp2f1(_a, _b, _c, z))
            bad = ~np.isfinite(log_hyp)
            if bad.any():  # Euler's transformation, where the series overflows
                ca, cb, cc, zb = _c[bad] - _a[bad], _c[bad] - _b[bad], _c[bad], z[bad]
                log_hyp[bad] = np.log(hyp2f1(ca, cb, cc, zb)) + (cc - _a[bad] - _b[bad]) * np.log1p(-zb)
            ratio = np.log((alpha + uT) / (alpha + uT + h))
            value = (a + b + ux - 1) / (a - 1) * -np.expm1(log_hyp + (r + ux) * ratio)
        rows.append((value if h > 0 else np.zeros_like(value))[inverse])
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_ratio = np.log(alpha + T) - np.log(alpha + t_x)
        odds = np.where(x > 0, a / (b + x - 1) * np.exp((r + x) * log_ratio), 0.0)
    result = np.vstack(rows) / (1.0 + odds) if rows else np.zeros((0, len(x)))
    return result if np.ndim(t) else result[0]
