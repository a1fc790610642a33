"""Migration 16: the counter's products, sales and line columns; every purchase of the
current schema kept as it was, a free-text line still."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add, add_customer, column_names, upgrade


def test_every_purchase_is_kept_value_for_value_with_the_counters_columns_empty(shop_at: Shop) -> None:
    database = shop_at(15)
    add_customer(database, 1)
    lines = [("2024-01-01", "茶", 1500, 6800, 4000), ("2024-02-03", "退货", 1000, -500, None)]
    for day, item, milli, amount, cost in lines:
        add(database, "purchase", customer_id=1, date=day, item=item, category="茶叶", quantity_milli=milli,
            amount_cents=amount, cost_cents=cost, channel="门店", note="n", created_at="2024-01-01")  # fmt: skip
    before = database.execute_sql("SELECT * FROM purchase ORDER BY id").fetchall()
    upgrade(database, 16)
    kept = database.execute_sql(
        "SELECT id, customer_id, date, item, category, quantity_milli, amount_cents, cost_cents, channel, note,"
        " import_batch_id, created_at FROM purchase ORDER BY id"
    ).fetchall()
    assert kept == before  # every value of every line
    counter = database.execute_sql(
        "SELECT sale_id, product_id, unit_price_cents, discount_cents, payment, staff_id, returns_line FROM purchase"
    ).fetchall()
    assert counter == [(None, None, None, 0, "", None, None)] * 2
    assert {"sale_id", "product_id", "staff_id"} <= set(column_names(database, "purchase"))


def test_a_barcode_is_unique_and_a_sale_number_too(shop_at: Shop) -> None:
    database = shop_at(16)
    add(database, "product", name="龙井", barcode="6901", created_at="x", updated_at="x")
    add(database, "product", name="无码", created_at="x", updated_at="x")
    add(database, "product", name="也无码", created_at="x", updated_at="x")  # any number without a barcode
    with pytest.raises(IntegrityError):
        add(database, "product", name="碧螺春", barcode="6901", created_at="x", updated_at="x")
    add(database, "sale", number="20261208-0001", sold_at="2026-12-08 10:00:00", created_at="x")
    with pytest.raises(IntegrityError):
        add(database, "sale", number="20261208-0001", sold_at="2026-12-08 10:00:00", created_at="x")
