"""The purchase days and contacts kept packed for the analysis (analysis.history): after
any sequence of the writes a shop makes (purchases and refunds added, edited, deleted;
contacts added, resolved, deleted; customers merged and the merge undone, trashed,
restored, purged; a purchase file imported and the import undone), the blocks are
either stale or exactly what the lines give, and the analysis read from them is the
analysis read from the lines. The everyday writes keep the blocks right, so the next
analysis need not read the lines."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.analysis import facts, history
from smallcrm.domain.analysis import segments as seg
from smallcrm.domain.analysis.result import analyse
from smallcrm.domain.customers.commands import create_customer, delete_customers, purge_customers, restore_customers
from smallcrm.domain.customers.merge import last_merge_id, merge_customers, undo_merge
from smallcrm.domain.records import interactions, purchases
from smallcrm.domain.session import open_crm
from smallcrm.errors import UserError
from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.sheets.importer.history import undo_import
from smallcrm.store.db import close_db
from smallcrm.store.models import Customer, ImportBatch, Interaction, Purchase
from tests.sheets.conftest import write_csv

AS_OF = dt.date(2026, 6, 15)
DAY = st.integers(-500, 20).map(lambda d: AS_OF + dt.timedelta(days=d))
WHO = st.integers(0, 7)  # a customer, by position among those made (modulo)
WHICH = st.integers(0, 50)  # a purchase or contact, by position among those stored (modulo)

EVERYDAY = st.one_of(
    st.tuples(
        st.just("buy"), WHO, DAY, st.sampled_from([0, 1, 880, 12_345]), st.one_of(st.none(), st.integers(0, 9_000)),
        st.booleans(),  # a refund
    ),
    st.tuples(st.just("edit purchase"), WHICH, DAY, st.sampled_from([1, 500, 99_900])),
    st.tuples(st.just("refund"), WHICH),
    st.tuples(st.just("delete purchase"), WHICH),
    st.tuples(
        st.just("contact"), WHO, DAY, st.sampled_from(history.INTERACTION_KINDS),
        st.one_of(st.none(), st.integers(1, 5)),
    ),
    st.tuples(st.just("resolve"), WHICH),
    st.tuples(st.just("reopen"), WHICH),
    st.tuples(st.just("delete contact"), WHICH),
    st.tuples(st.just("merge"), WHO, WHO),
    st.tuples(st.just("undo merge")),
)  # fmt: skip
OTHERS = st.one_of(
    st.tuples(st.just("trash"), WHO),
    st.tuples(st.just("restore"), WHO),
    st.tuples(st.just("purge"), WHO),
    st.tuples(st.just("new customer")),
    st.tuples(
        st.just("import"),
        st.lists(st.tuples(WHO, DAY, st.sampled_from(["12.50", "-3", "0", "880"])), min_size=1, max_size=6),
    ),
    st.tuples(st.just("undo import")),
)  # fmt: skip


@pytest.fixture(autouse=True)
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two customer ids a block, so that a write which rebuilds the wrong customers'
    blocks shows (at the real size every customer here would share one block)."""
    monkeypatch.setattr(history, "BLOCK", 2)


@pytest.fixture
def shops(crm: Path, template_db: Path, tmp_path: Path) -> Iterator[Callable[[], list[int]]]:
    """``shops()``: a fresh shop with five customers (a new file each time: the writes
    commit, as the commands do), its blocks built by a first analysis."""
    numbers = itertools.count()

    def make() -> list[int]:
        path = tmp_path / f"shop{next(numbers)}.db"
        shutil.copy(template_db, path)
        open_crm(path).execute_sql("PRAGMA synchronous = OFF")
        ids = [create_customer({"name": f"客户{i}"}).id for i in range(5)]
        facts.load_facts(AS_OF)
        return ids

    yield make
    close_db()


def _nth(model: Any, which: int) -> Any:
    rows = list(model.select().order_by(model.id))
    return rows[which % len(rows)] if rows else None


def apply(op: tuple[Any, ...], ids: list[int], tmp_path: Path) -> None:
    """One write through the command the window and the CLI use; a refusal (a merge of
    a customer in the trash, say) changes nothing and is fine."""
    name, *args = op
    who = (lambda i: ids[i % len(ids)]) if ids else (lambda i: 0)
    try:
        if name == "buy":
            customer, day, amount, cost, refund = args
            data = {"date": day, "amount": str(amount), "cost_cents": cost, "refund": refund}
            purchases.add_purchase(who(customer), data)
        elif name == "edit purchase" and (p := _nth(Purchase, args[0])):
            purchases.edit_purchase(p.id, {"date": args[1], "amount_cents": args[2]})
        elif name == "refund" and (p := _nth(Purchase, args[0])):
            purchases.edit_purchase(p.id, {"refund": True})
        elif name == "delete purchase" and (p := _nth(Purchase, args[0])):
            purchases.delete_purchase(p.id)
        elif name == "contact":
            customer, day, kind, sat = args
            at = dt.datetime.combine(day, dt.time(10, 0))
            data = {"at": at, "kind": kind, "satisfaction": sat, "status": "open" if kind == "complaint" else ""}
            interactions.add_interaction(who(customer), data)
        elif name in ("resolve", "reopen") and (i := _nth(Interaction, args[0])):
            interactions.edit_interaction(i.id, {"status": "resolved" if name == "resolve" else "open"})
        elif name == "delete contact" and (i := _nth(Interaction, args[0])):
            interactions.delete_interaction(i.id)
        elif name == "merge":
            merge_customers(who(args[0]), who(args[1]), force=True)
        elif name == "undo merge" and (merge := last_merge_id()):
            undo_merge(merge)
        elif name in ("trash", "restore", "purge"):
            {"trash": delete_customers, "restore": restore_customers, "purge": purge_customers}[name]([who(args[0])])
        elif name == "new customer":
            ids.append(create_customer({"name": f"新客户{len(ids)}"}).id)
        elif name == "import":
            numbers = dict(Customer.select(Customer.id, Customer.customer_no).tuples())
            rows = [["客户编号", "日期", "金额"]] + [[numbers.get(who(c), "C999"), d, a] for c, d, a in args[0]]
            path = write_csv(tmp_path / f"import{len(rows)}.csv", rows)
            run_import(path, ImportOptions(kind="purchases", force=True))
        elif name == "undo import" and (batch := ImportBatch.select().order_by(ImportBatch.id.desc()).first()):
            undo_import(batch.id)
    except UserError:
        pass


def from_lines() -> dict[str, bytes]:
    """The records a rebuild makes from the lines now."""
    (p_lines, _), (i_lines, _) = facts._read_all(facts._purchase_read(), facts._interaction_read())
    return {
        history.PURCHASE: facts._purchase_records(p_lines).tobytes(),
        history.INTERACTION: facts._contact_records(i_lines).tobytes(),
    }


def analysis_of(monkeypatch: pytest.MonkeyPatch, *, lines: bool) -> Any:
    """The analysis as of AS_OF: everything a screen shows, from the blocks or the lines."""
    with monkeypatch.context() as m:
        if lines:
            read = history.read
            m.setattr(history, "read", lambda kinds=history.KINDS: {k: (w, None) for k, (w, _) in read(kinds).items()})
            m.setattr(history, "store", lambda *args: False)
        result = analyse(AS_OF)
        f = result.facts
        series = {
            name: (s.cust.tolist(), s.day.tolist(), {k: (v.dtype.str, v.tolist()) for k, v in s.values.items()})
            for name in ("days", "buys", "contacts", "complaints", "resolutions", "scores")
            for s in [getattr(f, name)]
        }
        return {
            "ids": f.ids.tolist(),
            "known": f.known.tolist(),
            "series": series,
            "segments": seg.summary(result),
            "kpis": result.kpis(12).as_dict(),
        }


def built() -> dict[str, bool]:
    return {kind: written == done for kind, (written, done) in history.states().items()}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(EVERYDAY, min_size=1, max_size=12))
def test_everyday_writes_keep_the_blocks_right_and_equal_to_the_lines(
    shops: Callable[[], list[int]], tmp_path: Path, ops: list[tuple[Any, ...]]
) -> None:
    ids = shops()
    for op in ops:
        apply(op, ids, tmp_path)
        assert built() == {history.PURCHASE: True, history.INTERACTION: True}, op
        kept = history.read()
        assert {kind: data for kind, (_, data) in kept.items()} == from_lines(), op


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(st.one_of(EVERYDAY, OTHERS), min_size=1, max_size=10))
def test_after_any_writes_the_analysis_from_the_blocks_is_the_analysis_from_the_lines(
    shops: Callable[[], list[int]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ops: list[tuple[Any, ...]]
) -> None:
    ids = shops()
    for op in ops:
        apply(op, ids, tmp_path)
        for kind, (_, data) in history.read().items():
            assert data is None or data == from_lines()[kind], op
    from_the_lines = analysis_of(monkeypatch, lines=True)
    assert analysis_of(monkeypatch, lines=False) == from_the_lines  # builds what is stale
    assert built() == {history.PURCHASE: True, history.INTERACTION: True}
    assert analysis_of(monkeypatch, lines=False) == from_the_lines  # from the blocks alone


def test_an_import_leaves_the_blocks_stale_and_the_next_analysis_builds_them(
    shops: Callable[[], list[int]], tmp_path: Path
) -> None:
    ids = shops()
    apply(("import", [(0, AS_OF, "12.50"), (1, AS_OF, "880")]), ids, tmp_path)
    assert built() == {history.PURCHASE: False, history.INTERACTION: True}
    days = facts.load_facts(AS_OF).days
    assert built() == {history.PURCHASE: True, history.INTERACTION: True}
    assert days.values["amount"].tolist() == [1250, 88000]


def test_purging_a_customer_leaves_the_blocks_stale(shops: Callable[[], list[int]], tmp_path: Path) -> None:
    """Their purchases go with them by ON DELETE CASCADE, which no statement names: a
    customer made later under the same id must not inherit them."""
    ids = shops()
    apply(("buy", 4, AS_OF, 880, None, False), ids, tmp_path)
    apply(("trash", 4), ids, tmp_path)
    apply(("purge", 4), ids, tmp_path)
    assert built()[history.PURCHASE] is False
    again = create_customer({"name": "后来的客户"})
    assert again.id == ids[4]  # SQLite gives the highest id again
    f = facts.load_facts(AS_OF)
    assert len(f.days) == 0


def test_a_block_is_one_row_per_customer_day_with_the_day_s_sums(
    shops: Callable[[], list[int]], tmp_path: Path
) -> None:
    ids = shops()
    for op in [
        ("buy", 0, AS_OF, 880, 300, False),
        ("buy", 0, AS_OF, 100, None, True),
        ("buy", 0, AS_OF, 0, None, False),
    ]:
        apply(op, ids, tmp_path)
    records = np.frombuffer(history.read()[history.PURCHASE][1] or b"", dtype=facts.RECORD_TYPES[history.PURCHASE])
    # ¥880 at a cost of 300 cents, ¥100 paid back, a free gift: one day, one record.
    assert records.tolist() == [(ids[0], (AS_OF - dt.date(1970, 1, 1)).days, 78_000, 77_700, 1)]


def test_a_file_written_meanwhile_is_not_stored_as_built(shops: Callable[[], list[int]], tmp_path: Path) -> None:
    ids = shops()
    apply(("import", [(0, AS_OF, "12.50")]), ids, tmp_path)
    written, _ = history.read()[history.PURCHASE]
    purchases.add_purchase(ids[1], {"date": AS_OF, "amount": "5"})  # lands after the read
    assert history.store(history.PURCHASE, written, []) is False
    assert built()[history.PURCHASE] is False


def test_kept_belongs_inside_a_transaction(crm: Path) -> None:
    with pytest.raises(RuntimeError), history.kept([1]):
        pass
