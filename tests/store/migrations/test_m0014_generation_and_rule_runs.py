"""Migration 14: one data generation counter, the summaries kept per generation, and
the days the reminder rules ran."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add


def test_the_data_starts_at_generation_zero_with_one_counter_only(shop_at: Shop) -> None:
    database = shop_at(14)
    assert database.execute_sql("SELECT id, generation FROM data_generation").fetchall() == [(1, 0)]
    with pytest.raises(IntegrityError):
        add(database, "data_generation", id=2, generation=0)


def test_a_summary_per_key_and_a_rule_run_per_day(shop_at: Shop) -> None:
    database = shop_at(14)
    add(database, "summary_cache", key="stats", generation=0, value="{}")
    add(database, "rule_run", day="2026-12-07", created=3, ran_at="2026-12-07 08:00:00")
    with pytest.raises(IntegrityError):
        add(database, "summary_cache", key="stats", generation=1, value="{}")
    with pytest.raises(IntegrityError):
        add(database, "rule_run", day="2026-12-07", created=0, ran_at="2026-12-07 09:00:00")
