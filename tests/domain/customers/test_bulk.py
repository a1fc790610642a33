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

from smallcrm.domain.customers.bulk import insert_customers, insert_rows
from smallcrm.domain.customers.commands import (
    create_customer,
    delete_customers,
    purge_customers,
)
from smallcrm.domain.customers.lookup import get_customer
from smallcrm.domain.customers.search import search
from smallcrm.errors import ValidationError
from smallcrm.store.db import db
from smallcrm.store.models import BaseModel, Customer, Reminder

pytestmark = pytest.mark.usefixtures("crm")


def count() -> int:
    return Customer.select().count()


class RolledBackError(Exception):
    pass


def stored_names(ids: list[int]) -> list[str]:
    """The name stored under each id, in the order of ``ids`` ('' where none is)."""
    names = dict(Customer.select(Customer.id, Customer.name).tuples())
    return [names.get(i, "") for i in ids]


def test_every_returned_id_is_its_row_after_a_rolled_back_insert() -> None:
    assert insert_customers([{"name": f"老客{i}"} for i in range(5)]) == [1, 2, 3, 4, 5]
    with pytest.raises(RolledBackError), db.atomic():
        insert_customers([{"name": "撤销的"}])
        raise RolledBackError
    purge_customers(delete_customers([5]))  # the highest id gone as well
    rows = [{"name": f"新客{i}"} for i in range(4)]
    ids = insert_customers(rows)
    assert stored_names(ids) == [r["name"] for r in rows]
    assert [hit["id"] for hit in search("新客2").hits] == [ids[2]]  # the search entry names the same row


def test_reminder_ids_are_the_stored_rows() -> None:
    (cid,) = insert_customers([{"name": "张三"}])
    fields = [Reminder.customer, Reminder.title, Reminder.due_date]
    with pytest.raises(RolledBackError), db.atomic():
        insert_rows(Reminder, fields, [[cid, "撤销", dt.date(2030, 1, 1)]])
        raise RolledBackError
    ids = insert_rows(Reminder, fields, [[cid, f"回访{i}", dt.date(2030, 1, i + 1)] for i in range(3)])
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
    assert insert_rows(Ticket, [Ticket.note], [["a"], ["b"], ["c"]]) == [1, 2, 3]
    Ticket.delete().where(Ticket.id == 3).execute()
    ids = insert_rows(Ticket, [Ticket.note], [["d"], ["e"]])
    notes = dict(Ticket.select(Ticket.id, Ticket.note).tuples())
    assert [notes.get(i) for i in ids] == ["d", "e"]
    assert ids == [4, 5]


def test_a_caller_that_needs_no_ids_gets_none() -> None:
    (cid,) = insert_customers([{"name": "张三"}])
    fields = [Reminder.customer, Reminder.title, Reminder.due_date]
    assert insert_rows(Reminder, fields, [[cid, "回访", dt.date(2030, 1, 1)]], returning_ids=False) == []
    assert Reminder.select().count() == 1


def test_bulk_insert_adds_rows_with_numbers_and_search_text() -> None:
    ids = insert_customers([{"name": "张三", "phone": "138 1234 5678"}, {"name": "李四"}])
    assert len(ids) == 2
    assert [get_customer(i).customer_no for i in ids] == ["C000001", "C000002"]
    assert search("zs").hits[0]["id"] == ids[0]


def test_bulk_insert_rejects_a_bad_row_and_inserts_nothing() -> None:
    rows = [{"name": "张三"}, {"name": "李四", "phone": "abc"}, {"name": "王五"}]
    with pytest.raises(ValidationError) as err:
        insert_customers(rows)
    assert err.value.field == "phone"
    assert count() == 0


def test_bulk_insert_rejects_a_row_without_name_or_phone() -> None:
    with pytest.raises(ValidationError):
        insert_customers([{"name": "张三"}, {"city": "成都"}])
    assert count() == 0


def test_bulk_insert_refuses_a_customer_number_already_in_use() -> None:
    create_customer({"name": "张三"})
    with pytest.raises(ValidationError) as err:
        insert_customers([{"name": "李四", "customer_no": "C000001"}])
    assert err.value.field == "customer_no"
    assert count() == 1


def test_bulk_insert_refuses_the_same_customer_number_twice() -> None:
    with pytest.raises(ValidationError):
        insert_customers([{"name": "张三", "customer_no": "A1"}, {"name": "李四", "customer_no": "A1"}])
    assert count() == 0


def test_bulk_insert_does_not_generate_a_number_given_in_a_later_row() -> None:
    ids = insert_customers([{"name": "张三"}, {"name": "李四", "customer_no": "C000001"}])
    numbers = [get_customer(i).customer_no for i in ids]
    assert numbers[1] == "C000001"
    assert numbers[0] != "C000001"


def test_bulk_insert_in_several_chunks_numbers_every_row() -> None:
    ids = insert_customers([{"name": f"客户{i}"} for i in range(7)], chunk=3)
    assert len(ids) == 7
    assert len({get_customer(i).customer_no for i in ids}) == 7
