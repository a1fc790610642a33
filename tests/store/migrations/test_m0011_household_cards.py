"""Migration 11: a recipient may get one card for the whole household."""

from __future__ import annotations

from tests.store.migrations.conftest import Shop, add, add_customer, upgrade


def test_recipients_from_before_get_a_card_of_their_own(shop_at: Shop) -> None:
    database = shop_at(10)
    add_customer(database, 1)
    add(database, "mailing", id=1, created_at="x")
    add(database, "mailing_recipient", mailing_id=1, customer_id=1, added_at="x")
    upgrade(database, 11)
    assert database.execute_sql("SELECT family FROM mailing_recipient").fetchall() == [(0,)]
