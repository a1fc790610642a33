"""Issue 18's promise: "a sale is one transaction: a SIGKILL while saving leaves all or
none of its lines".

A child process opens the shop as the app does and records 400-line sales one after
the other (to a customer, whose lines are purchases, and to a walk-in customer, whose
lines are uncounted lines), saying after each which sale it committed. The parent
kills it with SIGKILL at random moments, several times over the same shop, and after
each kill opens what is left: the file passes SQLite's integrity check, every sale
that is there has all its 400 lines and the total they add up to, no line is left
without its sale, and every sale the child said was committed is there.
"""

from __future__ import annotations

import os
import queue
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from smallcrm.store.db import close_db, db, integrity_check, open_db

LINES = 400
KILLS = 6
ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import sys
from decimal import Decimal

from smallcrm.domain.sales import recording
from smallcrm.domain.sales.lines import LineInput
from smallcrm.domain.session import open_crm
from smallcrm.store.db import db

path, lines, cache_kib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
open_crm(path, check=False)
if cache_kib:
    # A small page cache makes SQLite spill uncommitted pages into the -wal file
    # during the transaction, the worst moment for a kill.
    db.execute_sql(f"PRAGMA cache_size = -{cache_kib}")
products = [row[0] for row in db.execute_sql("SELECT id FROM product ORDER BY id")]
customer = db.execute_sql("SELECT MIN(id) FROM customer").fetchone()[0]
sale = [
    LineInput(product_id=products[i % len(products)], quantity=Decimal(1 + i % 3))
    if i % 4 else LineInput(text=f"手写行{i}", quantity=Decimal("1.5"), unit_price_cents=1000 + i)
    for i in range(lines)
]
store_lines = recording.store_lines


def say(line):
    # One write of a short line: a pipe takes it whole, so a kill never cuts it.
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def writing(*args, **kwargs):
    # Inside the sale's transaction: the sale row is written, its lines come next.
    say("writing")
    store_lines(*args, **kwargs)


recording.store_lines = writing
say("ready")
n = 0
while True:
    recorded = recording.record_sale(None if n % 2 else customer, sale, discount_cents=n % 100, payment="wechat")
    say(f"committed {recorded['id']}")
    n += 1
"""


def make_shop(path: Path) -> None:
    """A shop with a customer and a catalogue of 20 products (closed again)."""
    from smallcrm.domain.catalogue.products import add_product
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.domain.session import open_crm

    open_crm(path)
    create_customer({"name": "张三", "phone": "13812345678"})
    for i in range(20):
        add_product({"name": f"商品{i}", "price": str(5 + i), "cost": str(2 + i // 2)})
    close_db()


class Saver:
    """The child recording sales; its output read on a thread (portable, no select)."""

    def __init__(self, path: Path, cache_kib: int, home: Path) -> None:
        env = {**os.environ, "SMALLCRM_HOME": str(home)}
        env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(LINES), str(cache_kib)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.committed: list[int] = []
        self.last = ""  # what the child said last: 'writing' means killed inside a sale's transaction
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("")  # end of output

    def wait_ready(self, timeout: float = 60.0) -> None:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(f"the child did not start in {timeout} s")
        if line != "ready":
            stderr = self.proc.stderr.read() if self.proc.stderr else ""
            pytest.fail(f"the child did not start: {line!r}\n{stderr}")

    def wait_for(self, word: str, timeout: float = 60.0) -> float:
        """Block until the child says ``word`` ('writing', 'committed'); the seconds it took."""
        start = time.perf_counter()
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"the child did not say {word!r} in {timeout} s")
            self._heard(line)
            if line.startswith(word):
                return time.perf_counter() - start
            if line == "":
                stderr = self.proc.stderr.read() if self.proc.stderr else ""
                pytest.fail(f"the child ended by itself:\n{stderr}")

    def _heard(self, line: str) -> None:
        words = line.split()
        if words:
            self.last = words[0]
        # A line cut short by the kill ('committed' without its id) names no sale.
        if len(words) == 2 and words[0] == "committed" and words[1].isdigit():
            self.committed.append(int(words[1]))

    def kill(self) -> None:
        try:
            self.proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
            self.proc.wait(timeout=30)
            self.reader.join(timeout=30)
            while not self.lines.empty():
                self._heard(self.lines.get())
        finally:  # never left open: a later test would fail on the ResourceWarning
            for pipe in (self.proc.stdout, self.proc.stderr):
                if pipe:
                    pipe.close()


def check_all_or_nothing(path: Path, committed: list[int]) -> int:
    """The checks after a kill; returns how many sales are stored."""
    open_db(path)
    try:
        assert integrity_check() == ["ok"]
        per_sale = dict(
            db.execute_sql(
                "SELECT s.id, (SELECT COUNT(*) FROM purchase p WHERE p.sale_id = s.id)"
                " + (SELECT COUNT(*) FROM uncounted_line u WHERE u.sale_id = s.id) FROM sale s"
            ).fetchall()
        )
        assert all(count == LINES for count in per_sale.values()), per_sale
        totals = db.execute_sql(
            "SELECT s.id, s.total_cents, (SELECT COALESCE(SUM(amount_cents), 0) FROM purchase p WHERE p.sale_id = s.id)"
            " + (SELECT COALESCE(SUM(amount_cents), 0) FROM uncounted_line u WHERE u.sale_id = s.id) FROM sale s"
        ).fetchall()
        assert all(total == lines for _sale, total, lines in totals), totals
        orphans = db.execute_sql(
            "SELECT (SELECT COUNT(*) FROM purchase WHERE sale_id IS NOT NULL AND sale_id NOT IN (SELECT id FROM sale))"
            " + (SELECT COUNT(*) FROM uncounted_line WHERE sale_id NOT IN (SELECT id FROM sale))"
        ).fetchone()[0]
        assert orphans == 0
        assert set(committed) <= set(per_sale), "a sale the child had committed is gone"
        return len(per_sale)
    finally:
        close_db()


@pytest.mark.slow
def test_a_sale_killed_while_saving_leaves_all_of_its_lines_or_none(tmp_path: Path) -> None:
    shop = tmp_path / "shop.db"
    make_shop(shop)
    rng = random.Random(18)
    moments: list[str] = []
    stored = inside = 0
    for kill in range(KILLS):
        cache_kib = 256 if kill % 2 else 0  # every other child spills uncommitted pages to the -wal
        saver = Saver(shop, cache_kib, home=tmp_path / "home")
        try:
            saver.wait_ready()
            one_sale = saver.wait_for("committed")  # how long a save takes on this machine now
            if kill < KILLS // 2:  # any moment, mostly inside the next save
                delay = rng.uniform(0, 1.5 * one_sale)
                moment = f"{delay * 1000:.0f} ms after a commit"
            else:  # while the lines are being written (about 3/4 of a save: 400 inserts)
                saver.wait_for("writing")
                delay = rng.uniform(0, 0.7 * one_sale)
                moment = f"{delay * 1000:.0f} ms into writing the lines"
            time.sleep(delay)
        finally:
            saver.kill()
        inside += saver.last == "writing"
        moments.append(f"kill {kill}: {moment} (a save took {one_sale * 1000:.0f} ms); the child had said {saver.last}")
        now_stored = check_all_or_nothing(shop, saver.committed)
        assert now_stored >= stored + 1, moments
        stored = now_stored
    assert inside >= 1, f"no kill landed inside a sale's transaction: {moments}"
