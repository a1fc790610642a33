"""Upgrading a shop's database: built at the first schema, filled, then migrated.

The rows are written with raw SQL against the first schema, as SmallCRM 1 would have
left them, so nothing here depends on today's models.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from peewee import ForeignKeyField

from smallcrm.errors import UserError
from smallcrm.store import migrations
from smallcrm.store.db import PRAGMAS, close_db, db, open_db
from smallcrm.store.migrations import LATEST
from smallcrm.store.models import ALL_MODELS
from smallcrm.store.sqlite.failures import BUSY_TIMEOUT_S

CUSTOMER_DEFAULTS: dict[str, Any] = {
    "name": "",
    "gender": "",
    "birth_calendar": "solar",
    "birth_leap": 0,
    "phone": "",
    "phone_norm": "",
    "phone2": "",
    "phone2_norm": "",
    "wechat": "",
    "email": "",
    "country": "CN",
    "province": "",
    "city": "",
    "district": "",
    "street": "",
    "postcode": "",
    "occupation": "",
    "income_band": "",
    "family": "",
    "preferences": "",
    "buying_habits": "",
    "source": "",
    "mail_consent": 0,
    "churn_status": "active",
    "churn_reason": "",
    "churn_note": "",
    "notes": "",
    "created_at": "2023-04-01 10:30:00",
    "updated_at": "2023-04-01 10:30:00",
}

SCHEMA1_ROWS: dict[str, list[dict[str, Any]]] = {
    "staff": [
        {"id": 1, "name": "李娜", "phone": "139 0000 1111", "active": 1, "created_at": "2023-03-01 09:00:00"},
        {"id": 2, "name": "王强", "phone": "", "active": 0, "created_at": "2023-03-02 09:00:00"},
    ],
    "import_batch": [
        {
            "id": 1,
            "file_name": "客户名单2023.xlsx",
            "file_hash": "9f86d081884c7d65",
            "kind": "customers",
            "added": 1,
            "updated": 0,
            "skipped": 0,
            "rejected": 1,
            "undo_data": '{"updated": []}',
            "created_at": "2023-05-01 16:00:00",
            "undone_at": None,
        }
    ],
    "customer": [
        CUSTOMER_DEFAULTS
        | {
            "id": 1,
            "customer_no": "C000001",
            "name": "张三丰",
            "gender": "M",
            "birth_year": 1985,
            "birth_month": 3,
            "birth_day": 12,
            "phone": "138 1234 5678",
            "phone_norm": "+8613812345678",
            "wechat": "zhangsf_wx",
            "province": "四川省",
            "city": "成都市",
            "district": "武侯区",
            "street": "人民南路四段12号",
            "postcode": "610041",
            "staff_id": 1,
            "mail_consent": 1,
            "preferences": "喜欢普洱茶，不要花茶",
            "notes": "老客户，春节送礼",
        },
        CUSTOMER_DEFAULTS
        | {
            "id": 2,
            "customer_no": "C000002",
            "name": "欧阳娜娜",
            "gender": "F",
            "birth_calendar": "lunar",
            "birth_month": 8,
            "birth_day": 15,
            "birth_leap": 1,
            "phone2": "021-6666 8888",
            "phone2_norm": "+862166668888",
            "import_batch_id": 1,
            "churn_status": "churned",
            "churn_reason": "competitive",
            "churn_note": "去了对面的茶馆",
            "churned_on": "2024-02-29",
            "created_at": "2023-05-01 16:00:00",
            "updated_at": "2024-02-29 18:45:00",
        },
        CUSTOMER_DEFAULTS
        | {
            "id": 5,
            "customer_no": "VIP-7",
            "name": "Li Wei",
            "email": "li.wei@example.com",
            "deleted_at": "2024-05-01 08:00:00",
        },
    ],
    "tag": [{"id": 1, "name": "VIP"}, {"id": 2, "name": "老客户"}],
    "customer_tag": [
        {"customer_id": 1, "tag_id": 1},
        {"customer_id": 1, "tag_id": 2},
        {"customer_id": 2, "tag_id": 2},
    ],
    "purchase": [
        {
            "id": 1,
            "customer_id": 1,
            "date": "2023-12-31",
            "item": "大红袍 礼盒",
            "category": "茶叶",
            "quantity": 2,
            "amount_cents": 128800,
            "cost_cents": 90050,
            "channel": "门店",
            "note": "春节礼品",
            "import_batch_id": None,
            "created_at": "2023-12-31 15:00:00",
        },
        {
            "id": 2,
            "customer_id": 2,
            "date": "2024-02-29",
            "item": "紫砂壶",
            "category": "茶具",
            "quantity": 1,
            "amount_cents": 1,
            "cost_cents": None,
            "channel": "微信",
            "note": "",
            "import_batch_id": 1,
            "created_at": "2024-02-29 10:00:00",
        },
        {
            "id": 3,
            "customer_id": 5,
            "date": "2024-04-30",
            "item": "退货",
            "category": "",
            "quantity": -1,
            "amount_cents": -4999,
            "cost_cents": 0,
            "channel": "",
            "note": "",
            "import_batch_id": None,
            "created_at": "2024-04-30 11:11:11",
        },
    ],
    "interaction": [
        {
            "id": 1,
            "customer_id": 1,
            "at": "2024-01-05 14:20:00",
            "kind": "complaint",
            "satisfaction": 2,
            "summary": "包装破损，已补发",
            "staff_id": 1,
            "status": "resolved",
            "resolved_at": "2024-01-06 09:00:00",
            "created_at": "2024-01-05 14:25:00",
        },
        {
            "id": 2,
            "customer_id": 2,
            "at": "2024-02-10 10:00:00",
            "kind": "greeting",
            "satisfaction": None,
            "summary": "新年快乐",
            "staff_id": None,
            "status": "",
            "resolved_at": None,
            "created_at": "2024-02-10 10:00:00",
        },
    ],
    "reminder": [
        {
            "id": 1,
            "customer_id": 1,
            "due_date": "2025-03-12",
            "due_time": "",
            "title": "生日问候：张三丰",
            "kind": "birthday",
            "recur_every": 1,
            "recur_unit": "years",
            "status": "open",
            "outcome": "",
            "origin": "birthday",
            "staff_id": 1,
            "created_at": "2024-03-12 08:00:00",
            "done_at": None,
        },
        {
            "id": 2,
            "customer_id": None,
            "due_date": "2024-06-01",
            "due_time": "10:00",
            "title": "盘点库存",
            "kind": "task",
            "recur_every": 0,
            "recur_unit": "",
            "status": "done",
            "outcome": "已完成",
            "origin": "manual",
            "staff_id": 2,
            "created_at": "2024-05-20 09:00:00",
            "done_at": "2024-06-01 11:00:00",
        },
    ],
    "setting": [
        {"key": "shop_name", "value": '"老张茶庄"'},
        {"key": "phone_region", "value": '"CN"'},
    ],
}


def _insert(table: str, row: dict[str, Any]) -> None:
    columns = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    db.execute_sql(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', list(row.values()))


def _snapshot(tables: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as plain dicts, in primary-key order."""
    out = {}
    for table in tables:
        cursor = db.execute_sql(f'SELECT * FROM "{table}" ORDER BY 1, 2')
        names = [d[0] for d in cursor.description]
        out[table] = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return out


SCHEMA1_TABLES = [*SCHEMA1_ROWS, "schema_migration"]


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
                _insert(table, row)
    close_db()
    return path


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

    after = _snapshot([t for t in SCHEMA1_TABLES if t != "schema_migration"])
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


def test_upgrading_adds_the_search_column_and_its_index(schema1_db: Path) -> None:
    open_db(schema1_db)

    assert "search_text" in [c.name for c in db.get_columns("customer")]
    assert "customer_fts" in db.get_tables()


def test_customers_from_the_first_schema_are_found_by_search_after_opening(schema1_db: Path) -> None:
    from smallcrm.domain.customers import search
    from smallcrm.domain.session import open_crm

    open_crm(schema1_db)

    assert [h["id"] for h in search.search("张三丰").hits] == [1]
    assert [h["id"] for h in search.search("zhangsanfeng").hits] == [1]
    assert [h["id"] for h in search.search("66668888").hits] == [2]
    assert [h["id"] for h in search.search("欧阳").hits] == [2]


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


# --- the live models against the migrated schema -------------------------------------

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
    # Indexes SQLite makes itself for a PRIMARY KEY or UNIQUE clause have no SQL.
    return {(tuple(i.columns), i.unique) for i in db.get_indexes(table) if i.sql}


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


@pytest.fixture
def schema10_db(tmp_path: Path) -> Path:
    """A closed shop at schema 10 (the release before names sorted by pinyin), its
    search index current for that release."""
    path = tmp_path / "shop10.db"
    db.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S)
    db.connect()
    migrations.upgrade(db, path, target=10)
    with db.atomic():
        for i, name in enumerate(["丁一", "龚二", "张三", "安娜", "曾小明"], start=1):
            row = {**CUSTOMER_DEFAULTS, "id": i, "customer_no": f"C{i:06d}", "name": name, "search_text": ""}
            _insert("customer", row)
        _insert("setting", {"key": "search_keys_version", "value": "3"})
    close_db()
    return path


def test_upgrading_to_names_sorted_by_pinyin_fills_the_key_of_every_customer(schema10_db: Path) -> None:
    from smallcrm.domain.session import open_crm

    open_crm(schema10_db)

    rows = db.execute_sql("SELECT name, name_sort FROM customer ORDER BY name_sort, name").fetchall()
    assert rows == [
        ("安娜", "an na"),
        ("丁一", "ding yi"),
        ("龚二", "gong er"),
        ("曾小明", "zeng xiao ming"),
        ("张三", "zhang san"),
    ]
    plan = db.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM customer ORDER BY name_sort, name, id").fetchall()
    assert "customer_name_sort_name" in str(plan)
