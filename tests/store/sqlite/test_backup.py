"""Backups while the app runs, restoring one, and the rotation of automatic backups."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest

from smallcrm import paths
from smallcrm.errors import UserError
from smallcrm.store.db import close_db, open_db
from smallcrm.store.sqlite import backup as backup_module
from smallcrm.store.sqlite.backup import (
    RotationPolicy,
    auto_backup,
    auto_backup_name,
    backups_to_prune,
    check_backup_file,
    copy_database,
    restore_database,
)


def _names_in(path: Path) -> list[str]:
    """Customer names in a database file, read by plain sqlite3 (not the app's connection)."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        return [r[0] for r in con.execute("SELECT name FROM customer ORDER BY id")]


def _add(name: str, phone: str) -> None:
    from smallcrm.domain.customers.commands import create_customer

    create_customer({"name": name, "phone": phone})


@pytest.fixture
def shop(crm: Path) -> Path:
    """The app's database, open, with two customers."""
    _add("张三", "13812345678")
    _add("欧阳娜娜", "13987654321")
    return crm


# --- copy while the app keeps the database open ----------------------------------------


def test_a_backup_made_while_the_app_is_open_holds_the_same_customers(shop: Path, tmp_path: Path) -> None:
    _add("司马光", "13700001111")
    assert "司马光".encode() not in shop.read_bytes(), "the newest customer is still only in the -wal file"

    backup = copy_database(tmp_path / "backups" / "shop-manual.db")

    assert _names_in(backup) == ["张三", "欧阳娜娜", "司马光"]


def test_a_backup_is_one_self_contained_file(shop: Path, tmp_path: Path) -> None:
    backup = copy_database(tmp_path / "backup.db")

    assert sorted(p.name for p in backup.parent.iterdir() if p.name.startswith("backup")) == ["backup.db"]
    with closing(sqlite3.connect(backup)) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_backup_passes_the_restore_check(shop: Path, tmp_path: Path) -> None:
    backup = copy_database(tmp_path / "backup.db")

    check_backup_file(backup)  # raises UserError if the copy is not a sound SmallCRM database


def test_a_backup_opens_as_the_shop_database(shop: Path, tmp_path: Path) -> None:
    from smallcrm.store.models import Customer

    backup = copy_database(tmp_path / "backup.db")
    close_db()

    open_db(backup)

    assert [c.name for c in Customer.select().order_by(Customer.id)] == ["张三", "欧阳娜娜"]


def test_a_backup_replaces_an_older_file_of_the_same_name(shop: Path, tmp_path: Path) -> None:
    dest = tmp_path / "backup.db"
    dest.write_bytes(b"an older backup")

    copy_database(dest)

    assert _names_in(dest) == ["张三", "欧阳娜娜"]
    assert not dest.with_name("backup.db.part").exists()


# --- restore ----------------------------------------------------------------------------


@pytest.fixture
def backup_then_more_work(shop: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A backup of the two customers; a third added after it; the app closed."""
    backup = copy_database(tmp_path / "backups" / "before-import.db")
    _add("诸葛亮", "13600002222")
    close_db()
    return backup, shop


def test_restoring_a_backup_brings_back_its_customers(backup_then_more_work: tuple[Path, Path]) -> None:
    backup, current = backup_then_more_work

    restore_database(backup, current)

    assert _names_in(current) == ["张三", "欧阳娜娜"]


def test_restoring_keeps_the_replaced_database_aside(backup_then_more_work: tuple[Path, Path]) -> None:
    backup, current = backup_then_more_work

    aside = restore_database(backup, current)

    assert aside.parent == current.parent
    assert aside.name.startswith("shop.before-restore-") and aside.suffix == ".db"
    assert _names_in(aside) == ["张三", "欧阳娜娜", "诸葛亮"]


def test_a_restored_database_opens_in_the_app(backup_then_more_work: tuple[Path, Path]) -> None:
    from smallcrm.domain.customers import search
    from smallcrm.domain.session import open_crm

    backup, current = backup_then_more_work
    restore_database(backup, current)

    open_crm(current)

    assert [h["name"] for h in search.search("ouyang").hits] == ["欧阳娜娜"]
    assert search.search("诸葛亮").total == 0


def test_a_restore_can_be_undone_by_restoring_the_file_kept_aside(backup_then_more_work: tuple[Path, Path]) -> None:
    backup, current = backup_then_more_work
    aside = restore_database(backup, current)

    restore_database(aside, current)

    assert _names_in(current) == ["张三", "欧阳娜娜", "诸葛亮"]


def test_restoring_a_crashed_apps_file_keeps_what_was_only_in_its_wal(shop: Path, tmp_path: Path) -> None:
    """What a crash leaves: the main file plus a -wal holding committed customers."""
    crashed = tmp_path / "crashed" / "shop.db"
    crashed.parent.mkdir()
    wal = shop.with_name("shop.db-wal")
    assert "欧阳娜娜".encode() in wal.read_bytes() and "欧阳娜娜".encode() not in shop.read_bytes()
    shutil.copyfile(shop, crashed)
    shutil.copyfile(wal, crashed.with_name("shop.db-wal"))
    close_db()

    restore_database(crashed, shop)

    assert _names_in(shop) == ["张三", "欧阳娜娜"]


class _OneSecond(dt.datetime):
    """A clock stuck in one second: two restores in a row get the same time stamp."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _OneSecond:
        return cls(2024, 6, 10, 9, 30, 0)


def test_two_restores_in_one_second_keep_both_replaced_files(
    backup_then_more_work: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup_module, "dt", SimpleNamespace(datetime=_OneSecond))
    backup, current = backup_then_more_work

    first = restore_database(backup, current)
    second = restore_database(backup, current)

    assert first != second
    assert _names_in(first) == ["张三", "欧阳娜娜", "诸葛亮"]
    assert _names_in(second) == ["张三", "欧阳娜娜"]


@pytest.fixture
def not_a_backup(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / "incoming" / "backup.db"
    path.parent.mkdir()
    if request.param == "random bytes":
        path.write_bytes(random.Random(3).randbytes(16_384))
    elif request.param == "another program's database":
        with closing(sqlite3.connect(path)) as con:
            con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
            con.execute("INSERT INTO notes (body) VALUES ('不是备份')")
            con.commit()
    elif request.param == "empty file":
        path.touch()
    # "missing file": nothing is written
    return path


NOT_BACKUPS = ["random bytes", "another program's database", "empty file", "missing file"]


@pytest.mark.parametrize("not_a_backup", NOT_BACKUPS, indirect=True)
def test_restoring_a_file_that_is_not_a_backup_is_refused(shop: Path, not_a_backup: Path) -> None:
    close_db()

    with pytest.raises(UserError, match="backup"):
        restore_database(not_a_backup, shop)


@pytest.mark.parametrize("not_a_backup", NOT_BACKUPS, indirect=True)
def test_restoring_a_file_that_is_not_a_backup_leaves_the_database_untouched(shop: Path, not_a_backup: Path) -> None:
    close_db()
    before = shop.read_bytes()

    with pytest.raises(UserError):
        restore_database(not_a_backup, shop)

    assert shop.read_bytes() == before
    assert sorted(p.name for p in shop.parent.iterdir() if p.name.startswith("shop")) == ["shop.db"]


def test_restoring_the_database_onto_itself_is_refused(shop: Path) -> None:
    close_db()
    before = shop.read_bytes()

    with pytest.raises(UserError, match="in use"):
        restore_database(shop, shop)

    assert shop.read_bytes() == before


# --- rotation of automatic backups --------------------------------------------------------


def _twice_a_day(first: dt.date, last: dt.date, folder: Path) -> list[tuple[dt.datetime, Path]]:
    out = []
    day = first
    while day <= last:
        for hour in (9, 18):
            when = dt.datetime.combine(day, dt.time(hour))
            out.append((when, folder / auto_backup_name(when)))
        day += dt.timedelta(days=1)
    return out


def test_rotation_keeps_the_newest_of_each_of_seven_days_and_four_iso_weeks(tmp_path: Path) -> None:
    backups = _twice_a_day(dt.date(2024, 5, 1), dt.date(2024, 6, 9), tmp_path)  # 80 backups

    pruned = backups_to_prune(backups, RotationPolicy(daily=7, weekly=4))

    kept = sorted({p.name for _, p in backups} - {p.name for p in pruned})
    # Worked out by hand: 2024-06-09 is a Sunday.
    #   days:  the 18:00 backup of 06-03 ... 06-09
    #   weeks: W23 (06-03..06-09) -> 06-09 18:00 (already kept), W22 -> Sun 06-02,
    #          W21 -> Sun 05-26, W20 -> Sun 05-19
    assert kept == [
        "smallcrm-auto-20240519-180000.db",
        "smallcrm-auto-20240526-180000.db",
        "smallcrm-auto-20240602-180000.db",
        "smallcrm-auto-20240603-180000.db",
        "smallcrm-auto-20240604-180000.db",
        "smallcrm-auto-20240605-180000.db",
        "smallcrm-auto-20240606-180000.db",
        "smallcrm-auto-20240607-180000.db",
        "smallcrm-auto-20240608-180000.db",
        "smallcrm-auto-20240609-180000.db",
    ]
    assert len(pruned) == len(set(pruned)) == 70


def test_rotation_counts_days_that_have_a_backup_so_a_holiday_does_not_empty_the_dailies(tmp_path: Path) -> None:
    """Shop closed 05-20..06-02: the seven dailies are the seven latest days with a backup."""
    backups = _twice_a_day(dt.date(2024, 5, 10), dt.date(2024, 5, 19), tmp_path)
    backups += _twice_a_day(dt.date(2024, 6, 3), dt.date(2024, 6, 4), tmp_path)

    pruned = backups_to_prune(backups, RotationPolicy(daily=7, weekly=4))

    kept = sorted({p.name for _, p in backups} - {p.name for p in pruned})
    # days: 06-04, 06-03, 05-19, 05-18, 05-17, 05-16, 05-15 (18:00 each);
    # weeks: W23 -> 06-04, W20 (05-13..05-19) -> 05-19, W19 (05-06..05-12) -> 05-12.
    assert kept == [
        "smallcrm-auto-20240512-180000.db",
        "smallcrm-auto-20240515-180000.db",
        "smallcrm-auto-20240516-180000.db",
        "smallcrm-auto-20240517-180000.db",
        "smallcrm-auto-20240518-180000.db",
        "smallcrm-auto-20240519-180000.db",
        "smallcrm-auto-20240603-180000.db",
        "smallcrm-auto-20240604-180000.db",
    ]


MANUAL_FILES = {
    "before-holiday.db": b"manual backup made from the File menu",
    "smallcrm-auto-20240101-000000.db.txt": b"not an automatic backup name",
    "my-smallcrm-auto-20240101-000000.db": b"a copy the owner renamed",
    "smallcrm-auto-notes.db": b"looks alike, is not one",
}


@pytest.fixture
def backup_folder(shop: Path) -> Path:
    """The backup folder holding one automatic backup a day (18:00) for 05-01..06-09,
    and some files the owner put there by hand."""
    folder = paths.backup_dir()
    folder.mkdir(parents=True)
    for _, path in _twice_a_day(dt.date(2024, 5, 1), dt.date(2024, 6, 9), folder):
        if path.name.endswith("-180000.db"):
            path.write_bytes(b"old automatic backup")
    for name, content in MANUAL_FILES.items():
        (folder / name).write_bytes(content)
    return folder


MONDAY_NOON = dt.datetime(2024, 6, 10, 12, 0, 0)


def test_auto_backup_writes_a_sound_backup_of_the_open_database(backup_folder: Path) -> None:
    made = auto_backup(backup_folder, now=MONDAY_NOON)

    assert made == backup_folder / "smallcrm-auto-20240610-120000.db"
    check_backup_file(made)
    assert _names_in(made) == ["张三", "欧阳娜娜"]


def test_auto_backup_prunes_old_automatic_backups_by_the_policy(backup_folder: Path) -> None:
    auto_backup(backup_folder, now=MONDAY_NOON)

    autos = sorted(p.name for p in backup_folder.iterdir() if p.name not in MANUAL_FILES)
    # 2024-06-10 is a Monday (W24). days: 06-10 (new), 06-09 ... 06-04;
    # weeks: W24 -> new, W23 -> 06-09, W22 -> 06-02, W21 -> 05-26.
    assert autos == [
        "smallcrm-auto-20240526-180000.db",
        "smallcrm-auto-20240602-180000.db",
        "smallcrm-auto-20240604-180000.db",
        "smallcrm-auto-20240605-180000.db",
        "smallcrm-auto-20240606-180000.db",
        "smallcrm-auto-20240607-180000.db",
        "smallcrm-auto-20240608-180000.db",
        "smallcrm-auto-20240609-180000.db",
        "smallcrm-auto-20240610-120000.db",
    ]


def test_auto_backup_never_touches_files_the_owner_put_in_the_folder(backup_folder: Path) -> None:
    auto_backup(backup_folder, now=MONDAY_NOON)

    for name, content in MANUAL_FILES.items():
        assert (backup_folder / name).read_bytes() == content


def test_a_restore_waits_for_a_search_index_build_still_writing_the_file(
    backup_then_more_work: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import's index is written by a thread after its commit; restoring under it
    would leave its last writes in the restored file (or lose them)."""
    import threading
    import time

    from smallcrm.store.sqlite import fts

    backup, current = backup_then_more_work
    finished: list[float] = []
    build = threading.Thread(target=lambda: (time.sleep(0.3), finished.append(time.monotonic())))
    monkeypatch.setattr(fts, "_builds", [build])
    build.start()

    restore_database(backup, current)

    assert finished and finished[0] <= time.monotonic()
    assert not build.is_alive()
