# ruff: noqa: N806 - x, t_x, T as in the paper
"""Customers simulated from the models' own stories (BG/NBD, Gamma-Gamma) and a numerical
derivative, shared by the tests of the fits and the optimiser."""

from __future__ import annotations

import numpy as np


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


def numerical(f, v0: np.ndarray, step: float = 1e-6) -> np.ndarray:
    rows = []
    for i in range(len(v0)):
        h = np.zeros(len(v0))
        h[i] = step * v0[i]
        rows.append((f(v0 + h) - f(v0 - h)) / (2 * h[i]))
    return np.array(rows)
