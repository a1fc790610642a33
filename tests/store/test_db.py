"""Opening the shop's database: refusals that change nothing, and the pragmas in force."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from smallcrm.errors import UserError
from smallcrm.store.db import close_db, db, open_db
from smallcrm.store.migrations import LATEST
from smallcrm.store.sqlite.failures import BUSY_TIMEOUT_S


def _side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def _assert_one_sentence(error: UserError, path: Path) -> None:
    text = str(error)
    assert "\n" not in text
    assert text.endswith(".")
    assert str(path) in text


@pytest.fixture
def random_bytes_file(tmp_path: Path) -> Path:
    path = tmp_path / "photo.db"
    path.write_bytes(random.Random(7).randbytes(20_000))
    return path


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "customers.db"
    path.write_text("姓名,电话\n张三,13812345678\n李四,13987654321\n" * 40, encoding="utf-8")
    return path


@pytest.fixture
def other_programs_db(tmp_path: Path) -> Path:
    path = tmp_path / "contacts.db"
    with closing(sqlite3.connect(path)) as con:
        con.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT, phone TEXT)")
        con.execute("INSERT INTO contacts (name, phone) VALUES ('张三', '13812345678')")
        con.commit()
    return path


@pytest.fixture
def damaged_db(tmp_path: Path) -> Path:
    """A SmallCRM database with data whose middle pages were overwritten by garbage."""
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.domain.session import open_crm

    path = tmp_path / "shop.db"
    open_crm(path)
    rows = [{"name": f"顾客{i}", "phone_norm": f"+86138{i:08d}", "street": f"人民路{i}号"} for i in range(600)]
    insert_customers(rows, validate=False)
    page_size = db.execute_sql("PRAGMA page_size").fetchone()[0]
    close_db()
    assert not _side_files(path), "closing checkpointed the WAL into the file"
    pages = path.stat().st_size // page_size
    assert pages > 30
    garbage = random.Random(11)
    with path.open("r+b") as f:
        for page in range(pages // 3, 2 * pages // 3):
            f.seek(page * page_size)
            f.write(garbage.randbytes(page_size))
    return path


@pytest.mark.parametrize("kind", ["random_bytes_file", "text_file"])
def test_a_file_that_is_not_a_database_is_refused_in_one_sentence(kind: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(kind)

    with pytest.raises(UserError, match="not a SmallCRM database") as info:
        open_db(path)

    _assert_one_sentence(info.value, path)


@pytest.mark.parametrize("kind", ["random_bytes_file", "text_file"])
def test_a_file_that_is_not_a_database_is_left_as_it_was(kind: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(kind)
    before = path.read_bytes()

    with pytest.raises(UserError):
        open_db(path)

    assert path.read_bytes() == before
    assert _side_files(path) == []


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "shop.db"
    folder.mkdir()

    with pytest.raises(UserError, match="folder") as info:
        open_db(folder)

    _assert_one_sentence(info.value, folder)
    assert list(folder.iterdir()) == []


def test_another_programs_sqlite_database_is_refused(other_programs_db: Path) -> None:
    with pytest.raises(UserError, match="another program") as info:
        open_db(other_programs_db)

    _assert_one_sentence(info.value, other_programs_db)


def test_another_programs_sqlite_database_is_left_as_it_was(other_programs_db: Path) -> None:
    """Not even switched to WAL: that would rewrite its header for the other program."""
    before = other_programs_db.read_bytes()

    with pytest.raises(UserError):
        open_db(other_programs_db)

    assert other_programs_db.read_bytes() == before
    assert _side_files(other_programs_db) == []


def test_a_damaged_database_is_refused_with_advice_to_restore_a_backup(damaged_db: Path) -> None:
    with pytest.raises(UserError) as info:
        open_db(damaged_db)

    text = str(info.value)
    assert "damaged" in text
    assert "restore" in text
    _assert_one_sentence(info.value, damaged_db)


def test_a_damaged_database_is_left_as_it_was(damaged_db: Path) -> None:
    before = damaged_db.read_bytes()

    with pytest.raises(UserError):
        open_db(damaged_db)

    assert damaged_db.read_bytes() == before


def test_a_missing_file_in_a_missing_folder_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new shop" / "数据" / "shop.db"

    open_db(path)

    assert db.execute_sql("SELECT MAX(id) FROM schema_migration").fetchone()[0] == LATEST


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    """A zero-byte file is what some 'New file' menus leave; it holds nothing to lose."""
    path = tmp_path / "shop.db"
    path.touch()

    open_db(path)

    assert db.execute_sql("SELECT MAX(id) FROM schema_migration").fetchone()[0] == LATEST


@pytest.mark.parametrize(
    ("pragma", "expected"),
    [
        ("journal_mode", "wal"),
        ("foreign_keys", 1),
        ("synchronous", 2),  # FULL
        ("busy_timeout", int(BUSY_TIMEOUT_S * 1000)),
    ],
)
def test_pragmas_in_force_after_opening(db_path: Path, pragma: str, expected: object) -> None:
    open_db(db_path)

    assert db.execute_sql(f"PRAGMA {pragma}").fetchone()[0] == expected


def test_pragmas_in_force_after_opening_an_existing_database(db_path: Path) -> None:
    open_db(db_path)
    close_db()

    open_db(db_path)

    values = [db.execute_sql(f"PRAGMA {p}").fetchone()[0] for p in ("journal_mode", "foreign_keys", "synchronous")]
    assert values == ["wal", 1, 2]


def test_foreign_keys_are_enforced_after_opening(db_path: Path) -> None:
    from peewee import IntegrityError

    open_db(db_path)

    with pytest.raises(IntegrityError):
        db.execute_sql(
            "INSERT INTO purchase (customer_id, date, item, category, quantity_milli, amount_cents, channel, "
            "note, created_at) VALUES (999, '2024-01-01', '', '', 1, 100, '', '', '2024-01-01 00:00:00')"
        )
