"""Column mappings the owner adjusted in the import wizard, remembered per header set."""

from __future__ import annotations

import datetime as dt

from peewee import CharField, Database, DateTimeField, Model, TextField
from playhouse.migrate import SchemaMigrator

NAME = "remembered import mappings"


def up(db: Database, migrator: SchemaMigrator) -> None:
    class ImportMapping(Model):
        key = CharField(primary_key=True)
        kind = CharField()
        headers = TextField()
        mapping = TextField()
        updated_at = DateTimeField(default=lambda: dt.datetime.now().replace(microsecond=0))

        class Meta:
            database = db
            table_name = "import_mapping"

    db.create_tables([ImportMapping])
