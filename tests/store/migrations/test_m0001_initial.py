"""The first schema: a new file gets every table, a customer number is unique, and a
purged customer's records go with them while their staff member stays."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add, add_customer
from tests.store.schema1 import SCHEMA1_TABLES


def test_a_new_file_gets_the_first_schemas_tables(shop_at: Shop) -> None:
    database = shop_at(1)
    assert sorted(database.get_tables()) == sorted(SCHEMA1_TABLES)
    assert database.execute_sql("SELECT id, name FROM schema_migration").fetchall() == [(1, "initial")]


def test_two_customers_cannot_share_a_number(shop_at: Shop) -> None:
    database = shop_at(1)
    add_customer(database, 1, customer_no="C1")
    with pytest.raises(IntegrityError):
        add_customer(database, 2, customer_no="C1")


def test_a_purged_customer_takes_their_records_and_leaves_their_staff(shop_at: Shop) -> None:
    database = shop_at(1)
    add(database, "staff", id=1, name="李娜", phone="", active=1, created_at="2023-01-01 09:00:00")
    add_customer(database, 1, staff_id=1)
    add(database, "tag", id=1, name="VIP")
    add(database, "customer_tag", customer_id=1, tag_id=1)
    add(database, "purchase", customer_id=1, date="2023-01-02", item="茶", category="", quantity=1,
        amount_cents=100, channel="", note="", created_at="2023-01-02 10:00:00")  # fmt: skip
    database.execute_sql("DELETE FROM customer WHERE id = 1")
    counts = [database.execute_sql(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("customer_tag", "purchase")]
    assert counts == [0, 0]
    assert database.execute_sql("SELECT COUNT(*) FROM staff").fetchone()[0] == 1
