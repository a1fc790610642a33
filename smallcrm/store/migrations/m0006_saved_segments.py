"""Saved segments: a named filter the owner built (``domain.segments``), kept in the
database so a backup carries it and the customer list, reminder rules and mailing
lists can all use it by name."""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, CharField, Database, DateTimeField, Model, TextField
from playhouse.migrate import SchemaMigrator

NAME = "saved segments"


def up(db: Database, migrator: SchemaMigrator) -> None:
    def now() -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    class SavedSegment(Model):
        id = AutoField()
        name = CharField(unique=True)
        definition = TextField()
        note = TextField(default="")
        created_at = DateTimeField(default=now)
        updated_at = DateTimeField(default=now)

        class Meta:
            database = db
            table_name = "saved_segment"

    db.create_tables([SavedSegment])
