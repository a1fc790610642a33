"""The row loop and matching the customer and purchase imports share
(sheets/importer/engine): the preview, and matches across stored chunks."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.sheets import importer
from smallcrm.sheets.importer import ImportOptions, engine, run_import
from smallcrm.store.models import Customer
from tests.sheets.conftest import write_csv


def by_name(name: str) -> Customer:
    return Customer.get(Customer.name == name)


def test_the_preview_shows_rows_that_store_nothing_as_their_cells_were_read(crm: Path, messy_xlsx: Path) -> None:
    preview = {p["row"]: p for p in run_import(messy_xlsx, dry_run=True).preview}

    # Rejected: nothing to store, so the owner sees the row as it is in the file.
    assert preview[10]["action"] == "reject" and preview[10]["fields"] == {}
    assert preview[10]["cells"] == {"name": "孙八", "gender": "男", "phone": "1.38001E+10"}
    assert preview[14]["cells"]["birthday"] == "1985年2月30日"
    # The columns kept as notes come with them, as a stored row's notes would show them.
    assert preview[16]["cells"] == {"gender": "男", "street": "无名路1号"}
    assert preview[18]["action"] == "summary"  # its 合计 is in 序号, a column not imported
    assert preview[18]["cells"] == {"notes": "消费金额: 1234.5"}
    # Stored rows show what is stored, not the cells.
    assert "cells" not in preview[5] and preview[5]["fields"]["name"] == "张三"


def test_duplicates_and_numbers_across_stored_chunks(
    crm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "CHUNK", 1)  # every row is stored before the next is read
    rows = [
        ["客户编号", "姓名", "手机", "邮编"],
        ["", "甲", "13800000001", ""],
        ["", "乙", "13800000002", ""],
        ["C000001", "丙", "13800000003", ""],  # the number handed to 甲 two rows ago
        ["", "甲", "13800000001", "610041"],  # 甲 again: fills the stored row
    ]
    path = write_csv(tmp_path / "c.csv", rows)

    result = run_import(path, ImportOptions(on_duplicate="fill"))

    assert (result.added, result.updated) == (3, 1)
    assert by_name("丙").customer_no == "C000001"
    jia = by_name("甲")
    assert jia.customer_no not in ("C000001", "C000002") and jia.postcode == "610041"
    from smallcrm.domain.customers.search import search

    assert [h["name"] for h in search(jia.customer_no).hits] == ["甲"]
    assert importer.undo_import(result.batch)["customers_removed"] == 3
    assert Customer.select().count() == 0


def test_a_customer_number_of_a_customer_in_the_trash_rejects_the_row_saying_how_to_restore(
    crm: Path, tmp_path: Path
) -> None:
    from smallcrm.domain.customers.commands import create_customer, delete_customers

    delete_customers([create_customer({"name": "旧客户", "customer_no": "C000777"}).id])
    path = write_csv(tmp_path / "t.csv", [["客户编号", "姓名"], ["C000777", "新名字"], ["C000778", "另一位"]])

    result = run_import(path, ImportOptions(on_duplicate="overwrite"))

    assert (result.added, result.rejected) == (1, 1)
    assert (result.rejects[0].row, result.rejects[0].column) == (2, "客户编号")
    assert "in the trash; restore them first" in result.rejects[0].reason


def test_a_phone_given_twice_in_a_file_matches_the_customer_the_first_row_added(crm: Path, tmp_path: Path) -> None:
    rows = [["姓名", "手机", "城市"], ["张三", "138 1234 5678", ""], ["张三", "+86 13812345678", "成都市"]]

    result = run_import(write_csv(tmp_path / "t.csv", rows), ImportOptions(on_duplicate="fill"))

    assert (result.added, result.updated) == (1, 1)
    # Still waiting to be stored, the first row's customer has no id yet: the wizard says "an earlier row".
    assert result.duplicates == [{"row": 3, "customer_id": None, "match": "phone", "action": "updated"}]
    assert Customer.get(Customer.phone_norm == "+8613812345678").city == "成都市"
