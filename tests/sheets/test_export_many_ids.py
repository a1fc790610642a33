"""An export of more customers than one statement may bind (tests/many_ids.py)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from smallcrm.sheets.exporter import export_customers
from tests.many_ids import MANY, many_customers


def test_an_export_of_every_customer(crm: Path, tmp_path: Path) -> None:
    with many_customers() as everyone:
        assert export_customers(tmp_path / "all.xlsx", ids=everyone) == MANY
    assert load_workbook(tmp_path / "all.xlsx", read_only=True).active.max_row == MANY + 1
