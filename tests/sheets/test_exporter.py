"""Exports (sheets/exporter): a tidy .xlsx, a .csv Excel opens in Chinese, no formula
injection, the same cells every time, and a round trip that gives back the same customers."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from smallcrm.domain.customers.commands import create_customer, tag_customers
from smallcrm.domain.customers.profile import customer_dict
from smallcrm.domain.records.purchases import add_purchase
from smallcrm.domain.reminders.commands import add_reminder
from smallcrm.domain.values.birthdays import Birthday
from smallcrm.errors import UserError
from smallcrm.sheets import exporter
from smallcrm.sheets.importer import run_import
from smallcrm.store.models import Customer
from tests.birthday_forms import stored_birthdays


@pytest.fixture
def customers(crm: Path) -> list[int]:
    rows = [
        {
            "name": "张三",
            "phone": "13812345678",
            "birthday": "1985-03-02",
            "gender": "M",
            "city": "成都市",
            "street": "人民南路1号",
            "postcode": "610041",
            "mail_consent": True,
            "staff": "小王",
            "tags": ["VIP", "老客户"],
            "notes": "喜欢绿茶\n每月来一次",
            "customer_no": "000123",
        },
        {
            "name": "李四",
            "phone": "+86 139-1234-5678",
            "birthday": "农历八月十五",
            "gender": "F",
            "phone2": "028-85551234",
        },
        {
            "name": '=HYPERLINK("http://x")',
            "phone": "13700000000",
            "birthday": "03-02",
            "notes": "@SUM(A1)",
            "wechat": "-wx",
            "occupation": "+教师",
            "churn_status": "churned",
            "churn_reason": "competitive",
            "churned_on": "2024-01-05",
        },
    ]
    return [create_customer(r).id for r in rows]


def xlsx_rows(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    return list(load_workbook(path).active.iter_rows(values_only=True))


def test_the_xlsx_has_a_bold_frozen_filtered_header_and_typed_cells(customers: list[int], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "customers.xlsx"
    assert exporter.export_customers(out, language="zh") == 3

    ws = load_workbook(out).active
    assert ws["A1"].value == "客户编号" and ws["A1"].font.b
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}4"
    assert ws["A2"].value == "000123" and ws["A2"].data_type == "s"  # customer number stays text
    phone = next(c for c in ws[1] if c.value == "手机").column_letter
    assert ws[f"{phone}2"].value == "13812345678" and ws[f"{phone}2"].data_type == "s"
    birthday = next(c for c in ws[1] if c.value == "生日").column_letter
    assert ws[f"{birthday}2"].value == dt.datetime(1985, 3, 2) and ws[f"{birthday}2"].is_date
    assert ws[f"{birthday}3"].value == "农历八月十五" and ws[f"{birthday}4"].value == "--03-02"
    assert 6 <= ws.column_dimensions["B"].width <= 50


def test_values_that_look_like_formulas_are_inert_text(customers: list[int], tmp_path: Path) -> None:
    xlsx, text = tmp_path / "c.xlsx", tmp_path / "c.csv"
    exporter.export_customers(xlsx)
    exporter.export_customers(text)

    with zipfile.ZipFile(xlsx) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # no formula anywhere
    row = xlsx_rows(xlsx)[3]
    assert '=HYPERLINK("http://x")' in row and "@SUM(A1)" in row and "-wx" in row
    with text.open(encoding="utf-8-sig", newline="") as fh:
        cells = list(csv.reader(fh))[3]
    assert '\'=HYPERLINK("http://x")' in cells and "'@SUM(A1)" in cells and "'+教师" in cells


def test_the_csv_is_utf8_with_a_bom(customers: list[int], tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    exporter.export_customers(out, language="zh")

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "客户编号".encode() in raw


def test_exports_are_deterministic(customers: list[int], tmp_path: Path) -> None:
    a, b = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    exporter.export_customers(a)
    exporter.export_customers(b)

    assert xlsx_rows(a) == xlsx_rows(b)
    assert hashlib.sha256(a.read_bytes()).digest() == hashlib.sha256(b.read_bytes()).digest()


@pytest.mark.parametrize(("suffix", "language"), [(".xlsx", "zh"), (".csv", "en")])
def test_export_then_import_into_an_empty_database_gives_the_same_customers(
    customers: list[int], tmp_path: Path, suffix: str, language: str
) -> None:
    from smallcrm.domain.session import open_crm

    out = tmp_path / f"all{suffix}"
    exporter.export_customers(out, language=language)
    volatile = {"id", "created_at", "updated_at", "staff_id", "next_birthday", "age"}
    before = [{k: v for k, v in customer_dict(c).items() if k not in volatile} for c in Customer.select()]

    open_crm(tmp_path / "empty.db")
    result = run_import(out)

    after = [{k: v for k, v in customer_dict(c).items() if k not in volatile} for c in Customer.select()]
    assert (result.added, result.rejected) == (3, 0)
    assert after == before


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_apostrophe_and_a_full_width_equals_sign_come_back_as_exported(
    crm: Path, tmp_path: Path, suffix: str
) -> None:
    """'=1+1 came back as =1+1 and ＝ as = (issue 15, point 35)."""
    from smallcrm.domain.session import open_crm

    create_customer({"name": "＝张三", "phone": "13800000000", "notes": "'=1+1 ＝2", "occupation": "''", "source": "'"})
    stored = Customer.get()
    # Prose keeps what was typed (NFC); a name is folded by the form itself (NFKC, as
    # the import and the CLI fold it), so what comes back is what the shop stored.
    assert (stored.name, stored.notes) == ("=张三", "'=1+1 ＝2")
    out = tmp_path / f"c{suffix}"
    exporter.export_customers(out, language="zh")

    open_crm(tmp_path / "empty.db")
    run_import(out)

    c = Customer.get()
    assert (c.name, c.notes, c.occupation, c.source) == ("=张三", "'=1+1 ＝2", "''", "'")


def test_a_selection_a_tag_and_a_search_choose_the_customers(customers: list[int], tmp_path: Path) -> None:
    out = tmp_path / "c.csv"
    tag_customers(customers[1:], "回访")

    assert exporter.export_customers(out, ids=[customers[0]]) == 1
    assert exporter.export_customers(out, tag="回访") == 2
    assert exporter.export_customers(out, search="zhangsan") == 1


def test_purchases_reminders_and_the_mailing_list(customers: list[int], tmp_path: Path) -> None:
    add_purchase(customers[0], {"amount": "¥1,234.50", "cost": "800", "date": "2024-03-01", "item": "茶叶"})
    add_purchase(customers[1], {"amount": "99", "date": "2024-02-01", "item": "茶具"})
    add_reminder({"customer": customers[0], "due_date": "2026-12-01", "title": "回访"})

    assert exporter.export(tmp_path / "p.xlsx", "purchases", language="zh") == 2
    rows = xlsx_rows(tmp_path / "p.xlsx")
    assert rows[1][:4] == ("C000001", "李四", "+86 139-1234-5678", dt.datetime(2024, 2, 1))
    assert rows[2][7:9] == (1234.5, 800)
    assert exporter.export(tmp_path / "r.csv", "reminders") == 1
    assert exporter.export(tmp_path / "m.xlsx", "mailing", language="zh") == 1  # consent and an address
    assert xlsx_rows(tmp_path / "m.xlsx")[1][:3] == ("000123", "张三", "610041")


def test_exported_purchases_import_back(customers: list[int], tmp_path: Path) -> None:
    from smallcrm.sheets.importer import ImportOptions
    from smallcrm.store.models import Purchase

    add_purchase(
        customers[0], {"amount": "1234.50", "cost": "800", "date": "2024-03-01", "item": "茶叶", "quantity": 2}
    )
    add_purchase(customers[0], {"amount": "60", "date": "2024-03-02", "item": "散装龙井", "quantity": "1.125"})
    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"p{suffix}"
        exporter.export(out, "purchases")
        Purchase.delete().execute()

        result = run_import(out, ImportOptions(kind="purchases", force=True))

        assert result.added == 2
        assert [p.quantity for p in Purchase.select().order_by(Purchase.id)] == [2, Decimal("1.125")]
    p = Purchase.select().order_by(Purchase.id).first()
    assert (p.customer_id, p.date, p.item, p.quantity, p.amount_cents, p.cost_cents) == (
        customers[0],
        dt.date(2024, 3, 1),
        "茶叶",
        2,
        123450,
        80000,
    )


def test_an_unknown_suffix_or_folder_is_one_sentence(customers: list[int], tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"\.xlsx or \.csv"):
        exporter.export_customers(tmp_path / "c.pdf")
    with pytest.raises(UserError, match="does not exist"):
        exporter.export_customers(tmp_path / "no" / "c.xlsx")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".smallcrm-export-")]


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(birthdays=st.lists(stored_birthdays(), min_size=1, max_size=15), suffix=st.sampled_from([".xlsx", ".csv"]))
def test_every_stored_birthday_comes_back_from_an_export_imported_into_another_shop(
    crm: Path, template_db: Path, tmp_path_factory: pytest.TempPathFactory, birthdays: list[Birthday], suffix: str
) -> None:
    """Issue 15.1: every birthday the app writes reads back exactly, through the import too."""
    from smallcrm.domain.customers.bulk import insert_customers
    from smallcrm.domain.customers.fields import birthday_of
    from smallcrm.domain.session import open_crm

    work = tmp_path_factory.mktemp("round-trip")
    shutil.copy(template_db, work / "from.db")
    shutil.copy(template_db, work / "to.db")
    open_crm(work / "from.db")
    insert_customers([{"name": f"客户{i}", "birthday": b} for i, b in enumerate(birthdays)])
    exporter.export_customers(work / f"all{suffix}")

    open_crm(work / "to.db")
    result = run_import(work / f"all{suffix}")

    assert (result.added, result.rejected) == (len(birthdays), 0)
    assert [birthday_of(c) for c in Customer.select().order_by(Customer.id)] == birthdays


def test_the_mailing_list_exported_names_the_people_a_mailing_would(crm: Path, tmp_path: Path) -> None:
    """The export and the mailing (labels, envelopes) choose by one rule: a street with no
    city, or a postcode that is not six digits, gets no card in either."""
    from smallcrm.domain.mailing.recipients import choose

    base = {"mail_consent": True, "province": "四川省", "city": "成都市", "street": "人民南路1号"}
    people = [
        {"name": "甲", "phone": "13800000001", **base, "postcode": "610041"},
        {"name": "乙", "phone": "13800000002", **base, "city": "", "province": "", "district": ""},  # no city
        {"name": "丙", "phone": "13800000003", **base},
        {"name": "丁", "phone": "13800000004", **base, "postcode": "100000"},
    ]
    ids = [create_customer(p).id for p in people]
    Customer.update(postcode="61004").where(Customer.id == ids[2]).execute()  # stored by an older SmallCRM
    exported = exporter.export(tmp_path / "m.csv", "mailing", language="en")
    included = choose(ids=ids).included
    assert exported == len(included) == 2
    with open(tmp_path / "m.csv", encoding="utf-8-sig") as fh:
        names = [row[1] for row in list(csv.reader(fh))[1:]]
    assert names == ["丁", "甲"]  # by postcode, as the mailing's labels come out
