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
- rules: running every reminder rule (birthdays, festival greetings for the VIP tag
  with a festival three days ahead, complaints, new and quiet customers) over the
  demo shop, the first run (which makes the reminders) and a second one (which
  makes none), against sqlite3 running the rules' SELECTs alone. Target <= 1 s.

- reminders-view: the Reminders area of the main window opened over the demo shop
  after the rules ran: from the click to the sections' counts and the top of the list
  read and painted, in a window process of its own (target <= 150 ms; no row on screen
  may be painted before it is read), and to every row listed (the whole outline, read
  after that paint); against the same SQL run by sqlite3 (the counts, the day's work
  with the columns that rank it, and the first rows). Ranking the day's work (issue
  15, point 20: 5,334 reminders overdue or due today in the demo shop) took the top
  from 66 to 178 ms with four correlated subqueries and a Python date parse per row;
  131 ms with the day counts worked out by SQLite (julianday); then the customers'
  buying rhythm read only for rows that can reach the top, the profits through
  json_each (30 ms where an IN list with GROUP BY took 64), and both kept per data
  generation (reminders do not move it, so the re-reads after done or snooze rank
  from memory): 76-89 ms median, the first opening about 100 ms (2 cores, load 1.3).

- mailing-view: a Spring Festival mailing to every customer who can get a card in the
  demo shop (~70,000 recipients): choosing and saving it, then picking it in the
  Mailing area until every recipient is listed, and the longest GUI stall meanwhile
  (target <= 100 ms, as the Analysis panel's). Measured at 100,000 customers (69,586
  recipients): listing them as table items held the window 1.2 s, a model over the
  rows 26-50 ms; choosing and saving 4.1 -> 1.8 s, listing 3.6 -> 1.5 s (on the worker:
  reading with peewee binding 500 ids at a time, and its per-value conversion, was
  most of it).

- import: a 100,000-row customer .xlsx as Excel saves it, imported end to end (read,
  clean, normalise phones, pinyin, dedupe, store) against a bare openpyxl read-only
  iteration over the same file, each in a fresh process (target <= 0.5x); the peak
  resident memory of that import's process (VmHWM, target <= 300 MB); and purchases
  .xlsx files of 200,000 and 1,000,000 lines, each imported in a fresh process, whose
  peaks must be about the same (bounded, not growing with the rows).
  Measured (2 shared cores, CPU seconds, openpyxl ~4.2-4.6 s): ~2.3x before the
  import's speed work, ~2.0x after (search tokens once per distinct name 2.29x ->
  2.18x; mobile short cut, typed cells cleaned once per distinct value, inline calamine
  conversion 2.18x -> 2.05x), 1.8x with the bulk path (store/sqlite/bulk.py: the customer
  indexes rebuilt once at the end instead of nine B-tree insertions a row; the search
  entries written in one statement at the end with an 8 MB FTS5 buffer instead of a
  small segment per chunk). Where the ~8 s go now: calamine 0.7 s and its rows 0.4 s,
  cleaning and matching 1.7 s, search tokens 1.4 s, building and inserting the rows
  1.4 s (SQLite 0.95 s of it), the search index 1.1 s, the indexes 0.5 s, the commit
  0.3 s. The 0.5x target (about 2.2 s) is below what SQLite alone takes for these rows
  with this schema (table, indexes, search index and commit: 2.4-2.9 s measured bare,
  without Python), so it cannot be met without dropping the search index that the
  3.6 ms search rests on.
  The step also runs the import's floor (_CHILD_FLOOR), each in a fresh process over a
  copy of the same empty shop: a hand-written import doing only what none can skip
  (calamine, NFKC once per distinct text, phone and birthday parts, dedupe by phone,
  sqlite3 executemany into SmallCRM's customer table, commit), with none of the app's
  rules. Measured: 0.50-0.53x without search tokens or indexes, 1.12-1.17x with the
  app's search tokens, the search index and the customer indexes (the app: 1.6-1.9x).
  An import that checks nothing and cannot be searched only just reaches 0.5x here. A
  writer thread (SQLite's steps release the GIL) was tried in the floor too: with
  the cleaning holding the GIL the writer starved and the whole took longer (5.6 s
  against 4.9 s); one INSERT ... SELECT over json_each(?), which would bind in C,
  took 3.7 s for what executemany stores in 0.7 s.
- export: every customer to .xlsx against a bare openpyxl write-only loop writing the
  same values (target <= 1.0x).
- stats: ``smallcrm stats --json`` in a fresh process, served from the summary kept per
  data generation (``store.sqlite.generation``; target <= 1 s), against sqlite3 doing the
  counts alone (and with the sums over every purchase, what each call did before);
  then the first call after a change, which computes the analysis and stores it.
  Measured at 100,000 customers / 1,014,139 purchases: 0.58 s served at load average
  5.7 on 2 cores (bare counts 0.15 s, with the sums 0.44 s), 0.19 s at load 1.3 (0.04
  / 0.14 s); the first call after a change 8.8 s loaded, 1.9 s quiet (before: that on
  every call, plus a 1.3 s whole-file check).
- panel: the Analysis area's first chart, its first paint after the data is ready
  (target <= 1 s) and the longest GUI stall meanwhile (target <= 100 ms)
- analysis: all segments and 12 months of KPIs over the demo shop (target <= 1 s)
  against sqlite3 fetching the rows they read; the BG/NBD + Gamma-Gamma fit (target
  <= 2 s) and, where lifetimes runs (here or in $SMALLCRM_LIFETIMES_PYTHON), its fit
  on the same summary (target >= 10x faster, same estimates to 3 significant figures).
  Measured at 100,000 customers / 1,014,139 purchase lines (2 shared cores on a noisy
  host; the row's best of 5, medians of 8 interleaved harness runs): 1108 ms before the
  margin work, 981 ms after (computing 465 -> 359 ms; reading ~650 ms both, its gain is
  below this host's noise). In isolation (medians of 15-30): kpis.compute ~315 -> ~270
  ms, segment_table 51 -> 34 ms, the KPIs' profit running sums 70 -> 35 ms, a profit
  tiering 2.9 -> 2.3 ms (13 per KPIs), SQLite CPU for customers / interactions 117 /
  140 -> 106 / 126 ms. What is left is mostly SQLite scanning and concatenating
  the four purchase columns (~185 ms per half million lines on each of the two reading
  threads, which contend on this machine) and numpy parsing the texts (holding the GIL).

- gui: the main window over the demo shop: launch to the list painted with rows
  (``smallcrm --db DB --quit-after-show``, the time printed at the first paint of the
  list's viewport with rows) against a bare PySide6 QMainWindow + QTableView of as many
  rows to the same paint, fresh processes run as installed (compiled bytecode),
  interleaved, medians of 9 (targets <= 0.5 s and <= 2.5x). Measured on a copy of the
  100,000-customer demo shop, 2 cores: at load average 6-8, 2.12 s (3.71x) when the
  first page came from a worker after an empty first paint and the filters' options
  were read on the GUI thread in between, 1.12 s (1.75x) with the first page read
  before the first paint; at load 1.3-1.7, 0.46 s (3.25x) and 0.26 s (1.84x) against
  0.14 s bare. (A shop copied from an older schema is migrated by the step's own
  open_crm, whose 300 MB pre-upgrade copy is still being written out while the runs
  start: 0.46 s, 2.62x in that run.) Then a
  search keystroke to the first page painted (target <= 50 ms), also as the CPU time
  it took (on a shared, busy machine the wall clock mostly measures the queue for a
  core); every page of the list read while scrolling to the end (target <= 10 ms a
  page); the window's peak RSS (target <= 200 MB), in a process of its own.

- bulk: ``smallcrm customer assign`` of half the demo shop's customers (50,000 ids at
  100,000) to a new staff member, open reminders included, against ``smallcrm customer
  tag`` of the same ids, each a whole process on a fresh copy of the shop, CPU seconds
  of the process (target <= 1.5x: as fast as tagging). Measured at 100,000 customers
  (2 shared cores, load ~10): 29.9 s against tag's 1.4 s before (21x: ``assign``
  looked each id up with a query of its own first), 1.6 s against 1.5 s after (1.06x).
- long-names: names of 200 characters, each with several readings (the pinyin of every
  combination of readings was indexed: a 23-character name froze the form 8.3 s, a
  62-character one grew an import to 23 GB): one added through the customer form in a
  window process (pasted, Ctrl+S, until the saved form is back; median of 7, with the
  longest GUI stall) and a sheet of 100 imported (best of 3), each against the same
  with a usual 3-character name. Target <= 0.2 s each.

- frozen: the PyInstaller one-folder app's size (target <= 150 MB) and time to its
  shown window (target <= 1 s) against a bare PySide6 window; see benchmarks/frozen.py.

- labels: 2,000 address labels (Avery L7160, 96 sheets) rendered to PDF with the
  bundled font, on a worker thread with progress as the GUI runs it (target <= 3 s),
  against a bare QPdfWriter loop drawing the same lines at one fixed size. Then the
  print preview, which must draw on the GUI thread: from show() to every page drawn
  and the dialog painted, for a mailing of 2,000 on labels (96 sheets) and on DL
  envelopes (the preview draws the first 100; 2,000 envelope pages held the window
  1.2-1.6 s), in a fresh window process (target <= 0.5 s: the window must not seem stuck).

Usage: ``python benchmarks/run.py [--customers N]
[--only insert,search,demo,rules,reminders-view,mailing-view,gui,import,export,analysis,stats,panel,labels,bulk,
long-names,frozen]
[--purchase-lines N]``.
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


def bench_bulk(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """``customer assign`` against ``customer tag`` of every second customer, each a
    whole CLI process on its own fresh copy of the demo shop; CPU seconds of the
    process, the median of three interleaved runs."""
    import resource
    import shutil
    import subprocess

    from smallcrm.domain import demo
    from smallcrm.store.db import close_db, db

    if reuse is None:
        reuse = workdir / "bulk.db"
        _fresh(reuse)
        demo.generate(n, seed=1)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the copies below take the main file only
    close_db()
    ids = [str(i) for i in range(1, n + 1, 2)]
    env = _gui_env(workdir / "bulk-env")
    root = Path(__file__).resolve().parent.parent
    copy = workdir / "bulk-copy.db"

    def run(*argv: str) -> float:
        for suffix in ("-wal", "-shm"):
            Path(str(copy) + suffix).unlink(missing_ok=True)
        shutil.copyfile(reuse, copy)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        cmd = [sys.executable, "-m", "smallcrm", "--db", str(copy), "customer", *argv, *ids]
        subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True, timeout=600)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    assign_runs, tag_runs = [], []
    for _ in range(3):  # interleaved, so both see the same machine
        tag_runs.append(run("tag", "--tag", "春节贺卡"))
        assign_runs.append(run("assign", "--staff", "新店员"))
    assign, tag = statistics.median(assign_runs), statistics.median(tag_runs)
    from smallcrm.domain.session import open_crm

    open_crm(reuse)
    return [
        (
            f"customer assign of {len(ids):,} ids (with their open reminders)",
            f"{assign:.1f} s CPU",
            f"{tag:.1f} s CPU (customer tag of the same ids)",
            f"{assign / tag:.2f}x; target <= 1.5x: {'met' if assign <= 1.5 * tag else 'MISSED'}",
        )
    ]


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
    from smallcrm.domain.customers.bulk import insert_customers
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
    from smallcrm.domain.values.pinyin import name_keys
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
    from smallcrm.domain.customers.search import _broadest, normalise_query, search
    from smallcrm.store.db import db

    if reuse is None:
        path = workdir / "search.db"
        _fresh(path)
        from smallcrm.domain.customers.bulk import insert_customers

        insert_customers(_raw_rows(n, seed=11), validate=True)
    queries = [q for q in _queries(random.Random(3)) if q.strip()]  # a demo street may be empty
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


def bench_rules(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """run_rules over the demo shop against sqlite3 running the same selections."""
    import datetime as dt

    from smallcrm.domain import demo
    from smallcrm.domain.reminders import festivals
    from smallcrm.domain.reminders import rules as reminder_rules
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import db

    if reuse is None:
        reuse = workdir / "rules.db"
        _fresh(reuse)
        demo.generate(n, seed=1)
    open_crm(reuse)
    today = dt.date.today()  # the demo's today: its purchases end here
    soon = today + dt.timedelta(days=3)
    festivals.add_festival("店庆", f"{soon.month:02d}-{soon.day:02d}")  # so the festival rule has work

    con = sqlite3.connect(db.database)
    selects = [q.sql() for queries in reminder_rules.rule_queries(today).values() for q in queries]

    def raw_run() -> float:
        t0 = time.perf_counter()
        for sql, params in selects:
            con.execute(sql, params).fetchall()
        return time.perf_counter() - t0

    raw_run()  # warm the page cache for both sides
    made: list[int] = []

    def first_run() -> float:
        with db.atomic() as tx:
            t0 = time.perf_counter()
            made.append(reminder_rules.run_rules(today)["created"])
            elapsed = time.perf_counter() - t0
            tx.rollback()  # the next repetition makes them again
        return elapsed

    def second_run() -> float:
        t0 = time.perf_counter()
        reminder_rules.run_rules(today)
        return time.perf_counter() - t0

    first = statistics.median(first_run() for _ in range(3))
    raw = statistics.median(raw_run() for _ in range(3))
    reminder_rules.run_rules(today)
    second = statistics.median(second_run() for _ in range(3))
    con.close()
    return [
        (
            f"rules over {n:,} customers, first run ({made[0]:,} reminders made)",
            f"{first * 1000:.0f} ms",
            f"{raw * 1000:.0f} ms (sqlite3: the rules' SELECTs alone)",
            f"{first / raw:.2f}x; target <= 1 s: {'met' if first <= 1 else 'MISSED'}",
        ),
        (
            "rules, run again (nothing to make)",
            f"{second * 1000:.0f} ms",
            f"{raw * 1000:.0f} ms",
            f"{second / raw:.2f}x; target <= 1 s: {'met' if second <= 1 else 'MISSED'}",
        ),
    ]


# ---------------------------------------------------------------------------------
# The Reminders area (issue 6)

# The start of every window child process: the main window over the shop at argv[1],
# opened as smallcrm.ui.shell.app opens it, shown at the screenshots' size, and settle(),
# which turns the event loop until a condition holds (or for a while: settle(lambda:
# False, seconds)). Each child's measuring comes after it.
_WINDOW = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
from smallcrm.domain.session import open_crm
from smallcrm.ui.shell import worker
from smallcrm.ui.shell.main_window import MainWindow

path = Path(sys.argv[1])
open_crm(path, check=False)
worker.limit_cache()
window = MainWindow(path)
window.resize(1280, 800)
window.show()


def settle(condition, timeout_s=120.0):
    end = time.perf_counter() + timeout_s
    while not condition() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
"""

# The window children's heartbeat: a 5 ms timer whose longest gap is the longest the
# GUI went without turning its event loop (start it with clock.start(); heart.start()).
_HEARTBEAT = r"""
from PySide6.QtCore import QElapsedTimer, QTimer

gaps, clock, last = [], QElapsedTimer(), [0]


def beat():  # the event loop's heartbeat: a long gap is a frozen GUI
    now = clock.elapsed()
    gaps.append(now - last[0])
    last[0] = now


heart = QTimer()
heart.setInterval(5)
heart.timeout.connect(beat)
"""

_CHILD_REMINDERS_VIEW = (
    _WINDOW
    + r"""
import json, time
from PySide6.QtCore import QEventLoop, QTimer

view = window.reminders


def wait_for(signal):
    # A nested event loop on purpose: it wakes the moment the signal comes, so the time
    # measured ends there, not up to a polling step later.
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)


def unread_on_screen():
    # Rows painted blank: below the top of a list whose outline is still coming, or not read yet.
    viewport = view.table.viewport()
    first, last = view.table.rowAt(0), view.table.rowAt(viewport.height() - 1)
    last = view.model.rowCount() - 1 if last < 0 else last
    blank = [
        row for row in range(max(first, 0), last + 1)
        if view.model.section_at(row) is None and view.model.outline_at(row) is None
        and getattr(view.model, "more_at", lambda _row: None)(row) is None  # "and N more"
    ]
    return len(blank) + view.model.fetching


def idle():
    # What an earlier opening started after its paint (the profit tiers' analysis, seconds
    # at 100,000 customers) is not part of the next opening.
    settle(lambda: not worker.running_jobs(), 60)


settle(lambda: False, 1.0)  # the list's first page and the counts, as after start-up
times = []
whole = []
incomplete = 0
for i in range(7):
    window.show_area("customers")
    view._stale = True  # as on first showing: read everything again
    settle(lambda: False, 0.3)
    idle()
    t0 = time.perf_counter()
    window.show_area("reminders")
    wait_for(view.shown)
    view.table.viewport().repaint()
    times.append(time.perf_counter() - t0)
    if unread_on_screen():
        incomplete += 1
    if view.loading:
        wait_for(view.loaded)  # the rest of the outline, read after that paint
    whole.append(time.perf_counter() - t0)
rows = view.model.total()
window.stop_background_work()
worker.shutdown()
print(json.dumps({"times": times, "whole": whole, "rows": rows, "incomplete": incomplete}))
"""
)


def bench_reminders_view(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Opening the Reminders area over the demo shop after the rules ran, in a window
    process of its own, against sqlite3 running the view's queries."""
    import datetime as dt

    from smallcrm.domain import demo
    from smallcrm.domain.reminders import rules as reminder_rules
    from smallcrm.domain.reminders.kinds import OPEN
    from smallcrm.domain.reminders.queries import DONE_DAYS, DONE_LIMIT, _open_counts, _outline_base, _view_select
    from smallcrm.domain.reminders.worth import _worth_columns
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import db
    from smallcrm.store.models import Reminder

    if reuse is None:
        reuse = workdir / "reminders.db"
        _fresh(reuse)
        demo.generate(n, seed=1)
    open_crm(reuse)
    today = dt.date.today()
    reminder_rules.run_rules(today)  # what the app does at start; idempotent
    from smallcrm.ui.models.reminder_model import FIRST_ROWS  # what a 1280 x 800 window reads

    since = dt.datetime.combine(today - dt.timedelta(days=DONE_DAYS), dt.time())
    # The view's reads as it opens: the sections' counts, the outline of the first rows and
    # of the recently done ones, and the first rows' details; and, for scale, every row in
    # full (what a view reading everything before its first paint would wait for).
    base = _outline_base(None, None, "")
    open_order = (Reminder.due_date, Reminder.due_time, Reminder.id)
    done_order = (Reminder.done_at.desc(), Reminder.id.desc())
    done_where = ~Reminder.status.in_(OPEN) & (Reminder.done_at >= since)
    counts_sql = _open_counts(base, today).sql()
    head_sql = base.where(Reminder.status.in_(OPEN)).order_by(*open_order).limit(FIRST_ROWS).sql()
    # The day's work (overdue and today) with what ranks it (issue 15, point 20).
    worth = _worth_columns(Reminder.customer, today)
    day_sql = (
        base.select_extend(Reminder.kind, Reminder.due_time, *worth)
        .where(Reminder.status.in_(OPEN) & (Reminder.due_date <= today))
        .sql()
    )
    done_sql = base.where(done_where).order_by(*done_order).limit(DONE_LIMIT).sql()
    full_sql = [
        _view_select().where(Reminder.status.in_(OPEN)).order_by(*open_order).sql(),
        _view_select().where(done_where).order_by(*done_order).limit(DONE_LIMIT).sql(),
    ]
    con = sqlite3.connect(db.database)

    def raw_run() -> float:
        t0 = time.perf_counter()
        con.execute(*day_sql).fetchall()
        ids = [row[0] for row in con.execute(*head_sql).fetchall()]
        ids += [row[0] for row in con.execute(*done_sql).fetchall()][: max(0, FIRST_ROWS - len(ids))]
        con.execute(*counts_sql).fetchall()
        sql, params = _view_select().where(Reminder.id.in_(ids)).sql()
        con.execute(sql, params).fetchall()
        return time.perf_counter() - t0

    def raw_full() -> float:
        t0 = time.perf_counter()
        for sql, params in full_sql:
            con.execute(sql, params).fetchall()
        return time.perf_counter() - t0

    raw_run()
    raw = statistics.median(raw_run() for _ in range(5))
    full = statistics.median(raw_full() for _ in range(3))
    con.close()
    result = _child(_CHILD_REMINDERS_VIEW, str(reuse), env=_gui_env(workdir / "gui-env"), timeout=600)
    ours = statistics.median(result["times"])
    return [
        (
            f"reminders area opened, {n:,} customers ({result['rows']:,} reminders listed)",
            f"{ours * 1000:.0f} ms (median of {len(result['times'])}, the first {result['times'][0] * 1000:.0f} ms; "
            f"painted before read: {result['incomplete']} of {len(result['times'])}; "
            f"every row listed {statistics.median(result['whole']) * 1000:.0f} ms)",
            f"{raw * 1000:.0f} ms (sqlite3: the counts, the day's work with its worth, the first {FIRST_ROWS} rows; "
            f"every row in full: {full * 1000:.0f} ms)",
            f"{ours / raw:.2f}x; target <= 150 ms: {'met' if ours <= 0.15 and not result['incomplete'] else 'MISSED'}",
        )
    ]


_CHILD_MAILING_VIEW = (
    _WINDOW
    + _HEARTBEAT
    + r"""
import json, time

settle(lambda: not window.customers.model.loading)
window.show_area("mailing")
view = window.areas["mailing"][0]
settle(lambda: view.mailing_list.count() > 0)
settle(lambda: False, 0.5)  # the area's own start-up work done
clock.start()
heart.start()
t0 = time.perf_counter()
view.mailing_list.setCurrentRow(0)
settle(lambda: view.recipients.model().rowCount() > 0)
app.processEvents()  # painted
listed = time.perf_counter() - t0
settle(lambda: False, 0.3)
heart.stop()
print(json.dumps({"listed": listed, "rows": view.recipients.model().rowCount(), "freeze_ms": max(gaps) if gaps else 0}))
"""
)


def bench_mailing_view(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """A Spring Festival mailing to every customer who can get a card, at the demo
    shop's size: choosing and saving its recipients (domain, as the CLI and the worker
    run it), then in a window process of its own, picking it in the Mailing area until
    every recipient is listed and painted, and the longest the event loop went without
    turning meanwhile (target: never frozen > 100 ms); against sqlite3 reading the
    recipients' rows."""
    import shutil

    from smallcrm.domain import demo, mailing
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db

    shop = workdir / "mailing.db"
    if reuse is None:
        _fresh(shop)
        demo.generate(n, seed=1)
    else:
        close_db()
        shutil.copy(reuse, shop)  # the mailing is written to a copy: other steps read the demo shop as made
        open_crm(shop, check=False)
    t0 = time.perf_counter()
    choice = mailing.choose()
    chose = time.perf_counter() - t0
    mailing_id, _ = mailing.create_mailing("spring_festival", choice=choice)
    created = time.perf_counter() - t0
    close_db()
    con = sqlite3.connect(shop)
    t0 = time.perf_counter()
    raw = con.execute(
        "SELECT c.id, c.customer_no, c.name, c.gender, c.phone, c.mail_consent, c.churn_status, c.country,"
        " c.province, c.city, c.district, c.street, c.postcode FROM customer c"
        " WHERE c.id IN (SELECT customer_id FROM mailing_recipient WHERE mailing_id = ?) ORDER BY c.id",
        (mailing_id,),
    ).fetchall()
    raw_s = time.perf_counter() - t0
    con.close()
    r = _child(_CHILD_MAILING_VIEW, str(shop), env=_gui_env(workdir / "gui-env"), timeout=600, warm=True)
    shop.unlink()
    return [
        (
            f"mailing to every customer who can get a card ({len(choice.included):,} of {n:,})",
            f"{created:.2f} s (choosing {chose:.2f} s, saving the rest)",
            "",
            "",
        ),
        (
            "  Mailing area: pick it -> every recipient listed",
            f"{r['listed'] * 1000:.0f} ms ({r['rows']:,} rows)",
            f"{raw_s * 1000:.0f} ms (sqlite3: the recipients' rows, {len(raw):,})",
            "",
        ),
        (
            "  longest GUI stall meanwhile (5 ms heartbeat)",
            f"{r['freeze_ms']:.0f} ms",
            "",
            f"target <= 100 ms: {'met' if r['freeze_ms'] <= 100 else 'MISSED'}",
        ),
    ]


# ---------------------------------------------------------------------------------
# Spreadsheet import and export (issue 5)

# Peak memory is the child's own VmHWM (the high-water mark of its resident set, per
# address space). Not ru_maxrss: Linux carries it over fork and exec, so a child of
# a runner that had grown to 900 MB in earlier steps reported at least that.
_PEAK = r"""
import resource, sys


def peak_mb():
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)
"""

_CHILD_IMPORT = (
    _PEAK
    + r"""
import json, time
from smallcrm.domain.session import open_crm
from smallcrm.sheets.importer import ImportOptions, run_import

path, sheet, kind = sys.argv[1], sys.argv[2], sys.argv[3]
open_crm(path)
marks = {}
start_mb = peak_mb()


def progress(done, total, message=""):
    for share in (0.25, 0.5):
        if done >= share * total and share not in marks:
            marks[share] = peak_mb()


t0 = time.perf_counter()
c0 = time.process_time()
result = run_import(sheet, ImportOptions(kind=kind), progress=progress)
seconds = time.perf_counter() - t0
print(json.dumps({"seconds": seconds, "cpu": time.process_time() - c0, "rss_mb": peak_mb(), "start_mb": start_mb,
                  "rss_quarter": marks.get(0.25), "rss_half": marks.get(0.5),
                  "added": result.added, "rejected": result.rejected}))
"""
)

_CHILD_OPENPYXL = (
    _PEAK
    + r"""
import json, time
from openpyxl import load_workbook

t0 = time.perf_counter()
c0 = time.process_time()
wb = load_workbook(sys.argv[1], read_only=True, data_only=True)
rows = 0
for _row in wb.worksheets[0].iter_rows(values_only=True):
    rows += 1
wb.close()
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "rows": rows,
                  "rss_mb": peak_mb()}))
"""
)


# The import's floor: only the steps no customer import can skip, hand-written against
# sqlite3 and calamine with none of SmallCRM's rules (no header search, no column
# mapping, no value checks or rejects, no policies, no preview, batch or undo data):
# read the sheet with calamine, NFKC the texts (once per distinct value), the phone
# as text and as +86 number, the birthday's parts, dedupe by phone, number the rows,
# store them in SmallCRM's own customer table (a fresh shop's schema) and commit.
# With "search" it also makes the search tokens (the app's own name tokens with their
# pinyin, the phone and address tokens), writes the search index in one statement and
# builds the customer indexes once at the end, as the import's bulk path does.
# Compared with the same openpyxl iteration, this is the best any import over this
# schema could do here; it shows what the 0.5x target asks for.
_CHILD_FLOOR = (
    _PEAK
    + r"""
import json, sqlite3, time, unicodedata

db_path, sheet_path, mode = sys.argv[1], sys.argv[2], sys.argv[3]
with_search = mode == "search"
# imported before the clock starts, like the app's modules
from smallcrm.domain.customers.search_text import _name_parts, _token
from python_calamine import CalamineWorkbook

con = sqlite3.connect(db_path, isolation_level=None)
for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "cache_size = -65536", "foreign_keys = ON"):
    con.execute("PRAGMA " + pragma)
columns = [r[1] for r in con.execute("PRAGMA table_info(customer)")]
indexes = [sql for (sql,) in con.execute(
    "SELECT sql FROM sqlite_master WHERE tbl_name = 'customer' AND type = 'index' AND sql NOT LIKE '%UNIQUE%'")]
at = {name: i for i, name in enumerate(columns)}
blank = ["" for _ in columns]
for name in ("id", "birth_year", "birth_month", "birth_day", "staff_id", "churned_on", "import_batch_id", "deleted_at"):
    blank[at[name]] = None
blank[at["birth_leap"]] = 0
blank[at["country"]] = "CN"
blank[at["birth_calendar"]] = "solar"
blank[at["created_at"]] = blank[at["updated_at"]] = "2026-01-01 00:00:00"
place = [at[k] for k in ("province", "city", "district", "street")]
NAME, PHONE, NORM, NUMBER, GENDER, YEAR, CONSENT, SEARCH, SORT = (at[k] for k in (
    "name", "phone", "phone_norm", "customer_no", "gender", "birth_year", "mail_consent", "search_text", "name_sort"))

t0 = time.perf_counter()
c0 = time.process_time()
texts = {}
def text(value):
    clean = texts.get(value)
    if clean is None:
        clean = texts[value] = unicodedata.normalize("NFKC", value).strip()
    return clean

sheet = CalamineWorkbook.from_path(sheet_path).get_sheet_by_index(0)
cells = sheet.iter_rows()
next(cells)  # the header
seen, rows = set(), []
for values in cells:
    norm = "+86" + str(int(values[1]))
    if norm in seen:
        continue
    seen.add(norm)
    row = blank.copy()
    row[NUMBER] = f"C{len(rows) + 1:06d}"
    row[NAME] = name = text(values[0])
    row[PHONE], row[NORM] = norm[3:], norm
    for i, value in zip(place, values[2:6]):
        row[i] = text(value)
    born = values[6]
    row[YEAR : YEAR + 3] = born.year, born.month, born.day
    row[GENDER] = "M" if values[7] == "男" else "F"
    row[CONSENT] = values[8] == "是"
    if with_search:
        places = (_token(row[i]) for i in place)  # as search_text_for: lower case, no spaces, none empty
        name_tokens, rare, row[SORT] = _name_parts(name)  # and the name's sort key, as the app stores it
        tokens = [*name_tokens, row[NUMBER].lower(), norm[3:] + "$", *filter(None, places)]
        row[SEARCH] = " ^" + " ^".join(dict.fromkeys(tokens)) + " "
        rare = [r for r in rare if r not in tokens]
        if rare:
            row[SEARCH] += "~" + " ~".join(rare) + " "
    rows.append(row)
con.execute("BEGIN")
for sql in indexes:
    con.execute("DROP INDEX " + sql.split('"')[1])
con.executemany(f"INSERT INTO customer VALUES ({', '.join('?' * len(columns))})", rows)
if with_search:
    con.execute("INSERT INTO customer_fts(rowid, search_text) SELECT id, search_text FROM customer")
    for sql in indexes:
        con.execute(sql)
con.execute("COMMIT")
print(json.dumps({"seconds": time.perf_counter() - t0, "cpu": time.process_time() - c0, "added": len(rows),
                  "rss_mb": peak_mb()}))
"""
)


def _child(
    code: str, *args: str, env: dict[str, str] | None = None, timeout: float | None = None, warm: bool = False
) -> dict[str, Any]:
    """Run ``code`` in a fresh interpreter (peak memory is per process; a window child
    has the event loop to itself) and read the last line it prints, one JSON object.

    ``env`` defaults to this environment with the worktree on the path (window children
    pass ``_gui_env``); with ``warm`` the child runs twice and the second is read: the
    first compiles the bytecode and warms the file cache, as installed software has them.
    """
    import json
    import subprocess

    root = Path(__file__).resolve().parent.parent
    env = env if env is not None else {**os.environ, "PYTHONPATH": str(root)}
    for _ in range(2 if warm else 1):
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            check=True,
            cwd=root,
            env=env,
            timeout=timeout,
        )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _customer_sheet(path: Path, n: int, *, one_line: bool = False) -> Path:
    """n customers as Excel saves them (shared strings, a <dimension>, date cells,
    phones typed as numbers): what a shop's file looks like. ``one_line``: the address
    in one column (地址 '四川省成都市武侯区人民南路12号'), which the import splits."""
    import datetime as dt

    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("客户")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    places = ["地址"] if one_line else ["省份", "城市", "区县", "地址"]
    for col, title in enumerate(["姓名", "手机", *places, "生日", "性别", "同意邮寄"]):
        ws.write_string(0, col, title)
    for i, r in enumerate(_raw_rows(n), start=1):
        ws.write_string(i, 0, r["name"])
        ws.write_number(i, 1, int(r["phone"]))
        parts = [r[k] for k in ("province", "city", "district", "street")]
        for col, text in enumerate(["".join(dict.fromkeys(parts))] if one_line else parts, start=2):
            ws.write_string(i, col, text)
        col = 2 + len(places)
        ws.write_datetime(i, col, dt.datetime.strptime(r["birthday"], "%Y-%m-%d"), date)
        ws.write_string(i, col + 1, "男" if r["gender"] == "M" else "女")
        ws.write_string(i, col + 2, "是")
    wb.close()
    return path


def _purchase_sheet(path: Path, lines: int, customers: int) -> Path:
    """A purchases export of ``lines`` lines, streamed out (constant memory)."""
    import datetime as dt

    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("销售")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    for col, title in enumerate(["客户编号", "日期", "商品", "数量", "金额", "成本"]):
        ws.write_string(0, col, title)
    start = dt.datetime(2022, 1, 1)
    for i in range(1, lines + 1):
        ws.write_string(i, 0, f"C{i % customers + 1:06d}")
        ws.write_datetime(i, 1, start + dt.timedelta(days=i % 1000), date)
        ws.write_string(i, 2, "茶叶" if i % 3 else "茶具")
        ws.write_number(i, 3, 1 + i % 3)
        ws.write_number(i, 4, 100 + i % 997 + 0.5)
        ws.write_number(i, 5, 60)
    wb.close()
    return path


def bench_import(n: int, workdir: Path, purchase_lines: int) -> tuple[list[tuple[str, str, str, str]], Path]:
    """Customer .xlsx import end to end against a bare openpyxl read-only iteration of
    the same file, each in its own process; then peak memory for a purchases file of
    ``purchase_lines`` lines (streamed: it must not grow with the rows)."""
    import shutil

    from smallcrm.store.db import close_db

    sheet = _customer_sheet(workdir / "customers.xlsx", n)
    db_path = workdir / "import.db"
    _fresh(db_path)
    close_db()
    floors = {}
    for mode in ("rows", "search"):  # the floor's shops: copies of the fresh, empty shop
        floor_db = workdir / f"floor-{mode}.db"
        shutil.copy(db_path, floor_db)
        floors[mode] = _child(_CHILD_FLOOR, str(floor_db), str(sheet), mode)
        floor_db.unlink()
    raw = _child(_CHILD_OPENPYXL, str(sheet))
    # The same customers with the address in one column: the import splits each one
    # (domain/values/addresses.py, on cpca-new), into a copy of the same fresh shop.
    one_line_sheet = _customer_sheet(workdir / "customers-one-line.xlsx", n, one_line=True)
    one_line_db = workdir / "import-one-line.db"
    shutil.copy(db_path, one_line_db)
    one_line = _child(_CHILD_IMPORT, str(one_line_db), str(one_line_sheet), "customers")
    one_line_db.unlink()
    one_line_sheet.unlink()
    ours = _child(_CHILD_IMPORT, str(db_path), str(sheet), "customers")
    ratio = ours["seconds"] / raw["seconds"]
    cpu_ratio = ours["cpu"] / raw["cpu"]
    out = [
        (
            f"import {n:,} customers (.xlsx, end to end)",
            f"{ours['seconds']:.2f} s ({ours['added']:,} added; CPU {ours['cpu']:.2f} s)",
            f"{raw['seconds']:.2f} s (openpyxl read-only: iterate the rows; CPU {raw['cpu']:.2f} s)",
            f"{ratio:.2f}x, CPU {cpu_ratio:.2f}x (target <= 0.5x): {'met' if ratio <= 0.5 else 'MISSED'}",
        ),
        *(
            (
                f"  floor: {what}",
                f"{floor['seconds']:.2f} s ({floor['added']:,} stored; CPU {floor['cpu']:.2f} s)",
                f"{raw['seconds']:.2f} s (the same openpyxl iteration)",
                f"{floor['seconds'] / raw['seconds']:.2f}x: the best an import over this schema could do",
            )
            for what, floor in (
                ("read, store the rows, commit (no rules, no search)", floors["rows"]),
                ("the same plus search tokens, search index and indexes", floors["search"]),
            )
        ),
        (
            "  the address in one column, split into province/city/district",
            f"{one_line['seconds']:.2f} s ({one_line['added']:,} added; CPU {one_line['cpu']:.2f} s)",
            f"{ours['seconds']:.2f} s (the same customers, the address in four columns)",
            f"{one_line['seconds'] / ours['seconds']:.2f}x: the cost of splitting {n:,} addresses",
        ),
        (
            f"  peak memory, {n:,}-row import (VmHWM of its own process)",
            f"{ours['rss_mb']:.0f} MB",
            f"{raw['rss_mb']:.0f} MB (openpyxl iteration)",
            f"target <= 300 MB: {'met' if ours['rss_mb'] <= 300 else 'MISSED'}",
        ),
    ]
    if purchase_lines:
        # The same shop, a purchases file of a fifth of the lines and one of all of them,
        # each imported in a fresh process: a streamed import peaks about as high for both.
        peaks = []
        for lines in (purchase_lines // 5, purchase_lines):
            shop = workdir / f"purchases-{lines}.db"
            shutil.copy(db_path, shop)
            sheet_path = _purchase_sheet(workdir / f"purchases-{lines}.xlsx", lines, n)
            peaks.append((lines, _child(_CHILD_IMPORT, str(shop), str(sheet_path), "purchases")))
            sheet_path.unlink()
            shop.unlink()
        (small, first), (large, bought) = peaks
        growth = bought["rss_mb"] - first["rss_mb"]
        # SQLite's page cache (PRAGMA cache_size, 64 MiB) fills during the first few
        # hundred thousand lines; beyond that the peak must not follow the row count.
        bounded = growth <= 16
        out.append(
            (
                f"  peak memory, {large:,}-line purchases import",
                f"{bought['rss_mb']:.0f} MB ({bought['seconds']:.0f} s, {bought['added']:,} added)",
                f"{first['rss_mb']:.0f} MB for {small:,} lines ({first['seconds']:.0f} s)",
                f"{growth:+.0f} MB for {large / small:.0f}x the lines: {'bounded' if bounded else 'GROWS'}",
            )
        )
    return out, db_path


# 200 characters, each with two or more readings: expanding every combination of
# readings (2**200) froze the form and ran imports out of memory.
_POLYPHONES = "行长乐重曾传朝调都还"
LONG_NAME = (_POLYPHONES * 20)[:200]

_CHILD_LONG_NAME_FORM = (
    _WINDOW
    + _HEARTBEAT
    + r"""
import json
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

names, page = json.loads(sys.argv[2]), window.customers
settle(lambda: not page.model.loading)

from smallcrm.domain import customers as customer_commands

command = []  # the save command's own time, on the write thread
create = customer_commands.create_customer


def timed_create(*args, **kwargs):
    t0 = time.perf_counter()
    try:
        return create(*args, **kwargs)
    finally:
        command.append(time.perf_counter() - t0)


customer_commands.create_customer = timed_create  # the form imports it when it saves


def add(name):
    # As the owner does it: Ctrl+N, the name pasted (Ctrl+V), Ctrl+S. Timed: the paste
    # (the form checks the name as it changes), the save command, and from the paste to
    # the saved customer's form back, with the longest GUI stall meanwhile.
    QTest.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(lambda: page.editing)
    editor = page.editor
    field = editor.form.fields["name"].widget
    field.setFocus()
    app.clipboard().setText(name)
    gaps.clear()
    clock.start()
    last[0] = 0
    heart.start()
    t0 = time.perf_counter()
    QTest.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = time.perf_counter() - t0
    QTest.keyClick(field, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(lambda: editor._saving is None and editor.customer_id is not None, 60.0)
    took = time.perf_counter() - t0
    heart.stop()
    ok = editor.customer_id is not None and editor.form.fields["name"].widget.text() == name
    editor.close_editor()
    settle(lambda: not page.editing and not page.model.loading)
    return {"save": pasted + command[-1], "whole": took, "stall": max(gaps or [0]) / 1000, "ok": ok}


out = {}
for key, name in names.items():
    runs = [add(name + str(i)) for i in range(7)]  # a new customer each time: no duplicate warning
    out[key] = {k: sorted(r[k] for r in runs)[3] for k in ("save", "whole", "stall")}
    out[key]["ok"] = all(r["ok"] for r in runs)
window.stop_background_work()
worker.shutdown()
print(json.dumps(out))
"""
)


def bench_long_names(workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Names of 200 characters, each with several readings (issue 15, point 2): added
    through the customer form in a window process (paste, Ctrl+S, saved) and imported
    from a sheet of 100 of them, against the same with a usual 3-character name, which
    shows what the length costs. Target <= 0.2 s each."""
    import json

    from smallcrm.domain import demo
    from smallcrm.sheets.importer import run_import
    from smallcrm.store.db import close_db

    shop = workdir / "long-names.db"
    if reuse is not None:
        import shutil

        close_db()
        shutil.copy(reuse, shop)
    else:
        _fresh(shop)
        demo.generate(2000, seed=1)
        close_db()
    env = _gui_env(workdir / "gui-env")
    names = json.dumps({"long": LONG_NAME[:199], "short": "张三丰"})  # the run number makes 200 characters
    form = _child(_CHILD_LONG_NAME_FORM, str(shop), names, env=env, timeout=600, warm=True)

    def import_seconds(rows: list[str], tag: str) -> float:
        sheet = _long_name_sheet(workdir / f"names-{tag}.xlsx", rows)
        best = float("inf")
        for attempt in range(3):  # each into a fresh, empty shop
            _fresh(workdir / f"import-{tag}-{attempt}.db")
            t0 = time.perf_counter()
            result = run_import(sheet)
            best = min(best, time.perf_counter() - t0)
            assert result.added == len(rows), result.rejects[:3]
        return best

    long_rows = [LONG_NAME[i % 200 :] + LONG_NAME[: i % 200] for i in range(100)]  # 100 distinct names
    short_rows = [f"张三丰{i}" for i in range(100)]
    ours_import, usual_import = import_seconds(long_rows, "long"), import_seconds(short_rows, "short")
    close_db()
    long_form, short_form = form["long"], form["short"]
    ok = long_form["ok"] and short_form["ok"]

    def verdict(seconds: float) -> str:
        return "met" if seconds <= 0.2 and ok else "MISSED"

    return [
        (
            "200-character polyphone name: form save (the paste checked, the save command; median of 7)",
            f"{long_form['save'] * 1000:.0f} ms",
            f"{short_form['save'] * 1000:.0f} ms (a 3-character name, same form)",
            f"{long_form['save'] / short_form['save']:.2f}x; target <= 0.2 s: {verdict(long_form['save'])}",
        ),
        (
            "  the same to the saved form back in the window",
            f"{long_form['whole'] * 1000:.0f} ms (longest GUI stall {long_form['stall'] * 1000:.0f} ms)",
            f"{short_form['whole'] * 1000:.0f} ms (GUI stall {short_form['stall'] * 1000:.0f} ms), 3-character name",
            "the rest is the window's refresh after any save (list, filter bar), whatever the name",
        ),
        (
            "200-character polyphone names: import of 100 (.xlsx, best of 3)",
            f"{ours_import * 1000:.0f} ms",
            f"{usual_import * 1000:.0f} ms (100 usual 3-character names)",
            f"{ours_import / usual_import:.2f}x; target <= 0.2 s: {verdict(ours_import)}",
        ),
    ]


def _long_name_sheet(path: Path, names: list[str]) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "手机"])
    for i, name in enumerate(names):
        ws.append([name, f"139{i:08d}"])
    wb.save(path)
    return path


def bench_export(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Exporting every customer to .xlsx against a bare openpyxl write-only loop writing
    the very same values (target <= 1.0x); .csv for reference."""
    from openpyxl import Workbook

    from smallcrm.domain.session import open_crm
    from smallcrm.sheets import exporter

    if reuse is None:
        reuse = workdir / "export.db"
        _fresh(reuse)
        from smallcrm.domain.customers.bulk import insert_customers

        insert_customers(_raw_rows(n, seed=5), validate=True)
    open_crm(reuse)
    query = exporter.customer_query()
    header = list(exporter.CUSTOMER_COLUMNS)
    values = [header, *exporter.customer_rows(query)]

    t0 = time.perf_counter()
    count = exporter.export_customers(workdir / "ours.xlsx")
    ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    exporter.export_customers(workdir / "ours.csv")
    csv_seconds = time.perf_counter() - t0

    t0 = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    for row in values:
        ws.append(row)
    wb.save(workdir / "raw.xlsx")
    raw = time.perf_counter() - t0
    return [
        (
            f"export {count:,} customers (.xlsx)",
            f"{ours:.2f} s (query, format, write)",
            f"{raw:.2f} s (openpyxl write-only: the same values, no styles)",
            f"{ours / raw:.2f}x (target <= 1.0x): {'met' if ours <= raw else 'MISSED'}",
        ),
        ("  the same to .csv (UTF-8 with BOM)", f"{csv_seconds:.2f} s", "", f"{csv_seconds / raw:.2f}x"),
    ]


# ---------------------------------------------------------------------------------
# Analysis: segments, KPIs, the churn model (issue 7)

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
best, params, tol_used = None, None, None
for _ in range(2):
    t0 = time.perf_counter()
    for tol in (1e-7, 1e-6):  # lifetimes stops with 'precision loss' at its default on some data
        try:
            bg = BetaGeoFitter().fit(pd.Series(x), pd.Series(t_x), pd.Series(T), tol=tol)
            tol_used = tol
            break
        except ConvergenceError:
            continue
    gg = GammaGammaFitter().fit(pd.Series(x[use]), pd.Series(m[use]))
    elapsed = time.perf_counter() - t0
    best = elapsed if best is None else min(best, elapsed)
    params = {**{k: float(v) for k, v in bg.params_.items()}, **{k: float(v) for k, v in gg.params_.items()}}
print(json.dumps({"seconds": best, "params": params, "tol": tol_used}))
"""


def _lifetimes_python() -> str | None:
    """An interpreter with lifetimes: this one, or $SMALLCRM_LIFETIMES_PYTHON (a scratch venv:
    lifetimes is unmaintained and never a dependency of SmallCRM)."""
    import importlib.util
    import shutil

    if importlib.util.find_spec("lifetimes") is not None:
        return sys.executable
    other = os.environ.get("SMALLCRM_LIFETIMES_PYTHON", "")
    return other if other and shutil.which(other) else None


def bench_analysis(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """Segments and KPIs over the demo shop (targets: <= 1 s for all segments + KPIs,
    <= 2 s for the BG/NBD + Gamma-Gamma fit), against sqlite3 fetching the very rows
    the analysis reads; the fit against lifetimes on the same summary where lifetimes
    runs (target >= 10x faster, estimates equal to 3 significant figures)."""
    import json
    import subprocess

    import numpy as np

    from smallcrm.domain import demo
    from smallcrm.domain.analysis import segments as seg
    from smallcrm.domain.analysis.bgnbd import bgnbd_log_likelihood, fit_bgnbd
    from smallcrm.domain.analysis.facts import load_facts
    from smallcrm.domain.analysis.gamma_gamma import fit_gamma_gamma
    from smallcrm.domain.analysis.result import analyse
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import db

    if reuse is None:
        reuse = workdir / "analysis.db"
        _fresh(reuse)
        demo.generate(n, seed=1)
    open_crm(reuse)
    analyse().kpis(12)  # warm: imports (scipy) and the page cache

    def best(f: Callable[[], Any], runs: int = 5) -> tuple[float, Any]:
        times, out = [], None
        for _ in range(runs):
            t0 = time.perf_counter()
            out = f()
            times.append(time.perf_counter() - t0)
        return min(times), out

    # Everything but the model fit: read, segments in every dimension, every customer's
    # churn status from the fitted parameters, 12 months of KPIs per month, tier and staff.
    fitted = analyse()
    model = fitted.churn.model

    def segments_and_kpis() -> Any:
        result = analyse(model=model)
        seg.summary(result)
        return result.kpis(12)

    ours, _ = best(segments_and_kpis)
    reading, _ = best(load_facts)
    end_to_end, _ = best(lambda: analyse().kpis(12), runs=3)

    con = sqlite3.connect(db.database)
    raw_queries = [
        "SELECT customer_id, date, amount_cents, cost_cents FROM purchase",
        "SELECT customer_id, at, kind, satisfaction, status, resolved_at FROM interaction",
        "SELECT id, staff_id, created_at, churn_status, churn_reason, churned_on, birth_calendar, birth_year,"
        " birth_month, birth_day, income_band FROM customer WHERE deleted_at IS NULL",
    ]
    raw, _ = best(lambda: [con.execute(q).fetchall() for q in raw_queries], runs=3)
    con.close()

    s = fitted.churn.summary
    b = s.bought
    x, t_x, age, m = s.x[b], s.t_x[b], s.T[b], s.monetary[b]
    use = (x > 0) & (m > 0)
    fit_time, fits = best(lambda: (fit_bgnbd(x, t_x, age), fit_gamma_gamma(x[use], m[use])), runs=7)
    bg, gg = fits
    one_eval, _ = best(lambda: bgnbd_log_likelihood(bg.params, x, t_x, age))
    rows = [
        (
            f"all segments + KPIs, {n:,} customers ({len(x):,} buying)",
            f"{ours * 1000:.0f} ms",
            f"{raw * 1000:.0f} ms (sqlite3: fetch the rows it reads)",
            f"{ours / raw:.2f}x; target <= 1 s: {'met' if ours <= 1 else 'MISSED'}",
        ),
        (
            "  of which reading the file (set-based SQL, parsed by numpy)",
            f"{reading * 1000:.0f} ms",
            f"{raw * 1000:.0f} ms",
            f"{reading / raw:.2f}x",
        ),
        (
            "  of which computing (segments, statuses, KPIs per month, tier, staff)",
            f"{(ours - reading) * 1000:.0f} ms",
            "",
            "",
        ),
        (
            "  the same with the model fitted (what the panel waits for)",
            f"{end_to_end * 1000:.0f} ms",
            f"{raw * 1000:.0f} ms",
            f"{end_to_end / raw:.2f}x",
        ),
        (
            f"BG/NBD + Gamma-Gamma fit ({bg.iterations} + {gg.iterations} Newton steps)",
            f"{fit_time * 1000:.0f} ms",
            f"{one_eval * 1000:.1f} ms (one BG/NBD likelihood)",
            f"{fit_time / one_eval:.0f} likelihoods; target <= 2 s: {'met' if fit_time <= 2 else 'MISSED'}",
        ),
    ]
    python = _lifetimes_python()
    if python is None:
        rows.append(("  against lifetimes", "", "not installed (set SMALLCRM_LIFETIMES_PYTHON)", "-"))
        return rows
    summary = workdir / "summary.npz"
    np.savez(summary, x=x, t_x=t_x, T=age, m=m)
    done = subprocess.run([python, "-c", _CHILD_LIFETIMES, str(summary)], capture_output=True, text=True, check=True)
    theirs = json.loads(done.stdout.strip().splitlines()[-1])
    ours_params = {"r": bg.params.r, "alpha": bg.params.alpha, "a": bg.params.a, "b": bg.params.b}
    ours_params |= {"p": gg.params.p, "q": gg.params.q, "v": gg.params.gamma}
    same = all(f"{ours_params[k]:.3g}" == f"{theirs['params'][k]:.3g}" for k in ours_params)
    worst = max(abs(ours_params[k] / theirs["params"][k] - 1) for k in ours_params)
    ratio = theirs["seconds"] / fit_time
    rows.append(
        (
            "  against lifetimes on the same summary",
            f"{fit_time * 1000:.0f} ms",
            f"{theirs['seconds'] * 1000:.0f} ms (lifetimes, tol {theirs['tol']:g})",
            f"{ratio:.1f}x faster, target >= 10x: {'met' if ratio >= 10 else 'MISSED'}; estimates equal to 3 "
            f"significant figures: {'yes' if same else 'NO'} (largest difference {worst:.1e})",
        )
    )
    return rows


# ---------------------------------------------------------------------------------
# smallcrm stats (issue 15, point 17)

# The floor of any stats command: a fresh interpreter, sqlite3, the same six counts.
_BARE_COUNTS = r"""
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
for sql in (
    "SELECT COUNT(*) FROM customer WHERE deleted_at IS NULL",
    "SELECT COUNT(*) FROM customer WHERE deleted_at IS NOT NULL",
    "SELECT COUNT(*) FROM purchase",
    "SELECT COUNT(*) FROM interaction",
    "SELECT COUNT(*) FROM reminder WHERE status IN ('open', 'snoozed')",
    "SELECT COUNT(*) FROM interaction WHERE kind = 'complaint' AND status = 'open'",
):
    con.execute(sql).fetchone()
"""

# What every stats call did before: the same counts and the sums over every purchase.
_BARE_SUMS = (
    _BARE_COUNTS
    + r"""
con.execute("SELECT COALESCE(SUM(amount_cents), 0), COALESCE(SUM(cost_cents), 0) FROM purchase").fetchone()
"""
)

STATS_RUNS = 7


def bench_stats(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """``smallcrm stats --json`` at 100,000 customers / 1,000,000 purchases, each a fresh
    process as a script calls it: served from the summary kept per data generation
    (median of interleaved runs, against sqlite3 doing the counts alone in a fresh
    interpreter), and the first call after a change, which computes the segments, the
    churn model's fit and the KPIs and stores them (target for the served call <= 1 s)."""
    import json
    import shutil
    import subprocess

    from smallcrm.domain import demo

    path = workdir / "stats.db"
    if reuse is None:
        _fresh(path)
        demo.generate(n, seed=1)
    else:
        shutil.copy(reuse, path)
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    ours_cmd = [sys.executable, "-m", "smallcrm", "--db", str(path), "stats", "--json"]

    def run(cmd: list[str]) -> tuple[float, str]:
        t0 = time.perf_counter()
        done = subprocess.run(cmd, cwd=root, env=env, check=True, capture_output=True, text=True, timeout=1800)
        return time.perf_counter() - t0, done.stdout

    first, first_out = run(ours_cmd)  # computes and stores (or serves what an earlier run left)
    load_before = os.getloadavg()[0]
    served, counts, sums = [], [], []
    for _ in range(STATS_RUNS):
        counts.append(run([sys.executable, "-c", _BARE_COUNTS, str(path)])[0])
        seconds, out = run(ours_cmd)
        served.append(seconds)
        if json.loads(out) != json.loads(first_out):
            raise RuntimeError("stats served figures different from the ones it computed")
        sums.append(run([sys.executable, "-c", _BARE_SUMS, str(path)])[0])
    load_after = os.getloadavg()[0]
    # A change (one purchase, as the CLI adds it), then the call that computes afresh.
    with sqlite3.connect(path) as con:
        customer = con.execute("SELECT MIN(id) FROM customer WHERE deleted_at IS NULL").fetchone()[0]
    subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(path), "purchase", "add", str(customer), "--amount", "88"],
        cwd=root,
        env=env,
        check=True,
        capture_output=True,
    )
    after_change, _ = run(ours_cmd)
    again, _ = run(ours_cmd)
    ours, bare = statistics.median(served), statistics.median(counts)
    return [
        (
            f"stats --json, {n:,} customers, served (fresh process; median of {STATS_RUNS})",
            f"{ours:.2f} s",
            f"{bare:.2f} s (python + sqlite3: the six counts); {statistics.median(sums):.2f} s with the purchase sums",
            f"{ours / bare:.2f}x; target <= 1 s: {'met' if ours <= 1 else 'MISSED'}; "
            f"load average {load_before:.1f} -> {load_after:.1f} on {os.cpu_count()} cores",
        ),
        (
            "  the first call after a change (one purchase added): computed and stored",
            f"{after_change:.2f} s",
            f"the next call {again:.2f} s; the very first call {first:.2f} s",
            "segments, the churn model's fit and 12 months of KPIs, once per change",
        ),
    ]


_CHILD_PANEL = (
    _WINDOW
    + _HEARTBEAT
    + r"""
import json, time
from PySide6.QtCore import QEvent, QObject
from smallcrm.ui.views.analysis_view import CHARTS

view = window.analysis


class Painted(QObject):
    def __init__(self):
        super().__init__()
        self.at = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.at is None and view.canvas is not None and watched is view.canvas:
            self.at = time.perf_counter()
        return False


settle(lambda: not window.customers.model.loading)
painted = Painted()
app.installEventFilter(painted)
clock.start()
heart.start()
t0 = time.perf_counter()
window.show_area("analysis")
settle(lambda: painted.at is not None)
first_chart = painted.at - t0
first_paint_after_ready = painted.at - view.ready_at
freeze_first = max(gaps) if gaps else 0
# Flip through every chart once (the analysis is cached; each chart is built and drawn).
switches = []
for kind in CHARTS[1:]:
    before = view.outcome
    painted.at = None
    t1 = time.perf_counter()
    view.chart_list.setCurrentRow(CHARTS.index(kind))
    if kind == "staff":
        settle(lambda: view.outcome is not before and not view.busy)
        switches.append(time.perf_counter() - t1)
    else:
        settle(lambda: painted.at is not None and view.outcome is not before)
        switches.append(painted.at - t1)
heart.stop()
print(json.dumps({"first_chart": first_chart, "paint_after_ready": first_paint_after_ready,
                  "freeze_ms": max(gaps) if gaps else 0, "freeze_first_ms": freeze_first,
                  "switch_max": max(switches), "compute": max((o.seconds for o in view._cache.values()), default=0)}))
"""
)


def bench_panel(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """The Analysis area at the demo shop's size: from showing the area to the first chart
    painted (the analysis and the model fit run on a worker meanwhile), the first paint
    after the data is ready (target <= 1 s), the longest the event loop went without
    turning (target: never frozen > 100 ms), and switching through every chart."""
    from smallcrm.domain import demo

    if reuse is None:
        reuse = workdir / "panel.db"
        _fresh(reuse)
        demo.generate(n, seed=1)
    r = _child(_CHILD_PANEL, str(reuse), env=_gui_env(workdir / "gui-env"), timeout=600, warm=True)
    return [
        (
            f"analysis panel, {n:,} customers: show the area -> first chart painted",
            f"{r['first_chart'] * 1000:.0f} ms",
            f"{(r['compute'] or 0) * 1000:.0f} ms on the worker (analysis + model fit + chart)",
            "",
        ),
        (
            "  first paint after the data is ready",
            f"{r['paint_after_ready'] * 1000:.0f} ms",
            "",
            f"target <= 1 s: {'met' if r['paint_after_ready'] <= 1 else 'MISSED'}",
        ),
        (
            "  longest GUI stall meanwhile (5 ms heartbeat)",
            f"{r['freeze_first_ms']:.0f} ms",
            f"{r['freeze_ms']:.0f} ms including switching through every chart",
            f"target <= 100 ms: {'met' if r['freeze_first_ms'] <= 100 else 'MISSED'}",
        ),
        ("  switching to another chart (built and drawn)", f"{r['switch_max'] * 1000:.0f} ms (slowest)", "", ""),
    ]


# ---------------------------------------------------------------------------------
# The window (issue 4)

# Launch to the list painted with rows (issue 15, point 16): both sides print the
# wall-clock time (time.time(), the parent's clock too) at the first paint of their
# list's viewport with rows in its model, then quit; the parent subtracts the moment it
# started them. The exit is not part of it (a window's teardown is not what the owner
# waits for), so neither side's differs. The bare side is a PySide6 QMainWindow with a
# QTableView over a model of as many rows (argv[1]), six text columns.
_BARE_LIST = r"""
import sys, time
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication(sys.argv[:1])
ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000


class Rows(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and table.model().rowCount() > 0:
            print(f"painted {time.time()!r}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


window = QMainWindow()
window.resize(1180, 740)
table = QTableView()
table.setModel(Rows(table))
window.setCentralWidget(table)
painted = Painted()
table.viewport().installEventFilter(painted)
window.show()
app.exec()
"""

# SmallCRM's side: the real launch (smallcrm.launch.main, as the console script runs it,
# with --quit-after-show), its MainWindow given one event filter on the customer list's
# viewport, which prints the time at the first paint with rows.
_APP_LIST = r"""
import sys, time
from PySide6.QtCore import QEvent, QObject

from smallcrm import launch
from smallcrm.ui.shell import main_window


class Painted(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.model = window.customers.model
        window.customers.table.viewport().installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.model.rowCount() > 0:
            print(f"painted {time.time()!r}", flush=True)
            watched.removeEventFilter(self)
        return False


class MainWindow(main_window.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._bench_painted = Painted(self)


main_window.MainWindow = MainWindow
sys.exit(launch.main(sys.argv[1:]))
"""


def _launch_to_painted(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from starting ``cmd`` to its list painted with rows (it prints the time),
    and to the process's end."""
    import subprocess

    t0 = time.time()
    done = subprocess.run(cmd, cwd=cwd, env=env, check=True, capture_output=True, text=True, timeout=120)
    whole = time.time() - t0
    stamps = [line.split()[1] for line in done.stdout.splitlines() if line.startswith("painted ")]
    if not stamps:
        raise RuntimeError(f"{cmd[:3]} never painted its list with rows: {done.stderr[-500:]}")
    return float(stamps[0]) - t0, whole


_CHILD_GUI = (
    _WINDOW
    + r"""
import json, resource, sys, time
from PySide6.QtCore import QEventLoop, QTimer
from smallcrm.ui.models import customer_table

queries, warm = json.loads(sys.argv[2]), sys.argv[3:] == ["warm"]
page, model, table = window.customers, window.customers.model, window.customers.table


def at_rest():
    # Let the list's queries finish (a script, not the app: it may run the event loop),
    # and then the paints they asked for: the next keystroke starts from a window at
    # rest, as it does when a person types, instead of paying for the last list's paint.
    settle(lambda: not model.loading, 60.0)
    app.processEvents()


def visible_rows():
    return max(1, table.viewport().height() // table.verticalHeader().defaultSectionSize())


def keystroke(text):
    # From the box's new text (debounce included) to the first page read (the hits'
    # rows as the view asks for them), and to that page painted. A nested event loop on
    # purpose: it wakes the moment the page is reloaded, so the time ends there.
    loop = QEventLoop()
    model.reloaded.connect(loop.quit)
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    page.search_box.setText(text)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    model.reloaded.disconnect(loop.quit)
    for row in range(min(model.rowCount(), visible_rows())):
        for column in range(model.columnCount()):
            if not table.isColumnHidden(column):
                model.index(row, column).data()
    read = time.perf_counter() - t0
    table.viewport().repaint()
    return read, time.perf_counter() - t0, time.process_time() - cpu0


at_rest()
keystrokes, painted, cpu = [], [], []
for q in queries:
    page.search_box.clear()
    page.apply_search()
    at_rest()
    read, shown, used = keystroke(q)
    keystrokes.append(read)
    painted.append(shown)
    cpu.append(used)
    at_rest()
page.search_box.clear()
page.apply_search()
at_rest()
if warm:  # a first run only compiles the bytecode of what the window loads late
    window.stop_background_work()
    worker.shutdown()
    print(json.dumps({}))
    sys.exit(0)

# Scrolling to the end: every page of the 100,000 rows read once (customers and their
# purchase totals), then the jump to the last row as the view does it.
fetches = []
model._rows.clear()
for row in range(0, model.rowCount(), customer_table.BATCH):
    model._rows.clear()
    t0 = time.perf_counter()
    model._fetch(row)
    fetches.append(time.perf_counter() - t0)
model._rows.clear()
t0 = time.perf_counter()
table.scrollToBottom()
table.viewport().repaint()
jump = time.perf_counter() - t0
# The peak of this process alone: ru_maxrss would include the parent's size at fork
# (Linux keeps it across exec), and the runner is large after making the demo data.
try:
    with open("/proc/self/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)
rows = model.rowCount()
window.stop_background_work()
worker.shutdown()
print(json.dumps({"keystrokes": keystrokes, "painted": painted, "cpu": cpu, "fetches": fetches, "jump": jump,
                  "rss_mb": rss, "rows": rows, "pages": len(fetches)}))
"""
)


def _gui_env(scratch: Path) -> dict[str, str]:
    """Both sides of the start-up race run as installed software does: with compiled
    bytecode (a private pycache, warmed once), headless, and away from the user's
    settings and data."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env |= {
        "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM", "offscreen"),
        "PYTHONPYCACHEPREFIX": str(scratch / "pycache"),
        "XDG_CONFIG_HOME": str(scratch / "config"),
        "SMALLCRM_HOME": str(scratch / "home"),
        "PYTHONPATH": str(Path(__file__).resolve().parent.parent),
    }
    return env


START_RUNS = 9


def measure_start(db: Path, n: int, env: dict[str, str], runs: int = START_RUNS) -> dict[str, Any]:
    """Launch to the list painted with rows: SmallCRM over ``db`` against the bare list
    of ``n`` rows, fresh processes, interleaved so both see the same machine; medians."""
    root = Path(__file__).resolve().parent.parent
    ours_cmd = [sys.executable, "-c", _APP_LIST, "--db", str(db), "--quit-after-show"]
    bare_cmd = [sys.executable, "-c", _BARE_LIST, str(n)]
    _launch_to_painted(ours_cmd, root, env), _launch_to_painted(bare_cmd, root, env)  # bytecode, file cache
    load_before = os.getloadavg()[0]
    ours_runs, bare_runs, ours_whole = [], [], []
    for _ in range(runs):
        bare_runs.append(_launch_to_painted(bare_cmd, root, env)[0])
        painted, whole = _launch_to_painted(ours_cmd, root, env)
        ours_runs.append(painted)
        ours_whole.append(whole)
    return {
        "ours": statistics.median(ours_runs),
        "bare": statistics.median(bare_runs),
        "whole": statistics.median(ours_whole),
        "ours_runs": ours_runs,
        "bare_runs": bare_runs,
        "runs": runs,
        "load": (load_before, os.getloadavg()[0]),
    }


def bench_gui(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """The main window at the demo shop's size (100,000 customers, 1,000,000 purchases):
    launch to the list painted with rows against a bare PySide6 window with a list of
    as many rows (``measure_start``), a search keystroke to the first page painted,
    every page of the list read while scrolling to the end, peak RSS."""
    import json

    from smallcrm.domain import demo
    from smallcrm.domain.session import open_crm

    if reuse is None:
        reuse = workdir / "gui.db"
        _fresh(reuse)
        demo.generate(n, seed=1)
    open_crm(reuse)
    queries = [q for q in _queries(random.Random(5)) if q.strip()][:60]  # a street may be empty
    env = _gui_env(workdir / "gui-env")
    start = measure_start(reuse, n, env)
    ours, bare = start["ours"], start["bare"]

    # Twice: the first run compiles the bytecode of the modules the window loads late
    # (pypinyin's table is a 40,000-entry literal whose compiling alone peaks at 250 MB),
    # which an installed copy has ready; the second is measured.
    _child(_CHILD_GUI, str(reuse), json.dumps(queries[:8]), "warm", env=env, timeout=900)
    gui = _child(_CHILD_GUI, str(reuse), json.dumps(queries), env=env, timeout=900)
    keys = sorted(gui["keystrokes"])
    painted = sorted(gui["painted"])
    cpu = sorted(gui["cpu"])
    fetches = sorted(gui["fetches"])

    def p95(xs: list[float]) -> float:
        return xs[max(0, int(len(xs) * 0.95) - 1)]

    key_p95, key_max = p95(keys) * 1000, keys[-1] * 1000
    paint_p95, paint_max = p95(painted) * 1000, painted[-1] * 1000
    fetch_p95, fetch_max = p95(fetches) * 1000, fetches[-1] * 1000
    ratio = ours / bare
    return [
        (
            f"launch to the list painted with rows, {n:,} customers (smallcrm --db DB --quit-after-show)",
            f"{ours:.2f} s (median of {start['runs']}; whole process with its exit {start['whole']:.2f} s)",
            f"{bare:.2f} s (bare PySide6 QMainWindow + QTableView of {n:,} rows to its first paint)",
            f"{ratio:.2f}x; targets <= 0.5 s and <= 2.5x: {'met' if ours <= 0.5 and ratio <= 2.5 else 'MISSED'}; "
            f"load average {start['load'][0]:.1f} -> {start['load'][1]:.1f} on {os.cpu_count()} cores",
        ),
        (
            f"search keystroke to the first page read, {len(keys)} queries (debounce {_search_delay_ms()} ms)",
            f"median {statistics.median(keys) * 1000:.0f} ms, p95 {key_p95:.0f} ms",
            f"max {key_max:.0f} ms (hits ordered, the rows on screen read)",
            f"target <= 50 ms: {'met' if key_p95 <= 50 else 'MISSED'} (p95)",
        ),
        (
            "  the same to the first page painted",
            f"median {statistics.median(painted) * 1000:.0f} ms, p95 {paint_p95:.0f} ms",
            f"max {paint_max:.0f} ms (offscreen raster; new glyphs drawn the first time)",
            f"target <= 50 ms: {'met' if paint_p95 <= 50 else 'MISSED'} (p95)",
        ),
        (
            "  the same in CPU time (all the window's threads)",
            f"median {statistics.median(cpu) * 1000:.0f} ms, p95 {p95(cpu) * 1000:.0f} ms",
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores as the step ended",
            "what the wall-clock figure above becomes on an idle machine, less the hand-offs between threads",
        ),
        (
            f"scrolling to the end: {gui['pages']:,} pages of {gui['rows']:,} rows",
            f"median {statistics.median(fetches) * 1000:.1f} ms, p95 {fetch_p95:.1f} ms a page",
            f"max {fetch_max:.1f} ms; jump to the last row painted {gui['jump'] * 1000:.0f} ms",
            f"target <= 10 ms a page: {'met' if fetch_max <= 10 else 'p95 met' if fetch_p95 <= 10 else 'MISSED'}",
        ),
        (
            "  peak memory of that window (RSS)",
            f"{gui['rss_mb']:.0f} MB",
            "",
            f"target <= 200 MB: {'met' if gui['rss_mb'] <= 200 else 'MISSED'}",
        ),
    ]


_CHILD_PREVIEW = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication

app = QApplication([sys.argv[0]])
from smallcrm.domain.session import open_crm
from smallcrm.ui.dialogs.mailing_print import Output, Preview, PrintOptions

open_crm(sys.argv[1])  # the envelopes print the shop from the settings
home = {"province": "四川省", "city": "成都市", "district": "武侯区", "postcode": "610041"}
people = [{"id": i, "name": f"客户{i}", "street": f"人民南路{i % 97 + 1}号附{i}号", **home} for i in range(2000)]
result = {}
for key, output in (("labels", Output("labels", "Avery L7160")), ("envelopes", Output("envelope", "DL"))):
    preview = Preview(None, people, PrintOptions(output))
    preview.dialog.resize(1000, 760)
    t0 = time.perf_counter()
    preview.dialog.show()
    app.processEvents()
    preview.dialog.grab()  # the pages in view, painted
    result[key] = {"s": time.perf_counter() - t0, "pages": preview.report.pages}
    preview.dialog.close()
    preview.dialog.deleteLater()
    app.processEvents()
print(json.dumps(result))
"""


def bench_preview(workdir: Path) -> list[tuple[str, str, str, str]]:
    """The print preview of 2,000 labels and 2,000 envelopes, drawn on the GUI thread
    (QPrintPreviewWidget asks for all pages at once), in a window process of its own;
    the first run warms the bytecode and file cache, the second is reported."""
    shop = workdir / "preview.db"  # one shop for both runs: the envelopes print its settings
    r = _child(_CHILD_PREVIEW, str(shop), env=_gui_env(workdir / "gui-env"), timeout=600, warm=True)
    for made in (shop, shop.with_name(shop.name + "-wal"), shop.with_name(shop.name + "-shm")):
        made.unlink(missing_ok=True)
    return [
        (
            f"  print preview of 2,000 {key} ({r[key]['pages']} pages drawn): show -> all drawn, painted",
            f"{r[key]['s'] * 1000:.0f} ms",
            "GUI thread (the preview is a widget)",
            f"target <= 0.5 s: {'met' if r[key]['s'] <= 0.5 else 'MISSED'}",
        )
        for key in ("labels", "envelopes")
    ]


def bench_labels(workdir: Path, count: int = 2000) -> list[tuple[str, str, str, str]]:
    """2,000 labels to PDF on a worker thread with progress, against a bare QPdfWriter loop;
    then the print preview (``bench_preview``)."""
    import threading

    from smallcrm.printing.layout import Address, address_lines
    from smallcrm.printing.render import PDF_DPI, ensure_gui, font_family, render_labels
    from smallcrm.printing.templates import get_template

    rows = _raw_rows(count, seed=11)
    people = [
        Address(
            r["name"],
            ("M", "F", "")[i % 3],
            "CN",
            "四川省",
            "成都市",
            "武侯区",
            f"人民南路{i % 97 + 1}号附{i}号",
            "610041",
        )
        for i, r in enumerate(rows)
    ]
    template = get_template("Avery L7160")
    ensure_gui()
    font_family()  # loading the font once is start-up, not rendering
    ticks: list[int] = []
    elapsed: list[float] = []

    def work() -> None:
        t0 = time.perf_counter()
        render_labels(workdir / "labels.pdf", people, template, progress=lambda done, total, msg="": ticks.append(done))
        elapsed.append(time.perf_counter() - t0)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    ours = elapsed[0]

    from PySide6.QtCore import QMarginsF, QPointF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    t0 = time.perf_counter()
    writer = QPdfWriter(str(workdir / "raw.pdf"))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF()))
    painter = QPainter(writer)
    font = QFont(font_family())
    font.setPointSizeF(11)
    painter.setFont(font)
    k = PDF_DPI / 25.4
    for i, a in enumerate(people):
        _page, slot = template.page_and_slot(i)
        if slot == 0 and i:
            writer.newPage()
        r = template.label_rect(slot)
        for j, line in enumerate(address_lines(a)):
            painter.drawText(QPointF((r.x + 3) * k, (r.y + 6 + j * 5) * k), line)
    painter.end()
    raw = time.perf_counter() - t0
    return [
        (
            f"labels: {count:,} to PDF, worker thread, {len(ticks)} progress calls",
            f"{ours:.2f} s",
            f"{raw:.2f} s (bare QPdfWriter drawText, no fitting)",
            f"{ours / raw:.2f}x; target <= 3 s: {'met' if ours <= 3 else 'MISSED'}",
        ),
        *bench_preview(workdir),
    ]


def _search_delay_ms() -> int:
    from smallcrm.ui.views.customers_page import SEARCH_DELAY_MS

    return SEARCH_DELAY_MS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    every_step = (
        "insert,search,demo,rules,reminders-view,mailing-view,gui,import,export,analysis,stats,panel,labels,bulk,"
        "long-names,frozen"
    )
    parser.add_argument("--only", default=every_step)
    parser.add_argument("--purchase-lines", type=int, default=1_000_000, metavar="N", help="0: skip that step")
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
        if "rules" in wanted:
            steps.append(
                ("rules", lambda: rows.extend(bench_rules(args.customers, work, demo_db[0] if demo_db else None)))
            )
        if "reminders-view" in wanted:
            steps.append(
                (
                    "reminders-view",
                    lambda: rows.extend(bench_reminders_view(args.customers, work, demo_db[0] if demo_db else None)),
                )
            )
        if "mailing-view" in wanted:
            steps.append(
                (
                    "mailing-view",
                    lambda: rows.extend(bench_mailing_view(args.customers, work, demo_db[0] if demo_db else None)),
                )
            )
        imported: list[Path] = []
        if "import" in wanted:

            def _import() -> None:
                result, path = bench_import(args.customers, work, args.purchase_lines)
                rows.extend(result)
                imported.append(path)

            steps.append(("import", _import))
        if "export" in wanted:
            steps.append(
                ("export", lambda: rows.extend(bench_export(args.customers, work, imported[0] if imported else None)))
            )
        if "gui" in wanted:
            steps.append(("gui", lambda: rows.extend(bench_gui(args.customers, work, demo_db[0] if demo_db else None))))
        if "analysis" in wanted:
            steps.append(
                ("analysis", lambda: rows.extend(bench_analysis(args.customers, work, demo_db[0] if demo_db else None)))
            )
        if "stats" in wanted:
            steps.append(
                ("stats", lambda: rows.extend(bench_stats(args.customers, work, demo_db[0] if demo_db else None)))
            )
        if "panel" in wanted:
            steps.append(
                ("panel", lambda: rows.extend(bench_panel(args.customers, work, demo_db[0] if demo_db else None)))
            )
        if "labels" in wanted:
            steps.append(("labels", lambda: rows.extend(bench_labels(work))))
        if "bulk" in wanted:
            steps.append(
                ("bulk", lambda: rows.extend(bench_bulk(args.customers, work, demo_db[0] if demo_db else None)))
            )
        if "long-names" in wanted:
            steps.append(("long-names", lambda: rows.extend(bench_long_names(work, demo_db[0] if demo_db else None))))
        if "frozen" in wanted:
            from benchmarks.frozen import bench_frozen

            steps.append(("frozen", lambda: rows.extend(bench_frozen(work))))
        for name, step in steps:
            print(f"running {name} ...", file=sys.stderr, flush=True)
            step()
    print_table(rows)
    return 0


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    """The runners' output: one markdown table of the rows."""
    print("| benchmark | SmallCRM | raw library, same run | ratio / target |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    sys.exit(main())
