"""Store tests share one rule: whatever a test opened, the database is closed after it;
and one shop as SmallCRM 1 left it (``schema1_db``), for the upgrade and model tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smallcrm.store import migrations
from smallcrm.store.db import PRAGMAS, close_db, db
from smallcrm.store.sqlite.failures import BUSY_TIMEOUT_S
from tests.store.schema1 import SCHEMA1_ROWS, SCHEMA1_TABLES, insert


@pytest.fixture(autouse=True)
def _close_db_after_test() -> Iterator[None]:
    yield
    close_db()


@pytest.fixture
def schema1_db(tmp_path: Path) -> Path:
    """A closed database file at the first schema, every table holding rows."""
    path = tmp_path / "shop.db"
    db.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S)
    db.connect()
    migrations.upgrade(db, path, target=1)
    assert sorted(db.get_tables()) == sorted(SCHEMA1_TABLES)
    with db.atomic():
        for table, rows in SCHEMA1_ROWS.items():
            for row in rows:
                insert(table, row)
    close_db()
    return path
