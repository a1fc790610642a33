"""A shop file brought to a given schema, for the test of the migration that follows."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from peewee import SqliteDatabase

from smallcrm.store import migrations
from tests.store.schema1 import CUSTOMER_DEFAULTS

Shop = Callable[[int], SqliteDatabase]


@pytest.fixture
def shop_at(tmp_path: Path) -> Iterator[Shop]:
    """``shop_at(n)``: a database file at schema ``n``, foreign keys enforced as the app
    enforces them (a peewee database of its own, not the app's)."""
    opened: list[SqliteDatabase] = []

    def make(version: int) -> SqliteDatabase:
        path = tmp_path / "shop.db"
        database = SqliteDatabase(str(path), pragmas={"foreign_keys": 1})
        migrations.upgrade(database, path, target=version)
        opened.append(database)
        return database

    yield make
    for database in opened:
        database.close()


def upgrade(database: SqliteDatabase, version: int) -> None:
    """Apply the migrations up to ``version``, as opening the shop would."""
    migrations.upgrade(database, Path(database.database), target=version)


# What a NOT NULL column the test does not care about holds (the schema's defaults are
# peewee's, written by the app, not SQL defaults a raw INSERT would get).
_BLANK = {"TEXT": "", "VARCHAR": "", "INTEGER": 0, "BOOLEAN": 0, "REAL": 0.0, "DATE": "2024-01-01"}


def add(database: SqliteDatabase, table: str, **row: Any) -> None:
    """INSERT ``row`` raw, every other NOT NULL column given a blank of its type."""
    for column in database.get_columns(table):
        if column.name not in row and not column.null and not column.primary_key and column.default is None:
            row[column.name] = _BLANK.get(column.data_type.split("(")[0].upper(), "2024-01-01 00:00:00")
    columns = ", ".join(f'"{c}"' for c in row)
    database.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" * len(row))})', list(row.values()))


def add_customer(database: SqliteDatabase, customer_id: int, **fields: Any) -> None:
    """A customer as SmallCRM 1 stored one, plus ``fields``."""
    row = {**CUSTOMER_DEFAULTS, "id": customer_id, "customer_no": f"C{customer_id:06d}", **fields}
    add(database, "customer", **row)


def column_names(database: SqliteDatabase, table: str) -> list[str]:
    return [c.name for c in database.get_columns(table)]


def index_columns(database: SqliteDatabase, table: str) -> set[tuple[str, ...]]:
    return {tuple(i.columns) for i in database.get_indexes(table)}
