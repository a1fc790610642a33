"""Storing, finding and making customers: the insert, search and demo steps of
benchmarks/run.py (described there)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.common import fresh, interleaved, raw_rows, search_queries
from smallcrm.domain import demo
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.search import _broadest, normalise_query, search
from smallcrm.domain.session import open_crm
from smallcrm.store.db import PRAGMAS, close_db, db


def bench_insert(n: int, workdir: Path) -> list[tuple[str, str, str, str]]:
    rows = raw_rows(n)
    ours_path = workdir / "insert_ours.db"
    table_only: list[float] = []

    def ours() -> float:
        fresh(ours_path)
        t0 = time.perf_counter()
        insert_customers(rows, validate=True)
        return time.perf_counter() - t0

    ours()  # the rows as stored, which the raw side writes
    cols = [c.name for c in db.get_columns("customer") if c.name != "id"]
    stored = db.execute_sql(f"SELECT {', '.join(cols)} FROM customer ORDER BY id").fetchall()
    fts_rows = [(i, row[cols.index("search_text")]) for i, row in enumerate(stored, start=1)]
    raw_path = workdir / "insert_raw.db"

    def raw() -> float:
        fresh(raw_path)
        close_db()
        con = sqlite3.connect(raw_path)
        for pragma, value in PRAGMAS.items():  # the same settings the app uses: same work
            con.execute(f"PRAGMA {pragma}={value}")
        t0 = time.perf_counter()
        with con:
            con.executemany(f"INSERT INTO customer ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", stored)
            table_only.append(time.perf_counter() - t0)
            con.executemany("INSERT INTO customer_fts(rowid, search_text) VALUES (?, ?)", fts_rows)
        seconds = time.perf_counter() - t0
        con.close()
        return seconds

    paired = interleaved(ours, raw)
    table = statistics.median(table_only)
    return [
        (
            f"insert {n:,} customers (medians of {paired.pairs} interleaved pairs)",
            f"{paired.ours:.2f} s",
            f"{paired.raw:.2f} s (sqlite3.executemany: rows + their search index)",
            f"{paired.ratio:.2f}x (target <= 2x)",
        ),
        (
            "  of which the raw table alone",
            "",
            f"{table:.2f} s (rows without the search index)",
            f"{paired.ours / table:.2f}x",
        ),
    ]


def bench_search(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Our search against sqlite3 doing the least the box needs: count the index
    matches and read the first page of customer rows (no ranking)."""
    if reuse is None:
        path = workdir / "search.db"
        fresh(path)
        insert_customers(raw_rows(n, seed=11), validate=True)
    generated = search_queries(random.Random(3))
    # A demo customer may have no street or district, so a query made from one can be
    # empty: the box shows everyone then, and there is no index match to compare with.
    queries = [q for q in generated if normalise_query(q)]
    skipped = len(generated) - len(queries)
    for q in queries[:20]:
        search(q)  # warm the page cache
    ours: list[float] = []
    raw: list[float] = []
    con = sqlite3.connect(db.database)
    for q in queries:  # each query a pair: ours, then the raw SQL
        t0 = time.perf_counter()
        search(q, limit=50)
        ours.append(time.perf_counter() - t0)
        expr = " OR ".join('"' + n.replace('"', '""') + '"' for n in _broadest(normalise_query(q)))
        t0 = time.perf_counter()
        con.execute("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH ?", (expr,)).fetchone()
        con.execute(
            "SELECT * FROM customer WHERE id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT 50)",
            (expr,),
        ).fetchall()
        raw.append(time.perf_counter() - t0)
    con.close()

    def p95(xs: list[float]) -> float:
        return sorted(xs)[int(len(xs) * 0.95) - 1]

    med, p = statistics.median(ours) * 1000, p95(ours) * 1000
    rmed, rp = statistics.median(raw) * 1000, p95(raw) * 1000
    ratio = statistics.median(o / r for o, r in zip(ours, raw, strict=True))
    return [
        (
            f"search median, {len(queries)} queries ({skipped} empty skipped), each a pair with the raw SQL",
            f"{med:.2f} ms",
            f"{rmed:.2f} ms (sqlite3: count + first page)",
            f"{ratio:.2f}x (median of the pairs); target <= 10 ms: {'met' if med <= 10 else 'MISSED'}",
        ),
        (
            "search p95",
            f"{p:.2f} ms",
            f"{rp:.2f} ms",
            f"{p / rp:.2f}x; target <= 25 ms: {'met' if p <= 25 else 'MISSED'}",
        ),
    ]


def bench_demo(n: int, workdir: Path) -> tuple[list[tuple[str, str, str, str]], Path]:
    """The demo shop made ``PAIRS`` times, each in turn with a bare executemany of as
    many purchase rows; the first shop is kept for the later steps."""
    path = workdir / "demo.db"
    made: list[dict[str, int]] = []

    def ours() -> float:
        target = path if not made else workdir / "demo-again.db"
        fresh(target)
        t0 = time.perf_counter()
        made.append(demo.generate(n, seed=1))
        seconds = time.perf_counter() - t0
        close_db()
        return seconds

    def raw() -> float:
        raw_path = workdir / "demo_raw.db"
        raw_path.unlink(missing_ok=True)
        con = sqlite3.connect(raw_path)
        con.execute("CREATE TABLE purchase (customer_id INTEGER, date TEXT, item TEXT, amount_cents INTEGER)")
        data = [(i % n, "2025-01-01", "茶叶", 1000 + i % 997) for i in range(made[-1]["purchases"])]
        t0 = time.perf_counter()
        with con:
            con.executemany("INSERT INTO purchase VALUES (?, ?, ?, ?)", data)
        seconds = time.perf_counter() - t0
        con.close()
        return seconds

    paired = interleaved(ours, raw)
    for suffix in ("", "-wal", "-shm"):
        Path(str(workdir / "demo-again.db") + suffix).unlink(missing_ok=True)
    open_crm(path)
    counts = made[0]
    return [
        (
            f"demo {counts['customers']:,} customers, {counts['purchases']:,} purchases"
            f" (medians of {paired.pairs} pairs)",
            f"{paired.ours:.1f} s",
            f"{paired.raw:.1f} s (bare executemany of the purchases)",
            f"{paired.ratio:.1f}x; target < 60 s: {'met' if paired.ours < 60 else 'MISSED'}",
        )
    ], path
