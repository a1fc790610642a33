"""Migration 13: quantities kept as exact thousandths, every old quantity the same."""

from __future__ import annotations

from tests.store.migrations.conftest import Shop, add, add_customer, column_names, upgrade


def test_old_quantities_mean_the_same_in_thousandths(shop_at: Shop) -> None:
    database = shop_at(12)
    add_customer(database, 1)
    for quantity in (2, 1, -1):  # -1: a return
        add(database, "purchase", customer_id=1, date="2024-01-01", item="茶", category="", quantity=quantity,
            amount_cents=100, channel="", note="", created_at="x")  # fmt: skip
    upgrade(database, 13)
    assert "quantity" not in column_names(database, "purchase")
    rows = database.execute_sql("SELECT quantity_milli FROM purchase ORDER BY id").fetchall()
    assert rows == [(2000,), (1000,), (-1000,)]
