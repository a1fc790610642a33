"""An import process killed with SIGKILL halfway leaves the database exactly as it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.session import open_crm
from smallcrm.store.db import close_db, integrity_check
from smallcrm.store.models import Customer, ImportBatch
from tests.sheets.conftest import write_csv

ROWS = 40_000

CHILD = r"""
import sys

from smallcrm.domain.session import open_crm
from smallcrm.sheets.importer import run_import
from smallcrm.store.db import db

open_crm(sys.argv[1])
db.execute_sql("PRAGMA cache_size = -256")  # spill uncommitted pages into the WAL: the worst moment


def progress(done, total, message=""):
    print(done, flush=True)


run_import(sys.argv[2], progress=progress)
print("committed", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_import_leaves_the_database_unchanged(tmp_path: Path) -> None:
    db_file = tmp_path / "shop.db"
    open_crm(db_file)
    create_customer({"name": "老客户", "phone": "13900000000"})
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
        for line in proc.stdout:
            if line.strip().isdigit() and int(line) >= ROWS // 2:
                break
            assert line.strip() != "committed", "the import finished before it could be killed"
            assert time.monotonic() < deadline, "no progress from the import"
        else:
            pytest.fail(f"the import ended early: {proc.stderr.read()}")
        wal = db_file.with_name(db_file.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # it was writing
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

    open_crm(db_file)
    try:
        assert integrity_check() == ["ok"]
        assert [c.name for c in Customer.select()] == ["老客户"]
        assert ImportBatch.select().count() == 0
    finally:
        close_db()
