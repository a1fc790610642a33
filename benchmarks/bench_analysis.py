"""Analysis: segments, KPIs and the churn model's fit (issue 7), against sqlite3 reading
the rows and against lifetimes where it runs: the analysis step of benchmarks/run.py
(described there)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.common import fresh
from smallcrm.domain import demo
from smallcrm.domain.analysis import segments as seg
from smallcrm.domain.analysis.bgnbd import bgnbd_log_likelihood, fit_bgnbd
from smallcrm.domain.analysis.facts import load_facts
from smallcrm.domain.analysis.gamma_gamma import fit_gamma_gamma
from smallcrm.domain.analysis.result import analyse
from smallcrm.domain.session import open_crm
from smallcrm.store.db import db

_CHILD_LIFETIMES = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import numpy as np
import pandas as pd
from lifetimes import BetaGeoFitter, GammaGammaFitter
from lifetimes.utils import ConvergenceError

data = np.load(sys.argv[1])
x, t_x, T, m = data["x"], data["t_x"], data["T"], data["m"]
use = (x > 0) & (m > 0)
params, tol_used = None, None
times = []
for _ in range(3):
    t0 = time.perf_counter()
    for tol in (1e-7, 1e-6):  # lifetimes stops with 'precision loss' at its default on some data
        try:
            bg = BetaGeoFitter().fit(pd.Series(x), pd.Series(t_x), pd.Series(T), tol=tol)
            tol_used = tol
            break
        except ConvergenceError:
            continue
    gg = GammaGammaFitter().fit(pd.Series(x[use]), pd.Series(m[use]))
    times.append(time.perf_counter() - t0)
    params = {**{k: float(v) for k, v in bg.params_.items()}, **{k: float(v) for k, v in gg.params_.items()}}
print(json.dumps({"seconds": sorted(times)[1], "params": params, "tol": tol_used}))
"""


def _lifetimes_python() -> str | None:
    """An interpreter with lifetimes: this one, or $SMALLCRM_LIFETIMES_PYTHON (a scratch venv:
    lifetimes is unmaintained and never a dependency of SmallCRM)."""
    if importlib.util.find_spec("lifetimes") is not None:
        return sys.executable
    other = os.environ.get("SMALLCRM_LIFETIMES_PYTHON", "")
    return other if other and shutil.which(other) else None


def _timed(f: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = f()
    return time.perf_counter() - t0, out


def _interleaved(runs: int, **calls: Callable[[], Any]) -> dict[str, float]:
    """The median time of each call over ``runs`` rounds, the calls taking turns within
    each round, so that each sees the same machine (a shared one's load comes and goes)."""
    times: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(runs):
        for name, call in calls.items():
            times[name].append(_timed(call)[0])
    return {name: statistics.median(values) for name, values in times.items()}


RAW_PURCHASES = "SELECT customer_id, date, amount_cents, cost_cents FROM purchase"
RAW_OTHERS = [
    "SELECT customer_id, at, kind, satisfaction, status, resolved_at FROM interaction",
    "SELECT id, staff_id, created_at, churn_status, churn_reason, churned_on, birth_calendar, birth_year,"
    " birth_month, birth_day, income_band FROM customer WHERE deleted_at IS NULL",
]


def _load() -> str:
    return f"load average {os.getloadavg()[0]:.1f}"


def bench_analysis(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Segments and KPIs over the demo shop (targets: <= 1 s for all segments + KPIs and
    <= 0.8x sqlite3 fetching the purchase rows, <= 2 s for the BG/NBD + Gamma-Gamma fit),
    medians of interleaved runs; the fit against lifetimes on the same summary where
    lifetimes runs (target >= 10x faster, estimates equal to 3 significant figures)."""
    if reuse is None:
        reuse = workdir / "analysis.db"
        fresh(reuse)
        demo.generate(n, seed=1)
    open_crm(reuse)
    analyse().kpis(12)  # warm: imports (scipy) and the page cache

    # Everything but the model fit: read, segments in every dimension, every customer's
    # churn status from the fitted parameters, 12 months of KPIs per month, tier and staff.
    fitted = analyse()
    model = fitted.churn.model

    def segments_and_kpis() -> Any:
        result = analyse(model=model)
        seg.summary(result)
        return result.kpis(12)

    con = sqlite3.connect(db.database)
    load_before = _load()
    t = _interleaved(
        7,
        raw_purchases=lambda: con.execute(RAW_PURCHASES).fetchall(),
        ours=segments_and_kpis,
        raw_all=lambda: [con.execute(q).fetchall() for q in [RAW_PURCHASES, *RAW_OTHERS]],
        reading=load_facts,
    )
    end_to_end = _interleaved(3, end_to_end=lambda: analyse().kpis(12))["end_to_end"]
    load_after = _load()
    con.close()
    ours, raw = t["ours"], t["raw_purchases"]

    s = fitted.churn.summary
    b = s.bought
    x, t_x, age, m = s.x[b], s.t_x[b], s.T[b], s.monetary[b]
    use = (x > 0) & (m > 0)
    fit_load = _load()
    fit_time = _interleaved(7, fit=lambda: (fit_bgnbd(x, t_x, age), fit_gamma_gamma(x[use], m[use])))["fit"]
    bg, gg = fit_bgnbd(x, t_x, age), fit_gamma_gamma(x[use], m[use])
    one_eval = _interleaved(5, one=lambda: bgnbd_log_likelihood(bg.params, x, t_x, age))["one"]
    rows = [
        (
            f"all segments + KPIs, {n:,} customers ({len(x):,} buying); median of 7 interleaved",
            f"{ours * 1000:.0f} ms",
            f"{raw * 1000:.0f} ms (sqlite3: fetch the purchase rows)",
            f"{ours / raw:.2f}x; targets <= 1 s: {'met' if ours <= 1 else 'MISSED'}, <= 0.8x: "
            f"{'met' if ours <= 0.8 * raw else 'MISSED'}; {load_before} -> {load_after}",
        ),
        (
            "  of which reading the file (packed purchase days and contacts, customers as columns)",
            f"{t['reading'] * 1000:.0f} ms",
            f"{t['raw_all'] * 1000:.0f} ms (sqlite3: fetch every row it reads)",
            f"{t['reading'] / t['raw_all']:.2f}x",
        ),
        (
            "  of which computing (segments, statuses, KPIs per month, tier, staff)",
            f"{(ours - t['reading']) * 1000:.0f} ms",
            "",
            "",
        ),
        (
            "  the same with the model fitted (what the panel waits for); median of 3",
            f"{end_to_end * 1000:.0f} ms",
            f"{raw * 1000:.0f} ms",
            f"{end_to_end / raw:.2f}x",
        ),
        (
            f"BG/NBD + Gamma-Gamma fit ({bg.iterations} + {gg.iterations} Newton steps), one BLAS thread; median of 7",
            f"{fit_time * 1000:.0f} ms",
            f"{one_eval * 1000:.1f} ms (one BG/NBD likelihood)",
            f"{fit_time / one_eval:.0f} likelihoods; target <= 2 s: {'met' if fit_time <= 2 else 'MISSED'}; "
            f"{fit_load} -> {_load()}",
        ),
    ]
    return [*rows, _against_lifetimes(workdir, (x, t_x, age, m), bg, gg, fit_time)]


def _against_lifetimes(
    workdir: Path, summary_columns: tuple[Any, Any, Any, Any], bg: Any, gg: Any, fit_time: float
) -> tuple[str, str, str, str]:
    """Our fit against lifetimes on the same summary (x, t_x, T, monetary), where it runs."""
    python = _lifetimes_python()
    if python is None:
        return ("  against lifetimes", "", "not installed (set SMALLCRM_LIFETIMES_PYTHON)", "-")
    x, t_x, age, m = summary_columns
    summary = workdir / "summary.npz"
    np.savez(summary, x=x, t_x=t_x, T=age, m=m)
    # Under the same setting as ours (analysis.blas): one BLAS thread, here set before
    # numpy loads OpenBLAS (the scratch venv need not have threadpoolctl).
    one_thread = dict.fromkeys(("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"), "1")
    done = subprocess.run(
        [python, "-c", _CHILD_LIFETIMES, str(summary)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **one_thread},
    )
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    ours_params = {"r": bg.params.r, "alpha": bg.params.alpha, "a": bg.params.a, "b": bg.params.b}
    ours_params |= {"p": gg.params.p, "q": gg.params.q, "v": gg.params.gamma}
    same = all(f"{ours_params[k]:.3g}" == f"{theirs['params'][k]:.3g}" for k in ours_params)
    worst = max(abs(ours_params[k] / theirs["params"][k] - 1) for k in ours_params)
    ratio = theirs["seconds"] / fit_time
    return (
        "  against lifetimes on the same summary (both with one BLAS thread)",
        f"{fit_time * 1000:.0f} ms",
        f"{theirs['seconds'] * 1000:.0f} ms (lifetimes, tol {theirs['tol']:g})",
        f"{ratio:.1f}x faster, target >= 10x: {'met' if ratio >= 10 else 'MISSED'}; estimates equal to 3 "
        f"significant figures: {'yes' if same else 'NO'} (largest difference {worst:.1e})",
    )
