"""Migration 10: the search index buffers 8 MB of terms before it writes a segment."""

from __future__ import annotations

from smallcrm.store.migrations.m0010_search_buffer import HASHSIZE
from tests.store.migrations.conftest import Shop


def test_the_index_write_buffer_is_eight_megabytes(shop_at: Shop) -> None:
    database = shop_at(10)
    row = database.execute_sql("SELECT v FROM customer_fts_config WHERE k = 'hashsize'").fetchone()
    assert row == (HASHSIZE,) == (8 * 1024 * 1024,)
