"""Names sort by their pinyin: a ``name_sort`` column and an index to read it in order.

Sorted by the name itself, SQLite orders Chinese names by code point (丁 before 王,
龚 at the end), while Excel, WPS and a phone's contacts sort them A to Z by pinyin.
The key is the name's usual reading a syllable at a time ('zhang san'), worked out
by ``domain.customers.search`` (pinyin is domain knowledge, which the store layer cannot
import) on every write, as search_text is. The index on (name_sort, name) gives the
list's order, ties by name and then id (the rowid every index entry carries), so the
first page of the list by name is a short walk along it.

Existing rows get an empty key here; the domain layer fills every row when it next
opens the file (domain.session, because search.SEARCH_KEYS_VERSION changed with this
migration), in the same start-up, before anything is listed.
"""

from __future__ import annotations

from peewee import Database, TextField
from playhouse.migrate import SchemaMigrator, migrate

NAME = "names sorted by pinyin"


def up(db: Database, migrator: SchemaMigrator) -> None:
    migrate(
        migrator.add_column("customer", "name_sort", TextField(default="")),
        migrator.add_index("customer", ("name_sort", "name"), False),
    )
