"""Greeting-card mailings (``domain.mailing``): a mailing, its recipients, and the
label sheets the owner measured (``printing.templates``)."""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, CharField, Database, DateTimeField, ForeignKeyField, Model, TextField
from playhouse.migrate import SchemaMigrator

NAME = "greeting-card mailings"


def up(db: Database, migrator: SchemaMigrator) -> None:
    def now() -> dt.datetime:
        return dt.datetime.now().replace(microsecond=0)

    class Customer(Model):  # only the key, for the foreign key
        id = AutoField()

        class Meta:
            database = db
            table_name = "customer"

    class LabelSheet(Model):
        id = AutoField()
        name = CharField(unique=True)
        definition = TextField()
        created_at = DateTimeField(default=now)

        class Meta:
            database = db
            table_name = "label_sheet"

    class Mailing(Model):
        id = AutoField()
        occasion = CharField(default="custom")
        title = CharField(default="")
        template = CharField(default="")
        note = TextField(default="")
        created_at = DateTimeField(default=now)
        sent_at = DateTimeField(null=True)

        class Meta:
            database = db
            table_name = "mailing"

    class MailingRecipient(Model):
        id = AutoField()
        mailing = ForeignKeyField(Mailing, backref="recipients", on_delete="CASCADE")
        customer = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
        name = CharField(default="")
        address = TextField(default="")
        added_at = DateTimeField(default=now)

        class Meta:
            database = db
            table_name = "mailing_recipient"
            indexes = ((("mailing_id", "customer_id"), True),)

    db.create_tables([LabelSheet, Mailing, MailingRecipient])
