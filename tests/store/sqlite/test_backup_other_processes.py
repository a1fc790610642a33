"""One shop, several processes, as backups and restores meet them: a restore refused
while another process has the shop open, and a backup that finishes while another
process commits every few milliseconds.

Each test has a real second process on the database (tests/other_process.py).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.session import open_crm
from smallcrm.errors import UserError
from smallcrm.store.db import close_db
from smallcrm.store.sqlite import failures
from smallcrm.store.sqlite.backup import copy_database, restore_database
from tests.other_process import ROOT, OtherProcess


def _names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return [r[0] for r in con.execute("SELECT name FROM customer ORDER BY id")]


@pytest.fixture
def shop(crm: Path) -> Path:
    create_customer({"name": "张三", "phone": "13812345678"})
    return crm


@pytest.fixture
def short_wait(shop: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shop reopened with a 1 s busy timeout, so that waiting in vain is quick to test."""
    monkeypatch.setattr(failures, "BUSY_TIMEOUT_S", 1.0)
    open_crm(shop)
    return shop


# --- restore while another process has the shop ------------------------------------------------------


RESTORE_REFUSED = {
    "an import from the command line": (
        {"program": "smallcrm", "role": "command", "detail": "smallcrm import", "doing": "import", "hold": "write"},
        "Another SmallCRM is importing into this shop; let it finish, then restore again.",
    ),
    "an idle window": (
        {"program": "smallcrm", "role": "window", "detail": "", "doing": "", "hold": "open"},
        "This shop is open in another SmallCRM window; close that window, then restore again.",
    ),
    "a command": (
        {"program": "smallcrm", "role": "command", "detail": "smallcrm stats", "doing": "", "hold": "open"},
        "Another SmallCRM ('smallcrm stats') is using this shop; let it finish, then restore again.",
    ),
    "another program": (
        {"program": "sqlite", "role": "", "detail": "", "doing": "", "hold": "open"},
        "Another program or SmallCRM has this shop open; close it, then restore again.",
    ),
}


@pytest.mark.parametrize("holder", list(RESTORE_REFUSED))
def test_a_restore_is_refused_while_another_process_has_the_shop_open(shop: Path, tmp_path: Path, holder: str) -> None:
    """An import running in another window finished into the file the restore had moved
    aside: its rows were not in the shop the owner then saw."""
    backup = copy_database(tmp_path / "backup.db")
    create_customer({"name": "李四", "phone": "13900001111"})
    close_db()
    options, sentence = RESTORE_REFUSED[holder]

    with OtherProcess(shop, **options), pytest.raises(UserError) as raised:
        restore_database(backup, shop)

    assert raised.value.render().startswith(sentence.rstrip("."))
    assert _names_in(shop) == ["张三", "李四"]
    assert not list(shop.parent.glob("shop.before-restore-*"))
    assert not list(shop.parent.glob("shop.db.restoring*"))


def test_once_the_other_process_has_gone_the_restore_goes_through(shop: Path, tmp_path: Path) -> None:
    backup = copy_database(tmp_path / "backup.db")
    create_customer({"name": "李四", "phone": "13900001111"})
    close_db()
    with OtherProcess(shop, hold="open", doing=""), pytest.raises(UserError):
        restore_database(backup, shop)

    aside = restore_database(backup, shop)

    assert _names_in(shop) == ["张三"]
    assert aside is not None and _names_in(aside) == ["张三", "李四"]


# --- a backup while another process writes --------------------------------------------------------

WRITER = r"""
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
print("writing", flush=True)
i = 0
while True:
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE customer SET notes = ? WHERE id = 1", (f"note {i}",))
    con.execute("COMMIT")
    i += 1
    time.sleep(0.02)
"""

BACKUP = r"""
import sys
from smallcrm.domain.session import open_crm
from smallcrm.store.sqlite.backup import copy_database
open_crm(sys.argv[1])
copy_database(sys.argv[2])
print("done", flush=True)
"""


def test_a_backup_finishes_while_another_process_commits_every_few_milliseconds(shop: Path, tmp_path: Path) -> None:
    """The online backup copied 1,024 pages at a time and started over whenever another
    process committed: a 160 MB shop with a writer every 0.2 s was never backed up."""
    from smallcrm.store.db import db

    db.execute_sql("CREATE TABLE filler (b BLOB)")  # 40 MB: 10,000 pages to copy
    with db.atomic():
        for _ in range(40):
            db.execute_sql("INSERT INTO filler VALUES (randomblob(1000000))")
    close_db()
    out = tmp_path / "backups" / "live.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(shop)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        started = time.monotonic()
        try:
            done = subprocess.run(
                [sys.executable, "-c", BACKUP, str(shop), str(out)],
                capture_output=True,
                text=True,
                timeout=120,
                cwd=ROOT,
            )
        except subprocess.TimeoutExpired:
            pytest.fail("the backup did not finish in 120 s while another process was writing")
        took = time.monotonic() - started
    finally:
        writer.kill()
        writer.communicate()

    assert done.returncode == 0, done.stderr
    assert took < 60
    with closing(sqlite3.connect(out)) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT name FROM customer").fetchall() == [("张三",)]
    assert sorted(p.name for p in out.parent.iterdir()) == ["live.db"]  # no .part left
