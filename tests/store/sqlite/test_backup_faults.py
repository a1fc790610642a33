"""Backups and restores when things go wrong: a kill half way, a missing database, a
damaged or too new backup, a read-only shop, leftovers of killed copies, and files that
other users of the computer must not read."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.domain.session import open_crm
from smallcrm.errors import UserError
from smallcrm.store.db import close_db, db, integrity_check, open_db
from smallcrm.store.sqlite.backup import auto_backup, check_backup_file, copy_database, restore_database
from tests.other_process import ROOT, dead_pid

OLD = ["张三", "欧阳娜娜"]
NEW = ["司马光"]


def _names_in(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return [r[0] for r in con.execute("SELECT name FROM customer ORDER BY id")]


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def shop_and_backup(crm: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A shop of two customers (closed) and a backup holding another one."""
    create_customer({"name": NEW[0], "phone": "13700001111"})
    backup = copy_database(tmp_path / "incoming" / "backup.db")
    db.execute_sql("DELETE FROM customer")
    db.execute_sql("DELETE FROM customer_fts")
    for name, phone in zip(OLD, ("13812345678", "13987654321"), strict=True):
        create_customer({"name": name, "phone": phone})
    close_db()
    return crm, backup


# --- a restore killed at any moment --------------------------------------------------------------------

KILLED_RESTORE = r"""
import os, shutil, signal, sqlite3, sys

kill_at = int(sys.argv[3])
calls = 0


def counted(fn):
    def call(*args, **kwargs):
        global calls
        calls += 1
        if calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        result = fn(*args, **kwargs)
        calls += 1
        if calls == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return result

    return call


# Every step a restore can take on files: a kill before and after each of them.
os.replace = counted(os.replace)
os.rename = counted(os.rename)
os.unlink = counted(os.unlink)
os.remove = counted(os.remove)
shutil.copyfile = counted(shutil.copyfile)
sqlite3.connect = counted(sqlite3.connect)

from smallcrm.store.sqlite.backup import restore_database

restore_database(sys.argv[1], sys.argv[2])
print("restored", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_restore_killed_at_any_step_leaves_a_whole_shop_at_the_database_path(
    shop_and_backup: tuple[Path, Path], tmp_path: Path
) -> None:
    """Killed between moving the current file aside and putting the backup in place, the
    path held no database and the next start made an empty shop ("customers: 0")."""
    shop, backup = shop_and_backup
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    shutil.copy(shop, pristine / shop.name)
    broken: list[str] = []
    left_behind: list[str] = []
    kill_at = 0
    while True:
        kill_at += 1
        assert kill_at < 200, "the restore never finished"
        for leftover in shop.parent.glob("shop*"):
            leftover.unlink()
        shutil.copy(pristine / shop.name, shop)
        run = subprocess.run(
            [sys.executable, "-c", KILLED_RESTORE, str(backup), str(shop), str(kill_at)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        finished = run.stdout.strip() == "restored"
        assert finished or run.returncode == -signal.SIGKILL, run.stderr

        open_crm(shop)  # the next start
        try:
            names = _names_in(shop)
            if names not in (OLD, NEW) or integrity_check() != ["ok"]:
                broken.append(f"killed at step {kill_at}, the next start found {names}")
        finally:
            close_db()
        left = [p.name for p in shop.parent.iterdir() if ".part" in p.name or ".restoring" in p.name]
        if left:
            left_behind.append(f"killed at step {kill_at}, the next start left {left}")
        if finished:
            assert names == NEW
            break
    assert broken == []
    assert left_behind == []
    assert kill_at > 5  # it was killed at every step it has


def test_a_missing_database_with_a_restore_copy_beside_it_is_not_replaced_by_an_empty_shop(
    shop_and_backup: tuple[Path, Path],
) -> None:
    shop, backup = shop_and_backup
    kept = restore_database(backup, shop)
    assert kept is not None
    shop.unlink()  # as a restore of an earlier SmallCRM left it when killed between its renames

    with pytest.raises(UserError) as raised:
        open_crm(shop)

    assert str(kept) in raised.value.render()
    assert "restore" in raised.value.render()
    assert not shop.exists()


def test_the_copy_a_restore_kept_can_be_put_back_when_the_database_is_missing(
    shop_and_backup: tuple[Path, Path],
) -> None:
    shop, backup = shop_and_backup
    kept = restore_database(backup, shop)
    assert kept is not None
    shop.unlink()

    restore_database(kept, shop)

    open_crm(shop)
    assert _names_in(shop) == OLD


# --- backups that must not be restored -----------------------------------------------------------------


def _index_that_disagrees_with_its_table(path: Path) -> None:
    """Change phone numbers behind the back of their index (the table says one thing,
    the index another): SQLite's quick check does not compare the two."""

    def run(*statements: tuple[str, tuple[object, ...]]) -> None:
        with closing(sqlite3.connect(path, isolation_level=None)) as con:  # a fresh schema each time
            con.execute("PRAGMA writable_schema = ON")
            for sql, args in statements:
                con.execute(sql, args)

    with closing(sqlite3.connect(path)) as con:
        name, root, sql = con.execute(
            "SELECT name, rootpage, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' "
            "AND sql LIKE '%phone_norm%' LIMIT 1"
        ).fetchone()
    run(("DELETE FROM sqlite_master WHERE name = ?", (name,)))
    run(("UPDATE customer SET phone_norm = '+86' || (1000 + id)", ()))
    run(
        (
            "INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('index', ?, 'customer', ?, ?)",
            (name, root, sql),
        )
    )


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as f:
        f.seek(offset)
        f.write(data)


def _sql(statement: str) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        with closing(sqlite3.connect(path, isolation_level=None)) as con:
            con.execute("PRAGMA foreign_keys = OFF")
            con.execute(statement)

    return run


DAMAGE: dict[str, Callable[[Path], None]] = {
    "random bytes": lambda p: p.write_bytes(random.Random(7).randbytes(p.stat().st_size)),
    "cut in half": lambda p: os.truncate(p, p.stat().st_size // 2),
    "only its header": lambda p: os.truncate(p, 100),
    "last page missing": lambda p: os.truncate(p, p.stat().st_size - 4096),
    "a page of customers overwritten": lambda p: _overwrite(p, 12 * 4096, b"\xff" * 4096),
    "the schema page overwritten": lambda p: _overwrite(p, 100, b"\x00" * 3996),
    "the header's magic words damaged": lambda p: _overwrite(p, 0, b"SQLite formal 2\x00"),
    "an index that disagrees with its table": _index_that_disagrees_with_its_table,
    "the customer table missing": _sql("DROP TABLE customer"),
    "no schema version recorded": _sql("DELETE FROM schema_migration"),
}


@pytest.fixture
def sizeable_backup(crm: Path, tmp_path: Path) -> Path:
    """A backup with enough customers and purchases to have many pages of each."""
    insert_customers([{"name": f"客户{i}", "phone": f"1380000{i:04d}", "street": "人民路" * 10} for i in range(800)])
    for cid in range(1, 200):
        add_purchase(cid, {"amount": "12.50", "date": "2024-06-01", "item": "茶叶"})
    backup = copy_database(tmp_path / "incoming" / "backup.db")
    close_db()
    return backup


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_backup_is_refused_and_the_shop_is_left_as_it_was(
    sizeable_backup: Path, crm: Path, damage: str
) -> None:
    """restore accepted 2 of 10 damaged backups."""
    DAMAGE[damage](sizeable_backup)
    before = crm.read_bytes()

    with pytest.raises(UserError, match="backup"):
        restore_database(sizeable_backup, crm)

    assert crm.read_bytes() == before
    assert sorted(p.name for p in crm.parent.iterdir() if p.name.startswith("shop")) == ["shop.db"]


def test_a_backup_of_a_newer_smallcrm_is_refused_before_it_replaces_anything(
    shop_and_backup: tuple[Path, Path],
) -> None:
    """It used to be put in place and then refused at open, locking the owner out of
    their shop until they renamed files by hand."""
    from smallcrm.store.migrations import LATEST

    shop, backup = shop_and_backup
    with closing(sqlite3.connect(backup)) as con, con:
        con.execute(
            "INSERT INTO schema_migration (id, name, applied_at) VALUES (?, 'from the future', '2030-01-01 00:00:00')",
            (LATEST + 1,),
        )
    before = shop.read_bytes()

    with pytest.raises(UserError, match="newer SmallCRM"):
        restore_database(backup, shop)

    assert shop.read_bytes() == before
    open_crm(shop)
    assert _names_in(shop) == OLD


def test_a_sound_backup_passes_the_check_and_says_its_schema(sizeable_backup: Path) -> None:
    from smallcrm.store.migrations import LATEST

    assert check_backup_file(sizeable_backup) == LATEST


# --- a shop the owner may only read ---------------------------------------------------------------------


def _without_root(argv: list[str]) -> list[str]:
    """Run so that file permissions count: as root, in a user namespace of its own
    (`unshare -U`: same files, no power to override their permissions)."""
    if os.geteuid() != 0:
        return argv
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-U", "true"], capture_output=True).returncode != 0:
        pytest.skip("running as root without user namespaces: a read-only file is writable anyway")
    return [unshare, "-U", *argv]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file permissions")
def test_a_backup_of_a_read_only_shop_finishes(crm: Path, tmp_path: Path, smallcrm_home: Path) -> None:
    """It spun at 100 % CPU for as long as it was left (11 minutes once): from a
    read-only WAL file every read looks like a change, and the page-by-page backup
    started over each time."""
    insert_customers([{"name": f"客户{i}", "phone": f"1380000{i:04d}", "street": "人民路" * 30} for i in range(300)])
    db.execute_sql("CREATE TABLE filler (b BLOB)")  # 20 MB: more than one step of a page-by-page copy
    with db.atomic():
        for _ in range(20):
            db.execute_sql("INSERT INTO filler VALUES (randomblob(1000000))")
    close_db()
    crm.chmod(0o444)
    env = {**os.environ, "SMALLCRM_HOME": str(smallcrm_home)}
    smallcrm = [sys.executable, "-m", "smallcrm", "--db", str(crm)]
    look = subprocess.run(_without_root([*smallcrm, "stats"]), capture_output=True, text=True, env=env, cwd=ROOT)
    assert look.returncode == 0, look.stderr  # and now its -wal and -shm are read-only too
    out = tmp_path / "copy.db"

    try:
        done = subprocess.run(
            _without_root([*smallcrm, "backup", str(out)]),
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the backup of a read-only shop did not finish in 60 s")

    assert done.returncode == 0, done.stderr
    assert _names_in(out)[:2] == ["客户0", "客户1"]
    assert not list(tmp_path.glob("copy.db.part*"))


# --- what killed copies leave behind ----------------------------------------------------------------


def test_the_next_open_removes_the_pre_migration_copy_of_a_killed_upgrade(crm: Path) -> None:
    close_db()
    killed = dead_pid()
    legacy = crm.with_name("shop.schema3-20240101-120000.db.part")  # earlier versions' name
    left = crm.with_name(f"shop.schema3-20240102-120000.db.part-{killed}")
    journal = crm.with_name(f"shop.schema3-20240102-120000.db.part-{killed}-journal")
    in_progress = crm.with_name(f"shop.schema3-20240103-120000.db.part-{os.getppid()}")  # its writer still runs
    for path in (legacy, left, journal, in_progress):
        path.write_bytes(b"\0" * 4096)

    open_db(crm)

    assert not legacy.exists() and not left.exists() and not journal.exists()
    assert in_progress.exists()


def test_the_next_backup_removes_what_a_killed_backup_left(crm: Path, smallcrm_home: Path) -> None:
    folder = smallcrm_home / "backups"
    folder.mkdir(parents=True)
    left = folder / f"smallcrm-auto-20240610-120000.db.part-{dead_pid()}"
    legacy = folder / "smallcrm-auto-20240609-120000.db.part"
    for path in (left, legacy):
        path.write_bytes(b"\0" * 4096)

    auto_backup(folder)

    assert not left.exists() and not legacy.exists()
    assert len(list(folder.glob("smallcrm-auto-*.db"))) == 1


# --- files other users of the computer must not read ---------------------------------------------------


@pytest.fixture
def usual_umask() -> Iterator[None]:
    """The usual umask, under which new files are readable by every user."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


pytestmark_posix = pytest.mark.skipif(os.name != "posix", reason="POSIX file permissions")


@pytestmark_posix
def test_a_new_database_and_its_wal_are_the_owners_alone(usual_umask: None, db_path: Path) -> None:
    open_crm(db_path)
    create_customer({"name": "张三", "phone": "13812345678"})

    for path in (db_path, db_path.with_name("shop.db-wal"), db_path.with_name("shop.db-shm")):
        assert _mode(path) == 0o600, path.name


@pytestmark_posix
def test_an_existing_database_readable_by_all_is_tightened_at_open(usual_umask: None, crm: Path) -> None:
    close_db()
    crm.chmod(0o644)

    open_crm(crm)

    assert _mode(crm) == 0o600


@pytestmark_posix
def test_backups_are_the_owners_alone(usual_umask: None, crm: Path, tmp_path: Path, smallcrm_home: Path) -> None:
    manual = copy_database(tmp_path / "manual.db")
    automatic = auto_backup(smallcrm_home / "backups")
    close_db()
    kept = restore_database(manual, crm)

    assert kept is not None
    for path in (manual, automatic, kept):
        assert _mode(path) == 0o600, path.name


@pytestmark_posix
def test_the_logs_are_the_owners_alone(usual_umask: None, smallcrm_home: Path) -> None:
    import logging

    from smallcrm import cli
    from smallcrm.ui.shell import app

    cli_log = cli._log_bug(RuntimeError("a bug"))
    handler = app._log_to_file()
    assert handler is not None
    try:
        logging.getLogger("smallcrm").info("started")
    finally:
        logging.getLogger("smallcrm").removeHandler(handler)
        handler.close()

    assert _mode(cli_log) == 0o600
    assert _mode(app.log_file()) == 0o600


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_backup_never_replaces_a_pipe_or_a_device(crm: Path, tmp_path: Path) -> None:
    """Renamed over it, the copy turned a FIFO (or, as root, /dev/null) into a plain file."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    with pytest.raises(UserError, match="only replace a file"):
        copy_database(pipe)

    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert not list(tmp_path.glob("pipe.part*"))
