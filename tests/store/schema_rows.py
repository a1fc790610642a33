"""What sqlite_master holds for the customer table, for tests that check a bulk load
(finished, failed or cancelled) leaves the schema exactly as it was."""

from __future__ import annotations

from smallcrm.store.db import db


def customer_schema(*, indexes_only: bool = True) -> list[tuple[str, str]]:
    """The customer table's (name, sql) rows in sqlite_master.

    By default only its indexes, by name: what a bulk load drops and rebuilds. With
    ``indexes_only=False`` every entry (the table itself, its indexes, anything else named
    for it) in the order SQLite keeps them, so a rolled-back load is seen to leave even
    that order untouched.
    """
    if indexes_only:
        sql = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'customer' ORDER BY name"
    else:
        sql = "SELECT name, sql FROM sqlite_master WHERE tbl_name = 'customer'"
    return db.execute_sql(sql).fetchall()
