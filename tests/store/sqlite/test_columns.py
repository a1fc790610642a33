"""Whole integer columns read as texts, aligned row for row; id sets as one parameter."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from peewee import Node, SqliteDatabase, Value

from smallcrm.domain.customers.bulk import insert_customers
from smallcrm.domain.customers.commands import create_customer
from smallcrm.store.models import Customer
from smallcrm.store.sqlite import columns

pytestmark = pytest.mark.usefixtures("crm")


def _numbers(chunks: list[str]) -> list[int]:
    return [int(v) for chunk in chunks for v in chunk.split(",")]


MEMORY = SqliteDatabase(":memory:")


def _evaluate(expr: Node) -> object:
    sql, params = MEMORY.get_sql_context().sql(expr).query()
    return MEMORY.execute_sql("SELECT " + sql, params).fetchone()[0]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)), st.times())
def test_a_date_or_date_time_is_whole_days_since_1970_rounded_down(day: dt.date, time: dt.time) -> None:
    expected = day.toordinal() - dt.date(1970, 1, 1).toordinal()
    assert _evaluate(columns.epoch_day(Value(day.isoformat()))) == expected
    assert _evaluate(columns.epoch_day(Value(dt.datetime.combine(day, time).isoformat(sep=" ")))) == expected


def test_no_date_stays_no_date() -> None:
    assert _evaluate(columns.epoch_day(Value(None))) is None


def test_columns_come_back_aligned_with_nulls_marked() -> None:
    ids = insert_customers(
        [
            {"name": "张三", "phone": "13812345678", "birthday": "1980-05-04"},
            {"name": "李四", "phone": "13912345678"},
        ]
    )
    read = columns.int_columns(Customer, [Customer.id, Customer.birth_year], texts=[(Customer.name, "|")])
    assert _numbers(read[0]) == ids
    assert _numbers(read[1]) == [1980, columns.NULL_INT]
    assert read[2] == ["张三|李四"]


def test_a_table_read_in_ranges_gives_every_row_once(monkeypatch: pytest.MonkeyPatch) -> None:
    ids = insert_customers([{"name": f"客户{i}", "phone": f"138{i:08d}"} for i in range(25)])
    monkeypatch.setattr(columns, "CHUNK_ROWS", 4)
    plan = columns.plan(Customer, [Customer.id], Customer.id > ids[4])
    assert len(plan.queries) == 7
    assert _numbers(columns.run([plan])[0][0]) == ids[5:]


def test_an_empty_table_reads_as_no_chunks() -> None:
    assert columns.int_columns(Customer, [Customer.id]) == [[]]


def test_an_id_set_selects_exactly_those_ids_however_many() -> None:
    ids = insert_customers([{"name": f"客户{i}", "phone": f"138{i:08d}"} for i in range(40)])
    wanted = ids[::3]
    found = [c.id for c in Customer.select(Customer.id).where(Customer.id.in_(columns.ids_select(wanted)))]
    assert sorted(found) == wanted
    assert not Customer.select().where(Customer.id.in_(columns.ids_select([]))).exists()


def test_the_change_stamp_moves_with_a_write() -> None:
    before = columns.change_stamp()
    assert columns.change_stamp() == before
    create_customer({"name": "王五", "phone": "13712345678"})
    assert columns.change_stamp() != before
