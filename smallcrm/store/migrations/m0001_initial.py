"""The first schema: customers, staff, tags, purchases, interactions, reminders,
import batches and settings. Frozen here: later changes go in later migrations."""

from __future__ import annotations

import datetime as dt

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    Database,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator

NAME = "initial"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


# One piece: the first schema's frozen models in foreign-key order, then created together.
def up(db: Database, migrator: SchemaMigrator) -> None:
    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Staff(Base):
        id = AutoField()
        name = CharField(unique=True)
        phone = CharField(default="")
        active = BooleanField(default=True)
        created_at = DateTimeField(default=_now)

    class ImportBatch(Base):
        id = AutoField()
        file_name = TextField()
        file_hash = CharField(index=True, default="")
        kind = CharField()
        added = IntegerField(default=0)
        updated = IntegerField(default=0)
        skipped = IntegerField(default=0)
        rejected = IntegerField(default=0)
        undo_data = TextField(default="")
        created_at = DateTimeField(default=_now)
        undone_at = DateTimeField(null=True)

    class Customer(Base):
        id = AutoField()
        customer_no = CharField(unique=True)
        name = CharField(default="", index=True)
        gender = CharField(default="")
        birth_calendar = CharField(default="solar")
        birth_year = IntegerField(null=True)
        birth_month = IntegerField(null=True, index=True)
        birth_day = IntegerField(null=True)
        birth_leap = BooleanField(default=False)
        phone = CharField(default="")
        phone_norm = CharField(default="", index=True)
        phone2 = CharField(default="")
        phone2_norm = CharField(default="", index=True)
        wechat = CharField(default="")
        email = CharField(default="")
        country = CharField(default="CN")
        province = CharField(default="")
        city = CharField(default="")
        district = CharField(default="")
        street = TextField(default="")
        postcode = CharField(default="")
        occupation = CharField(default="")
        income_band = CharField(default="")
        family = TextField(default="")
        preferences = TextField(default="")
        buying_habits = TextField(default="")
        source = CharField(default="")
        staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
        mail_consent = BooleanField(default=False)
        churn_status = CharField(default="active")
        churn_reason = CharField(default="")
        churn_note = TextField(default="")
        churned_on = DateField(null=True)
        notes = TextField(default="")
        import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=_now)
        updated_at = DateTimeField(default=_now)
        deleted_at = DateTimeField(null=True, index=True)

    class Tag(Base):
        id = AutoField()
        name = CharField(unique=True)

    class CustomerTag(Base):
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        tag = ForeignKeyField(Tag, on_delete="CASCADE")

        class Meta:
            primary_key = CompositeKey("customer", "tag")

    class Purchase(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        date = DateField(index=True)
        item = CharField(default="")
        category = CharField(default="")
        quantity = IntegerField(default=1)
        amount_cents = IntegerField(default=0)
        cost_cents = IntegerField(null=True)
        channel = CharField(default="")
        note = TextField(default="")
        import_batch = ForeignKeyField(ImportBatch, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=_now)

    class Interaction(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, on_delete="CASCADE")
        at = DateTimeField(index=True)
        kind = CharField()
        satisfaction = IntegerField(null=True)
        summary = TextField(default="")
        staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
        status = CharField(default="")
        resolved_at = DateTimeField(null=True)
        created_at = DateTimeField(default=_now)

    class Reminder(Base):
        id = AutoField()
        customer = ForeignKeyField(Customer, null=True, on_delete="CASCADE")
        due_date = DateField(index=True)
        due_time = CharField(default="")
        title = TextField()
        kind = CharField(default="callback")
        recur_every = IntegerField(default=0)
        recur_unit = CharField(default="")
        status = CharField(default="open", index=True)
        outcome = TextField(default="")
        origin = CharField(default="manual", index=True)
        staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
        created_at = DateTimeField(default=_now)
        done_at = DateTimeField(null=True)

    class Setting(Base):
        key = CharField(primary_key=True)
        value = TextField()

    class SchemaMigration(Base):
        id = IntegerField(primary_key=True)
        name = CharField()
        applied_at = DateTimeField(default=_now)

    db.create_tables(
        [Staff, ImportBatch, Customer, Tag, CustomerTag, Purchase, Interaction, Reminder, Setting, SchemaMigration]
    )
