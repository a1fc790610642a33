"""Migration 9: greeting-card mailings, their recipients and the owner's label sheets."""

from __future__ import annotations

import pytest
from peewee import IntegrityError, SqliteDatabase

from tests.store.migrations.conftest import Shop, add, add_customer, upgrade


@pytest.fixture
def mailing(shop_at: Shop) -> SqliteDatabase:
    """The database at schema 9 with one mailing to one customer."""
    database = shop_at(8)
    add_customer(database, 1, name="张三")
    upgrade(database, 9)
    add(database, "mailing", id=1, created_at="2025-01-01 09:00:00")
    add(database, "mailing_recipient", mailing_id=1, customer_id=1, name="张三", address="成都市", added_at="x")
    return database


def test_a_mailing_is_unsent_until_it_has_a_sending_time(mailing: SqliteDatabase) -> None:
    assert mailing.execute_sql("SELECT sent_at FROM mailing").fetchone() == (None,)
    mailing.execute_sql("UPDATE mailing SET sent_at = '2025-01-20 10:00:00'")
    assert mailing.execute_sql("SELECT sent_at FROM mailing").fetchone() == ("2025-01-20 10:00:00",)


def test_a_customer_is_on_a_mailing_once(mailing: SqliteDatabase) -> None:
    with pytest.raises(IntegrityError):
        add(mailing, "mailing_recipient", mailing_id=1, customer_id=1, added_at="x")


def test_a_purged_customer_stays_on_a_mailing_by_name_and_address(mailing: SqliteDatabase) -> None:
    mailing.execute_sql("DELETE FROM customer WHERE id = 1")
    assert mailing.execute_sql("SELECT customer_id, name, address FROM mailing_recipient").fetchall() == [
        (None, "张三", "成都市")
    ]
    mailing.execute_sql("DELETE FROM mailing WHERE id = 1")
    assert mailing.execute_sql("SELECT COUNT(*) FROM mailing_recipient").fetchone()[0] == 0


def test_a_label_sheet_has_a_name_of_its_own(mailing: SqliteDatabase) -> None:
    add(mailing, "label_sheet", name="我的标签", definition="{}", created_at="x")
    with pytest.raises(IntegrityError):
        add(mailing, "label_sheet", name="我的标签", definition="{}", created_at="x")
