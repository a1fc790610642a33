"""Migration 6: segments the owner saves, each under its own name."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from tests.store.migrations.conftest import Shop, add


def test_a_saved_segment_has_a_name_of_its_own_and_an_empty_note(shop_at: Shop) -> None:
    database = shop_at(6)
    add(database, "saved_segment", name="成都老客户", definition="{}", created_at="x", updated_at="x")
    assert database.execute_sql("SELECT note FROM saved_segment").fetchone() == ("",)
    with pytest.raises(IntegrityError):
        add(database, "saved_segment", name="成都老客户", definition="{}", created_at="x", updated_at="x")
