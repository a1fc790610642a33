"""A data generation and a cache of summaries computed at one generation
(``store.sqlite.generation``): ``smallcrm stats`` serves its sums, segments and KPIs from
there until customers, purchases, interactions, staff or settings change; every
write to those tables moves the generation (``store.sqlite.tracked``). And the days the
reminder rules ran (``domain.reminders.rules``): a run catches up only the days since
the last one, so a first start on years of history makes one day's reminders."""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator

NAME = "data generation, summary cache and reminder rule runs"


def up(db: Database, migrator: SchemaMigrator) -> None:
    db.execute_sql(
        "CREATE TABLE data_generation (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL)"
    )
    db.execute_sql("INSERT INTO data_generation (id, generation) VALUES (1, 0)")
    db.execute_sql(
        "CREATE TABLE summary_cache (key TEXT NOT NULL PRIMARY KEY, generation INTEGER NOT NULL, value TEXT NOT NULL)"
    )
    db.execute_sql(
        "CREATE TABLE rule_run (day DATE NOT NULL PRIMARY KEY, created INTEGER NOT NULL, ran_at DATETIME NOT NULL)"
    )
