"""``smallcrm stats`` served from the summary kept per data generation (issue 15, point
17): after every kind of write the figures are exactly those of a full recomputation."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm import settings as shop_settings
from smallcrm.domain import demo
from smallcrm.domain.analysis import stats
from smallcrm.domain.customers.commands import (
    assign_staff,
    create_customer,
    delete_customers,
    purge_customers,
    update_customer,
)
from smallcrm.domain.customers.merge import merge_customers, undo_merge
from smallcrm.domain.customers.staff import rename_staff
from smallcrm.domain.records.interactions import add_interaction, delete_interaction
from smallcrm.domain.records.purchases import add_purchase, delete_purchase, edit_purchase
from smallcrm.sheets.importer import ImportOptions, run_import, undo_import
from smallcrm.store.db import db
from smallcrm.store.models import Customer, Interaction, Purchase, Staff
from tests.sheets.conftest import write_csv

TODAY = dt.date(2026, 6, 15)


@pytest.fixture
def shop(crm: Path) -> Path:
    demo.generate(60, seed=3, today=TODAY)
    return crm


def fresh() -> dict[str, Any]:
    return stats.stats(as_of=TODAY, cached=False)


def served() -> dict[str, Any]:
    return stats.stats(as_of=TODAY)


def live_ids(n: int = 3) -> list[int]:
    return [c.id for c in Customer.select(Customer.id).where(Customer.deleted_at.is_null()).order_by(Customer.id)][:n]


def test_a_second_stats_is_served_without_computing_the_analysis_again(
    shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = served()
    assert first == fresh()

    def not_again(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("the analysis was computed again although nothing changed")

    monkeypatch.setattr(stats, "analysis_stats", not_again)
    assert served() == first


def test_the_cached_figures_follow_a_new_purchase(shop: Path) -> None:
    before = served()
    add_purchase(live_ids(1)[0], {"date": TODAY.isoformat(), "amount": "1234.50", "cost": "600", "item": "茶叶"})
    after = served()
    assert after == fresh()
    assert after["revenue_cents"] == before["revenue_cents"] + 123450
    assert after["purchases"] == before["purchases"] + 1


def _import_customers(tmp: Path) -> None:
    rows = [["姓名", "手机", "生日", "收入"]]
    rows += [[f"新客{i}", f"1370000{i:04d}", f"1990-05-0{i % 9 + 1}", "1-2万"] for i in range(12)]
    run_import(write_csv(tmp / "customers.csv", rows), ImportOptions(kind="customers"))


def _import_purchases(tmp: Path, *, bulk: bool = False) -> int:
    phones = [c.phone for c in Customer.select().where(Customer.phone != "").limit(5)]
    rows = [["手机", "日期", "商品", "金额", "成本"]] + [
        [phones[i % len(phones)], (TODAY - dt.timedelta(days=i * 9)).isoformat(), "茶叶", f"{100 + i}", "40"]
        for i in range(30)
    ]
    result = run_import(write_csv(tmp / f"purchases-{bulk}.csv", rows), ImportOptions(kind="purchases"))
    assert result.batch is not None
    return result.batch


def _undo_import(tmp: Path) -> None:
    batch = _import_purchases(tmp)
    assert served() == fresh()  # the cache now holds the import's figures
    undo_import(batch)


def _merge(_tmp: Path) -> None:
    a, b = live_ids(2)
    merge_customers(a, b, force=True)


def _undo_merge(_tmp: Path) -> None:
    a, b = live_ids(2)
    record = merge_customers(a, b, force=True)
    assert served() == fresh()
    undo_merge(record["merge_id"])


def _purge(_tmp: Path) -> None:
    ids = live_ids(2)
    delete_customers(ids)
    assert served() == fresh()
    purge_customers(ids)


def _edit_purchase(_tmp: Path) -> None:
    p = Purchase.select().order_by(Purchase.id).first()
    edit_purchase(p.id, {"amount": "9999", "cost": "1"})


WRITES: dict[str, Callable[[Path], Any]] = {
    "edit a customer": lambda _t: update_customer(live_ids(1)[0], {"birthday": "1950-01-02", "income_band": "2万以上"}),
    "add a customer": lambda _t: create_customer({"name": "新来的", "phone": "13600001111"}, allow_duplicate=True),
    "trash customers": lambda _t: delete_customers(live_ids()),
    "purge customers": _purge,
    "add a purchase": lambda _t: add_purchase(live_ids(1)[0], {"date": TODAY.isoformat(), "amount": "88"}),
    "edit a purchase": _edit_purchase,
    "delete a purchase": lambda _t: delete_purchase(  # a typed line: the counter's are voided, never deleted
        Purchase.select().where(Purchase.sale.is_null()).order_by(Purchase.id.desc()).first().id
    ),
    "add a complaint": lambda _t: add_interaction(live_ids(1)[0], {"kind": "complaint", "summary": "茶叶受潮"}),
    "delete an interaction": lambda _t: delete_interaction(Interaction.select().first().id),
    "rename staff": lambda _t: rename_staff(Staff.select().first().id, "新名字"),
    "assign staff": lambda _t: assign_staff(live_ids(), "小新"),
    "change the tiers' setting": lambda _t: shop_settings.put("tier_high_profit_percent", 35),
    "import customers": _import_customers,
    "import purchases": _import_purchases,
    "undo an import": _undo_import,
    "merge two customers": _merge,
    "undo a merge": _undo_merge,
    "more demo data": lambda _t: demo.generate(10, seed=9, today=TODAY),
}


@pytest.mark.parametrize("write", list(WRITES))
def test_after_every_kind_of_write_stats_equals_a_full_recomputation(shop: Path, tmp_path: Path, write: str) -> None:
    before = served()
    assert before == fresh()
    WRITES[write](tmp_path)
    assert served() == fresh()


def test_the_bulk_import_path_moves_the_generation_too(
    shop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smallcrm.store.sqlite import bulk

    monkeypatch.setattr(bulk, "MIN_ROWS", 1)  # indexes dropped and rebuilt around the load
    before = served()
    _import_purchases(tmp_path, bulk=True)
    after = served()
    assert after == fresh()
    assert after["purchases"] == before["purchases"] + 30


def test_a_write_on_a_worker_threads_connection_is_seen(shop: Path) -> None:
    """The window writes on its write thread, which has a connection of its own."""
    import threading

    before = served()

    def write() -> None:
        add_purchase(live_ids(1)[0], {"date": TODAY.isoformat(), "amount": "1"})
        db.close()

    thread = threading.Thread(target=write)
    thread.start()
    thread.join()
    after = served()
    assert after == fresh()
    assert after["revenue_cents"] == before["revenue_cents"] + 100


def test_a_write_by_another_smallcrm_process_is_seen(shop: Path) -> None:
    import subprocess
    import sys

    before = served()
    subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(shop), "purchase", "add", str(live_ids(1)[0]), "--amount", "2"],
        check=True,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )
    after = served()
    assert after == fresh()
    assert after["revenue_cents"] == before["revenue_cents"] + 200


def test_reminders_made_meanwhile_do_not_cost_the_summary(shop: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily rules write reminders, which the analysis does not read."""
    from smallcrm.domain.reminders.rules import run_rules

    first = served()
    assert run_rules(TODAY)["created"] > 0
    monkeypatch.setattr(stats, "analysis_stats", lambda *_a, **_k: pytest.fail("computed again"))
    assert {k: v for k, v in served().items() if k != "open_reminders"} == {
        k: v for k, v in first.items() if k != "open_reminders"
    }


def test_a_write_while_the_summary_is_computed_keeps_it_from_being_served(
    shop: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The summary computed meanwhile may predate the write: it is not stored."""
    real = stats.analysis_stats

    def with_a_write_meanwhile(as_of: dt.date | None = None, months: int = 12) -> dict[str, Any]:
        result = real(as_of, months)
        db.execute_sql("UPDATE purchase SET amount_cents = amount_cents + 5 WHERE id = (SELECT MIN(id) FROM purchase)")
        return result

    monkeypatch.setattr(stats, "analysis_stats", with_a_write_meanwhile)
    stale = served()
    monkeypatch.setattr(stats, "analysis_stats", real)
    assert served()["revenue_cents"] == stale["revenue_cents"] + 5
    assert served() == fresh()


def test_a_read_only_file_still_gets_its_figures(shop: Path) -> None:
    expected = fresh()
    db.execute_sql("PRAGMA query_only = ON")
    try:
        assert served() == expected
    finally:
        db.execute_sql("PRAGMA query_only = OFF")


def test_another_day_is_computed_for_that_day(shop: Path) -> None:
    served()
    later = stats.stats(as_of=TODAY + dt.timedelta(days=40))
    assert later == stats.stats(as_of=TODAY + dt.timedelta(days=40), cached=False)
    assert later["as_of"] == (TODAY + dt.timedelta(days=40)).isoformat()


OPERATIONS = st.lists(st.sampled_from(sorted(set(WRITES) - {"more demo data", "import customers"})), max_size=4)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=OPERATIONS)
def test_any_sequence_of_writes_with_stats_in_between_matches_a_recomputation(
    shop: Path, tmp_path_factory: pytest.TempPathFactory, writes: list[str]
) -> None:
    tmp = tmp_path_factory.mktemp("writes")
    with db.atomic() as outer:  # each example starts from the same shop
        for write in writes:
            try:
                WRITES[write](tmp)
            except Exception as exc:  # a write the shop's state refuses (no two live customers left...)
                if type(exc).__name__ not in ("UserError", "ValidationError", "ValueError"):
                    raise
            assert served() == fresh()
        outer.rollback()


def test_a_restored_backup_serves_its_own_figures(shop: Path, tmp_path: Path) -> None:
    """The summary lives in the file with the data it was computed from: a backup made
    after stats carries both, and the work done after it goes with the file set aside."""
    from smallcrm.domain.session import open_crm
    from smallcrm.store.db import close_db
    from smallcrm.store.sqlite.backup import copy_database, restore_database

    at_backup = served()
    backup = copy_database(tmp_path / "backup.db")
    add_purchase(live_ids(1)[0], {"date": TODAY.isoformat(), "amount": "500"})
    assert served()["revenue_cents"] == at_backup["revenue_cents"] + 50000
    close_db()
    restore_database(backup, shop)
    open_crm(shop)
    assert served() == at_backup == fresh()


@pytest.mark.usefixtures("crm")
def test_the_status_bar_counts_are_cheap_and_skip_the_trash() -> None:
    from smallcrm.domain.analysis.stats import status_counts
    from smallcrm.domain.reminders.commands import add_reminder

    today = dt.date(2026, 3, 1)
    a = create_customer({"name": "张三"})
    b = create_customer({"name": "李四"})
    add_reminder({"customer": a.id, "title": "今天", "due": today})
    add_reminder({"customer": a.id, "title": "过期", "due": today - dt.timedelta(days=2)})
    add_reminder({"customer": a.id, "title": "明天", "due": today + dt.timedelta(days=1)})
    add_reminder({"customer": b.id, "title": "回收站里的", "due": today})
    add_reminder({"title": "店里的事", "due": today})
    delete_customers([b.id])
    assert status_counts(today) == {"customers": 1, "due_today": 2, "overdue": 1}


def test_the_sums_from_the_analysis_are_every_purchase_line_s(shop: Path) -> None:
    """Revenue and profit come from the analysis' facts now (no second pass over the
    lines): still every line, a trashed customer's, a refund, one after the as-of day
    and one without a cost included, as SQL sums them."""
    a, b = live_ids(2)
    add_purchase(a, {"date": (TODAY + dt.timedelta(days=30)).isoformat(), "amount": "77", "item": "茶叶"})
    add_purchase(b, {"date": TODAY.isoformat(), "amount": "12.50", "refund": True, "cost": "3"})
    delete_customers([b])
    with_analysis, sums_only = stats.stats(as_of=TODAY, cached=False), stats.stats(as_of=TODAY, analysis=False)
    revenue = sum(p.amount_cents for p in Purchase.select())
    cost = sum(p.cost_cents or 0 for p in Purchase.select())
    for figures in (with_analysis, sums_only):
        assert (figures["revenue_cents"], figures["profit_cents"]) == (revenue, revenue - cost)
