"""A card for a whole household: which recipients of a mailing get one addressed to
their family ('张伟 全家') instead of to themselves.

Set when a mailing is made with one card per household and the owner asks for
household cards: the recipient who keeps the card for an address shared with other
customers. Kept per recipient, so printing the same mailing again next week (from
the window or the command line) addresses the same cards the same way."""

from __future__ import annotations

from peewee import BooleanField, Database
from playhouse.migrate import SchemaMigrator, migrate

NAME = "household cards"


def up(db: Database, migrator: SchemaMigrator) -> None:
    migrate(migrator.add_column("mailing_recipient", "family", BooleanField(default=False)))
