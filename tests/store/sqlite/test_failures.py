"""SQLite's failures said in the owner's words, naming the work that holds the shop."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from peewee import DatabaseError, OperationalError

from smallcrm.errors import UserError
from smallcrm.store.sqlite import activity, failures


def test_a_locked_database_is_busy_and_a_damaged_one_is_not() -> None:
    locked = sqlite3.OperationalError("database is locked")
    assert failures.is_busy(locked) and not failures.is_damaged(locked)
    wrapped = OperationalError("database is locked")
    assert failures.is_busy(wrapped)
    damaged = sqlite3.DatabaseError("database disk image is malformed")
    assert failures.is_damaged(damaged) and not failures.is_busy(damaged)
    assert failures.is_damaged(DatabaseError("file is not a database"))
    assert not failures.is_damaged(ValueError("malformed"))  # not SQLite's


def test_a_real_lock_is_recognised_by_its_result_code(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN IMMEDIATE")
    waiter = sqlite3.connect(path, timeout=0)
    with pytest.raises(sqlite3.OperationalError) as caught:
        waiter.execute("INSERT INTO t VALUES (1)")
    holder.execute("ROLLBACK")
    assert failures.is_busy(caught.value)


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        ("file is not a database", "not a SmallCRM database or it is damaged"),
        ("database disk image is malformed", "restore a backup"),
        ("attempt to write a readonly database", "cannot be opened for writing"),
        ("unable to open database file", "check its permissions"),
        ("database or disk is full", "The disk is full or failing"),
        ("disk I/O error", "The disk is full or failing"),
        ("no such savepoint: x", "could not be used: no such savepoint: x"),
    ],
)
def test_each_failure_is_one_sentence_naming_the_file(tmp_path: Path, message: str, sentence: str) -> None:
    error = failures.translate_db_error(sqlite3.OperationalError(message), tmp_path / "shop.db")
    assert isinstance(error, UserError)
    assert sentence in str(error)
    assert error.file == str(tmp_path / "shop.db")


def test_a_users_error_passes_through_as_it_is(tmp_path: Path) -> None:
    mine = UserError("Already explained.")
    assert failures.translate_db_error(mine, tmp_path / "shop.db") is mine


def test_busy_without_another_smallcrm_says_someone_is_writing(tmp_path: Path) -> None:
    error = failures.translate_db_error(sqlite3.OperationalError("database is locked"), tmp_path / "shop.db")
    assert isinstance(error, failures.DatabaseBusyError) and isinstance(error, OperationalError)
    assert str(error).startswith("Another SmallCRM is writing to this shop; try again when it finishes")


@pytest.mark.parametrize(
    ("role", "kind", "detail", "sentence"),
    [
        (activity.COMMAND, activity.IMPORT, "smallcrm import", "Another SmallCRM is importing into this shop"),
        (activity.WINDOW, activity.RESTORE, "", "is restoring a backup into this shop"),
        (activity.COMMAND, activity.UPGRADE, "", "is upgrading this shop's database"),
        (activity.WINDOW, activity.WINDOW, "", "A SmallCRM window is busy writing to this shop"),
        (activity.COMMAND, activity.COMMAND, "smallcrm tag", "Another SmallCRM ('smallcrm tag') is writing"),
        (activity.COMMAND, activity.COMMAND, "", "Another SmallCRM is writing to this shop"),
    ],
)
def test_busy_names_the_work_that_holds_the_shop(
    tmp_path: Path, other_smallcrm: Callable[..., Path], role: str, kind: str, detail: str, sentence: str
) -> None:
    shop = tmp_path / "shop.db"
    other_smallcrm(shop, role, kind, detail)
    assert sentence in str(failures.busy_error(shop))


def test_an_import_is_named_before_a_window_that_also_has_the_shop(
    tmp_path: Path, other_smallcrm: Callable[..., Path]
) -> None:
    shop = tmp_path / "shop.db"
    other_smallcrm(shop, activity.WINDOW, activity.WINDOW, pid=1)  # init lives as long as the machine
    other_smallcrm(shop, activity.COMMAND, activity.IMPORT, "smallcrm import")
    assert [a.kind for a in failures.ranked_others(shop)] == [activity.IMPORT, activity.WINDOW]
    assert "importing" in str(failures.busy_error(shop))
