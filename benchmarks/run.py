"""SmallCRM benchmarks: one runner, one markdown table of ratios.

Each figure is measured against the raw library doing the same work in the same run,
so the table means the same on a fast and a slow machine:

- insert: 100,000 customers through ``insert_customers`` (validation, phone
  normalising, pinyin and search tokens, peewee) against plain ``sqlite3.executemany``
  of the very rows it stored, into an identical fresh schema with the same pragmas,
  rows plus their search-index entries (the index is part of storing a customer).
  Target ratio <= 2. The table alone is shown too, so the index's cost is visible.
- search: the one-box search (count plus first page of 50) over 200 varied queries
  at 100,000 customers: names, pinyin, initials, phone tails, addresses. Targets:
  median <= 10 ms, p95 <= 25 ms; the ratio compares with sqlite3 running the same
  SQL directly.
- demo: generating 100,000 customers with ~1,000,000 purchases (target < 60 s),
  against a bare executemany of the same number of purchase rows.

Usage: ``python benchmarks/run.py [--customers N] [--only insert,search,demo]``.
Not part of the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

Row = tuple[str, str, str, str, str]


def _fresh(path: Path) -> None:
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    close_db()
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_crm(path)


def _raw_rows(n: int, seed: int = 7) -> list[dict[str, Any]]:
    """Customer input as a shop would type it (before validation)."""
    rng = random.Random(seed)
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红玲芬燕飞鹏辉波宁欣怡浩宇晨阳"
    places = [
        ("四川省", "成都市", "武侯区", "人民南路"),
        ("广东省", "广州市", "天河区", "体育西路"),
        ("浙江省", "杭州市", "西湖区", "文三路"),
        ("北京市", "北京市", "朝阳区", "建国路"),
        ("上海市", "上海市", "浦东新区", "世纪大道"),
        ("湖北省", "武汉市", "洪山区", "珞喻路"),
    ]
    rows = []
    for _ in range(n):
        prov, city, dist, road = rng.choice(places)
        rows.append(
            {
                "name": rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice((1, 2)))),
                "phone": "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9)),
                "province": prov,
                "city": city,
                "district": dist,
                "street": f"{road}{rng.randint(1, 300)}号",
                "birthday": f"{rng.randint(1950, 2005)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                "gender": rng.choice("MF"),
                "mail_consent": True,
            }
        )
    return rows


def bench_insert(n: int, workdir: Path) -> list[tuple[str, str, str, str]]:
    from smallcrm.domain.customers import insert_customers
    from smallcrm.store.db import PRAGMAS, close_db, db

    rows = _raw_rows(n)
    ours_path = workdir / "insert_ours.db"
    _fresh(ours_path)
    t0 = time.perf_counter()
    insert_customers(rows, validate=True)
    ours = time.perf_counter() - t0
    cols = [c.name for c in db.get_columns("customer") if c.name != "id"]
    stored = db.execute_sql(f"SELECT {', '.join(cols)} FROM customer ORDER BY id").fetchall()
    raw_path = workdir / "insert_raw.db"
    _fresh(raw_path)
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


def _queries(rng: random.Random) -> list[str]:
    """200 queries a shop owner types: names, pinyin, initials, phone tails, addresses."""
    from smallcrm.domain.pinyin import name_keys
    from smallcrm.store.models import Customer

    sample = list(
        Customer.select(Customer.name, Customer.phone_norm, Customer.street, Customer.district)
        .where(Customer.deleted_at.is_null())
        .order_by(Customer.id)
        .limit(5000)
        .tuples()
    )
    queries: list[str] = []
    for i in range(200):
        name, phone, street, district = rng.choice(sample)
        kind = i % 7
        keys = name_keys(name) or [name]
        if kind == 0:
            queries.append(name)  # exact name
        elif kind == 1:
            queries.append(keys[0])  # full pinyin
        elif kind == 2:
            queries.append(keys[1] if len(keys) > 1 else keys[0])  # initials
        elif kind == 3:
            queries.append(keys[2] if len(keys) > 2 else keys[0])  # surname + initials
        elif kind == 4:
            queries.append(phone[-4:])  # last four digits of the mobile
        elif kind == 5:
            queries.append(street[: max(3, len(street) // 2)] if street else district)  # address piece
        else:
            queries.append(name[:1] if rng.random() < 0.3 else keys[0][:3])  # half-typed
    return queries


def bench_search(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Our search against sqlite3 doing the least the box needs: count the index
    matches and read the first page of customer rows (no ranking)."""
    from smallcrm.domain.search import _broadest, normalise_query, search
    from smallcrm.store.db import db

    if reuse is None:
        path = workdir / "search.db"
        _fresh(path)
        from smallcrm.domain.customers import insert_customers

        insert_customers(_raw_rows(n, seed=11), validate=True)
    queries = _queries(random.Random(3))
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
    from smallcrm.domain import demo
    from smallcrm.store.db import close_db

    path = workdir / "demo.db"
    _fresh(path)
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
    from smallcrm.domain.session import open_crm

    open_crm(path)
    return [
        (
            f"demo {counts['customers']:,} customers, {counts['purchases']:,} purchases",
            f"{ours:.1f} s",
            f"{raw:.1f} s (bare executemany of the purchases)",
            f"{ours / raw:.1f}x; target < 60 s: {'met' if ours < 60 else 'MISSED'}",
        )
    ], path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--only", default="insert,search,demo")
    args = parser.parse_args(argv)
    wanted = set(args.only.split(","))
    os.environ.setdefault("SMALLCRM_HOME", tempfile.mkdtemp(prefix="smallcrm-bench-home-"))
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="smallcrm-bench-") as tmp:
        work = Path(tmp)
        steps: list[tuple[str, Callable[[], None]]] = []
        demo_db: list[Path] = []
        if "insert" in wanted:
            steps.append(("insert", lambda: rows.extend(bench_insert(args.customers, work))))
        if "demo" in wanted:

            def _demo() -> None:
                result, path = bench_demo(args.customers, work)
                rows.extend(result)
                demo_db.append(path)

            steps.append(("demo", _demo))
        if "search" in wanted:
            steps.append(
                ("search", lambda: rows.extend(bench_search(args.customers, work, demo_db[0] if demo_db else None)))
            )
        for name, step in steps:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            step()
    print("| benchmark | SmallCRM | raw library, same run | ratio / target |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
