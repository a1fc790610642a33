"""Migration 8: pairs the owner said are two people, once each, gone with either."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add, add_customer, upgrade


def test_a_pair_is_kept_once_and_goes_with_either_customer(shop_at: Shop) -> None:
    database = shop_at(7)
    for i in (1, 2, 3):
        add_customer(database, i)
    upgrade(database, 8)
    add(database, "not_duplicate", customer_a_id=1, customer_b_id=2, created_at="x")
    add(database, "not_duplicate", customer_a_id=1, customer_b_id=3, created_at="x")
    with pytest.raises(IntegrityError):
        add(database, "not_duplicate", customer_a_id=1, customer_b_id=2, created_at="x")
    database.execute_sql("DELETE FROM customer WHERE id = 3")
    assert database.execute_sql("SELECT customer_a_id, customer_b_id FROM not_duplicate").fetchall() == [(1, 2)]
