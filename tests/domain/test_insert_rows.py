"""Bulk inserts return the ids the database gave the rows, never a guess.

The importer, the demo data and the import wizard take these ids to link purchases,
tags and search entries to their customers: one id off and a purchase belongs to the
wrong person, with no error anywhere.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import TextField
from playhouse.sqlite_ext import AutoIncrementField

from smallcrm.domain import customers as cu
from smallcrm.domain.search import search
from smallcrm.store.db import db
from smallcrm.store.models import BaseModel, Customer, Reminder

pytestmark = pytest.mark.usefixtures("crm")


class RolledBackError(Exception):
    pass


def stored_names(ids: list[int]) -> list[str]:
    """The name stored under each id, in the order of ``ids`` ('' where none is)."""
    names = dict(Customer.select(Customer.id, Customer.name).tuples())
    return [names.get(i, "") for i in ids]


def test_every_returned_id_is_its_row_after_a_rolled_back_insert() -> None:
    assert cu.insert_customers([{"name": f"老客{i}"} for i in range(5)]) == [1, 2, 3, 4, 5]
    with pytest.raises(RolledBackError), db.atomic():
        cu.insert_customers([{"name": "撤销的"}])
        raise RolledBackError
    cu.purge_customers(cu.delete_customers([5]))  # the highest id gone as well
    rows = [{"name": f"新客{i}"} for i in range(4)]
    ids = cu.insert_customers(rows)
    assert stored_names(ids) == [r["name"] for r in rows]
    assert [hit["id"] for hit in search("新客2").hits] == [ids[2]]  # the search entry names the same row


def test_reminder_ids_are_the_stored_rows() -> None:
    (cid,) = cu.insert_customers([{"name": "张三"}])
    fields = [Reminder.customer, Reminder.title, Reminder.due_date]
    with pytest.raises(RolledBackError), db.atomic():
        cu.insert_rows(Reminder, fields, [[cid, "撤销", dt.date(2030, 1, 1)]])
        raise RolledBackError
    ids = cu.insert_rows(Reminder, fields, [[cid, f"回访{i}", dt.date(2030, 1, i + 1)] for i in range(3)])
    titles = dict(Reminder.select(Reminder.id, Reminder.title).tuples())
    assert [titles[i] for i in ids] == ["回访0", "回访1", "回访2"]


class Ticket(BaseModel):
    """A table whose ids the database never reuses (AUTOINCREMENT), as a PostgreSQL
    sequence would not: MAX(id)+1 is then not the id the next row gets."""

    id = AutoIncrementField()
    note = TextField()


@pytest.fixture
def tickets(crm: Path) -> Iterator[None]:
    db.create_tables([Ticket])
    yield
    db.drop_tables([Ticket])


@pytest.mark.usefixtures("tickets")
def test_ids_come_from_the_database_not_from_max_id_plus_one() -> None:
    assert cu.insert_rows(Ticket, [Ticket.note], [["a"], ["b"], ["c"]]) == [1, 2, 3]
    Ticket.delete().where(Ticket.id == 3).execute()
    ids = cu.insert_rows(Ticket, [Ticket.note], [["d"], ["e"]])
    notes = dict(Ticket.select(Ticket.id, Ticket.note).tuples())
    assert [notes.get(i) for i in ids] == ["d", "e"]
    assert ids == [4, 5]


def test_a_caller_that_needs_no_ids_gets_none() -> None:
    (cid,) = cu.insert_customers([{"name": "张三"}])
    fields = [Reminder.customer, Reminder.title, Reminder.due_date]
    assert cu.insert_rows(Reminder, fields, [[cid, "回访", dt.date(2030, 1, 1)]], returning_ids=False) == []
    assert Reminder.select().count() == 1
