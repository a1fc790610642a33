"""Upgrading a shop's database: built at the first schema, filled, then migrated.

The rows are written with raw SQL against the first schema, as SmallCRM 1 would have
left them, so nothing here depends on today's models.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from smallcrm.errors import UserError
from smallcrm.store.db import close_db, db, open_db
from smallcrm.store.migrations import LATEST
from tests.store.schema1 import SCHEMA1_TABLES, snapshot


@pytest.fixture
def schema1_contents(schema1_db: Path) -> dict[str, list[dict[str, Any]]]:
    """What the first-schema file holds, read back before any upgrade."""
    tables = {}
    with closing(sqlite3.connect(schema1_db)) as con:
        for table in SCHEMA1_TABLES:
            cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2')
            names = [d[0] for d in cursor.description]
            tables[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    assert all(tables.values()), "every table of the first schema holds rows"
    return tables


# Columns a later migration converts on purpose: (table, column) -> (new column, value).
CONVERTED = {("purchase", "quantity"): ("quantity_milli", lambda v: v * 1000)}  # exact thousandths


def test_upgrading_from_the_first_schema_keeps_every_row_and_value(
    schema1_db: Path, schema1_contents: dict[str, list[dict[str, Any]]]
) -> None:
    open_db(schema1_db)

    after = snapshot([t for t in SCHEMA1_TABLES if t != "schema_migration"])
    for table, rows_after in after.items():
        expected = []
        for row in schema1_contents[table]:
            converted = {}
            for column, value in row.items():
                new_column, convert = CONVERTED.get((table, column), (column, lambda v: v))
                converted[new_column] = convert(value)
            expected.append(converted)
        assert [{c: row[c] for c in expected[0]} for row in rows_after] == expected, table


def test_upgraded_rows_read_back_through_the_models_as_text_money_and_dates(schema1_db: Path) -> None:
    from smallcrm.store.models import Customer, Purchase

    open_db(schema1_db)

    tea = Purchase.get_by_id(1)
    assert (tea.item, tea.amount_cents, tea.cost_cents, tea.date) == (
        "大红袍 礼盒",
        128800,
        90050,
        dt.date(2023, 12, 31),
    )
    assert Purchase.get_by_id(3).amount_cents == -4999
    quantities = [p.quantity for p in Purchase.select().order_by(Purchase.id)]
    assert quantities == [2, 1, -1] and all(isinstance(q, Decimal) for q in quantities)  # a return kept its -1
    nana = Customer.get_by_id(2)
    assert (nana.name, nana.churned_on, nana.birth_leap) == ("欧阳娜娜", dt.date(2024, 2, 29), True)
    assert Customer.get_by_id(5).deleted_at == dt.datetime(2024, 5, 1, 8, 0, 0)


def test_upgrading_records_every_migration(schema1_db: Path) -> None:
    open_db(schema1_db)

    applied = [r[0] for r in db.execute_sql("SELECT id FROM schema_migration ORDER BY id").fetchall()]
    assert applied == list(range(1, LATEST + 1))


def test_a_copy_of_the_first_schema_file_is_kept_before_upgrading(schema1_db: Path) -> None:
    open_db(schema1_db)
    close_db()

    copies = list(schema1_db.parent.glob("shop.schema1-*.db"))
    assert len(copies) == 1
    with closing(sqlite3.connect(f"file:{copies[0]}?mode=ro", uri=True)) as con:
        version = con.execute("SELECT MAX(id) FROM schema_migration").fetchone()[0]
        names = [r[0] for r in con.execute("SELECT name FROM customer ORDER BY id")]
    assert version == 1
    assert names == ["张三丰", "欧阳娜娜", "Li Wei"]


def test_a_new_database_gets_no_copy_before_its_first_migrations(db_path: Path) -> None:
    open_db(db_path)
    close_db()

    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith("shop")) == ["shop.db"]


def test_a_database_from_a_newer_smallcrm_is_refused_and_left_as_it_was(db_path: Path) -> None:
    open_db(db_path)
    db.execute_sql(
        "INSERT INTO schema_migration (id, name, applied_at) VALUES (?, 'future', '2030-01-01 00:00:00')", (LATEST + 1,)
    )
    close_db()
    before = db_path.read_bytes()

    with pytest.raises(UserError, match="newer") as info:
        open_db(db_path)

    assert str(LATEST + 1) in str(info.value)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("shop.schema*"))
