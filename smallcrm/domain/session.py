"""Opening the shop's database for the domain: storage plus the search index.

The store layer cannot compute search tokens (pinyin is domain knowledge), so after
migrations this fills or rebuilds ``search_text`` when the token rules have changed
since the file was last opened (``SEARCH_KEYS_VERSION``).
"""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from smallcrm import settings
from smallcrm.domain import search
from smallcrm.store.db import open_db


def open_crm(path: str | Path, *, check: bool = True) -> SqliteDatabase:
    database = open_db(path, check=check)
    if settings.get("search_keys_version") != search.SEARCH_KEYS_VERSION:
        with database.atomic():
            search.reindex_all()
            settings.put("search_keys_version", search.SEARCH_KEYS_VERSION)
    return database
