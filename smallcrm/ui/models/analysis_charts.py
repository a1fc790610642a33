"""The Analysis area's charts, computed on a worker thread: what the controls ask for
(:class:`Request`), the analysis shared with the list's filters
(``ui.models.analysis_state``), the chart built by ``smallcrm.plots`` and drawn once
at the canvas's size, and the rules behind it in words (:class:`Outcome`).

Light at import, so the window starts fast: numpy, matplotlib and the plots are
imported inside the functions that run on the worker, the first time they run.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from smallcrm import jobs
from smallcrm.domain.analysis.segment_names import HELP
from smallcrm.ui.models import analysis_state

# The charts, in the order of the list on the left. 'staff' is a table; 'staff_results' a chart
# over a table (a month's sales per staff member, from the counter).
CHARTS = (
    "segments",
    "churn_trend",
    "churn_reasons",
    "pareto",
    "tier_migration",
    "cohorts",
    "satisfaction",
    "staff",
    "staff_results",
)
DIMENSIONS = ("tier", "rfm", "age", "income", "lifecycle", "churn")
PERIODS = (6, 12, 24, 36)
ALL_STAFF = -1  # the staff filter's "everyone"; 0 is "nobody responsible"
_build_lock = threading.Lock()  # matplotlib's rc_context is global: build one chart at a time


@dataclass(frozen=True)
class Request:
    """What the panel shows: one chart with its settings."""

    chart: str
    dimension: str
    months: int
    as_of: dt.date
    staff: int
    theme: str
    month: str = ""  # 'YYYY-MM': the staff results' month ('' for the other charts)


@dataclass
class Outcome:
    """A worker's answer: a chart (or the staff table's rows) and the text beside it."""

    request: Request
    chart: Any  # plots.Chart, None for the staff table
    rows: list[dict[str, Any]]
    note: str
    staff: list[tuple[int, str]]  # (id, name) for the staff filter
    seconds: float
    rendered: Any = None  # the worker's FigureCanvasAgg drawing of the chart (analysis_canvas)
    results: dict[str, Any] | None = None  # staff results: domain.analysis.staff_results, with ids


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _note(request: Request, result: Any) -> str:
    """The rules behind the chart, as the owner reads them (``segments.HELP``)."""

    def tr(text: str) -> str:
        return _translate("Segments", text)

    if request.chart == "segments":
        parts = [tr(HELP[request.dimension])]
        if request.dimension == "churn":
            parts.append(_model_note(result))
    elif request.chart in ("churn_trend", "churn_reasons"):
        parts = [tr(HELP["churn"]), _model_note(result)]
    elif request.chart in ("pareto", "tier_migration"):
        parts = [tr(HELP["tier"])]
    elif request.chart == "staff":
        parts = [
            QCoreApplication.translate(
                "AnalysisView",
                "Per responsible staff member over the period: new and lost customers, customers moving up or down "
                "a profit tier, the monthly churn rate (lost ÷ customers at the months' starts), the average "
                "satisfaction score and complaints.",
            )
        ]
    elif request.chart == "staff_results":
        parts = [
            QCoreApplication.translate(
                "AnalysisView",
                "Sales at the counter in the month, per staff member who made them: sales are what was paid, less "
                "what returns paid back (in the month the goods came back); gross profit is sales less the cost of "
                "the goods. Walk-in sales count for the staff member; voided sales count nowhere. New customers: "
                "their first purchase ever was a sale by that staff member this month. Commission: the shop's "
                "rules, a percentage of sales or of gross profit, the most particular rule deciding each line.",
            )
        ]
    elif request.chart == "cohorts":
        parts = [
            QCoreApplication.translate(
                "AnalysisView",
                "Each row is the customers whose first purchase day fell in that month (how many, in brackets); "
                "each cell the share of them who bought again that many months later. Column 0 is always 100 %.",
            ),
            tr(HELP["conventions"]),
        ]
    elif request.chart == "satisfaction":
        parts = [
            QCoreApplication.translate(
                "AnalysisView",
                "The line is the average of the satisfaction scores (1 to 5 stars) recorded with the month's "
                "contacts (visits, calls, messages, feedback, complaints); the bars count the scores. A month with "
                "few scores can swing on one unhappy customer: click its bar to see who gave them.",
            )
        ]
    else:
        parts = [tr(HELP["conventions"])]
    return "\n".join(p for p in parts if p)


def _model_note(result: Any) -> str:
    """How churn was judged: the fitted models, or (too little history) the simple rules and why."""
    model = result.churn.model
    if model.basis == "model":
        return _translate("Segments", HELP["model"])
    reason = _translate("Segments", model.reason).format(**model.reason_args) if model.reason else ""
    return " ".join(p for p in (reason, _translate("Segments", HELP["rule"])) if p)


def staff_rows(result: Any, months: int) -> list[dict[str, Any]]:
    """One row per staff member (and 'nobody') summing the KPIs over the period."""
    import numpy as np  # numpy: 120-200 ms at import, only ever on the worker (the window starts without it)

    kpis = result.kpis(months)
    known = result.segments.known
    out = []
    for entry in kpis.by_staff:
        rows = entry["months"]
        staff_id = entry["staff_id"] or 0
        base = sum(r["customers_at_start"] for r in rows)
        churned = sum(r["churned"] for r in rows)
        scores = sum(r["satisfaction_scores"] for r in rows)
        score_sum = sum((r["avg_satisfaction"] or 0) * r["satisfaction_scores"] for r in rows)
        profits = [r["avg_profit_cents"] for r in rows if r["avg_profit_cents"] is not None]
        mine = known & (result.facts.staff == staff_id)
        out.append(
            {
                "staff_id": staff_id,
                "staff": entry["staff"],
                "customers": int(mine.sum()),
                "ids": [int(i) for i in result.facts.ids[mine]],
                "new": sum(r["new"] for r in rows),
                "churned": churned,
                "churn_rate": None if base == 0 else churned / base,
                "upgraded": sum(r["upgraded"] for r in rows),
                "downgraded": sum(r["downgraded"] for r in rows),
                "avg_profit_cents": None if not profits else round(float(np.mean(profits))),
                "avg_satisfaction": None if scores == 0 else score_sum / scores,
                "complaints_opened": sum(r["complaints_opened"] for r in rows),
                "complaints_resolved": sum(r["complaints_resolved"] for r in rows),
            }
        )
    return out


def prerender(chart: Any, size: tuple[int, int, float]) -> Any:
    """Lay the figure out and draw it once at the canvas's size, here on the worker, then
    fix the layout: the constrained-layout solve is most of a draw, and the GUI thread
    then only paints (a resize scales the fixed layout instead of solving it again).
    ``size``: logical pixels and the screen's device pixel ratio, which scales the dpi
    exactly as ``FigureCanvasQTAgg`` will (so its drawing can be used as it is)."""
    # matplotlib: loaded on the worker with the first chart, never at the window's start.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    width, height, ratio = size
    figure = chart.figure
    canvas = FigureCanvasAgg(figure)  # remembers the figure's own dpi as its original
    base = figure.dpi
    figure.set_dpi(base * ratio)
    figure.set_size_inches(max(width, 320) / base, max(height, 240) / base)
    canvas.draw()
    figure.set_layout_engine("none")
    return canvas


def compute(request: Request, cancel: jobs.CancelToken, size: tuple[int, int, float] = (900, 600, 1.0)) -> Outcome:
    """On a worker thread: the analysis (shared, cached) and the requested chart, drawn
    once at ``size`` (the canvas's logical pixels and device pixel ratio)."""
    started = time.perf_counter()
    from smallcrm.ui.widgets import analysis_canvas  # noqa: F401 - loads matplotlib's Qt backend here, not on the GUI thread

    if request.chart == "staff_results":
        return _staff_results(request, size, started)

    result = analysis_state.shared().get(request.as_of)
    cancel.check()
    from smallcrm.domain.customers.staff import list_staff  # 8-15 ms at import: on the worker, not at start

    staff = [(int(s["id"]), str(s["name"])) for s in list_staff()]
    only = None if request.staff == ALL_STAFF else (result.facts.staff == request.staff)
    chart = rendered = None
    rows: list[dict[str, Any]] = []
    if request.chart == "staff":
        rows = staff_rows(result, request.months)
    else:
        from smallcrm import plots  # numpy and matplotlib: 170-300 ms at import, on the worker only

        options: dict[str, Any] = {"i18n": _translate, "theme": request.theme, "only": only}
        with _build_lock:
            if request.chart == "segments":
                chart = plots.segment_distribution(result, request.dimension, **options)
            elif request.chart == "pareto":
                chart = plots.pareto(result, **options)
            else:
                chart = plots.BUILDERS[request.chart](result, request.months, **options)
            rendered = prerender(chart, size)
    note = _note(request, result)
    return Outcome(request, chart, rows, note, staff, time.perf_counter() - started, rendered)


def _staff_results(request: Request, size: tuple[int, int, float], started: float) -> Outcome:
    """The month's staff results (from the counter's sales, not the customer analysis)
    as a chart and the rows of the table under it."""
    from smallcrm import plots  # numpy and matplotlib: 170-300 ms at import, on the worker only
    from smallcrm.domain.analysis.staff_results import staff_results  # 45 ms at import (customers' modules)
    from smallcrm.domain.customers.staff import list_staff  # 8-15 ms at import: on the worker, not at start

    results = staff_results(request.month or dt.date.today(), with_ids=True)
    staff = [(int(s["id"]), str(s["name"])) for s in list_staff()]
    with _build_lock:
        chart = plots.staff_results_chart(results, i18n=_translate, theme=request.theme)
        rendered = prerender(chart, size)
    note = _note(request, None)
    return Outcome(request, chart, results["staff"], note, staff, time.perf_counter() - started, rendered, results)
