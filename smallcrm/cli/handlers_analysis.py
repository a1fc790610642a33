"""What the analysis commands do (their arguments: ``commands_analysis``)."""

from __future__ import annotations

import argparse
from typing import Any

from smallcrm.cli import output
from smallcrm.cli.database import open_database
from smallcrm.cli.days import as_of
from smallcrm.domain.analysis import result as analysis
from smallcrm.domain.analysis.bgnbd import p_alive
from smallcrm.domain.analysis.churn import STATUSES
from smallcrm.domain.analysis.segment_names import DIMENSION_LABELS
from smallcrm.domain.analysis.segments import summary
from smallcrm.domain.values.money import format_cents


def segments(args: argparse.Namespace) -> int:
    open_database(args)
    result = analysis.current(as_of(args.as_of))
    data = summary(result)
    lines = [f"As of {data['as_of']}: {data['customers']} customers, profit {format_cents(data['profit_cents'])}"]
    for dimension, rows in data["segments"].items():
        lines.append(f"{DIMENSION_LABELS[dimension]}:")
        for row in rows.values():
            share = "" if row["profit_share"] is None else f"  {row['profit_share'] * 100:5.1f} % of profit"
            lines.append(f"  {row['name']:<28} {row['count']:>8}{share}")
    lines += [f"  {s['name']:<28} {s['count'] if s['count'] is not None else '?':>8}" for s in data["saved"]]
    output.emit(args, data, lines)
    return 0


def clv(args: argparse.Namespace) -> int:
    open_database(args)
    result = analysis.current(as_of(args.as_of))
    data = clv_data(result, args.days, args.customers)
    p = data["params"]
    if p is None:
        lines = [f"No model ({data['basis_reason']})"]
    else:
        lines = [
            f"BG/NBD: r={p['r']:.6g} alpha={p['alpha']:.6g} days a={p['a']:.6g} b={p['b']:.6g}"
            f"  log-likelihood {data['log_likelihood']:.6f}"
        ]
    g = data["gamma_gamma"]
    if g is not None:
        lines.append(f"Gamma-Gamma: p={g['p']:.6g} q={g['q']:.6g} gamma={g['gamma']:.6g} cents")
    for c in data.get("customers", []):
        alive = "" if c["p_alive"] is None else f"{c['p_alive']:.3f}"
        lines.append(
            f"{c['id']:>7}  x={c['x']:<4} t_x={c['t_x']:<5} T={c['T']:<5} P(alive)={alive:<6}"
            f" E[{args.days}d]={c['expected_purchases']:.2f}  CLV {format_cents(c['clv_cents'])}"
        )
    output.emit(args, data, lines)
    return 0


def clv_data(result: Any, days: int, customers: bool) -> dict[str, Any]:
    """The clv command's JSON: the contract keys params, gamma_gamma, log_likelihood,
    customers (with --customers), and how the figures were made."""
    churn = result.churn
    model = churn.model
    fitted = model.basis == "model" and model.bgnbd is not None
    data: dict[str, Any] = {
        "as_of": result.as_of.isoformat(),
        "params": model.bgnbd.params.as_dict() if fitted else None,
        "gamma_gamma": model.gamma_gamma.params.as_dict() if fitted and model.gamma_gamma else None,
        "log_likelihood": model.bgnbd.log_likelihood if fitted else None,
        "gamma_gamma_log_likelihood": model.gamma_gamma.log_likelihood if fitted and model.gamma_gamma else None,
        "basis": model.basis,
        "basis_reason": model.reason.format(**model.reason_args) if model.reason else "",
        "days": days,
        "clv_months": result.config.clv_months,
        "clv_discount_percent": result.config.clv_discount_percent,
        "customers_fitted": int((churn.summary.bought & (result.facts.known <= result.facts.today)).sum()),
    }
    if customers:
        s = churn.summary
        pred = churn.predictions(days)
        # The model's P(alive) for everyone it was fitted to (exactly 1 for customers who have not
        # come back yet: their status comes from the recency rule, see status_basis).
        alive_all = p_alive(model.bgnbd.params, s.x, s.t_x, s.T) if fitted else None
        owner = result.facts.marked_day <= result.facts.today
        rows = []
        for i in [int(i) for i in (s.bought & (churn.status >= 0)).nonzero()[0]]:
            alive = None if alive_all is None else round(float(alive_all[i]), 6)
            basis = "owner" if owner[i] else ("model" if churn.by_model[i] else "rule")
            value = round(float(pred["clv"][i]))
            rows.append(
                {
                    "id": int(result.facts.ids[i]),
                    "x": int(s.x[i]),
                    "t_x": int(s.t_x[i]),
                    "T": int(s.T[i]),
                    "p_alive": alive,
                    "expected_purchases": round(float(pred["expected"][i]), 6),
                    "clv": value,
                    "clv_cents": value,
                    "status": STATUSES[int(churn.status[i])],
                    "status_basis": basis,
                    "monetary_cents": round(float(s.monetary[i])),
                }
            )
        data["customers"] = rows
    return data
