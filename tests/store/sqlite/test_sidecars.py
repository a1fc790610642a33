"""The files beside a shop: SQLite's own, the copies kept before a restore or an
upgrade, and what a killed copy left half written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from smallcrm.store.sqlite import sidecars


def _touch(folder: Path, *names: str) -> None:
    for name in names:
        (folder / name).write_text("x")


def test_sqlites_own_files_beside_a_shop(tmp_path: Path) -> None:
    assert sidecars.sidecars(tmp_path / "shop.db") == (tmp_path / "shop.db-wal", tmp_path / "shop.db-shm")


def test_the_copies_kept_beside_a_shop_are_found_and_others_are_not(tmp_path: Path) -> None:
    _touch(tmp_path, "shop.before-restore-20261207-101500.db", "shop.schema9-20261201-080000.db", "other.schema1.db")
    found = sorted(p.name for p in sidecars.copies_beside(tmp_path / "shop.db"))
    assert found == ["shop.before-restore-20261207-101500.db", "shop.schema9-20261201-080000.db"]


def test_what_a_killed_copy_left_is_removed_and_a_copy_in_progress_stays(tmp_path: Path) -> None:
    mine = f"shop.schema3-x.db.part-{os.getpid()}"
    _touch(tmp_path, "shop.schema3-x.db.part-99999999", "shop.db.restoring.part-99999999", "shop.db.restoring", mine)
    removed = sorted(p.name for p in sidecars.remove_leftovers(tmp_path / "shop.db"))
    assert removed == ["shop.db.restoring", "shop.db.restoring.part-99999999", "shop.schema3-x.db.part-99999999"]
    assert [p.name for p in tmp_path.iterdir()] == [mine]


def test_the_copies_a_restore_kept_newest_first(tmp_path: Path) -> None:
    _touch(
        tmp_path,
        "shop.before-restore-20261201-090000.db",
        "shop.before-restore-20261207-101500.db",
        "shop.before-restore-20261207-101500-2.db",
        "shop.before-restore-someday.db",
    )
    kept = [p.name for p in sidecars.kept_before_restore(tmp_path / "shop.db")]
    assert kept == [
        "shop.before-restore-20261207-101500-2.db",
        "shop.before-restore-20261207-101500.db",
        "shop.before-restore-20261201-090000.db",
    ]


def test_a_missing_shop_with_a_restores_copy_beside_it_is_not_replaced_by_an_empty_one(tmp_path: Path) -> None:
    sidecars.refuse_missing_after_restore(tmp_path / "shop.db")  # nothing kept: an empty shop may be made
    _touch(tmp_path, "shop.before-restore-20261207-101500.db")
    with pytest.raises(sidecars.MissingAfterRestoreError) as refused:
        sidecars.refuse_missing_after_restore(tmp_path / "shop.db")
    assert refused.value.kept == tmp_path / "shop.before-restore-20261207-101500.db"
    assert "smallcrm restore" in str(refused.value)
