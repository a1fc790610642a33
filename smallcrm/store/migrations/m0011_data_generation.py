"""A data generation kept by triggers, and a cache of summaries computed at one
generation (``store.generation``): ``smallcrm stats`` serves its segments, KPIs and
sums from there until customers, purchases, interactions, staff or settings change."""

from __future__ import annotations

from peewee import Database
from playhouse.migrate import SchemaMigrator

NAME = "data generation and summary cache"


def up(db: Database, migrator: SchemaMigrator) -> None:
    db.execute_sql(
        "CREATE TABLE data_generation ("
        "id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL, clean INTEGER NOT NULL)"
    )
    db.execute_sql("INSERT INTO data_generation (id, generation, clean) VALUES (1, 0, 0)")
    db.execute_sql(
        "CREATE TABLE summary_cache (key TEXT NOT NULL PRIMARY KEY, generation INTEGER NOT NULL, value TEXT NOT NULL)"
    )
    # The live definition on purpose: store.generation recreates any of its triggers
    # that a later table rebuild dropped, by these same names and text.
    from smallcrm.store import generation

    generation.create_triggers(db)
