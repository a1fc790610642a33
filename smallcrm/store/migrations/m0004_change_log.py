"""The customer change log: who changed what on a customer, and when.

One row per changed field (or per event: created, moved to the trash, restored,
merged). Values are kept as the text the owner typed or saw, not as stored columns,
so the history shows '138 1234 5678' and '农历八月十五', never a normalised number or
a birthday split into parts. Rows go with their customer when it is purged for good.
"""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, CharField, Database, DateTimeField, ForeignKeyField, Model, TextField
from playhouse.migrate import SchemaMigrator

NAME = "customer change log"


def up(db: Database, migrator: SchemaMigrator) -> None:
    class Customer(Model):
        id = AutoField()

        class Meta:
            database = db
            table_name = "customer"

    class CustomerChange(Model):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
        at = DateTimeField(default=lambda: dt.datetime.now().replace(microsecond=0))
        actor = CharField(default="")
        action = CharField()
        field = CharField(default="")
        old = TextField(default="")
        new = TextField(default="")

        class Meta:
            database = db
            table_name = "customer_change"

    db.create_tables([CustomerChange])
