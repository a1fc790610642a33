"""Pairs of customers the owner said are two different people, so the duplicates
view stops offering them."""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, Database, DateTimeField, ForeignKeyField, Model
from playhouse.migrate import SchemaMigrator

NAME = "pairs that are not duplicates"


def up(db: Database, migrator: SchemaMigrator) -> None:
    class Customer(Model):
        class Meta:
            database = db
            table_name = "customer"

    class NotDuplicate(Model):
        id = AutoField()
        customer_a = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
        customer_b = ForeignKeyField(Customer, on_delete="CASCADE", backref="+")
        created_at = DateTimeField(default=lambda: dt.datetime.now().replace(microsecond=0))

        class Meta:
            database = db
            table_name = "not_duplicate"
            indexes = ((("customer_a_id", "customer_b_id"), True),)

    db.create_tables([NotDuplicate])
