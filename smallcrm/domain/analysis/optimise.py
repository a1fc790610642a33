"""Maximising a smooth log-likelihood inside a box: projected Newton steps, with
Levenberg-Marquardt damping as the fallback; numpy only.

Why our own and not SciPy's L-BFGS-B, which this replaced: importing scipy.optimize
loads SciPy's linear algebra, sparse matrices, spatial, FFT, HiGHS and OpenBLAS, about
50 MB of the double-click app (packaging/README.md), for fits of three and four
parameters that a Cholesky factorisation in numpy solves. General: the BG/NBD and the
Gamma-Gamma fits (``analysis.bgnbd``, ``analysis.gamma_gamma``) both use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

LOG_BOUND = 30.0  # optimiser bounds on the log-parameters: e^±30 covers any sane value


@dataclass(frozen=True)
class Fit:
    params: Any  # BgNbd | GammaGamma
    log_likelihood: float
    iterations: int
    converged: bool
    message: str = ""


@dataclass
class Optimum:
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


def _newton(fun: Any, start: np.ndarray, lower: np.ndarray, upper: np.ndarray, max_iter: int = 200) -> Optimum:
    """Maximise ``fun(θ) -> (ll, grad, hess)`` inside the box [lower, upper] by projected
    Newton steps with backtracking: a coordinate on a bound that the gradient pushes
    outwards is held there and Newton works on the others. Where the Hessian is not
    negative definite (far from the optimum) its eigenvalues take the sign that makes the
    step an ascent direction. A few iterations, where a quasi-Newton method crawls along
    the flat ridge of BG/NBD fits with large a and b."""
    theta = np.clip(start, lower, upper)
    ll, grad, hess = fun(theta)
    if not np.isfinite(ll):
        return Optimum(theta, False, 0, "not finite at the start")
    stalled = 0
    for iteration in range(1, max_iter + 1):
        if not (np.all(np.isfinite(grad)) and np.all(np.isfinite(hess))):
            return Optimum(theta, False, iteration, "not finite")
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
            return Optimum(theta, True, iteration, "converged", _at_upper(theta, upper))
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
            return Optimum(theta, decrement < 1e-10, iteration, "no further increase", _at_upper(theta, upper))
        if new_ll - ll < 1e-14 * max(1.0, abs(ll)) and decrement < 1e-10:
            stalled += 1  # gains below rounding: the optimum to the precision the likelihood has
            if stalled >= 3:
                return Optimum(trial, True, iteration, "converged", _at_upper(trial, upper))
        else:
            stalled = 0
        theta, ll, grad, hess = trial, new_ll, new_grad, new_hess
    return Optimum(theta, False, max_iter, "too many iterations")


def damped_newton(fun: Any, start: np.ndarray, lower: np.ndarray, upper: np.ndarray, max_iter: int = 2000) -> Optimum:
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
        return Optimum(theta, False, 0, "not finite at the start")
    lam = 1e-3
    for iteration in range(1, max_iter + 1):
        free = _free(theta, grad, lower, upper)
        if not free.any() or float(np.abs(grad[free]).max()) < 1e-12:
            return Optimum(theta, True, iteration, "converged", _at_upper(theta, upper))
        curvature = -hess[np.ix_(free, free)] if np.all(np.isfinite(hess)) else np.zeros((free.sum(),) * 2)
        if _newton_decrement(curvature, grad[free]) < 1e-15:  # as in _newton: gains below rounding
            return Optimum(theta, True, iteration, "converged", _at_upper(theta, upper))
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
            return Optimum(theta, small, iteration, "no further increase", _at_upper(theta, upper))
        theta, ll, grad, hess = trial, new_ll, new_grad, new_hess
    return Optimum(theta, False, max_iter, "too many iterations")


def _newton_decrement(curvature: np.ndarray, grad: np.ndarray) -> float:
    """gᵀ(−H)⁻¹g, twice the increase a full Newton step would gain; inf where −H is not
    positive definite (no quadratic model to trust)."""
    try:
        factor = np.linalg.cholesky(curvature)
    except np.linalg.LinAlgError:
        return float("inf")
    half = np.linalg.solve(factor, grad)
    return float(half @ half)


def maximise(fun: Any, start: np.ndarray, lower: np.ndarray, upper: np.ndarray) -> Optimum:
    """Projected Newton; damped Newton (:func:`damped_newton`) from the start again if it fails."""
    optimum = _newton(fun, start, lower, upper)
    if optimum.success:
        return optimum
    return damped_newton(fun, start, lower, upper)


def log_space(fun: Any) -> Any:
    """``fun(params, hessian)`` in positive parameters -> the same in θ = ln params."""

    def in_theta(theta: np.ndarray) -> tuple[float, np.ndarray, np.ndarray]:
        p = np.exp(theta)
        ll, g_p, h_p = fun(p, True)
        grad = p * g_p  # d/dθ = p d/dp
        return ll, grad, h_p * np.outer(p, p) + np.diag(grad)

    return in_theta


def fit_result(result: Optimum, params: Any, ll: float, message: str = "") -> Fit:
    converged = bool(result.success) and bool(np.isfinite(ll))
    return Fit(params, float(ll), int(result.nit), converged, message or str(result.message))
