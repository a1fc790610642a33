"""Running an import (sheets/importer/run): the preview, the file imported before, cancel,
the mapping checked and remembered, and files of every kind."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from smallcrm.errors import UserError
from smallcrm.jobs import Cancelled, CancelToken
from smallcrm.sheets import headers as hdr
from smallcrm.sheets import importer
from smallcrm.sheets.importer import ImportOptions, run_import
from smallcrm.store.models import Customer, ImportBatch
from tests.sheets.conftest import write_csv, write_xls


def by_name(name: str) -> Customer:
    return Customer.get(Customer.name == name)


def test_a_dry_run_reports_the_same_counts_and_changes_nothing(crm: Path, messy_xlsx: Path) -> None:
    preview = run_import(messy_xlsx, dry_run=True)

    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0
    assert preview.batch is None
    real = run_import(messy_xlsx)
    assert (preview.added, preview.skipped, preview.rejected) == (real.added, real.skipped, real.rejected)
    assert preview.rejects == real.rejects
    assert preview.preview[0] == {
        "row": 5,
        "action": "add",
        "fields": preview.preview[0]["fields"],
    }
    assert preview.preview[0]["fields"]["phone_norm"] == "+8613812345678"


def test_a_file_already_imported_is_refused_unless_forced(crm: Path, messy_xlsx: Path) -> None:
    first = run_import(messy_xlsx)

    with pytest.raises(UserError, match=f"already imported \\(import {first.batch}\\)"):
        run_import(messy_xlsx)
    again = run_import(messy_xlsx, ImportOptions(force=True))
    assert (again.added, again.skipped) == (0, 10)  # everyone is a duplicate now
    importer.undo_import(first.batch)
    assert run_import(messy_xlsx, ImportOptions(force=True)).added == 8


def test_cancel_rolls_back_everything(crm: Path, tmp_path: Path) -> None:
    rows = [["姓名", "手机"]] + [[f"客户{i}", f"138{i:08d}"] for i in range(12_000)]
    path = write_csv(tmp_path / "big.csv", rows)
    token = CancelToken()

    def progress(done: int, total: int, message: str = "") -> None:
        if done > 6000:
            token.cancel()

    with pytest.raises(Cancelled):
        run_import(path, progress=progress, cancel=token)
    assert Customer.select().count() == 0 and ImportBatch.select().count() == 0


def test_gbk_semicolon_csv_imports(crm: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "gbk.csv",
        [["姓名", "手机", "生日"], ["张三", "13812345678", "1985-03-02"], ["李四", "13812345679", ""]],
        encoding="gbk",
        delimiter=";",
    )

    result = run_import(path)

    assert result.added == 2 and by_name("张三").birth_year == 1985


def test_an_xls_with_a_title_row_imports(crm: Path, tmp_path: Path) -> None:
    rows = [
        ["客户名单", None, None],
        [None, None, None],
        ["姓名", "手机", "生日"],
        ["张三", 13812345678, dt.date(1985, 3, 2)],
        ["李四", "138-1234-5679", "农历八月十五"],
    ]
    path = write_xls(tmp_path / "old.xls", rows, merged=[(0, 0, 0, 2)])

    result = run_import(path)

    assert (result.header_row, result.added) == (3, 2)
    assert by_name("张三").phone == "13812345678" and by_name("张三").birth_year == 1985
    assert by_name("李四").birth_calendar == "lunar"


def test_a_remembered_mapping_is_used_for_files_with_the_same_headers(crm: Path, tmp_path: Path) -> None:
    rows = [["客户", "联系", "备用"], ["张三", "13812345678", "13900000000"]]
    path = write_csv(tmp_path / "c.csv", rows)
    first = importer.inspect(path)
    assert first.mapping == ["name", hdr.AS_NOTE, hdr.AS_NOTE] and not first.remembered

    hdr.remember_mapping("customers", first.headers, ["name", "phone", "phone2"])
    second = importer.inspect(path)
    result = run_import(path)

    assert second.remembered and second.mapping == ["name", "phone", "phone2"]
    assert result.added == 1 and by_name("张三").phone2_norm == "+8613900000000"


def test_a_mapping_without_name_or_phone_is_refused_before_reading(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["城市", "邮编"], ["成都市", "610041"]])

    with pytest.raises(UserError, match="No column is mapped to the name or the phone"):
        run_import(path)


def test_a_mapping_naming_two_columns_for_one_field_is_refused(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["姓名", "昵称"], ["张三", "三哥"]])

    with pytest.raises(UserError, match="Two columns are mapped to name"):
        run_import(path, ImportOptions(mapping=["name", "name"]))


def test_formula_guard_apostrophes_from_our_csv_export_are_removed(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机", "备注"], ["张三", "'+86 138 1234 5678", "'=1+1"]])

    run_import(path)

    c = by_name("张三")
    assert (c.phone, c.notes) == ("+86 138 1234 5678", "=1+1")
