"""Reminders the app makes itself, and recurring reminders that keep their day.

- ``reminder.rule_key``: which occurrence of which rule made a reminder, e.g.
  ``birthday:12:2026-09-25``; NULL for reminders a person made. Unique, so running the
  rules again (or from two processes at once) can never make a second reminder for the
  same occurrence, and the row stays after it is done or dismissed, so a finished
  reminder is not made again either. A nullable unique column rather than a partial
  unique index on ``origin``: the model can declare it exactly, PostgreSQL allows many
  NULLs in a unique column too, and the next occurrence of a repeating reminder can
  copy ``origin`` without colliding.
- ``reminder.recur_anchor``: the first due date of a repeating series, so that a
  monthly reminder on the 31st comes back on the 31st after a short month instead of
  drifting to the 28th for good (and a yearly one on 29 February returns to the 29th
  in leap years).
- ``festival``: dates the owner adds to greet customers on (the traditional festivals
  are built in, in ``domain.reminders.festivals``).
- Indexes for the rules at 100,000 customers: purchase (customer_id, date), each
  customer's first and last purchase in one seek (re-engagement, new customers, the
  last-purchase column of the reminder list); purchase (date, customer_id) in place
  of the index on date alone, so "who bought in these two weeks" reads the index
  only; customer (birth_month, birth_day), the few whose birthday is near;
  interaction (kind, status), the open complaints.
"""

from __future__ import annotations

import datetime as dt

from peewee import AutoField, BooleanField, CharField, Database, DateField, DateTimeField, IntegerField, Model
from playhouse.migrate import SchemaMigrator, migrate

NAME = "reminder rules"


def up(db: Database, migrator: SchemaMigrator) -> None:
    migrate(
        migrator.add_column("reminder", "rule_key", CharField(null=True, unique=True)),
        migrator.add_column("reminder", "recur_anchor", DateField(null=True)),
        migrator.add_index("purchase", ("customer_id", "date"), False),
        migrator.drop_index("purchase", "purchase_date"),  # replaced by (date, customer_id): same ranges, covering
        migrator.add_index("purchase", ("date", "customer_id"), False),
        migrator.add_index("customer", ("birth_month", "birth_day"), False),
        migrator.add_index("interaction", ("kind", "status"), False),
    )

    class Festival(Model):
        id = AutoField()
        name = CharField()
        calendar = CharField(default="solar")
        month = IntegerField()
        day = IntegerField()
        active = BooleanField(default=True)
        created_at = DateTimeField(default=lambda: dt.datetime.now().replace(microsecond=0))

        class Meta:
            database = db
            table_name = "festival"

    db.create_tables([Festival])
