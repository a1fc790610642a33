"""The acceptance point: a process killed with SIGKILL in the middle of a large write
leaves a database that passes PRAGMA integrity_check and holds either all or none of
that write.

A child process opens the shop with ``open_crm`` and adds many customers in one
``insert_customers`` call, printing a line after every chunk; the parent kills it at a
chosen moment and then opens what is left.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from smallcrm.store.db import close_db, db, integrity_check, open_db

ROWS = 20_000  # a big import: seconds of writing, thousands of pages
CHUNK = 1_000
PRE_EXISTING = 3

CHILD = r"""
import sys

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.session import open_crm
from smallcrm.store.db import db

path, rows, chunk, cache_kib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
open_crm(path)
if cache_kib:
    # A small page cache makes SQLite spill uncommitted pages into the -wal file
    # during the transaction, the worst moment for a kill.
    db.execute_sql(f"PRAGMA cache_size = -{cache_kib}")
surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
data = [
    {
        "name": surnames[i % 20] + "测试" + str(i),
        "phone": f"138{i:08d}",
        "phone_norm": f"+86138{i:08d}",
        "province": "四川省",
        "city": "成都市",
        "street": f"人民南路{i % 500}号",
    }
    for i in range(rows)
]


def progress(done, total, message=""):
    print(done, flush=True)


print("writing", flush=True)
insert_customers(data, validate=False, progress=progress, chunk=chunk)
print("committed", flush=True)
"""


def make_shop(path: Path) -> Path:
    """A closed shop database with a few customers made before the big write."""
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.domain.session import open_crm

    open_crm(path)
    for i in range(PRE_EXISTING):
        create_customer({"name": f"老客户{i}", "phone": f"1390000000{i}"})
    close_db()
    return path


class Child:
    """The writing process, its output lines read on a thread (portable, no select)."""

    def __init__(self, path: Path, cache_kib: int, home: Path) -> None:
        self.wal = path.with_name(path.name + "-wal")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(ROWS), str(CHUNK), str(cache_kib)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "SMALLCRM_HOME": str(home)},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seen: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("")  # end of output

    def wait_for_rows(self, done: int, timeout: float = 60.0) -> None:
        """Block until the child reports ``done`` rows written (inside the transaction)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                pytest.fail(f"the writer reported no progress in {timeout} s: {self.seen}")
            if line == "":
                stderr = self.proc.stderr.read() if self.proc.stderr else ""
                pytest.fail(f"the writer ended before it was killed: {self.seen}\n{stderr}")
            self.seen.append(line)
            if line.isdigit() and int(line) >= done:
                return

    def wait_for_wal(self, size: int, timeout: float = 60.0) -> None:
        """Block until the -wal file holds ``size`` bytes, or the child has ended."""
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            if self.wal.exists() and self.wal.stat().st_size >= size:
                return
            time.sleep(0.0005)

    def kill(self) -> None:
        self.proc.kill()  # SIGKILL on POSIX, TerminateProcess on Windows
        self.proc.wait(timeout=30)
        self.reader.join(timeout=30)
        while not self.lines.empty():
            line = self.lines.get()
            if line:
                self.seen.append(line)
        for pipe in (self.proc.stdout, self.proc.stderr):
            if pipe:
                pipe.close()

    @property
    def finished(self) -> bool:
        """The child got to the end by itself (the kill came too late to matter)."""
        return self.proc.returncode == 0 or "committed" in self.seen


@dataclass
class Moment:
    rows: int  # kill once the child reports this many rows written ...
    wal_bytes: int = 0  # ... and the -wal file has grown to this size
    cache_kib: int = 0  # the child's page cache; 0: the app's own (64 MiB)


MOMENTS = {
    "early in the write": Moment(rows=CHUNK),
    # A 1 MiB page cache makes SQLite spill uncommitted pages into the -wal file.
    "half way, uncommitted pages already in the -wal": Moment(rows=ROWS // 2, wal_bytes=1_000_000, cache_kib=1024),
    # All rows are written; the commit copies the cached pages into the -wal file. The
    # kill lands while that file grows or, on a fast disk, just after the commit.
    "while the commit writes the -wal": Moment(rows=ROWS, wal_bytes=256 * 1024),
}


@dataclass
class Killed:
    path: Path
    moment: Moment
    finished: bool


@pytest.fixture(scope="module", params=list(MOMENTS))
def killed_mid_write(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Killed:
    """The shop database after its writer was killed at one of the moments above.

    Module scope: each kill is made once; the checks below only read what it left.
    """
    moment = MOMENTS[request.param]
    folder = tmp_path_factory.mktemp("crash")
    shop = make_shop(folder / "shop.db")
    child = Child(shop, moment.cache_kib, home=folder / "home")
    try:
        child.wait_for_rows(moment.rows)
        if moment.wal_bytes:
            child.wait_for_wal(moment.wal_bytes)
    finally:
        child.kill()
    if moment.rows < ROWS:
        assert not child.finished, "killed in the middle of the write"
    if moment.cache_kib:
        assert child.wal.stat().st_size >= moment.wal_bytes, "uncommitted pages had reached the disk"
    return Killed(shop, moment, child.finished)


@pytest.mark.slow
def test_a_killed_write_leaves_a_database_that_passes_the_integrity_check(killed_mid_write: Killed) -> None:
    open_db(killed_mid_write.path)

    assert integrity_check() == ["ok"]


@pytest.mark.slow
def test_a_killed_write_leaves_all_or_none_of_the_customers(killed_mid_write: Killed) -> None:
    open_db(killed_mid_write.path)

    count = db.execute_sql("SELECT COUNT(*) FROM customer").fetchone()[0]
    if killed_mid_write.finished:
        assert count == PRE_EXISTING + ROWS
    else:
        assert count in (PRE_EXISTING, PRE_EXISTING + ROWS)


@pytest.mark.slow
def test_a_killed_write_leaves_the_search_index_in_step_with_the_customers(killed_mid_write: Killed) -> None:
    open_db(killed_mid_write.path)

    # rank=1: check the index against the customer table too, not only against itself
    # (SQLite reports a mismatch as "database disk image is malformed").
    db.execute_sql("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)")
