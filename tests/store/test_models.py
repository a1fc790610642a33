"""The live models: as the latest migration leaves the tables, and what they keep
(exact quantities, timestamps to the second, what goes with a customer who is purged)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from peewee import ForeignKeyField, IntegrityError

from smallcrm.domain.session import open_crm
from smallcrm.store.db import close_db, db, open_db
from smallcrm.store.models import (
    ALL_MODELS,
    Customer,
    CustomerTag,
    Interaction,
    MilliField,
    Purchase,
    Reminder,
    Staff,
    Tag,
    now,
)

FTS_TABLES = {"customer_fts", "customer_fts_config", "customer_fts_data", "customer_fts_docsize", "customer_fts_idx"}


@pytest.fixture(params=["new database", "upgraded from schema 1"])
def migrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[None]:
    """A database at the latest schema, reached both ways a shop can reach it."""
    path = request.getfixturevalue("schema1_db") if request.param != "new database" else tmp_path / "new.db"
    open_db(path)
    yield
    close_db()


def test_every_model_has_a_table_and_every_table_a_model(migrated: None) -> None:
    tables = set(db.get_tables()) - FTS_TABLES
    assert tables == {m._meta.table_name for m in ALL_MODELS}


def _drift(in_db: Any, in_model: Any) -> dict[str, tuple[Any, Any]]:
    """Per table, what the database has and the model has, where they differ."""
    drift = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        found, declared = in_db(table), in_model(model)
        if found != declared:
            drift[table] = (found, declared)
    return drift


def _db_columns(table: str) -> dict[str, tuple[bool, bool]]:
    return {c.name: (c.null, c.primary_key) for c in db.get_columns(table)}


def _model_columns(model: Any) -> dict[str, tuple[bool, bool]]:
    pk_columns = {f.column_name for f in model._meta.get_primary_keys()}
    return {f.column_name: (f.null, f.column_name in pk_columns) for f in model._meta.sorted_fields}


def _db_foreign_keys(table: str) -> set[tuple[str, str, str, str]]:
    return {(fk.column, fk.dest_table, fk.dest_column, fk.on_delete.upper()) for fk in db.get_foreign_keys(table)}


def _model_foreign_keys(model: Any) -> set[tuple[str, str, str, str]]:
    return {
        (f.column_name, f.rel_model._meta.table_name, f.rel_field.column_name, (f.on_delete or "NO ACTION").upper())
        for f in model._meta.sorted_fields
        if isinstance(f, ForeignKeyField)
    }


def _db_indexes(table: str) -> set[tuple[tuple[str, ...], bool]]:
    # Indexes SQLite makes itself for a PRIMARY KEY or UNIQUE clause have no SQL; the
    # partial ones (the counter's, on purchase) are checked on their own below.
    return {(tuple(i.columns), i.unique) for i in db.get_indexes(table) if i.sql and " WHERE " not in i.sql}


def _model_indexes(model: Any) -> set[tuple[tuple[str, ...], bool]]:
    declared = {
        ((f.column_name,), bool(f.unique))
        for f in model._meta.sorted_fields
        if (f.index or f.unique) and not f.primary_key
    }
    return declared | {(tuple(fields), unique) for fields, unique in model._meta.indexes}


def test_models_agree_with_the_migrated_columns_and_their_nullability(migrated: None) -> None:
    assert _drift(_db_columns, _model_columns) == {}


def test_models_agree_with_the_migrated_foreign_keys(migrated: None) -> None:
    assert _drift(_db_foreign_keys, _model_foreign_keys) == {}


def test_models_agree_with_the_migrated_indexes(migrated: None) -> None:
    assert _drift(_db_indexes, _model_indexes) == {}


def test_the_counters_purchase_indexes_cover_only_counter_lines(migrated: None) -> None:
    """An import of history lines (no sale, product or staff) pays nothing for them."""
    partial = {i.name: i.sql for i in db.get_indexes("purchase") if i.sql and " WHERE " in i.sql}
    assert set(partial) == {"purchase_sale", "purchase_product", "purchase_staff_date", "purchase_returns_line"}
    assert all("IS NOT NULL" in sql for sql in partial.values())


# --- what the models keep -------------------------------------------------------------


@pytest.fixture
def shop(db_path: Path) -> Iterator[Path]:
    open_crm(db_path)
    yield db_path
    close_db()


def test_a_quantity_is_kept_exactly_to_the_thousandth(shop: Path) -> None:
    customer = Customer.create(customer_no="C1", name="张三")
    for quantity in (Decimal("1.5"), Decimal("0.001"), Decimal("-2"), 3):
        Purchase.create(customer=customer, date=dt.date(2026, 1, 1), item="茶", quantity=quantity, amount_cents=100)
    stored = [p.quantity for p in Purchase.select().order_by(Purchase.id)]
    assert stored == [Decimal("1.5"), Decimal("0.001"), Decimal("-2"), Decimal("3")]
    raw = [r[0] for r in db.execute_sql("SELECT quantity_milli FROM purchase ORDER BY id").fetchall()]
    assert raw == [1500, 1, -2000, 3000]


def test_a_quantity_finer_than_a_thousandth_is_refused_not_rounded() -> None:
    with pytest.raises(ValueError, match="more than three decimal places"):
        MilliField().db_value(Decimal("0.0005"))
    assert MilliField().db_value(None) is None and MilliField().python_value(None) is None


def test_timestamps_are_wall_clock_time_to_the_second() -> None:
    stamp = now()
    assert stamp.microsecond == 0
    assert abs(stamp - dt.datetime.now()) < dt.timedelta(seconds=2)


def test_two_customers_never_share_a_number(shop: Path) -> None:
    Customer.create(customer_no="C1")
    with pytest.raises(IntegrityError):
        Customer.create(customer_no="C1")


def test_a_purged_customer_takes_their_records_and_leaves_the_staff_and_tags(shop: Path) -> None:
    staff = Staff.create(name="李娜")
    tag = Tag.create(name="VIP")
    customer = Customer.create(customer_no="C1", staff=staff)
    CustomerTag.create(customer=customer, tag=tag)
    Purchase.create(customer=customer, date=dt.date(2026, 1, 1), item="茶", quantity=1, amount_cents=100)
    Interaction.create(customer=customer, at=dt.datetime(2026, 1, 1, 9), kind="call", summary="回访")
    Reminder.create(customer=customer, due_date=dt.date(2026, 2, 1), title="回访", kind="callback")
    customer.delete_instance()
    assert [m.select().count() for m in (CustomerTag, Purchase, Interaction, Reminder)] == [0, 0, 0, 0]
    assert Staff.select().count() == 1 and Tag.select().count() == 1


def test_a_staff_member_who_is_removed_leaves_their_customers_without_one(shop: Path) -> None:
    staff = Staff.create(name="李娜")
    customer = Customer.create(customer_no="C1", staff=staff)
    staff.delete_instance()
    assert Customer.get_by_id(customer.id).staff_id is None
