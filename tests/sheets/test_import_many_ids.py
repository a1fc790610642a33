"""Undoing an import of more customers than one statement may bind (tests/many_ids.py)."""

from __future__ import annotations

from pathlib import Path

from smallcrm.sheets.importer import run_import, undo_import
from smallcrm.store.models import Customer
from tests.many_ids import MANY, many_customers
from tests.sheets.conftest import write_csv


def test_undoing_an_import_of_many_customers(crm: Path, tmp_path: Path) -> None:
    with many_customers():
        rows = [["姓名", "手机"]] + [[f"新客{i}", f"137{i:08d}"] for i in range(MANY)]
        result = run_import(write_csv(tmp_path / "new.csv", rows))
        assert result.added == MANY
        assert undo_import(result.batch)["customers_removed"] == MANY
    assert Customer.select().count() == MANY
