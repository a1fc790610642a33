"""The SQLite-only half of customer search: the FTS5 trigram index.

``domain.search`` decides what to look for; this module turns it into index lookups.
On another database engine this is the one file to rewrite (pg_trgm).
"""

from __future__ import annotations

from peewee import SQL, Node


def substring_match(needle: str) -> Node:
    """``customer.id IN (...)`` for customers whose search_text contains ``needle``.

    The trigram index answers any needle of three or more characters from the index.
    """
    if len(needle) < 3:
        raise ValueError("the trigram index needs at least three characters")
    phrase = '"' + needle.replace('"', '""') + '"'
    from smallcrm.store.models import Customer

    return Customer.id.in_(SQL("(SELECT rowid FROM customer_fts WHERE customer_fts MATCH ?)", [phrase]))


def rebuild() -> None:
    """Re-read every search_text into the index (after a bulk change bypassing triggers)."""
    from smallcrm.store.db import db

    db.execute_sql("INSERT INTO customer_fts(customer_fts) VALUES ('rebuild')")
