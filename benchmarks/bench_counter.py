"""The counter: saving a three-line sale into the demo shop, and finding a product as
you type among 10,000: the counter step of benchmarks/run.py (described there)."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
import statistics
import time
from decimal import Decimal
from pathlib import Path

from benchmarks.common import fresh, interleaved
from smallcrm.domain import demo
from smallcrm.domain.analysis.facts import load_facts
from smallcrm.domain.catalogue.products import add_product, lookup
from smallcrm.domain.customers.staff import add_staff
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.sales.recording import record_sale
from smallcrm.domain.session import open_crm
from smallcrm.domain.values.pinyin import name_keys
from smallcrm.store.db import PRAGMAS, close_db, db
from smallcrm.store.models import Product

PRODUCTS = 10_000
SAVES = 15  # sales saved per turn of a pair; the turn gives their median
QUERIES = 200

# A tea and snacks shop's catalogue, as its suppliers name things.
_TEA_ORIGINS = ["安溪", "西湖", "云南", "武夷山", "福鼎", "信阳", "黄山", "洞庭", "祁门", "六安", "普洱", "凤凰"]
_TEAS = ["铁观音", "龙井", "普洱熟茶", "普洱生茶", "大红袍", "白毫银针", "白牡丹", "毛尖", "碧螺春", "祁门红茶",
         "毛峰", "瓜片", "单丛", "金骏眉", "正山小种", "茉莉花茶", "菊花茶", "乌龙茶", "六堡茶", "黑茶"]  # fmt: skip
_GRADES = ["特级", "一级", "二级", "明前", "雨前", "春茶", "秋茶", "老树", "古树", "精选"]
_BRANDS = ["三只松鼠", "良品铺子", "百草味", "洽洽", "旺旺", "卫龙", "来伊份", "盐津铺子", "好丽友", "徐福记",
           "康师傅", "统一", "达利园", "稻香村", "周黑鸭", "绝味"]  # fmt: skip
_SNACKS = ["碧根果", "夏威夷果", "开心果", "瓜子", "牛肉干", "猪肉脯", "辣条", "山楂片", "芒果干", "巧克力",
           "曲奇饼干", "薯片", "鸭脖", "豆干", "核桃仁", "腰果", "杏仁", "葡萄干", "蛋黄酥", "凤梨酥", "沙琪玛",
           "麻花", "海苔", "果冻"]  # fmt: skip
_FLAVOURS = ["原味", "香辣味", "五香味", "焦糖味", "奶油味", "盐焗", "麻辣", "蜂蜜味", "海盐味", "炭烧"]
_PACKS = ["50g", "100g", "150g", "200g", "250g", "500g", "罐装", "袋装", "礼盒装", "散装", "家庭装", "小包装"]
_TEA_PACKS = ["50g", "100g", "125g", "250g", "357g饼", "500g", "罐装", "礼盒装", "散装", "袋泡"]


def _ean13(rng: random.Random) -> str:
    """A Chinese EAN-13 (690-699) with its check digit, as printed under the bars."""
    body = str(rng.randint(690, 699)) + "".join(str(rng.randint(0, 9)) for _ in range(9))
    odd, even = sum(int(d) for d in body[0::2]), sum(int(d) for d in body[1::2])
    return body + str((10 - (odd + 3 * even) % 10) % 10)


def catalogue(n: int, seed: int = 18) -> list[dict[str, str]]:
    """``n`` products with distinct names, most with a barcode, price and cost in yuan."""
    rng = random.Random(seed)
    found: dict[str, dict[str, str]] = {}
    barcodes: set[str] = set()
    while len(found) < n:
        if rng.random() < 0.45:
            name = rng.choice(_TEA_ORIGINS) + rng.choice(_GRADES) + rng.choice(_TEAS) + rng.choice(_TEA_PACKS)
            category, price = "茶叶", rng.randint(30, 1200)
        else:
            name = rng.choice(_BRANDS) + rng.choice(_FLAVOURS) + rng.choice(_SNACKS) + rng.choice(_PACKS)
            category, price = "零食", rng.randint(5, 150)
        if name in found:
            continue
        barcode = _ean13(rng) if rng.random() < 0.85 else ""
        if barcode in barcodes:
            continue
        barcodes.add(barcode)
        cost = price * rng.uniform(0.45, 0.75)
        found[name] = {"name": name, "category": category, "price": f"{price}", "cost": f"{cost:.2f}",
                       "unit": "盒" if "装" in name else "袋", "barcode": barcode}  # fmt: skip
    return list(found.values())


def _queries(rng: random.Random, products: list[tuple[str, str]]) -> list[str]:
    """What a cashier types: whole names, their first characters, full pinyin, initials,
    half-typed pinyin, scanned barcodes and a barcode's last digits."""
    queries: list[str] = []
    with_barcode = [p for p in products if p[1]]
    for i in range(QUERIES):
        name, barcode = rng.choice(with_barcode if i % 7 in (5, 6) else products)
        keys = name_keys(name) or [name]
        kind = i % 7
        if kind == 0:
            queries.append(name)  # picked from a list, typed whole
        elif kind == 1:
            queries.append(name[: rng.randint(2, 4)])  # the first characters
        elif kind == 2:
            queries.append(keys[0][: rng.randint(6, 12)])  # pinyin, as far as typed
        elif kind == 3:
            queries.append(keys[1] if len(keys) > 1 else keys[0][:3])  # initials
        elif kind == 4:
            queries.append(keys[0][:3])  # half-typed pinyin: many products match
        elif kind == 5:
            queries.append(barcode)  # a scanner types the barcode
        else:
            queries.append(barcode[-5:])  # the last digits, read off the pack
    return queries


def _shop(n: int, workdir: Path, reuse: Path | None) -> Path:
    """A copy of the demo shop (never the shop other steps read) with a catalogue."""
    path = workdir / "counter.db"
    if reuse is None:
        fresh(path)
        demo.generate(n, seed=1)
    else:
        close_db()
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        shutil.copyfile(reuse, path)
        open_crm(path, check=False)
    if not Product.select().where(Product.name.startswith("三只松鼠")).exists():
        with db.atomic():
            for product in catalogue(PRODUCTS):
                add_product(product)
        add_staff("收银小王")
    # As in a shop where the analysis has been opened: its packed purchase days are built,
    # so each sale also rebuilds its customer's block (domain.analysis.history.kept).
    load_facts(dt.date.today())
    return path


def bench_counter(n: int, workdir: Path, reuse: Path | None) -> list[tuple[str, str, str, str]]:
    """A three-line sale saved through ``record_sale`` (checks, prices, receipt number,
    one transaction, the sale read back) against sqlite3 inserting the same sale row and
    three purchase rows into the same tables with their indexes, each committed with
    the app's pragmas; then ``lookup`` over 200 varied queries against its own SQL."""
    path = _shop(n, workdir, reuse)
    rng = random.Random(5)
    customers = [row[0] for row in db.execute_sql("SELECT id FROM customer WHERE deleted_at IS NULL").fetchall()]
    ids = [row[0] for row in db.execute_sql("SELECT id FROM product ORDER BY id").fetchall()]
    purchases = db.execute_sql("SELECT COUNT(*) FROM purchase").fetchone()[0]
    recorded: list[int] = []

    def one_sale() -> float:
        lines = [
            LineInput(product_id=rng.choice(ids), quantity=Decimal(2)),
            LineInput(product_id=rng.choice(ids), quantity=Decimal("1.5")),
            LineInput(product_id=rng.choice(ids)),
        ]
        customer = rng.choice(customers)
        t0 = time.perf_counter()
        sale = record_sale(customer, lines, payment="wechat", staff="收银小王")
        seconds = time.perf_counter() - t0
        recorded.append(sale["id"])
        return seconds

    one_sale()  # the rows the raw side copies, and a warm page cache for both
    sale_columns = [c.name for c in db.get_columns("sale") if c.name != "id"]
    line_columns = [c.name for c in db.get_columns("purchase") if c.name not in ("id", "sale_id")]
    sale_row = db.execute_sql(f"SELECT {', '.join(sale_columns)} FROM sale WHERE id = ?", (recorded[0],)).fetchone()
    line_rows = db.execute_sql(
        f"SELECT {', '.join(line_columns)} FROM purchase WHERE sale_id = ? ORDER BY id", (recorded[0],)
    ).fetchall()
    number = sale_columns.index("number")
    raw_con = sqlite3.connect(path, isolation_level=None)
    for pragma, value in PRAGMAS.items():  # the same settings the app uses: the same fsyncs
        raw_con.execute(f"PRAGMA {pragma}={value}")
    insert_sale = f"INSERT INTO sale ({', '.join(sale_columns)}) VALUES ({', '.join('?' * len(sale_columns))})"
    insert_line = (
        f"INSERT INTO purchase ({', '.join(line_columns)}, sale_id) VALUES ({', '.join('?' * (len(line_columns) + 1))})"
    )
    raw_saved = [0]

    def one_raw() -> float:
        raw_saved[0] += 1
        row = list(sale_row)
        row[number] = f"RAW-{raw_saved[0]:06d}"
        t0 = time.perf_counter()
        raw_con.execute("BEGIN IMMEDIATE")
        sale_id = raw_con.execute(insert_sale, row).lastrowid
        raw_con.executemany(insert_line, [(*line, sale_id) for line in line_rows])
        raw_con.execute("COMMIT")
        return time.perf_counter() - t0

    def ours() -> float:
        return statistics.median(one_sale() for _ in range(SAVES))

    def raw() -> float:
        return statistics.median(one_raw() for _ in range(SAVES))

    saved = interleaved(ours, raw)
    raw_con.close()
    rows = [
        (
            f"save a three-line sale, {len(customers):,} customers / {purchases:,} purchases"
            f" (medians of {SAVES} saves per turn, {saved.pairs} interleaved pairs)",
            f"{saved.ours * 1000:.1f} ms",
            f"{saved.raw * 1000:.1f} ms (sqlite3: the sale row + 3 purchase rows, their indexes, one commit)",
            f"{saved.ratio:.2f}x; targets <= 20 ms: {'met' if saved.ours <= 0.020 else 'MISSED'}, "
            f"<= 3x: {'met' if saved.ratio <= 3 else 'MISSED'}",
        )
    ]
    return rows + _bench_lookup()


def _bench_lookup() -> list[tuple[str, str, str, str]]:
    """``lookup`` as the sale screen calls it (the first 20) against sqlite3 running the
    very SQL it builds, each query a pair."""
    products = [(p.name, p.barcode or "") for p in Product.select(Product.name, Product.barcode)]
    queries = _queries(random.Random(9), products)
    statements = [_lookup_sql(q) for q in queries]  # also warms the page cache for both sides
    con = sqlite3.connect(db.database)
    ours: list[float] = []
    raw: list[float] = []
    empty = 0
    for q, (sql, params) in zip(queries, statements, strict=True):
        t0 = time.perf_counter()
        found = lookup(q)
        ours.append(time.perf_counter() - t0)
        empty += not found
        t0 = time.perf_counter()
        con.execute(sql, params).fetchall()
        raw.append(time.perf_counter() - t0)
    con.close()
    med, rmed = statistics.median(ours) * 1000, statistics.median(raw) * 1000
    p95 = sorted(ours)[int(len(ours) * 0.95) - 1] * 1000
    ratio = statistics.median(o / r for o, r in zip(ours, raw, strict=True))
    return [
        (
            f"product lookup as you type among {len(products):,} products, {len(queries)} queries "
            f"(names, pinyin, initials, barcodes; {empty} found nothing), each a pair with its SQL",
            f"{med:.2f} ms (p95 {p95:.2f} ms)",
            f"{rmed:.2f} ms (sqlite3: the same SELECT)",
            f"{ratio:.2f}x (median of the pairs); target <= 10 ms: {'met' if med <= 10 else 'MISSED'}",
        )
    ]


def _lookup_sql(typed: str) -> tuple[str, tuple[object, ...]]:
    """The SELECT ``lookup`` runs for ``typed``, as SQLite ran it (its values in place)."""
    ran: list[str] = []
    connection = db.connection()
    connection.set_trace_callback(ran.append)
    try:
        lookup(typed)
    finally:
        connection.set_trace_callback(None)
    selects = [sql for sql in ran if sql.lstrip().upper().startswith("SELECT")]
    return (selects[-1], ()) if selects else ("SELECT 1", ())
