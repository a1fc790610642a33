"""Migration 5: reminders made by rules (one per occurrence), festivals, and the
indexes the rules read by."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add, add_customer, column_names, index_columns, upgrade

REMINDER = {"due_date": "2025-03-12", "title": "生日", "kind": "birthday", "status": "open", "origin": "rule"}


def test_a_rules_occurrence_is_made_once_and_manual_reminders_are_as_many_as_wanted(shop_at: Shop) -> None:
    database = shop_at(4)
    add_customer(database, 1)
    add(database, "reminder", customer_id=1, **REMINDER)  # from before the rules: kept, no rule key
    upgrade(database, 5)
    assert {"rule_key", "recur_anchor"} <= set(column_names(database, "reminder"))
    add(database, "reminder", customer_id=1, rule_key="birthday:1:2025-03-12", **REMINDER)
    with pytest.raises(IntegrityError):
        add(database, "reminder", customer_id=1, rule_key="birthday:1:2025-03-12", **REMINDER)
    add(database, "reminder", customer_id=1, **REMINDER)
    assert database.execute_sql("SELECT COUNT(*) FROM reminder WHERE rule_key IS NULL").fetchone()[0] == 2


def test_a_festival_is_kept_by_its_calendar_month_and_day(shop_at: Shop) -> None:
    database = shop_at(5)
    add(database, "festival", name="中秋", calendar="lunar", month=8, day=15, active=1)
    add(database, "festival", name="店庆", calendar="solar", month=6, day=18, active=0)
    rows = database.execute_sql("SELECT name, calendar, month, day, active FROM festival ORDER BY id").fetchall()
    assert rows == [("中秋", "lunar", 8, 15, 1), ("店庆", "solar", 6, 18, 0)]


def test_the_rules_read_purchases_birthdays_and_complaints_through_indexes(shop_at: Shop) -> None:
    database = shop_at(5)
    assert {("customer_id", "date"), ("date", "customer_id")} <= index_columns(database, "purchase")
    assert ("date",) not in index_columns(database, "purchase")
    assert ("birth_month", "birth_day") in index_columns(database, "customer")
    assert ("kind", "status") in index_columns(database, "interaction")
