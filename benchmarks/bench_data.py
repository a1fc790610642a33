"""Storing, finding and making customers: the insert, search and demo steps of
benchmarks/run.py (described there)."""

from __future__ import annotations

import random
import sqlite3
import statistics
import time
from pathlib import Path

from benchmarks.common import fresh, raw_rows, search_queries
from smallcrm.domain import demo
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.search import _broadest, normalise_query, search
from smallcrm.domain.session import open_crm
from smallcrm.store.db import PRAGMAS, close_db, db


def bench_insert(n: int, workdir: Path) -> list[tuple[str, str, str, str]]:
    rows = raw_rows(n)
    ours_path = workdir / "insert_ours.db"
    fresh(ours_path)
    t0 = time.perf_counter()
    insert_customers(rows, validate=True)
    ours = time.perf_counter() - t0
    cols = [c.name for c in db.get_columns("customer") if c.name != "id"]
    stored = db.execute_sql(f"SELECT {', '.join(cols)} FROM customer ORDER BY id").fetchall()
    raw_path = workdir / "insert_raw.db"
    fresh(raw_path)
    close_db()
    con = sqlite3.connect(raw_path)
    for pragma, value in PRAGMAS.items():  # the same settings the app uses: same work
        con.execute(f"PRAGMA {pragma}={value}")
    fts_rows = [(i, row[cols.index("search_text")]) for i, row in enumerate(stored, start=1)]
    t0 = time.perf_counter()
    with con:
        con.executemany(f"INSERT INTO customer ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", stored)
        table_only = time.perf_counter() - t0
        con.executemany("INSERT INTO customer_fts(rowid, search_text) VALUES (?, ?)", fts_rows)
    raw = time.perf_counter() - t0
    con.close()
    return [
        (
            f"insert {n:,} customers",
            f"{ours:.2f} s",
            f"{raw:.2f} s (sqlite3.executemany: rows + their search index)",
            f"{ours / raw:.2f}x (target <= 2x)",
        ),
        (
            "  of which the raw table alone",
            "",
            f"{table_only:.2f} s (rows without the search index)",
            f"{ours / table_only:.2f}x",
        ),
    ]


def bench_search(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Our search against sqlite3 doing the least the box needs: count the index
    matches and read the first page of customer rows (no ranking)."""
    if reuse is None:
        path = workdir / "search.db"
        fresh(path)
        insert_customers(raw_rows(n, seed=11), validate=True)
    queries = [q for q in search_queries(random.Random(3)) if q.strip()]  # a demo street may be empty
    for q in queries[:20]:
        search(q)  # warm the page cache
    ours: list[float] = []
    raw: list[float] = []
    con = sqlite3.connect(db.database)
    for q in queries:
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
    return [
        (
            f"search median, {len(queries)} queries",
            f"{med:.2f} ms",
            f"{rmed:.2f} ms (sqlite3: count + first page)",
            f"{med / rmed:.2f}x; target <= 10 ms: {'met' if med <= 10 else 'MISSED'}",
        ),
        (
            "search p95",
            f"{p:.2f} ms",
            f"{rp:.2f} ms",
            f"{p / rp:.2f}x; target <= 25 ms: {'met' if p <= 25 else 'MISSED'}",
        ),
    ]


def bench_demo(n: int, workdir: Path) -> tuple[list[tuple[str, str, str, str]], Path]:
    path = workdir / "demo.db"
    fresh(path)
    t0 = time.perf_counter()
    counts = demo.generate(n, seed=1)
    ours = time.perf_counter() - t0
    close_db()
    con = sqlite3.connect(workdir / "demo_raw.db")
    con.execute("CREATE TABLE purchase (customer_id INTEGER, date TEXT, item TEXT, amount_cents INTEGER)")
    data = [(i % n, "2025-01-01", "茶叶", 1000 + i % 997) for i in range(counts["purchases"])]
    t0 = time.perf_counter()
    with con:
        con.executemany("INSERT INTO purchase VALUES (?, ?, ?, ?)", data)
    raw = time.perf_counter() - t0
    con.close()
    open_crm(path)
    return [
        (
            f"demo {counts['customers']:,} customers, {counts['purchases']:,} purchases",
            f"{ours:.1f} s",
            f"{raw:.1f} s (bare executemany of the purchases)",
            f"{ours / raw:.1f}x; target < 60 s: {'met' if ours < 60 else 'MISSED'}",
        )
    ], path
