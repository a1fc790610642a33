"""Opening the shop for the domain: the storage, then the search index made current
for this version's token rules, and a file that lacks a table refused at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from smallcrm import settings
from smallcrm.domain.customers import search
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.search_text import SEARCH_KEYS_VERSION
from smallcrm.domain.session import open_crm
from smallcrm.errors import UserError
from smallcrm.store import migrations
from smallcrm.store.db import PRAGMAS, close_db, db
from smallcrm.store.sqlite.failures import BUSY_TIMEOUT_S
from tests.store.schema1 import CUSTOMER_DEFAULTS, SCHEMA1_ROWS, insert


@pytest.fixture(autouse=True)
def _closed_after() -> Iterator[None]:
    yield
    close_db()


def _shop_at(path: Path, version: int, rows: dict[str, list[dict[str, object]]]) -> Path:
    """A closed shop file at schema ``version`` holding ``rows`` (raw SQL, no models)."""
    db.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_S)
    db.connect()
    migrations.upgrade(db, path, target=version)
    with db.atomic():
        for table, table_rows in rows.items():
            for row in table_rows:
                insert(table, dict(row))
    close_db()
    return path


def test_customers_from_the_first_schema_are_found_by_search_after_opening(tmp_path: Path) -> None:
    open_crm(_shop_at(tmp_path / "shop.db", 1, SCHEMA1_ROWS))

    assert [h["id"] for h in search.search("张三丰").hits] == [1]
    assert [h["id"] for h in search.search("zhangsanfeng").hits] == [1]
    assert [h["id"] for h in search.search("66668888").hits] == [2]
    assert [h["id"] for h in search.search("欧阳").hits] == [2]
    assert settings.get("search_keys_version") == SEARCH_KEYS_VERSION


def test_upgrading_to_names_sorted_by_pinyin_fills_the_key_of_every_customer(tmp_path: Path) -> None:
    """Schema 10 is the release before names sorted by pinyin (migration 12 adds the
    column; opening the shop fills it, because the token rules' version moved)."""
    customers = [
        {**CUSTOMER_DEFAULTS, "id": i, "customer_no": f"C{i:06d}", "name": name, "search_text": ""}
        for i, name in enumerate(["丁一", "龚二", "张三", "安娜", "曾小明"], start=1)
    ]
    shop = _shop_at(
        tmp_path / "shop10.db", 10, {"customer": customers, "setting": [{"key": "search_keys_version", "value": "3"}]}
    )

    open_crm(shop)

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


def test_a_current_index_is_not_rebuilt_at_every_opening(db_path: Path) -> None:
    open_crm(db_path)
    create_customer({"name": "张三", "phone": "13812345678"})
    db.execute_sql("UPDATE customer SET search_text = ' ^kept '")  # what a rebuild would replace
    close_db()
    open_crm(db_path)
    assert db.execute_sql("SELECT search_text FROM customer").fetchone()[0] == " ^kept "


def test_a_shop_that_lacks_a_table_is_refused_with_the_way_back(db_path: Path) -> None:
    open_crm(db_path)
    db.execute_sql("DROP TABLE purchase")
    close_db()
    with pytest.raises(UserError, match="its table purchase is missing; restore the latest backup") as refused:
        open_crm(db_path)
    assert refused.value.file == str(db_path)
    assert db.is_closed()
