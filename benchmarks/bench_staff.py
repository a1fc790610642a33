"""Staff results (issue 18): a month's figures per staff member over the demo shop's
counter, against sqlite3 grouping the same month's lines: the staff step of
benchmarks/run.py (described there)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

from benchmarks.common import fresh, interleaved
from smallcrm.domain import demo
from smallcrm.domain.analysis.staff_results import staff_results
from smallcrm.domain.session import open_crm
from smallcrm.store.db import db

PAIRS = 7
# What any staff results must read: the month's counter lines per staff member and
# category, summed, for the customers' purchases and the walk-in lines.
RAW = (
    "SELECT staff_id, category, SUM(amount_cents), SUM(amount_cents - COALESCE(cost_cents, 0)), COUNT(*)"
    " FROM purchase WHERE staff_id IN ({staff}) AND date >= ? AND date <= ? AND sale_id IS NOT NULL"
    " GROUP BY staff_id, category",
    "SELECT staff_id, category, SUM(amount_cents), SUM(amount_cents - COALESCE(cost_cents, 0)), COUNT(*)"
    " FROM uncounted_line WHERE reason = 'walk_in' AND date >= ? AND date <= ? GROUP BY staff_id, category",
)


def last_full_month(today: dt.date) -> tuple[dt.date, dt.date]:
    last = today.replace(day=1) - dt.timedelta(days=1)
    return last.replace(day=1), last


def bench_staff(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """``staff_results`` for the last full month (target <= 0.5 s), medians of
    interleaved pairs with sqlite3 grouping the month's lines (same page cache size)."""
    if reuse is None:
        reuse = workdir / "staff.db"
        fresh(reuse)
        demo.generate(n, seed=1)
    open_crm(reuse)
    first, last = last_full_month(dt.date.today())  # the demo's counter covers the last 120 days
    month = first.strftime("%Y-%m")
    con = sqlite3.connect(db.database)
    con.execute("PRAGMA cache_size = -65536")  # the app's page cache (store/db.py)
    staff = ",".join(str(i) for (i,) in con.execute("SELECT id FROM staff"))
    queries = [(RAW[0].format(staff=staff), (str(first), str(last))), (RAW[1], (str(first), str(last)))]
    lines = sum(row[4] for sql, params in queries for row in con.execute(sql, params))
    purchases = con.execute("SELECT MAX(rowid) FROM purchase").fetchone()[0] or 0
    staff_results(month)  # warm: imports and the page cache, for both sides
    figures: dict[str, object] = {}

    def ours() -> float:
        t0 = time.perf_counter()
        figures.update(staff_results(month)["totals"])
        return time.perf_counter() - t0

    def raw() -> float:
        t0 = time.perf_counter()
        for sql, params in queries:
            con.execute(sql, params).fetchall()
        return time.perf_counter() - t0

    paired = interleaved(ours, raw, PAIRS)
    con.close()
    return [
        (
            f"staff results {month}: {lines:,} counter lines of ~{purchases:,} purchases, "
            f"{figures.get('sales', 0):,} sales (medians of {paired.pairs} pairs)",
            f"{paired.ours * 1000:.0f} ms",
            f"{paired.raw * 1000:.0f} ms (sqlite3 GROUP BY of the month's lines)",
            f"{paired.ratio:.1f}x; target <= 0.5 s: {'met' if paired.ours <= 0.5 else 'MISSED'}",
        )
    ]
