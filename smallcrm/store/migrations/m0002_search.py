"""One-box search: a ``search_text`` column per customer and a trigram index over it.

The column holds the customer's searchable tokens (name pieces, pinyin readings,
phone digits, customer number, address parts), written by ``domain.search`` on every
write. The FTS5 trigram index turns any substring of three or more characters into an
index lookup; triggers keep it in step with the column, so no write can forget it.
SQLite-only (FTS5): on another database this migration would build pg_trgm instead.
Existing rows get an empty column; the domain layer fills it when it opens the file.
"""

from __future__ import annotations

from peewee import Database, TextField
from playhouse.migrate import SchemaMigrator, migrate

NAME = "search index"


def up(db: Database, migrator: SchemaMigrator) -> None:
    migrate(migrator.add_column("customer", "search_text", TextField(default="")))
    db.execute_sql(
        "CREATE VIRTUAL TABLE customer_fts USING fts5("
        "search_text, content='customer', content_rowid='id', tokenize='trigram')"
    )
    db.execute_sql(
        "CREATE TRIGGER customer_fts_ai AFTER INSERT ON customer BEGIN "
        "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    db.execute_sql(
        "CREATE TRIGGER customer_fts_ad AFTER DELETE ON customer BEGIN "
        "INSERT INTO customer_fts(customer_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    )
    db.execute_sql(
        "CREATE TRIGGER customer_fts_au AFTER UPDATE OF search_text ON customer BEGIN "
        "INSERT INTO customer_fts(customer_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    )
    db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")
