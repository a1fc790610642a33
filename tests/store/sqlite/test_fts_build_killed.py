"""A big import's search index is built after its commit, in the background
(store.sqlite.fts.indexed_after_commit): a process killed half-way through that build
leaves a shop whose index is finished the next time it is opened, every customer found."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from smallcrm.domain.customers.search import search
from smallcrm.domain.session import open_crm
from smallcrm.store.db import close_db, db
from smallcrm.store.models import Customer
from smallcrm.store.sqlite import fts
from tests.sheets.conftest import write_csv

ROWS = 1000

CHILD = r"""
import sys, time

from smallcrm.domain.session import open_crm
from smallcrm.sheets.importer import run_import
from smallcrm.store.sqlite import bulk, fts

open_crm(sys.argv[1])
bulk.MIN_ROWS = 1  # the bulk path for a small file
fts.BUILD_STEP = 100
recorded = fts._record_pending


def slowly(execute, pending):  # each step of the build takes a while: a kill lands in the middle
    recorded(execute, pending)
    sys.stdout.write("step\n")  # one write: the import's thread prints too
    sys.stdout.flush()
    time.sleep(0.3)


fts._record_pending = slowly
run_import(sys.argv[2])
sys.stdout.write("committed\n")
sys.stdout.flush()
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_build_killed_half_way_is_finished_when_the_shop_is_opened_again(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.db"
    open_crm(db_file)
    close_db()
    rows = [["姓名", "手机", "城市"]] + [[f"客户{i}", f"138{i:08d}", "成都市"] for i in range(ROWS)]
    sheet = write_csv(tmp_path / "big.csv", rows)

    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db_file), str(sheet)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SMALLCRM_HOME": str(tmp_path / "home")},
        cwd=Path(__file__).resolve().parents[3],
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        deadline = time.monotonic() + 120
        steps = None  # counted from the commit on
        for line in proc.stdout:
            assert time.monotonic() < deadline, "the build made no progress"
            if line.strip() == "committed":
                steps = 0
            elif line.strip() == "step" and steps is not None:
                steps += 1
                if steps == 2:
                    break
        else:
            pytest.fail(f"the child ended before its build could be killed: {proc.stderr.read()}")
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    with closing(sqlite3.connect(db_file)) as con:  # the kill left part of the build to do
        left = con.execute("SELECT value FROM setting WHERE key = ?", [fts.PENDING_KEY]).fetchone()
    assert left is not None and json.loads(left[0])[0] > 1

    open_crm(db_file)
    try:
        assert Customer.select().count() == ROWS
        # Killed mid-build: part of the index written, the rest still recorded as pending,
        # and search already finds every customer; the opening finishes the build.
        fts.wait_for_builds()
        assert not fts.is_pending()
        found = db.execute_sql("SELECT COUNT(*) FROM customer_fts WHERE customer_fts MATCH '\"成都市\"'").fetchone()[0]
        assert found == ROWS
        for i in (0, ROWS // 2, ROWS - 1):
            assert [h["name"] for h in search(f"138{i:08d}").hits] == [f"客户{i}"]
        fts.check()
    finally:
        close_db()
