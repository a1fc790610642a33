"""Actions on more customers than one SQLite statement may bind parameters.

Python's own SQLite on Windows and macOS allows 32,766 bound parameters a statement
(Debian's allows more), and "select all" in a shop of 100,000 customers names them
all. Here the connection is held to 999, SQLite's old default, with a selection of
1,200: any command that bound one parameter per customer would fail with "too many
SQL variables".
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smallcrm.domain import mailing
from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import (
    assign_staff,
    delete_customers,
    purge_customers,
    restore_customers,
    tag_customers,
)
from smallcrm.domain.reminders.commands import add_follow_ups
from smallcrm.sheets import mailing_list
from smallcrm.sheets.exporter import export_customers
from smallcrm.sheets.importer import run_import, undo_import
from smallcrm.store.db import db
from smallcrm.store.models import Customer, CustomerTag, Reminder
from tests.sheets.conftest import write_csv

MANY = 1200


@pytest.fixture
def everyone(crm: Path) -> Iterator[list[int]]:
    home = {"province": "四川省", "city": "成都市", "postcode": "610041", "mail_consent": True}
    rows = [{"name": f"客户{i}", "street": f"人民南路{i}号", "phone": f"139{i:08d}", **home} for i in range(MANY)]
    ids = insert_customers(rows, validate=False)
    connection = db.connection()
    before = connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    yield ids
    connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)


def test_the_limit_is_real(everyone: list[int]) -> None:
    with pytest.raises(Exception, match="too many SQL variables"):
        list(Customer.select().where(Customer.id.in_(everyone)))


def test_bulk_actions_on_every_customer(everyone: list[int]) -> None:
    assert tag_customers(everyone, "春节") == MANY
    assert CustomerTag.select().count() == MANY
    assert tag_customers(everyone, "春节", remove=True) == MANY
    assert assign_staff(everyone, "小王") == MANY
    assert len(add_follow_ups(everyone, {"title": "回访", "due_date": dt.date(2030, 1, 2)})) == MANY
    assert Reminder.select().count() == MANY
    assert delete_customers(everyone) == everyone
    assert restore_customers(everyone) == everyone
    assert delete_customers(everyone) == everyone
    assert purge_customers(everyone) == MANY


def test_exports_of_every_customer(everyone: list[int], tmp_path: Path) -> None:
    assert export_customers(tmp_path / "all.xlsx", ids=everyone) == MANY
    assert load_workbook(tmp_path / "all.xlsx", read_only=True).active.max_row == MANY + 1


def test_a_mailing_to_every_customer(everyone: list[int], tmp_path: Path) -> None:
    mid, choice = mailing.create_mailing("spring_festival", ids=everyone)
    assert len(choice.included) == MANY
    recipients = mailing.recipient_ids(mid)
    assert len(mailing.people(recipients)) == MANY
    assert mailing_list.export_list(tmp_path / "list.xlsx", recipients) == MANY
    assert mailing_list.export_vcards(tmp_path / "cards.vcf", recipients) == MANY
    assert mailing.mark_sent(mid).greetings == MANY


def test_undoing_an_import_of_many_customers(everyone: list[int], tmp_path: Path) -> None:
    rows = [["姓名", "手机"]] + [[f"新客{i}", f"137{i:08d}"] for i in range(MANY)]
    result = run_import(write_csv(tmp_path / "new.csv", rows))
    assert result.added == MANY
    assert undo_import(result.batch)["customers_removed"] == MANY
    assert Customer.select().count() == MANY
