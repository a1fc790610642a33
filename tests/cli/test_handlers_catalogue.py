"""'product import' and 'product export' as scripts use them: JSON keys, exit codes,
one sentence on stderr, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.cli_runs import run, run_json
from tests.sheets.conftest import write_csv, write_xlsx
from tests.sheets.importer.test_products import ROWS


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "商品.xlsx", ROWS)


def test_product_import_reports_counts_rejects_and_its_batch(capsys, db_path: Path, catalogue: Path) -> None:
    data = run_json(capsys, "--db", str(db_path), "product", "import", str(catalogue))

    assert (data["kind"], data["added"], data["skipped"], data["rejected"]) == ("products", 5, 1, 4)
    assert [(r["row"], r["column"]) for r in data["rejects"]] == [
        (7, "零售价"),
        (9, "商品名称"),
        (10, "条形码"),
        (11, "类型"),
    ]
    assert data["not_imported"] == ["序号"] and isinstance(data["batch"], int)  # a row counter, said
    code, out, err = run(capsys, "--db", str(db_path), "product", "import", str(catalogue), "--force")
    assert code == 0 and err == ""
    assert out.startswith("Imported 商品.xlsx (products): 0 added, 0 updated, 6 skipped, 4 rejected; batch ")
    assert "三十 is not an amount of money (file 商品.xlsx, row 7, column 零售价)." in out


def test_a_dry_run_changes_nothing(capsys, db_path: Path, tmp_path: Path, catalogue: Path) -> None:
    code, _out, err = run(capsys, "--db", str(db_path), "product", "import", str(catalogue), "--dry-run")
    assert code == 1 and "no database here" in err and not db_path.exists()  # a preview makes no database
    run_json(
        capsys, "--db", str(db_path), "product", "import", str(write_csv(tmp_path / "a.csv", [["品名"], ["话梅"]]))
    )

    data = run_json(capsys, "--db", str(db_path), "product", "import", str(catalogue), "--dry-run")

    assert (data["dry_run"], data["added"], data["batch"]) == (True, 5, None)
    listed = run_json(capsys, "--db", str(db_path), "product", "export", str(tmp_path / "out.csv"))
    assert listed["exported"] == 1  # the preview stored nothing


def test_on_duplicate_overwrite_updates_prices_and_undo_puts_them_back(
    capsys, db_path: Path, tmp_path: Path, catalogue: Path
) -> None:
    first = run_json(capsys, "--db", str(db_path), "product", "import", str(catalogue))
    prices = write_csv(tmp_path / "调价.csv", [["条码", "售价", "产地"], ["6901234567890", "178", "安溪"]])

    data = run_json(capsys, "--db", str(db_path), "product", "import", str(prices), "--on-duplicate", "overwrite")

    assert (data["updated"], data["not_imported"]) == (1, ["产地"])
    code, out, _err = run(capsys, "--db", str(db_path), "undo-import", str(data["batch"]))
    assert code == 0 and out.strip() == f"Import {data['batch']} undone: 0 products removed, 1 products restored."
    undone = run_json(capsys, "--db", str(db_path), "undo-import", str(first["batch"]))
    assert (undone["products_removed"], undone["products_retired"]) == (5, 0)


def test_product_export_writes_what_import_reads_back(capsys, db_path: Path, tmp_path: Path, catalogue: Path) -> None:
    run_json(capsys, "--db", str(db_path), "product", "import", str(catalogue))
    out = tmp_path / "catalogue.csv"

    data = run_json(capsys, "--db", str(db_path), "product", "export", str(out), "--language", "en")

    assert data == {"exported": 5, "what": "products", "file": str(out)}
    assert out.read_text(encoding="utf-8-sig").splitlines()[0] == "Name,Barcode,Category,Unit,Kind,Price,Cost"
    other = tmp_path / "other.db"
    again = run_json(capsys, "--db", str(other), "product", "import", str(out))
    assert (again["added"], again["rejected"]) == (5, 0)


def test_bad_input_is_one_sentence_and_exit_1(capsys, db_path: Path, tmp_path: Path) -> None:
    run_json(
        capsys, "--db", str(db_path), "product", "import", str(write_csv(tmp_path / "a.csv", [["品名"], ["话梅"]]))
    )
    code, out, err = run(capsys, "--db", str(db_path), "product", "import", str(tmp_path / "missing.xlsx"))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "missing.xlsx" in err
    no_name = write_csv(tmp_path / "p.csv", [["售价"], ["12"]])
    code, _out, err = run(capsys, "--db", str(db_path), "product", "import", str(no_name))
    assert code == 1 and "name or the barcode" in err
    code, _out, err = run(capsys, "--db", str(db_path), "product", "export", str(tmp_path / "p.pdf"))
    assert code == 1 and ".xlsx or .csv" in err


def test_the_general_import_takes_a_catalogue_too(capsys, db_path: Path, catalogue: Path) -> None:
    data = run_json(capsys, "--db", str(db_path), "import", str(catalogue))
    assert (data["kind"], data["added"]) == ("products", 5)
