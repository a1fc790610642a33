"""Analysis commands: segments, saved segments, customer lifetime value and churn."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from smallcrm.cli import Phrases, add_command, count_type, day, json_option, open_database, output
from smallcrm.domain.values.money import format_cents
from smallcrm.errors import QT_TRANSLATE_NOOP

CONVENTIONS = QT_TRANSLATE_NOOP(
    "CLI",
    "Conventions: a transaction is a calendar day with at least one purchase of a positive amount (several "
    "purchases on one day count once); the first purchase day is not a repeat; everything up to and including "
    "--as-of is calibration data; x = repeat purchase days, t_x = days from the first to the last purchase day, "
    "T = days from the first purchase day to --as-of; monetary value = mean spend per repeat purchase day. "
    "Time unit: days (alpha is in days); money: cents (fen).",
)

SEGMENTS_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Count customers in every segment: profit tiers over the analysis window (revenue - cost of goods - the "
    "service cost setting per contact), RFM groups (quintile scores), age bands, income bands, lifecycle stages "
    "and churn status, with each segment's profit and share of profit. Segment names (tier:high, rfm:champions, "
    "age:35_44, income:BAND, lifecycle:loyal, churn:at_risk, custom:NAME) work with 'segment show'. ",
)

CLV_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    "Fit the BG/NBD purchase model (Fader, Hardie & Lee 2005) and the Gamma-Gamma spend model by maximum "
    "likelihood and print their parameters; with --customers, every customer's x, t_x, T, P(alive), expected "
    "purchase days in the next --days days and lifetime value (expected spend over the clv_months setting, "
    "discounted at the clv_discount_percent setting). With too little history the model is not fitted and "
    "simple rules are used (basis: rule). ",
)


def _as_of(value: str | None) -> dt.date | None:
    return None if value is None else day(value, "as-of")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = add_command(sub, common, "segments", segments, Phrases(SEGMENTS_HELP, CONVENTIONS))
    p.add_argument(
        "--as-of", metavar="DATE", help=QT_TRANSLATE_NOOP("CLI", "analyse as of this day, inclusive (default: today)")
    )

    seg = sub.add_parser(
        "segment",
        help=QT_TRANSLATE_NOOP("CLI", "Show the customers of one segment; save, list or delete custom segments."),
    )
    ssub = seg.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(seg))
    p = add_command(
        ssub, common, "show", segment_show, QT_TRANSLATE_NOOP("CLI", "The customers in a segment (ids, ascending).")
    )
    p.add_argument(
        "name",
        help=QT_TRANSLATE_NOOP(
            "CLI", "tier:high, rfm:champions, age:35_44, income:BAND, lifecycle:loyal, churn:at_risk, ..."
        ),
    )
    p.add_argument("--as-of", metavar="DATE")
    p = add_command(
        ssub,
        common,
        "save",
        segment_save,
        QT_TRANSLATE_NOOP(
            "CLI",
            "Save a custom segment: a named filter, JSON such as "
            '{"all": [{"segment": "tier:high"}, {"field": "city", "op": "eq", "value": "成都市"}, {"tag": "VIP"}]} '
            "(rules: all, any, not, segment, tag, field with op eq, ne, contains, startswith, in, gt, ge, lt, le, "
            "empty, not_empty). Use it as custom:NAME.",
        ),
        writes=True,
    )
    p.add_argument("name")
    p.add_argument("--filter", required=True, metavar="JSON")
    p.add_argument("--note", default="")
    add_command(
        ssub,
        common,
        "list",
        segment_list,
        QT_TRANSLATE_NOOP("CLI", "The saved custom segments, with their customer counts."),
    )
    p = add_command(
        ssub, common, "delete", segment_delete, QT_TRANSLATE_NOOP("CLI", "Delete a saved custom segment."), writes=True
    )
    p.add_argument("name")

    p = add_command(sub, common, "clv", clv, Phrases(CLV_HELP, CONVENTIONS))
    p.add_argument(
        "--as-of",
        metavar="DATE",
        help=QT_TRANSLATE_NOOP("CLI", "calibration data up to and including this day (default: today)"),
    )
    p.add_argument("--customers", action="store_true", help=QT_TRANSLATE_NOOP("CLI", "also every customer's figures"))
    p.add_argument(
        "--days",
        type=count_type(),
        default=90,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CLI", "expected purchases in the next N days (90)"),
    )


def segments(args: argparse.Namespace) -> int:
    from smallcrm.domain.analysis import result as analysis
    from smallcrm.domain.analysis.segment_names import DIMENSION_LABELS
    from smallcrm.domain.analysis.segments import summary

    open_database(args)
    result = analysis.current(_as_of(args.as_of))
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


def segment_show(args: argparse.Namespace) -> int:
    from smallcrm.domain.analysis.segment_names import label_of
    from smallcrm.domain.analysis.segments import segment_ids

    open_database(args)
    ids = segment_ids(args.name, _as_of(args.as_of))
    name = args.name.strip()
    data = {"name": name, "label": label_of(name), "count": len(ids), "ids": ids}
    output.emit(args, data, [f"{name}: {len(ids)} customers", " ".join(str(i) for i in ids)])
    return 0


def segment_save(args: argparse.Namespace) -> int:
    from smallcrm.domain.analysis.segments import save_segment

    definition = json_option(args.filter, "--filter")
    open_database(args)
    saved = save_segment(args.name, definition, args.note)
    output.emit(args, {"segment": saved}, f"Saved {saved['segment']}.")
    return 0


def segment_list(args: argparse.Namespace) -> int:
    from smallcrm.domain.analysis.segments import list_segments

    open_database(args)
    rows = list_segments(counts=True)
    lines = [f"{r['segment']:<30} {r['count'] if r['count'] is not None else '?':>8}  {r['note']}" for r in rows]
    output.emit(args, {"segments": rows}, lines or ["No saved segments."])
    return 0


def segment_delete(args: argparse.Namespace) -> int:
    from smallcrm.domain.analysis.segments import delete_segment

    open_database(args)
    delete_segment(args.name)
    output.emit(args, {"deleted": args.name.strip()}, f"Deleted {args.name.strip()}.")
    return 0


def clv(args: argparse.Namespace) -> int:
    from smallcrm.domain.analysis import result as analysis

    open_database(args)
    result = analysis.current(_as_of(args.as_of))
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
    from smallcrm.domain.analysis.bgnbd import p_alive
    from smallcrm.domain.analysis.churn import STATUSES

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
