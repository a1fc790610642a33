"""A big import into a small database takes the bulk path (indexes built once at the
end, store/sqlite/bulk.py; search entries after the commit, store.sqlite.fts.
indexed_after_commit); what it stores, finds (before and after that build) and undoes
must be exactly what the row-by-row path gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers.search import search
from smallcrm.jobs import Cancelled, CancelToken
from smallcrm.sheets import importer
from smallcrm.sheets.importer import ImportOptions, engine, run_import
from smallcrm.store.db import db
from smallcrm.store.models import Customer, ImportBatch
from smallcrm.store.sqlite import bulk, fts
from tests.sheets.conftest import write_csv
from tests.store.schema_rows import customer_schema

# Rows 2-4 repeat earlier rows' phones (fill their empty fields), row 6 claims the
# number the import would hand out to row 1 (which is then renumbered), and the
# chunks are small so earlier rows are already stored when later ones change them.
ROWS = [
    ["姓名", "手机", "客户编号", "城市", "备注"],
    ["张三丰", "13800000001", "", "", ""],
    ["李四", "13800000002", "", "成都市", ""],
    ["张三丰", "13800000001", "", "武汉市", "老客户"],
    ["李四", "13800000002", "", "", "爱喝茶"],
    ["王芳", "13800000003", "", "重庆市", ""],
    ["赵敏", "13800000004", "C000001", "杭州市", ""],
] + [[f"客户{i}", f"139{i:08d}", "", "西安市", ""] for i in range(40)]


def stored() -> list[tuple]:
    skip = {"created_at", "updated_at", "import_batch"}
    return [tuple(v for k, v in c.__data__.items() if k not in skip) for c in Customer.select().order_by(Customer.id)]


def finds(*terms: str) -> list[list[int]]:
    return [sorted(h["id"] for h in search(t, limit=100).hits) for t in terms]


TERMS = ("张三丰", "武汉", "zsf", "0001$", "C000001", "赵敏", "西安市", "客户3", "爱喝茶", "成都")


@pytest.fixture
def shop_file(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "customers.csv", ROWS)


def run_both(shop_file: Path, monkeypatch: pytest.MonkeyPatch, min_rows: int) -> tuple:
    monkeypatch.setattr(engine, "CHUNK", 4)
    monkeypatch.setattr(bulk, "MIN_ROWS", min_rows)
    deferred: list[int] = []
    real = fts.indexed_after_commit
    monkeypatch.setattr(fts, "indexed_after_commit", lambda first: deferred.append(first) or real(first))
    # The build after the commit held back: search answers for the rows it has yet to index.
    monkeypatch.setattr(fts, "build_in_background", lambda path=None: None)
    result = run_import(shop_file, ImportOptions(on_duplicate="fill"))
    assert len(deferred) == (min_rows == 1)  # the path under test was taken
    assert fts.is_pending() == (min_rows == 1)
    found_before_the_build = finds(*TERMS)
    fts.check()  # builds what is pending, then checks the index against the table
    assert not fts.is_pending()
    assert finds(*TERMS) == found_before_the_build
    return (result.added, result.updated, result.skipped), stored(), found_before_the_build


def test_the_bulk_path_stores_and_finds_what_the_row_path_does(
    crm: Path, shop_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bulk_run = run_both(shop_file, monkeypatch, min_rows=1)
    assert bulk_run[0] == (44, 2, 0)
    undone = importer.undo_import(ImportBatch.select().get().id)
    assert undone["customers_removed"] == 44 and Customer.select().count() == 0
    fts.check()
    ImportBatch.delete().execute()

    row_run = run_both(shop_file, monkeypatch, min_rows=10**9)

    assert bulk_run == row_run
    _counts, customers, found = bulk_run
    names = {c[0]: c[2] for c in customers}
    assert [names[i] for i in found[0]] == ["张三丰"] and found[1] == found[0]  # filled city 武汉市
    assert [names[i] for i in found[5]] == ["赵敏"] and found[4] == found[5]  # C000001 is 赵敏's own
    assert len(found[6]) == 40


def test_a_cancelled_bulk_import_changes_nothing(crm: Path, shop_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "CHUNK", 4)
    monkeypatch.setattr(bulk, "MIN_ROWS", 1)
    schema = customer_schema(indexes_only=False)
    token = CancelToken()
    real_flush = engine.Job.flush

    def flush_then_cancel(job: engine.Job) -> None:
        real_flush(job)
        if Customer.select().count() >= 8:
            token.cancel()

    monkeypatch.setattr(engine.Job, "flush", flush_then_cancel)
    with pytest.raises(Cancelled):
        run_import(shop_file, cancel=token)

    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0
    assert customer_schema(indexes_only=False) == schema
    assert search("客户1").total == 0
    fts.check()


pool = st.sampled_from
random_rows = st.lists(
    st.tuples(
        pool(["张三丰", "李四", "王芳", "欧阳修", "Anna Li", "", "合计"]),
        pool(["13800000001", "13800000002", "+86 139 0000 0003", "1.38001E+10", "", "021-6666 8888"]),
        pool(["", "", "C000001", "C000002", "VIP-9", "c000003"]),
        pool(["", "成都市", "武汉市", "重庆"]),
        pool(["", "老客户", "爱喝茶"]),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=random_rows, policy=st.sampled_from(["skip", "fill", "overwrite", "keep"]), chunk=st.integers(1, 6))
def test_any_file_stores_and_finds_the_same_on_both_paths(
    crm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list, policy: str, chunk: int
) -> None:
    path = write_csv(tmp_path / "random.csv", [ROWS[0], *rows])
    monkeypatch.setattr(engine, "CHUNK", chunk)
    outcomes = []
    for min_rows in (1, 10**9):  # the bulk path, then the row-by-row path, from the same start
        monkeypatch.setattr(bulk, "MIN_ROWS", min_rows)
        with db.atomic() as txn:
            result = run_import(path, ImportOptions(on_duplicate=policy))
            fts.check()
            outcomes.append(((result.added, result.updated, result.skipped, result.rejected), stored(), finds(*TERMS)))
            txn.rollback()
    assert outcomes[0] == outcomes[1]
