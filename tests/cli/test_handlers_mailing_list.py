"""mailing-list as scripts use it (cli/handlers_mailing_list): the list as a sheet, as
contacts or as a printed list, for the same recipients."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from smallcrm.cli import main


@pytest.mark.parametrize("suffix", ["xlsx", "csv", "vcf", "pdf"])
def test_every_kind_of_list_holds_the_same_recipients(card_shop: Any, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"list.{suffix}"
    written = card_shop("mailing-list", str(out))

    assert written["recipients"] == 2 and out.stat().st_size > 0
    assert written["excluded"] == {"churned": 1, "no_consent": 1, "no_address": 1, "same_household": 0}


def test_the_csv_list_has_one_row_per_recipient_with_the_address_on_one_line(card_shop: Any, tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    card_shop("mailing-list", str(out), "--tag", "VIP")

    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) == 2 and rows[1][1] == "张户"
    assert "610041" in rows[1][8] and "张户路8号" in rows[1][8]


def test_a_file_of_another_kind_is_a_usage_error_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str], crm: Path, tmp_path: Path
) -> None:
    assert main(["--db", str(crm), "mailing-list", str(tmp_path / "list.txt")]) == 2
    assert "ending in .xlsx, .csv, .vcf or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "list.txt").exists()
