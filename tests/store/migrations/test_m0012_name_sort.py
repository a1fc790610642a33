"""Migration 12: a sort key beside every name, indexed for the list's order (the keys
are filled when the shop is opened: tests/domain/test_session.py)."""

from __future__ import annotations

from tests.store.migrations.conftest import Shop, add_customer, column_names, upgrade


def test_every_customer_gets_a_sort_key_and_the_list_order_uses_its_index(shop_at: Shop) -> None:
    database = shop_at(11)
    add_customer(database, 1, name="张三")
    upgrade(database, 12)
    assert "name_sort" in column_names(database, "customer")
    assert database.execute_sql("SELECT name_sort FROM customer").fetchone() == ("",)
    plan = database.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM customer ORDER BY name_sort, name").fetchall()
    assert "customer_name_sort_name" in str(plan)
