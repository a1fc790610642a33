"""Who is still a customer: the BG/NBD model, Gamma-Gamma spend, lifetime value, churn.

The model (Fader, Hardie & Lee 2005, "Counting your customers the easy way: an
alternative to the Pareto/NBD model"): while alive, a customer buys at a rate λ
(gamma-distributed over customers with shape r and rate α); after each repeat
purchase they drop out with probability p (beta-distributed with a, b). Fitted by
maximum likelihood on every customer's (x, t_x, T):

- a transaction is a calendar day with a purchase (same-day purchases are one, see
  ``domain.analysis``); the first purchase day is not a repeat;
- x = repeat purchase days, t_x = days from the first to the last purchase day, T =
  days from the first purchase day to the as-of day; everything up to and including
  the as-of day is calibration data;
- the time unit is the day: α is in days (r/α is the mean purchase rate per day of
  a customer who is still alive, over all customers).

Spend: the Gamma-Gamma model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value
curves for customer base analysis"; Fader & Hardie 2013, "The Gamma-Gamma model of
monetary value") on the mean spend per repeat purchase day, fitted on customers with
at least one repeat and a positive mean. CLV is the expected spend over the next
``clv_months`` months, month by month, discounted at the yearly rate setting:
Σ_m (E[X(m)] − E[X(m−1)]) × E[spend] / (1 + d)^m, d the equivalent monthly rate.

Fallbacks, told to the owner (``basis`` "rule"): a shop with too little history for
a fit (fewer than MIN_CUSTOMERS buying customers or MIN_REPEATERS who came back, or
no convergence) uses simple rules for everyone: at risk or lost after the settings'
days without a purchase, expected purchases from the customer's own past rate.
Customers who have not come back yet get the same recency rule for their status even
when the model is fitted: BG/NBD lets customers drop out only after a repeat purchase,
so its P(alive) for them is exactly 1, which says nothing.

Everything is vectorised over customers: the likelihood, its analytic gradient and
the predictions are numpy; the optimiser is a projected Newton method of our own on
log-parameters (with a damped Newton fallback), numpy only. scipy.special gives the
gamma-family functions and is imported when first needed, so opening the app does not
pay for it.
"""

# ruff: noqa: N803, N806 - x, t_x, T and α as in the paper, so each formula can be checked against it line by line
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from smallcrm.errors import QT_TRANSLATE_NOOP

MIN_CUSTOMERS = 30  # customers with a purchase day, for a fit
MIN_REPEATERS = 10  # of them who came back (a repeat purchase day)
MIN_GG_CUSTOMERS = 10  # repeat customers with a positive mean spend, for the spend model
DAYS_PER_MONTH = 365.25 / 12
LOG_BOUND = 30.0  # optimiser bounds on the log-parameters: e^±30 covers any sane value

STATUSES = ("active", "at_risk", "churned")
ACTIVE, AT_RISK, CHURNED = range(3)
# Why a customer counts as churned: the owner's reasons (domain.analysis.MARKED_REASONS),
# marked without one, then the two automatic ones.
CHURN_REASONS = ("natural", "competitive", "fault", "unrecorded", "model", "rule")

# --- Parameters and fits -------------------------------------------------------------------


@dataclass(frozen=True)
class BgNbd:
    r: float
    alpha: float  # in days
    a: float
    b: float

    def as_dict(self) -> dict[str, Any]:
        return {"r": self.r, "alpha": self.alpha, "a": self.a, "b": self.b, "time_unit": "days"}


@dataclass(frozen=True)
class GammaGamma:
    p: float
    q: float
    gamma: float  # in cents

    def as_dict(self) -> dict[str, Any]:
        return {"p": self.p, "q": self.q, "gamma": self.gamma, "money_unit": "cents"}


@dataclass(frozen=True)
class Fit:
    params: Any  # BgNbd | GammaGamma
    log_likelihood: float
    iterations: int
    converged: bool
    message: str = ""


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


@dataclass
class _Optimum:
    x: np.ndarray  # the optimiser's parameters θ
    success: bool
    nit: int
    message: str
    at_upper: np.ndarray | None = None  # which θ ended on their upper bound


def _free(theta: np.ndarray, grad: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """The coordinates an optimiser moves: not those on a bound the gradient pushes past."""
    held = (_at_upper(theta, upper) & (grad > 0)) | ((theta <= lower + 1e-12) & (grad < 0))
    return ~held


def _at_upper(theta: np.ndarray, upper: np.ndarray) -> np.ndarray:
    return theta >= upper - 1e-12


def _capped(step: np.ndarray) -> np.ndarray:
    """At most a factor e^4 per log-parameter and step."""
    largest = float(np.abs(step).max())
    return step * (4.0 / largest) if largest > 4.0 else step


def _newton(fun: Any, start: np.ndarray, lower: np.ndarray, upper: np.ndarray, max_iter: int = 200) -> _Optimum:
    """Maximise ``fun(θ) -> (ll, grad, hess)`` inside the box [lower, upper] by projected
    Newton steps with backtracking: a coordinate on a bound that the gradient pushes
    outwards is held there and Newton works on the others. Where the Hessian is not
    negative definite (far from the optimum) its eigenvalues take the sign that makes the
    step an ascent direction. A few iterations, where a quasi-Newton method crawls along
    the flat ridge of BG/NBD fits with large a and b."""
    theta = np.clip(start, lower, upper)
    ll, grad, hess = fun(theta)
    if not np.isfinite(ll):
        return _Optimum(theta, False, 0, "not finite at the start")
    stalled = 0
    for iteration in range(1, max_iter + 1):
        if not (np.all(np.isfinite(grad)) and np.all(np.isfinite(hess))):
            return _Optimum(theta, False, iteration, "not finite")
        free = _free(theta, grad, lower, upper)
        step = np.zeros(len(theta))
        if free.any():
            values, vectors = np.linalg.eigh(hess[np.ix_(free, free)])
            values = -np.maximum(np.abs(values), 1e-12 * max(1.0, float(np.abs(values).max())))
            step[free] = -vectors @ ((vectors.T @ grad[free]) / values)
        decrement = float(grad @ step)  # twice the predicted increase, ≥ 0
        # The mean log-likelihood is accurate to ~1e-15; below that, steps are noise (a step
        # of 1e-6 along the flattest direction of a BG/NBD ridge changes it by ~1e-16).
        if decrement < 1e-15 or float(np.abs(step).max()) < 1e-10:
            return _Optimum(theta, True, iteration, "converged", _at_upper(theta, upper))
        step = _capped(step)
        t = 1.0
        while t > 1e-10:
            trial = np.clip(theta + t * step, lower, upper)
            new_ll, new_grad, new_hess = fun(trial)
            if np.isfinite(new_ll) and new_ll >= ll + 1e-4 * float(grad @ (trial - theta)):
                break
            t *= 0.5
        else:
            # No increase along the step: at the optimum to rounding, or lost.
            return _Optimum(theta, decrement < 1e-10, iteration, "no further increase", _at_upper(theta, upper))
        if new_ll - ll < 1e-14 * max(1.0, abs(ll)) and decrement < 1e-10:
            stalled += 1  # gains below rounding: the optimum to the precision the likelihood has
            if stalled >= 3:
                return _Optimum(trial, True, iteration, "converged", _at_upper(trial, upper))
        else:
            stalled = 0
        theta, ll, grad, hess = trial, new_ll, new_grad, new_hess
    return _Optimum(theta, False, max_iter, "too many iterations")


def damped_newton(fun: Any, start: np.ndarray, lower: np.ndarray, upper: np.ndarray, max_iter: int = 2000) -> _Optimum:
    """The fallback when :func:`_newton` fails: Newton with Levenberg-Marquardt damping.

    Each step solves (−H + λI) d = g on the coordinates not held at a bound (held as in
    ``_newton``), then projects onto the box. A step that does not increase the
    log-likelihood is refused and λ grows tenfold, which turns the step towards plain
    gradient ascent and shortens it; an accepted one lets λ shrink, back towards Newton.
    So it climbs where the Hessian is indefinite, or not even finite (then it is
    gradient ascent), and still ends with Newton's fast convergence. Converged when a
    full Newton step would gain less than rounding (as in ``_newton``), when the
    projected gradient vanishes, or when no step however short gains anything and the
    gradient is small (the optimum to the precision the likelihood has).

    Why our own and not SciPy's L-BFGS-B, which this replaces: importing scipy.optimize
    loads SciPy's linear algebra, sparse matrices, spatial, FFT, HiGHS and OpenBLAS,
    about 50 MB of the double-click app (packaging/README.md) for a path the fit rarely
    takes; with four parameters a Cholesky factorisation in numpy is all it needs."""
    theta = np.clip(start, lower, upper)
    ll, grad, hess = fun(theta)
    if not np.isfinite(ll) or not np.all(np.isfinite(grad)):
        return _Optimum(theta, False, 0, "not finite at the start")
    lam = 1e-3
    for iteration in range(1, max_iter + 1):
        free = _free(theta, grad, lower, upper)
        if not free.any() or float(np.abs(grad[free]).max()) < 1e-12:
            return _Optimum(theta, True, iteration, "converged", _at_upper(theta, upper))
        curvature = -hess[np.ix_(free, free)] if np.all(np.isfinite(hess)) else np.zeros((free.sum(),) * 2)
        if _newton_decrement(curvature, grad[free]) < 1e-15:  # as in _newton: gains below rounding
            return _Optimum(theta, True, iteration, "converged", _at_upper(theta, upper))
        scale = max(1.0, float(np.abs(np.diag(curvature)).max()))
        while lam * scale < 1e20:
            try:
                factor = np.linalg.cholesky(curvature + lam * scale * np.eye(len(curvature)))
            except np.linalg.LinAlgError:  # −H + λI not positive definite yet
                lam *= 10.0
                continue
            step = np.zeros(len(theta))
            step[free] = np.linalg.solve(factor.T, np.linalg.solve(factor, grad[free]))
            step = _capped(step)
            trial = np.clip(theta + step, lower, upper)
            new_ll, new_grad, new_hess = fun(trial)
            if np.isfinite(new_ll) and np.all(np.isfinite(new_grad)) and new_ll > ll:
                lam = max(lam / 3.0, 1e-12)
                break
            lam *= 10.0
        else:
            # No step, however short and gradient-like, gains anything: the optimum to
            # rounding if the gradient there is small, else lost.
            small = float(np.abs(grad[free]).max()) < 1e-6
            return _Optimum(theta, small, iteration, "no further increase", _at_upper(theta, upper))
        theta, ll, grad, hess = trial, new_ll, new_grad, new_hess
    return _Optimum(theta, False, max_iter, "too many iterations")


def _newton_decrement(curvature: np.ndarray, grad: np.ndarray) -> float:
    """gᵀ(−H)⁻¹g, twice the increase a full Newton step would gain; inf where −H is not
    positive definite (no quadratic model to trust)."""
    try:
        factor = np.linalg.cholesky(curvature)
    except np.linalg.LinAlgError:
        return float("inf")
    half = np.linalg.solve(factor, grad)
    return float(half @ half)


def _maximise(fun: Any, start: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> _Optimum:
    """Projected Newton; damped Newton (:func:`damped_newton`) from the start again if it fails."""
    optimum = _newton(fun, start, lower, upper)
    if optimum.success:
        return optimum
    return damped_newton(fun, start, lower, upper)


def _log_space(fun: Any) -> Any:
    """``fun(params, hessian)`` in positive parameters -> the same in θ = ln params."""

    def in_theta(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        p = np.exp(theta)
        ll, g_p, h_p = fun(p, True)
        grad = p * g_p  # d/dθ = p d/dp
        return ll, grad, h_p * np.outer(p, p) + np.diag(grad)

    return in_theta


def _fit_result(result: _Optimum, params: Any, ll: float, message: str = "") -> Fit:
    converged = bool(result.success) and bool(np.isfinite(ll))
    return Fit(params, float(ll), int(result.nit), converged, message or str(result.message))


# --- BG/NBD --------------------------------------------------------------------------------


class _BgNbdData:
    """(x, t_x, T) prepared for the likelihood: customers without a repeat depend only
    on T; the others are grouped by identical triples; every term of one variable
    (gammaln and digamma of x, logs of α+T and α+t_x) is evaluated once per distinct
    value and gathered. Times are divided by ``scale`` (conditioning)."""

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
    from scipy.special import betaln, digamma, gammaln, polygamma

    r, alpha, a, b = (float(v) for v in params)
    ux, wx = d.ux, d.wx
    # A2 as betaln(a, b+x) − betaln(a, b): the gammaln differences it equals lose nine digits
    # when a + b is near a million (the cap of the fit), which the optimiser then chases as noise.
    terms = gammaln(r + ux) - gammaln(r) + betaln(a, b + ux) - betaln(a, b)
    ll = float(np.dot(wx, terms)) + d.n * r * np.log(alpha)
    g = np.zeros(4)
    h = np.zeros((4, 4))
    g[0] = float(np.dot(wx, digamma(r + ux) - digamma(r))) + d.n * np.log(alpha)
    g[1] = d.n * r / alpha
    psi_ab = digamma(a + b)
    psi_abx = digamma(a + b + ux)
    g[2] = float(np.dot(wx, psi_ab - psi_abx))
    g[3] = float(np.dot(wx, psi_ab + digamma(b + ux) - digamma(b) - psi_abx))
    if hessian:
        tri_ab, tri_abx = polygamma(1, a + b), polygamma(1, a + b + ux)
        h[0, 0] = float(np.dot(wx, polygamma(1, r + ux) - polygamma(1, r)))
        h[0, 1] = d.n / alpha
        h[1, 1] = -d.n * r / alpha**2
        h[2, 2] = h[2, 3] = float(np.dot(wx, tri_ab - tri_abx))
        h[3, 3] = float(np.dot(wx, tri_ab + polygamma(1, b + ux) - polygamma(1, b) - tri_abx))

    # Customers without a repeat: ℓ gets A3 = −r ln(α+T).
    log_t0 = np.log(alpha + d.T0)
    inv_t0 = 1.0 / (alpha + d.T0)
    ll -= r * float(np.dot(d.w0, log_t0))
    g[0] -= float(np.dot(d.w0, log_t0))
    g[1] -= r * float(np.dot(d.w0, inv_t0))
    if hessian:
        h[0, 1] -= float(np.dot(d.w0, inv_t0))
        h[1, 1] += r * float(np.dot(d.w0, inv_t0**2))

    # Repeat customers: A3 + ln(1 + e^(A4−A3)).
    if len(d.x1):
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
        if hessian:
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
    if hessian:
        h = np.triu(h) + np.triu(h, 1).T
    return ll, g, h


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
    result = _maximise(in_theta, np.array([0.0, 0.0, 0.0, np.log(2.0)]), lower, upper)
    r, alpha, a, b = params_of(result.x)
    params = BgNbd(float(r), float(alpha * scale), float(a), float(b))
    off_bounds = bool(np.all(np.abs(result.x[:3]) < LOG_BOUND - 1e-6))
    message = ""
    if result.success and result.at_upper is not None and bool(result.at_upper[3]):
        message = "converged with a + b at its cap: every customer leaves with about the same probability"
    fit = _fit_result(result, params, bgnbd_log_likelihood(params, x, t_x, T), message)
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
    from scipy.special import hyp2f1

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


# --- Gamma-Gamma -----------------------------------------------------------------------------


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
    from scipy.special import digamma, gammaln, polygamma

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
    m = np.asarray(m, dtype=np.float64)
    scale = float(m.mean()) if len(m) and m.mean() > 0 else 1.0  # money in mean-spend units
    data = _GgData(x, m / scale)
    n = max(data.n, 1)

    def per_customer(params: np.ndarray, hessian: bool) -> tuple[float, np.ndarray, Any]:
        ll, grad, hess = _gg_ll_grad(params, data, hessian)
        return ll / n, grad / n, hess / n

    bound = np.full(3, LOG_BOUND)
    result = _maximise(_log_space(per_customer), np.zeros(3), -bound, bound)
    p, q, gamma = np.exp(result.x)
    params = GammaGamma(float(p), float(q), float(gamma * scale))
    fit = _fit_result(result, params, gamma_gamma_log_likelihood(params, x, m))
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
    from smallcrm.domain.analysis import NO_DAY

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
        marked = per_customer(facts.marked_day) <= upto_all
        status = np.where(marked, np.int8(CHURNED), status)
        # 1..4 -> natural, competitive, fault, unrecorded
        reason = np.where(marked, (per_customer(facts.marked_reason) - 1).astype(np.int8), reason)
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
