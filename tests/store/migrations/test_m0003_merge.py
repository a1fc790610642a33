"""Migration 3: merges are recorded, and a merge is final once a customer of it is purged."""

from __future__ import annotations

from tests.store.migrations.conftest import Shop, add, add_customer, upgrade


def test_a_merge_record_goes_when_its_merged_customer_is_purged(shop_at: Shop) -> None:
    database = shop_at(2)
    add_customer(database, 1)
    add_customer(database, 2)
    upgrade(database, 3)
    add(database, "merge_record", kept_id=1, merged_id=2, undo_data="{}", created_at="2024-01-01 10:00:00")
    database.execute_sql("DELETE FROM customer WHERE id = 2")
    assert database.execute_sql("SELECT COUNT(*) FROM merge_record").fetchone()[0] == 0
    assert database.execute_sql("SELECT id FROM customer").fetchall() == [(1,)]
