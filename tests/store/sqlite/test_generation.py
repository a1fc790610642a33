"""Summaries kept per data generation are served until the data they came from changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.store.db import db
from smallcrm.store.sqlite import generation

pytestmark = pytest.mark.usefixtures("crm")


def test_a_summary_is_served_while_nothing_has_changed() -> None:
    now = generation.current()
    assert isinstance(now, int)
    assert generation.put("stats", now, {"customers": 3, "名": "张三"})
    assert generation.get("stats") == {"customers": 3, "名": "张三"}
    assert generation.get("other") is None


def test_a_write_moves_the_generation_and_the_summary_is_not_served_again() -> None:
    before = generation.current()
    assert generation.put("stats", before, {"customers": 0})
    create_customer({"name": "张三", "phone": "13812345678"})
    assert generation.current() != before
    assert generation.get("stats") is None


def test_a_summary_computed_while_the_data_changed_is_not_stored() -> None:
    computed_at = generation.current()
    create_customer({"name": "李四", "phone": "13912345678"})
    assert not generation.put("stats", computed_at, {"customers": 0})
    assert generation.get("stats") is None


def test_storing_a_new_generations_summary_drops_the_stale_ones() -> None:
    assert generation.put("a", generation.current(), 1)
    create_customer({"name": "王五", "phone": "13712345678"})
    assert generation.put("b", generation.current(), 2)
    keys = [row[0] for row in db.execute_sql("SELECT key FROM summary_cache").fetchall()]
    assert keys == ["b"]


def test_a_file_without_generations_serves_nothing(crm: Path) -> None:
    db.execute_sql("DROP TABLE data_generation")
    assert generation.current() is None
    assert generation.get("stats") is None
    assert not generation.put("stats", 0, {})
