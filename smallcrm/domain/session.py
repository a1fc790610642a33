"""Opening the shop's database for the domain: storage plus the search index.

The store layer cannot compute search tokens (pinyin is domain knowledge), so after
migrations this fills or rebuilds ``search_text`` when the token rules have changed
since the file was last opened (``SEARCH_KEYS_VERSION``).
"""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from smallcrm import settings
from smallcrm.domain.customers import search_text
from smallcrm.errors import QT_TRANSLATE_NOOP, UserError
from smallcrm.store.db import close_db, open_db
from smallcrm.store.models import ALL_MODELS
from smallcrm.store.sqlite import fts
from smallcrm.store.sqlite.fts import _Index

TABLE_MISSING = QT_TRANSLATE_NOOP(
    "UserError",
    "The database is damaged: its table {table} is missing; restore the latest backup with "
    "'smallcrm restore FILE' or from the File menu.",
)


def open_crm(path: str | Path, *, check: bool = True) -> SqliteDatabase:
    database = open_db(path, check=check)
    _check_tables(database, path)
    if settings.get("search_keys_version") != search_text.SEARCH_KEYS_VERSION:
        with database.atomic():
            search_text.reindex_all()
            settings.put("search_keys_version", search_text.SEARCH_KEYS_VERSION)
    # A search index build an import left unfinished (killed, or the power went):
    # finished in the background; search answers for its customers meanwhile.
    fts.build_in_background()
    return database


def _check_tables(database: SqliteDatabase, path: str | Path) -> None:
    """Refuse a file whose migrations say it is complete but that lacks a table (dropped
    by another tool, or a damaged copy): found at open, not half-way through a command
    that has already committed ('customer add' stored the customer, then failed on the
    purchase table while reading its totals back). One query of sqlite_master."""
    present = set(database.get_tables())
    for table in [m._meta.table_name for m in ALL_MODELS] + [_Index._meta.table_name]:
        if table not in present:
            close_db()
            raise UserError(TABLE_MISSING, file=str(path), table=table)
