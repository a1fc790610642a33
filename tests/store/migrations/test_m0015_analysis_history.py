"""Migration 15: the packed purchase days and contacts for the analysis start stale, so
the first analysis builds them; one block per kind and block number."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add, add_customer, upgrade


def test_both_kinds_start_stale(shop_at: Shop) -> None:
    database = shop_at(15)
    rows = database.execute_sql("SELECT kind, written, built FROM history_state ORDER BY kind").fetchall()
    assert rows == [("interaction", 0, -1), ("purchase", 0, -1)]


def test_a_block_once_per_kind_and_number(shop_at: Shop) -> None:
    database = shop_at(15)
    add(database, "history_block", kind="purchase", block=0, data=b"\x00")
    add(database, "history_block", kind="interaction", block=0, data=b"\x00")
    with pytest.raises(IntegrityError):
        add(database, "history_block", kind="purchase", block=0, data=b"\x01")


def test_a_shop_with_purchases_upgrades_with_its_history_stale(shop_at: Shop) -> None:
    database = shop_at(14)
    add_customer(database, 1)
    add(database, "purchase", customer_id=1, date="2026-01-01", amount_cents=100)
    upgrade(database, 15)
    assert database.execute_sql("SELECT COUNT(*) FROM history_block").fetchone() == (0,)
    assert database.execute_sql("SELECT MIN(written <> built) FROM history_state").fetchone() == (1,)
