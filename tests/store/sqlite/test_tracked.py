"""The data generation moves in the commit of every write to the analysed tables, and
only then (store.sqlite.tracked), whichever way the write is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smallcrm.store.db import db, execute_many
from smallcrm.store.models import Customer, Purchase, Reminder, Setting
from smallcrm.store.sqlite import generation
from smallcrm.store.sqlite.tracked import WATCHED, history_written, written_table


@pytest.fixture
def shop(crm: Path) -> Path:
    Customer.create(name="张三", customer_no="C000001")
    return crm


def moves(write: object) -> bool:
    before = generation.current()
    assert callable(write)
    write()
    return generation.current() != before


def test_a_write_in_a_transaction_moves_the_generation_for_its_own_reads_and_its_commit(shop: Path) -> None:
    before = generation.current()
    assert before is not None
    with db.atomic():
        with db.atomic():  # a savepoint, as in every import chunk
            Customer.create(name="李四", customer_no="C000002")
        inside = generation.current()
        assert inside is not None and inside > before
        Customer.update(city="成都市").execute()
    assert (generation.current() or 0) > inside


def test_a_savepoint_rolled_back_does_not_take_the_move_with_it(shop: Path) -> None:
    """The first write's move sits in an import chunk that is rolled back; the commit
    of the later chunks still moves the generation."""
    before = generation.current()
    with db.atomic():
        with db.atomic() as chunk:
            Customer.create(name="李四", customer_no="C000002")
            chunk.rollback()
        Customer.create(name="王五", customer_no="C000003")
    assert generation.current() != before


def test_an_autocommit_write_moves_it(shop: Path) -> None:
    assert moves(lambda: Customer.update(city="北京市").where(Customer.name == "张三").execute())


def test_executemany_moves_it(shop: Path) -> None:
    template = Customer.insert_many([[None, None]], fields=[Customer.name, Customer.customer_no])
    assert moves(lambda: execute_many(template, [["王五", "C000003"], ["赵六", "C000004"]]))
    with db.atomic():
        assert moves(lambda: None) is False
        execute_many(template, [["钱七", "C000005"]])
    assert generation.current() is not None


def test_reads_and_other_tables_leave_it(shop: Path) -> None:
    assert not moves(lambda: list(Customer.select()))
    assert not moves(lambda: Reminder.create(customer=Customer.get().id, due_date="2026-01-01", title="回访"))
    with db.atomic():
        Reminder.update(title="再回访").execute()
    assert not moves(lambda: None)


def test_a_rolled_back_write_leaves_it(shop: Path) -> None:
    before = generation.current()
    with db.atomic() as txn:
        Customer.update(city="上海市").execute()
        txn.rollback()
    assert generation.current() == before


def test_settings_are_watched(shop: Path) -> None:
    assert moves(lambda: Setting.insert(key="tier_high_profit_percent", value="50").on_conflict_replace().execute())


@pytest.mark.parametrize(
    ("sql", "table"),
    [
        ('INSERT INTO "purchase" ("customer_id") VALUES (?)', "purchase"),
        ('INSERT OR REPLACE INTO "setting" ("key", "value") VALUES (?, ?)', "setting"),
        ("REPLACE INTO setting VALUES (1, 2)", "setting"),
        ('UPDATE "customer" SET "city" = ?', "customer"),
        ('DELETE FROM "interaction" WHERE ("id" = ?)', "interaction"),
        ('WITH "w" AS (SELECT 1) INSERT INTO "reminder" SELECT * FROM "w"', "reminder"),
        ('SELECT "t1"."id" FROM "customer" AS "t1"', None),
        ('WITH "w" AS (SELECT 1) SELECT * FROM "w"', None),
        ("PRAGMA busy_timeout = 5", None),
        ('SAVEPOINT "s1";', None),
    ],
)
def test_the_written_table_is_read_from_the_statement(sql: str, table: str | None) -> None:
    assert written_table(sql) == table


VERBS = ["INSERT INTO", "UPDATE", "DELETE FROM", "insert or ignore into"]


@given(st.sampled_from(sorted(WATCHED)), st.sampled_from(VERBS))
def test_every_kind_of_write_to_a_watched_table_is_recognised(table: str, verb: str) -> None:
    for name in (table, f'"{table}"'):
        assert written_table(f"  {verb} {name} x") == table


# --- the packed history's counters (domain.analysis.history) ---------------------------


def written() -> dict[str, int]:
    return dict(db.execute_sql("SELECT kind, written FROM history_state").fetchall())


@pytest.mark.parametrize(
    ("sql", "kinds"),
    [
        ('INSERT INTO "purchase" ("customer_id") VALUES (?)', ("purchase",)),
        ('UPDATE "interaction" SET "status" = ?', ("interaction",)),
        ('DELETE FROM "customer" WHERE ("id" IN (?))', ("purchase", "interaction")),  # their rows go with them
        ('UPDATE "customer" SET "deleted_at" = ?', ()),  # the trash keeps them
        ('INSERT INTO "setting" ("key", "value") VALUES (?, ?)', ()),
    ],
)
def test_the_history_a_write_makes_stale_is_read_from_the_statement(sql: str, kinds: tuple[str, ...]) -> None:
    table = written_table(sql)
    assert table is not None
    assert history_written(sql, table) == kinds


def test_a_purchase_written_moves_the_purchase_history_in_the_same_transaction(shop: Path) -> None:
    before = written()
    with db.atomic() as txn:
        Purchase.create(customer=Customer.get().id, date="2026-01-01", amount_cents=100)
        assert written() == {**before, "purchase": before["purchase"] + 1}
        txn.rollback()
    assert written() == before
    Purchase.create(customer=Customer.get().id, date="2026-01-01", amount_cents=100)  # autocommit
    assert written() == {**before, "purchase": before["purchase"] + 1}


def test_editing_or_trashing_a_customer_leaves_the_history(shop: Path) -> None:
    before = written()
    Customer.update(city="成都市", deleted_at="2026-01-01 00:00:00").execute()
    assert written() == before
