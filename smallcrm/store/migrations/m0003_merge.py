"""Merging duplicate customers, recorded so that a merge can be undone."""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, Database, DateTimeField, ForeignKeyField, Model, TextField
from playhouse.migrate import SchemaMigrator

NAME = "merge history"


def up(db: Database, migrator: SchemaMigrator) -> None:
    class Customer(Model):
        id = AutoField()

        class Meta:
            database = db
            table_name = "customer"

    class MergeRecord(Model):
        id = AutoField()
        kept = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
        merged = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
        undo_data = TextField()
        created_at = DateTimeField(default=lambda: dt.datetime.now().replace(microsecond=0))
        undone_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "merge_record"

    db.create_tables([MergeRecord])
