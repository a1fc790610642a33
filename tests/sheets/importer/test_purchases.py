"""Importing purchases: linked by customer number or phone, amounts in cents."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.records.purchases import clean_purchase
from smallcrm.errors import UserError, ValidationError
from smallcrm.sheets import importer
from smallcrm.sheets.exporter import guard_csv
from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.store.models import Customer, Purchase
from tests.sheets.conftest import write_csv, write_xlsx

HEAD = ["客户编号", "手机", "姓名", "日期", "商品", "数量", "金额", "成本"]


@pytest.fixture
def shop(crm: Path) -> dict[str, int]:
    a = create_customer({"name": "张三", "phone": "13812345678", "customer_no": "C000001"})
    b = create_customer({"name": "李四", "phone": "13912345678"})
    return {"a": a.id, "b": b.id}


def test_purchases_link_by_number_or_phone_and_store_cents(shop: dict[str, int], tmp_path: Path) -> None:
    rows = [
        ["销售明细 2024"],
        HEAD,
        ["C000001", None, None, dt.date(2024, 3, 1), "茶叶", 2, "¥1,234.50", 800],
        [None, "139-1234-5678", None, "2024年3月2日", "茶具", 1, 99.9, None],
        [None, 13912345678, None, 45354, "茶叶", "1", "100", "60.5"],  # Excel serial 2024-03-03
        [None, "139 1234 5678", None, "2024/3/4 14:30", "茶叶", 1, 88, None],
        ["合计", None, None, None, None, None, 1522.4, None],
    ]
    path = write_xlsx(tmp_path / "sales.xlsx", rows)

    result = run_import(path, ImportOptions(kind="purchases"))

    assert (result.added, result.rejected, result.skipped) == (4, 0, 1)
    got = [
        (p.customer_id, p.date, p.item, p.quantity, p.amount_cents, p.cost_cents)
        for p in Purchase.select().order_by(Purchase.id)
    ]
    assert got == [
        (shop["a"], dt.date(2024, 3, 1), "茶叶", 2, 123450, 80000),
        (shop["b"], dt.date(2024, 3, 2), "茶具", 1, 9990, None),
        (shop["b"], dt.date(2024, 3, 3), "茶叶", 1, 10000, 6050),
        (shop["b"], dt.date(2024, 3, 4), "茶叶", 1, 8800, None),
    ]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_goods_sold_by_weight_keep_their_exact_quantity(shop: dict[str, int], tmp_path: Path, fmt: str) -> None:
    """A quantity of 1.5 rejected the whole row ('not a whole number')."""
    rows = [
        HEAD,
        ["C000001", None, None, "2024-03-01", "散装龙井（斤）", 1.5, 120, None],
        ["C000001", None, None, "2024-03-02", "碧螺春（千克）", "0.25", 80, None],
        ["C000001", None, None, "2024-03-03", "普洱", 2, 50, None],
        ["C000001", None, None, "2024-03-04", "白茶", "1.2345", 50, None],  # a fourth place: refused, not rounded
    ]
    path = write_xlsx(tmp_path / "p.xlsx", rows) if fmt == "xlsx" else write_csv(tmp_path / "p.csv", rows)

    result = run_import(path, ImportOptions(kind="purchases"))

    assert (result.added, result.rejected) == (3, 1)
    assert (result.rejects[0].row, result.rejects[0].column) == (5, "数量")
    assert "more than three decimal places" in result.rejects[0].reason
    quantities = [p.quantity for p in Purchase.select().order_by(Purchase.id)]
    assert quantities == [Decimal("1.5"), Decimal("0.25"), Decimal(2)]
    assert [str(q) for q in quantities] == ["1.5", "0.25", "2"]


def test_the_kind_is_guessed_from_date_and_amount_columns(shop: dict[str, int], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["手机", "日期", "金额"], ["13812345678", "2024-03-01", "10"]])

    assert importer.inspect(path).kind == "purchases"


def test_identical_lines_are_separate_purchases(shop: dict[str, int], tmp_path: Path) -> None:
    line = ["C000001", "", "", "2024-03-01", "茶叶", "1", "10", ""]
    path = write_csv(tmp_path / "p.csv", [HEAD, line, line, line])

    assert run_import(path, ImportOptions(kind="purchases")).added == 3
    assert Purchase.select().count() == 3


def test_unknown_customers_are_rejected_unless_created(shop: dict[str, int], tmp_path: Path) -> None:
    rows = [
        HEAD,
        ["", "13700000000", "王五", "2024-03-01", "茶叶", "1", "10", ""],
        ["", "137-0000-0000", "", "2024-03-02", "茶叶", "1", "20", ""],
        ["C999", "", "", "2024-03-02", "茶叶", "1", "20", ""],
    ]
    path = write_csv(tmp_path / "p.csv", rows)

    refused = run_import(path, ImportOptions(kind="purchases"), dry_run=True)
    created = run_import(path, ImportOptions(kind="purchases", create_missing=True))

    assert (refused.added, refused.rejected) == (0, 3)
    assert "--create-missing" in refused.rejects[0].reason
    assert (created.added, created.customers_added, created.rejected) == (2, 1, 1)
    assert "a name or a phone" in created.rejects[0].reason  # a number alone cannot make a customer
    wang = Customer.get(Customer.phone_norm == "+8613700000000")
    assert wang.name == "王五" and Purchase.select().where(Purchase.customer == wang.id).count() == 2


def test_bad_amounts_and_dates_reject_the_row(shop: dict[str, int], tmp_path: Path) -> None:
    rows = [
        HEAD,
        ["C000001", "", "", "2024-03-01", "茶叶", "1", "abc", ""],
        ["C000001", "", "", "2024-02-30", "茶叶", "1", "10", ""],
        ["C000001", "", "", "3月2日", "茶叶", "1", "10", ""],
        ["C000001", "", "", "2024-03-01", "茶叶", "0", "10", ""],
        ["C000001", "", "", "", "茶叶", "1", "10", ""],
    ]
    path = write_csv(tmp_path / "p.csv", rows)

    result = run_import(path, ImportOptions(kind="purchases"))

    assert (result.added, result.rejected) == (0, 5)
    assert [r.column for r in result.rejects] == ["金额", "日期", "日期", "数量", "日期"]
    assert Purchase.select().count() == 0


def test_undo_removes_the_purchases_and_created_customers(shop: dict[str, int], tmp_path: Path) -> None:
    rows = [
        HEAD,
        ["C000001", "", "", "2024-03-01", "茶叶", "1", "10", ""],
        ["", "13700000000", "王五", "2024-03-01", "x", "1", "5", ""],
    ]
    path = write_csv(tmp_path / "p.csv", rows)
    result = run_import(path, ImportOptions(kind="purchases", create_missing=True))

    undone = importer.undo_import(result.batch)

    assert undone == {
        "batch": result.batch,
        "customers_removed": 1,
        "customers_trashed": 0,
        "customers_restored": 0,
        "purchases_removed": 2,
    }
    assert Purchase.select().count() == 0 and Customer.select().count() == 2


def test_a_purchases_file_without_an_amount_column_is_refused(shop: dict[str, int], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "p.csv", [["手机", "日期"], ["13812345678", "2024-03-01"]])

    with pytest.raises(UserError, match="No column is mapped to amount"):
        run_import(path, ImportOptions(kind="purchases"))


def test_a_negative_amount_is_a_refund_only_where_the_file_says_so(shop: dict[str, int], tmp_path: Path) -> None:
    """Issue 15.6: '-50' was stored without a word. A 退货 column says which lines are
    refunds; a bare negative amount is rejected with row, column and reason."""
    rows = [
        [*HEAD, "退货"],
        ["C000001", None, None, "2024-03-01", "茶叶", 1, "100", "60", None],
        ["C000001", None, None, "2024-03-02", "茶叶", 1, "-50", None, "是"],
        ["C000001", None, None, "2024-03-03", "茶叶", 1, "30", None, "是"],
        ["C000001", None, None, "2024-03-04", "茶叶", 1, "-20", None, None],
    ]
    result = run_import(write_csv(tmp_path / "refunds.csv", rows), ImportOptions(kind="purchases"))

    assert [(r.row, r.column, r.reason) for r in result.rejects] == [
        (5, "金额", "The amount -20 is negative; to record money paid back, mark the purchase as a refund.")
    ]
    assert [p.amount_cents for p in Purchase.select().order_by(Purchase.id)] == [10000, -5000, -3000]


def test_a_refund_exported_comes_back_as_a_refund(shop: dict[str, int], tmp_path: Path) -> None:
    from smallcrm.domain.records.purchases import add_purchase
    from smallcrm.sheets import exporter

    add_purchase(shop["a"], {"date": "2024-03-01", "amount": "100", "cost": "60"})
    add_purchase(shop["a"], {"date": "2024-03-02", "amount": "50", "refund": True, "note": "退货退款"})
    exporter.export(tmp_path / "p.xlsx", "purchases", language="zh")
    Purchase.delete().execute()

    result = run_import(tmp_path / "p.xlsx", ImportOptions(kind="purchases"))

    assert (result.added, result.rejected) == (2, 0)
    assert [p.amount_cents for p in Purchase.select().order_by(Purchase.id)] == [10000, -5000]


# --- one cleaning path with the purchase form and the CLI (issue 16) ----------------------

# Dates as typed (a spreadsheet's own forms, a serial number or a date with its time, only
# a file has); amounts, costs and quantities as people write them, good and bad.
purchase_dates = st.one_of(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)).flatmap(
        lambda d: st.sampled_from(
            [d.isoformat(), f"{d.year}/{d.month}/{d.day}", f"{d.year}年{d.month}月{d.day}日", f"{d:%Y%m%d}"]
        )
    ),
    st.sampled_from(["2024-02-30", "2024-13-01", "abc", "3月2日"]),
)
money = st.one_of(
    st.sampled_from(["¥1,234.50", "1234.5", "12.345", "(12.00)", "-5", "abc", "１２３", "0", "1e3", "10元", "RMB 8"]),
    st.decimals(min_value=-(10**6), max_value=10**7, places=2).map(str),
    st.from_regex(r"-?\d{1,7}(\.\d{1,3})?", fullmatch=True),
    st.just("9" * 20),  # more than any shop's takings: refused
)
quantities = st.one_of(
    st.sampled_from(["1", "1.5", "0", "-1", "1,250.5", "2.0001", "abc", "１.５", "0.001", "2e3"]),
    st.decimals(min_value=0, max_value=10**4, places=3).map(str),
)
words = st.text(alphabet="茶叶 龙井aZ9①㎡-", min_size=1, max_size=10).filter(lambda t: t.strip() != "")
purchase_rows = st.fixed_dictionaries(
    {"date": purchase_dates, "amount": money},
    optional={
        "cost": money,
        "quantity": quantities,
        "refund": st.sampled_from(["是", "否", "yes", "no", "1", "退货", "x"]),
        "item": words,
        "category": words,
        "channel": words,
        "note": words,
    },
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(row=purchase_rows)
@example(row={"date": "2024-03-01", "amount": "12.345"})  # a third decimal place: refused, not rounded
@example(row={"date": "2024-03-01", "amount": "50", "refund": "是"})  # paid back: stored negative
@example(row={"date": "2024-03-01", "amount": "10", "quantity": "1,250.5", "cost": "(2.00)"})
def test_a_purchase_line_is_stored_as_the_purchase_form_stores_it_or_refused_for_the_same_reason(
    shop: dict[str, int], tmp_path_factory: pytest.TempPathFactory, row: dict[str, str]
) -> None:
    """Issue 16: one cleaning path. The values the purchase form (and 'smallcrm purchase
    add') gives to clean_purchase, written in a purchases file, are stored the same (date,
    money in cents, exact quantities, refunds) or refused for the same reason at the same
    column."""
    refusals = []  # what the form says of each value (with the line's refund, which signs the amount)
    for field, value in row.items():
        data = {"refund": row["refund"], field: value} if "refund" in row else {field: value}
        try:
            clean_purchase(data)
        except ValidationError as exc:
            refusals.append((exc.field, exc.template, exc.args_map))
    fields = ["customer_no", *row]
    cells = ["C000001", *(guard_csv(row[f]) for f in row)]
    path = write_csv(tmp_path_factory.mktemp("same") / "line.csv", [fields, cells])
    before = Purchase.select().count()
    result = run_import(path, ImportOptions(kind="purchases", mapping=fields, header_row=1, force=True))

    if refusals:
        event("refused")
        (reject,) = result.rejects
        assert reject.error is not None
        assert (reject.column, reject.error.template, reject.error.args_map) in refusals
        assert Purchase.select().count() == before
        return
    event("stored")
    expected = clean_purchase(row)
    assert (result.added, result.rejected) == (1, 0)
    stored = Purchase.get_by_id(max(p.id for p in Purchase.select(Purchase.id)))
    assert stored.customer_id == shop["a"]
    assert {k: getattr(stored, k) for k in expected} == expected


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(purchase_rows, min_size=1, max_size=12), repeat=st.integers(1, 3))
def test_values_cleaned_once_per_distinct_cell_store_what_cleaning_each_line_stores(
    shop: dict[str, int],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    rows: list[dict[str, str]],
    repeat: int,
) -> None:
    """Issue 17: a line's dates, amounts, quantities, costs and refunds are cleaned once
    per distinct cell; with the memory of them cleared after every value (MEMO_SIZE 1)
    the same lines store the same purchases and reject the same lines at the same column."""
    from smallcrm.sheets.importer import purchases as purchase_rows_module
    from smallcrm.store.db import db

    fields = ["customer_no", "refund", "date", "item", "category", "quantity", "amount", "cost", "channel", "kept"]
    lines = [["C000001", *(guard_csv(r.get(f, "")) for f in fields[1:-1]), r.get("note", "")] for r in rows] * repeat
    lines[-1][2] = ""  # a line without its date: refused after its other fields
    path = write_csv(tmp_path_factory.mktemp("memo") / "lines.csv", [fields, *lines])
    fields[-1] = "+note"  # the last column kept as a note line (headers.AS_NOTE)
    outcomes = []
    for size in (purchase_rows_module.MEMO_SIZE, 1):
        monkeypatch.setattr(purchase_rows_module, "MEMO_SIZE", size)
        with db.atomic() as txn:
            result = run_import(path, ImportOptions(kind="purchases", mapping=fields, header_row=1, force=True))
            stored = [
                (p.date, p.item, p.category, p.quantity, p.amount_cents, p.cost_cents, p.channel, p.note)
                for p in Purchase.select().order_by(Purchase.id)
            ]
            outcomes.append((result.added, [(r.row, r.column, r.reason) for r in result.rejects], stored))
            txn.rollback()
    assert outcomes[0] == outcomes[1]


def test_purchase_lines_are_stored_with_a_small_page_cache_then_the_usual_one(
    shop: dict[str, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: the page cache filling to 64 MiB made a purchases import's peak grow
    with its lines (151 / 163 MB at 0.2M / 2M); it is 16 MiB while they are stored."""
    from smallcrm.sheets.importer import run as run_module
    from smallcrm.store.db import db

    sizes: list[int] = []
    real = run_module.PurchaseImport.flush

    def flush(job: run_module.PurchaseImport) -> None:
        sizes.append(db.execute_sql("PRAGMA cache_size").fetchone()[0])
        real(job)

    monkeypatch.setattr(run_module.PurchaseImport, "flush", flush)
    path = write_csv(tmp_path / "p.csv", [["客户编号", "日期", "金额"], ["C000001", "2024-03-01", "10"]])
    assert run_import(path, ImportOptions(kind="purchases")).added == 1
    assert sizes and set(sizes) == {-16 * 1024}
    assert db.execute_sql("PRAGMA cache_size").fetchone()[0] == -64 * 1024
