"""Imported customers can be mailed: a one-line address is split into its parts, and the
import can give every customer consent to be mailed (issue 15, point 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.domain.customers.commands import create_customer
from smallcrm.domain.mailing import choose
from smallcrm.errors import UserError
from smallcrm.sheets.importer import ImportOptions, run_import, undo_import
from smallcrm.store.models import Customer
from tests.sheets.conftest import write_csv, write_xlsx

ROWS = [
    ["姓名", "手机", "详细地址"],
    ["张三", "13800000001", "广东省深圳市南山区科技园南路18号 518057"],
    ["李四", "13800000002", "北京朝阳区建国路88号"],
    ["王五", "13800000003", "中山路100号"],  # a road, no city: kept whole
    ["赵六", "13800000004", "成都市武侯区人民南路四段1号（邮编：610041）"],
]


def address(name: str) -> tuple[str, str, str, str, str]:
    c = Customer.get(Customer.name == name)
    return (c.province, c.city, c.district, c.street, c.postcode)


def test_imported_customers_with_a_one_line_address_can_be_mailed(crm: Path, tmp_path: Path) -> None:
    """Before: the whole text landed in the street, so every such customer was left out
    of mailings ("no address: city"), and none had consent."""
    path = write_xlsx(tmp_path / "会员.xlsx", ROWS)

    result = run_import(path, ImportOptions(consent="yes"))

    assert (result.added, result.rejected, result.addresses_split) == (4, 0, 3)
    assert address("张三") == ("广东省", "深圳市", "南山区", "科技园南路18号", "518057")
    assert address("李四") == ("北京市", "北京市", "朝阳区", "建国路88号", "")
    assert address("王五") == ("", "", "", "中山路100号", "")
    assert address("赵六") == ("四川省", "成都市", "武侯区", "人民南路四段1号", "610041")
    chosen = choose()
    names = {c.id: c.name for c in Customer.select()}
    assert sorted(names[i] for i in chosen.included) == ["张三", "李四", "赵六"]
    assert [names[i] for i in chosen.excluded["no_address"]] == ["王五"]  # only the one without a city
    assert chosen.excluded["no_consent"] == []


def test_a_file_with_its_own_province_and_city_columns_is_not_split(crm: Path, tmp_path: Path) -> None:
    """The shop already keeps the parts: what it typed is stored as it was (and an
    export of SmallCRM's own, which has these columns, imports back unchanged)."""
    rows = [
        ["姓名", "手机", "省份", "城市", "地址"],
        ["张三", "13800000001", "", "成都市", "四川省成都市武侯区人民南路1号"],
    ]
    path = write_csv(tmp_path / "c.csv", rows)

    result = run_import(path)

    assert result.addresses_split == 0
    assert address("张三") == ("", "成都市", "", "四川省成都市武侯区人民南路1号", "")


def test_the_rows_own_postcode_wins_and_the_text_keeps_its_own(crm: Path, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "地址", "邮编"],
        ["张三", "13800000001", "四川省成都市武侯区人民南路四段1号 610041", "610000"],
        ["李四", "13800000002", "四川省成都市武侯区人民南路四段2号 610041", "610041"],
        ["王五", "13800000003", "四川省成都市武侯区人民南路四段3号 610041", ""],
    ]
    run_import(write_csv(tmp_path / "c.csv", rows))

    assert address("张三") == ("四川省", "成都市", "武侯区", "人民南路四段1号 610041", "610000")
    assert address("李四") == ("四川省", "成都市", "武侯区", "人民南路四段2号", "610041")
    assert address("王五") == ("四川省", "成都市", "武侯区", "人民南路四段3号", "610041")


def test_an_address_abroad_is_not_split(crm: Path, tmp_path: Path) -> None:
    rows = [["姓名", "手机", "国家", "地址"], ["Tom", "13800000001", "US", "北京路 12, Chinatown, San Francisco"]]
    run_import(write_csv(tmp_path / "c.csv", rows))

    assert address("Tom") == ("", "", "", "北京路 12, Chinatown, San Francisco", "")


def test_fill_takes_a_split_address_only_for_a_customer_without_one(crm: Path, tmp_path: Path) -> None:
    """Filling the empty province of a customer who has a street would pair a new city
    with an old street: a split address is filled as a whole or not at all."""
    create_customer({"name": "张三", "phone": "13800000001", "street": "人民路1号"})
    create_customer({"name": "李四", "phone": "13800000002"})
    rows = [
        ["姓名", "手机", "地址"],
        ["张三", "13800000001", "广东省深圳市南山区科技园南路18号"],
        ["李四", "13800000002", "广东省深圳市南山区科技园南路19号"],
    ]

    result = run_import(write_csv(tmp_path / "c.csv", rows), ImportOptions(on_duplicate="fill"))

    assert (result.updated, result.skipped) == (1, 1)
    assert address("张三") == ("", "", "", "人民路1号", "")
    assert address("李四") == ("广东省", "深圳市", "南山区", "科技园南路19号", "")


def test_overwrite_replaces_a_customers_address_as_a_whole_and_undo_restores_it(crm: Path, tmp_path: Path) -> None:
    old = {"province": "四川省", "city": "成都市", "district": "锦江区", "street": "红星路1号"}
    create_customer({"name": "张三", "phone": "13800000001", **old})
    rows = [["姓名", "手机", "地址"], ["张三", "13800000001", "深圳市科技园南路18号"]]

    result = run_import(write_csv(tmp_path / "c.csv", rows), ImportOptions(on_duplicate="overwrite"))

    assert address("张三") == ("广东省", "深圳市", "", "科技园南路18号", "")  # no district left from 成都
    undo_import(result.batch)
    assert address("张三") == ("四川省", "成都市", "锦江区", "红星路1号", "")


# -- consent -------------------------------------------------------------------------------------

CONSENT_ROWS = [
    ["姓名", "手机", "同意邮寄"],
    ["张三", "13800000001", "是"],
    ["李四", "13800000002", "否"],
    ["王五", "13800000003", ""],
]


def consents() -> dict[str, bool]:
    return {c.name: c.mail_consent for c in Customer.select()}


@pytest.mark.parametrize(
    ("consent", "expected"),
    [
        (None, {"张三": True, "李四": False, "王五": False}),  # today's default: the column
        ("column", {"张三": True, "李四": False, "王五": False}),
        ("yes", {"张三": True, "李四": True, "王五": True}),
        ("no", {"张三": False, "李四": False, "王五": False}),
    ],
)
def test_the_import_sets_consent_for_everyone_or_takes_the_column(
    crm: Path, tmp_path: Path, consent: str | None, expected: dict[str, bool]
) -> None:
    run_import(write_csv(tmp_path / "c.csv", CONSENT_ROWS), ImportOptions(consent=consent))

    assert consents() == expected


def test_a_consent_column_that_is_ignored_cannot_reject_a_row(crm: Path, tmp_path: Path) -> None:
    rows = [["姓名", "手机", "同意邮寄"], ["张三", "13800000001", "也许"]]

    result = run_import(write_csv(tmp_path / "c.csv", rows), ImportOptions(consent="yes"))

    assert (result.added, result.rejected) == (1, 0) and consents() == {"张三": True}


def test_without_a_column_consent_defaults_to_no_and_column_is_refused(crm: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机"], ["张三", "13800000001"]])

    with pytest.raises(UserError, match="No column is mapped to mail consent"):
        run_import(path, ImportOptions(consent="column"))
    with pytest.raises(UserError, match="not a consent choice"):
        run_import(path, ImportOptions(consent="maybe"))
    assert Customer.select().count() == 0
    run_import(path)
    assert consents() == {"张三": False}


def test_fill_never_changes_consent_and_overwrite_does(crm: Path, tmp_path: Path) -> None:
    create_customer({"name": "张三", "phone": "13800000001", "mail_consent": "no"})
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机"], ["张三", "13800000001"]])

    run_import(path, ImportOptions(consent="yes", on_duplicate="fill"))
    assert consents() == {"张三": False}
    run_import(path, ImportOptions(consent="yes", on_duplicate="overwrite", force=True))
    assert consents() == {"张三": True}


def test_customers_a_purchase_import_adds_get_the_imports_consent(crm: Path, tmp_path: Path) -> None:
    rows = [["手机", "姓名", "日期", "金额"], ["13800000009", "新客", "2024-03-01", "10"]]

    run_import(write_csv(tmp_path / "p.csv", rows), ImportOptions(kind="purchases", create_missing=True, consent="yes"))

    assert consents() == {"新客": True}
