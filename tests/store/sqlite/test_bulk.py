"""Bulk loads: indexes rebuilt once at the end, search entries written once at the
end; either way the database afterwards is exactly as if rows were added one by one,
and a failed load leaves it as it was."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from peewee import IntegrityError

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.customers.search import search
from smallcrm.domain.customers.search_text import store_search_text
from smallcrm.store.db import db
from smallcrm.store.models import Customer
from smallcrm.store.sqlite import bulk, fts
from tests.store.schema_rows import customer_schema


def plan(sql: str, *params: object) -> str:
    return " ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params).fetchall())


def test_indexes_are_the_same_after_a_load_and_are_used(crm: Path) -> None:
    before = customer_schema()
    with db.atomic(), bulk.indexes_rebuilt_after(Customer):
        assert "customer_phone_norm" not in plan("SELECT id FROM customer WHERE phone_norm = ?", "+8613800000000")
        insert_customers([{"name": f"客户{i}", "phone": f"138{i:08d}"} for i in range(300)])

    assert customer_schema() == before
    assert "customer_phone_norm" in plan("SELECT id FROM customer WHERE phone_norm = ?", "+8613800000000")
    assert Customer.select().where(Customer.phone_norm == "+8613800000123").get().name == "客户123"
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_customer_number_stays_unique_during_a_load(crm: Path) -> None:
    create_customer({"name": "张三", "customer_no": "C1"})
    with pytest.raises(IntegrityError), db.atomic(), bulk.indexes_rebuilt_after(Customer):
        Customer.insert(name="李四", customer_no="C1").execute()


def test_a_failed_load_leaves_table_and_indexes_as_they_were(crm: Path) -> None:
    create_customer({"name": "张三", "phone": "13800000001"})
    before = customer_schema()
    with pytest.raises(RuntimeError), db.atomic(), bulk.indexes_rebuilt_after(Customer):
        insert_customers([{"name": "李四", "phone": "13800000002"}])
        raise RuntimeError("cancelled midway")

    assert customer_schema() == before
    assert [c.name for c in Customer.select()] == ["张三"]


def test_only_big_loads_into_small_tables_rebuild(crm: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "MIN_ROWS", 100)
    assert not bulk.worth_rebuilding(Customer, 99)  # too few rows to pay for a rebuild
    assert bulk.worth_rebuilding(Customer, 100)  # into an empty table
    insert_customers([{"name": f"客户{i}"} for i in range(150)])
    assert not bulk.worth_rebuilding(Customer, 100)  # fewer than the table holds
    assert bulk.worth_rebuilding(Customer, 150)


def test_deferred_search_entries_are_written_at_the_end(crm: Path) -> None:
    create_customer({"name": "王芳", "city": "成都市"})
    first = Customer.select().count() + 1
    with db.atomic(), fts.deferred_from(first):
        ids = insert_customers([{"name": "张三丰", "city": "成都市"}, {"name": "李四", "city": "重庆市"}])
        assert search("张三丰").total == 0  # not in the index until the load ends
        # A later row of the same file changes an earlier one: its final tokens count.
        Customer.update(name="李思思").where(Customer.id == ids[1]).execute()
        store_search_text(ids[1], {"name": "李思思", "city": "重庆市", "customer_no": "C000003"})

    assert [h["name"] for h in search("张三丰").hits] == ["张三丰"]
    assert [h["id"] for h in search("李思思").hits] == [ids[1]]
    assert search("李四").total == 0
    assert search("成都市").total == 2
    fts.check()  # FTS5's own integrity check: index and column agree


def test_a_failed_deferred_load_indexes_nothing(crm: Path) -> None:
    create_customer({"name": "王芳"})
    with pytest.raises(RuntimeError), db.atomic(), fts.deferred_from(2):
        insert_customers([{"name": "张三丰"}])
        raise RuntimeError("cancelled midway")

    assert search("张三丰").total == 0
    assert Customer.select().count() == 1
    insert_customers([{"name": "张三丰"}])  # indexing works normally after it
    assert search("张三丰").total == 1
    fts.check()


def test_the_search_index_buffers_big_writes(crm: Path) -> None:
    # Migration 10: 8 MB of pending terms before FTS5 writes a segment (1 MB by default).
    row = db.execute_sql("SELECT v FROM customer_fts_config WHERE k = 'hashsize'").fetchone()
    assert row == (8 * 1024 * 1024,)


def test_a_big_insert_is_found_whole_and_a_cancelled_one_leaves_nothing(
    crm: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smallcrm.jobs import Cancelled, CancelToken

    monkeypatch.setattr(bulk, "MIN_ROWS", 5)  # indexes rebuilt, search entries at the end
    before = customer_schema()
    rows = [{"name": f"客户{i}", "phone": f"138{i:08d}", "city": "成都市"} for i in range(10)]
    token = CancelToken()

    def cancel_after_first_chunk(done: int, total: int, message: str = "") -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        insert_customers(rows, chunk=3, progress=cancel_after_first_chunk, cancel=token)
    assert Customer.select().count() == 0 and search("成都市").total == 0
    assert customer_schema() == before

    insert_customers(rows, chunk=3)

    assert search("成都市").total == 10
    assert [h["name"] for h in search("00000007$").hits] == ["客户7"]
    assert customer_schema() == before
    fts.check()


def test_indexes_are_sorted_on_disk_only_where_sqlite_lets_temporary_data_go_there(crm: Path) -> None:
    """Issue 17: an index built in memory holds every key of its table at once, so a
    big load's peak grew with its rows. SQLite lets temporary data move to disk only
    outside a transaction (once it has used any: the opening quick_check has); inside
    one the indexes are simply kept, and the settings are always restored."""

    def setting(name: str) -> int:
        return int(db.execute_sql(f"PRAGMA {name}").fetchone()[0])

    calls = itertools.count()

    def uses_index() -> bool:
        # A text of its own each time: sqlite3 caches statements by their text, and a
        # cached EXPLAIN is not prepared again after the schema changed.
        return "customer_phone_norm" in plan(f"SELECT id, {next(calls)} FROM customer WHERE phone_norm = ?", "+86138")

    before = customer_schema()
    with db.atomic(), bulk.sorts_on_disk():
        assert setting("temp_store") == 2  # in memory, as every connection opens
        with bulk.indexes_sorted_on_disk_after(Customer):
            assert uses_index()

    with bulk.sorts_on_disk():
        assert setting("temp_store") == 1  # in files
        with db.atomic(), bulk.indexes_sorted_on_disk_after(Customer):
            assert not uses_index()
            insert_customers([{"name": f"客户{i}", "phone": f"138{i:08d}"} for i in range(300)])

    assert (setting("temp_store"), setting("cache_size")) == (2, -64 * 1024)
    assert customer_schema() == before
    assert Customer.select().where(Customer.phone_norm == "+8613800000123").get().name == "客户123"

    db.execute_sql("CREATE TEMP TABLE kept (x)")  # moving temporary data would drop it
    with bulk.sorts_on_disk():
        assert setting("temp_store") == 2
    assert db.execute_sql("SELECT count(*) FROM temp.kept").fetchone()[0] == 0
