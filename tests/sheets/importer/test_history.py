"""An import's history (sheets/importer/history): undo, and the search index after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.errors import UserError
from smallcrm.sheets import importer
from smallcrm.sheets.importer import ImportOptions, engine, run_import
from smallcrm.store.models import Customer
from tests.sheets.conftest import write_csv


def by_name(name: str) -> Customer:
    return Customer.get(Customer.name == name)


def snapshot() -> list[tuple]:
    return [tuple(c.__data__.values()) for c in Customer.select().order_by(Customer.id)]


def test_undo_removes_added_customers_and_keeps_those_with_new_history(crm: Path, messy_xlsx: Path) -> None:
    from smallcrm.domain.records.purchases import add_purchase

    before = snapshot()
    result = run_import(messy_xlsx)
    add_purchase(by_name("张三").id, {"amount": "10"})

    undone = importer.undo_import(result.batch)

    assert undone["customers_removed"] == 7 and undone["customers_trashed"] == 1
    assert Customer.select().where(Customer.deleted_at.is_null()).count() == len(before)
    with pytest.raises(UserError, match="already been undone"):
        importer.undo_import(result.batch)


def test_the_search_index_matches_what_an_import_stored_and_undid(
    crm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new customer changed by a later row after it was stored and indexed (here:
    its postcode filled in) is found as it ends up, and undo leaves the index sound."""
    from smallcrm.domain.customers.search import search
    from smallcrm.store.sqlite import fts

    monkeypatch.setattr(engine, "CHUNK", 2)  # store after every two new customers
    rows = [["姓名", "手机", "邮编"], ["张三", "13812345678", ""], ["李四", "13900001111", ""]]
    rows.append(["王五", "13700002222", ""])
    rows.append(["张三", "13812345678", "610041"])  # fills 张三, stored two rows ago
    path = write_csv(tmp_path / "c.csv", rows)

    result = run_import(path, ImportOptions(on_duplicate="fill"))

    assert (result.added, result.updated) == (3, 1)
    fts.check()
    assert [h["name"] for h in search("610041").hits] == ["张三"]
    assert [h["name"] for h in search("ww").hits] == ["王五"]
    importer.undo_import(result.batch)
    fts.check()
    assert search("610041").total == 0 and search("ww").total == 0


def test_the_imports_are_listed_newest_first_with_what_each_did(crm: Path, tmp_path: Path) -> None:
    first = run_import(write_csv(tmp_path / "a.csv", [["姓名", "手机"], ["甲", "13800000001"], ["乙", "abc"]]))
    second = run_import(write_csv(tmp_path / "b.csv", [["姓名"], ["丙"]]))
    importer.undo_import(first.batch)

    listed = importer.list_imports()

    assert [(i["batch"], i["file"], i["added"], i["rejected"]) for i in listed] == [
        (second.batch, "b.csv", 1, 0),
        (first.batch, "a.csv", 1, 1),
    ]
    assert listed[0]["undone_at"] is None and listed[1]["undone_at"] is not None
    assert importer.list_imports(limit=1) == listed[:1]


def test_undoing_an_import_that_is_not_there_says_so(crm: Path) -> None:
    with pytest.raises(UserError, match="There is no import with id 99"):
        importer.undo_import(99)
    with pytest.raises(UserError, match="There is no import with id abc"):
        importer.undo_import("abc")


def test_undo_gives_back_the_values_an_overwrite_replaced_and_the_tags_it_added(crm: Path, tmp_path: Path) -> None:
    from smallcrm.domain.customers.commands import create_customer
    from smallcrm.domain.customers.lookup import tags_of

    cid = create_customer({"name": "张三", "phone": "13812345678", "city": "成都市", "tags": ["老客户"]}).id
    rows = [["姓名", "手机", "城市", "标签"], ["张三", "13812345678", "重庆市", "VIP"]]
    result = run_import(write_csv(tmp_path / "c.csv", rows), ImportOptions(on_duplicate="overwrite"))
    assert (Customer.get_by_id(cid).city, tags_of(cid)) == ("重庆市", ["VIP", "老客户"])

    undone = importer.undo_import(result.batch)

    assert undone["customers_restored"] == 1
    assert (Customer.get_by_id(cid).city, tags_of(cid)) == ("成都市", ["老客户"])
