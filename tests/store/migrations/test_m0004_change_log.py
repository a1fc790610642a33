"""Migration 4: a customer's history of changes, kept as long as the customer."""

from __future__ import annotations

from tests.store.migrations.conftest import Shop, add, add_customer, upgrade


def test_changes_are_logged_per_customer_and_go_with_them(shop_at: Shop) -> None:
    database = shop_at(3)
    add_customer(database, 1)
    add_customer(database, 2)
    upgrade(database, 4)
    add(database, "customer_change", customer_id=1, at="2024-01-01 10:00:00", action="edited", field="phone")
    add(database, "customer_change", customer_id=2, at="2024-01-01 10:00:00", action="created")
    row = database.execute_sql("SELECT actor, old, new FROM customer_change WHERE customer_id = 1").fetchone()
    assert row == ("", "", "")
    database.execute_sql("DELETE FROM customer WHERE id = 1")
    assert database.execute_sql("SELECT customer_id FROM customer_change").fetchall() == [(2,)]
