"""A consistent copy of a live shop, written whole or not at all, the owner's alone."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from smallcrm.errors import UserError
from smallcrm.store.sqlite import snapshot


@pytest.fixture
def live(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """A WAL database with committed rows still in its -wal file."""
    con = sqlite3.connect(tmp_path / "shop.db")
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    with con:
        con.executemany("INSERT INTO customer (name) VALUES (?)", [(f"客户{i}",) for i in range(500)])
    yield con
    con.close()


def test_the_copy_holds_every_committed_row_in_one_file(live: sqlite3.Connection, tmp_path: Path) -> None:
    ticks: list[tuple[int, int]] = []
    made = snapshot.write_copy(live, tmp_path / "backup.db", progress=lambda done, total: ticks.append((done, total)))
    with closing(sqlite3.connect(made)) as copy:
        assert copy.execute("SELECT COUNT(*), MAX(name) FROM customer").fetchone() == (500, "客户99")
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert ticks == [(1, 1)]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("backup")) == ["backup.db"]


def test_the_copy_is_readable_by_the_owner_only(live: sqlite3.Connection, tmp_path: Path) -> None:
    made = snapshot.write_copy(live, tmp_path / "backups" / "backup.db")
    assert stat.S_IMODE(os.stat(made).st_mode) == 0o600


def test_a_copy_replaces_an_older_one_of_the_same_name(live: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "backup.db").write_text("an old backup")
    made = snapshot.write_copy(live, tmp_path / "backup.db")
    with closing(sqlite3.connect(made)) as copy:
        assert copy.execute("SELECT COUNT(*) FROM customer").fetchone() == (500,)


def test_a_folder_device_or_pipe_is_never_replaced(live: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "a folder").mkdir()
    with pytest.raises(UserError, match="can only replace a file"):
        snapshot.write_copy(live, tmp_path / "a folder")
    with pytest.raises(UserError, match="can only replace a file"):
        snapshot.refuse_special(Path("/dev/null"))


def test_a_copy_that_cannot_be_written_says_why(live: sqlite3.Connection, tmp_path: Path) -> None:
    (tmp_path / "a file").write_text("not a folder")
    with pytest.raises(UserError, match="Cannot write the backup"):
        snapshot.write_copy(live, tmp_path / "a file" / "backup.db")


def test_a_failed_copy_leaves_no_half_written_file(
    live: sqlite3.Connection, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(snapshot, "copy_all", disk_full)
    with pytest.raises(UserError, match="Cannot write the backup: database or disk is full"):
        snapshot.write_copy(live, tmp_path / "backup.db")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("backup")]
