"""Migration 2: every customer gets a search text, and the trigram index beside them."""

from __future__ import annotations

from tests.store.migrations.conftest import Shop, add_customer, column_names, upgrade


def test_existing_customers_get_an_empty_search_text_and_the_index_answers_needles(shop_at: Shop) -> None:
    database = shop_at(1)
    add_customer(database, 1, name="张三")
    upgrade(database, 2)
    assert "search_text" in column_names(database, "customer")
    assert database.execute_sql("SELECT search_text FROM customer").fetchone() == ("",)
    database.execute_sql("INSERT INTO customer_fts(rowid, search_text) VALUES (1, ' ^张三 ^zhangsan ')")
    found = database.execute_sql("SELECT rowid FROM customer_fts WHERE customer_fts MATCH '\"ngsa\"'").fetchall()
    assert found == [(1,)]
