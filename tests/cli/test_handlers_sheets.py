"""The import/export commands as scripts use them: JSON keys, exit codes, one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from smallcrm.cli import main
from tests.cli.cli_runs import run, run_json
from tests.sheets.conftest import MESSY_ROWS, write_csv, write_ods, write_xlsx


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "会员.xlsx", MESSY_ROWS, merged=["A1:J1"])


def test_import_reports_counts_batch_and_rejects(capsys, db_path: Path, messy: Path) -> None:
    data = run_json(capsys, "--db", str(db_path), "import", str(messy))

    assert {k: data[k] for k in ("added", "updated", "skipped", "rejected")} == {
        "added": 8,
        "updated": 0,
        "skipped": 2,
        "rejected": 3,
    }
    assert isinstance(data["batch"], int)
    assert [(r["row"], r["column"]) for r in data["rejects"]] == [(10, "手机号码*"), (14, "出生日期"), (16, "")]
    assert all(isinstance(r["reason"], str) and r["reason"] for r in data["rejects"])
    stats = run_json(capsys, "--db", str(db_path), "stats")
    assert stats["customers"] == 8


def test_an_ods_member_list_imports_like_the_xlsx(capsys, db_path: Path, tmp_path: Path) -> None:
    """LibreOffice's .ods was refused as 'not a spreadsheet' (the reader library reads it)."""
    ods = write_ods(tmp_path / "会员.ods", MESSY_ROWS)

    data = run_json(capsys, "--db", str(db_path), "import", str(ods))

    assert {k: data[k] for k in ("added", "updated", "skipped", "rejected")} == {
        "added": 8,
        "updated": 0,
        "skipped": 2,
        "rejected": 3,
    }


def test_a_dry_run_changes_nothing(capsys, crm: Path, messy: Path) -> None:
    data = run_json(capsys, "--db", str(crm), "import", str(messy), "--dry-run")

    assert data["added"] == 8 and data["batch"] is None and data["dry_run"] is True
    assert run_json(capsys, "--db", str(crm), "stats")["customers"] == 0


def test_reimport_is_refused_in_one_sentence_then_forced(capsys, db_path: Path, messy: Path) -> None:
    run_json(capsys, "--db", str(db_path), "import", str(messy))

    code, out, err = run(capsys, "--db", str(db_path), "import", str(messy))
    assert code == 1 and out == "" and err.count("\n") == 1 and "already imported" in err
    forced = run_json(capsys, "--db", str(db_path), "import", str(messy), "--force", "--on-duplicate", "fill")
    assert forced["added"] == 0


def test_undo_import_and_the_imports_list(capsys, db_path: Path, messy: Path) -> None:
    batch = run_json(capsys, "--db", str(db_path), "import", str(messy))["batch"]

    listed = run_json(capsys, "--db", str(db_path), "imports")["imports"]
    undone = run_json(capsys, "--db", str(db_path), "undo-import", str(batch))

    assert listed[0]["batch"] == batch and listed[0]["added"] == 8
    assert undone["customers_removed"] == 8
    assert run_json(capsys, "--db", str(db_path), "stats")["customers"] == 0
    code, _out, err = run(capsys, "--db", str(db_path), "undo-import", str(batch))
    assert code == 1 and "already been undone" in err


def test_the_rejects_report_is_written(capsys, db_path: Path, messy: Path, tmp_path: Path) -> None:
    report = tmp_path / "rejects.xlsx"

    data = run_json(capsys, "--db", str(db_path), "import", str(messy), "--report", str(report))

    assert data["report"] == str(report) and report.exists()


def test_map_changes_a_column_and_is_remembered(capsys, db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["客户", "联系"], ["张三", "13812345678"]])

    data = run_json(capsys, "--db", str(db_path), "import", str(path), "--map", "联系=phone")
    assert data["mapping"] == {"客户": "name", "联系": "phone"}
    again = run_json(capsys, "--db", str(db_path), "import", str(path), "--dry-run", "--force")
    assert again["mapping"] == {"客户": "name", "联系": "phone"}


def test_purchases_with_create_missing(capsys, crm: Path, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "p.csv", [["手机", "姓名", "日期", "金额"], ["13812345678", "张三", "2024-03-01", "¥1,234.50"]]
    )

    refused = run_json(capsys, "--db", str(crm), "import", str(path), "--kind", "purchases", "--dry-run")
    created = run_json(capsys, "--db", str(crm), "import", str(path), "--create-missing")

    assert (refused["added"], refused["rejected"]) == (0, 1)
    assert (created["kind"], created["added"], created["customers_added"]) == ("purchases", 1, 1)


def test_export_customers_to_xlsx_and_csv(capsys, db_path: Path, messy: Path, tmp_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "import", str(messy))

    xlsx = run_json(capsys, "--db", str(db_path), "export", str(tmp_path / "out.xlsx"))
    text = run_json(capsys, "--db", str(db_path), "export", str(tmp_path / "out.csv"), "--what", "mailing")

    assert xlsx == {"exported": 8, "what": "customers", "file": str(tmp_path / "out.xlsx")}
    assert text["exported"] == 0  # nobody agreed to be mailed
    assert (tmp_path / "out.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_by_tag_and_an_unknown_segment(capsys, db_path: Path, messy: Path, tmp_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "import", str(messy))

    assert run_json(capsys, "--db", str(db_path), "export", str(tmp_path / "t.xlsx"), "--tag", "金卡")["exported"] == 1
    code, out, err = run(capsys, "--db", str(db_path), "export", str(tmp_path / "s.xlsx"), "--segment", "no-such")
    assert code in (1, 2) and out == "" and err.count("\n") == 1


def test_an_unreadable_file_is_one_sentence_and_changes_nothing(capsys, db_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "photo.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)

    code, out, err = run(capsys, "--db", str(db_path), "import", str(bad))

    assert code == 1 and out == "" and err.count("\n") == 1 and "photo.xlsx" in err


def test_a_header_row_past_the_data_is_one_sentence_naming_it(capsys, crm: Path, tmp_path: Path) -> None:
    """The CLI fuzz test met 'import FILE --dry-run --header-row 3 --create-missing' on a
    short file ending in an internal error (KeyError: 'row')."""
    short = tmp_path / "short.csv"
    short.write_text("姓名,手机\n张三,13812345678\n", encoding="utf-8")

    code, out, err = run(capsys, "--db", str(crm), "import", str(short), "--dry-run", "--header-row", "5")

    assert code == 1 and out == "" and err.count("\n") == 1
    assert "Row 5" in err and "short.csv" in err and "Internal error" not in err


def test_import_help_states_the_outcome_rules(capsys) -> None:
    assert main(["import", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for phrase in ("skipped by default", "fill", "overwrite", "keep", "合计", "rejected whole", "--create-missing"):
        assert phrase in text


def test_a_big_import_s_customers_are_found_at_once_while_its_search_index_is_built(
    capsys, crm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big import's search entries are written after its commit (in the background):
    the command line finds its customers before that build has run."""
    from smallcrm.store.sqlite import bulk, fts

    monkeypatch.setattr(bulk, "MIN_ROWS", 1)  # the bulk path for a small file
    monkeypatch.setattr(fts, "build_in_background", lambda path=None: None)  # the build not run yet
    sheet = write_csv(tmp_path / "big.csv", [["姓名", "手机"], ["张三丰", "13812348000"], ["李四", "13900005678"]])
    assert run_json(capsys, "--db", str(crm), "import", str(sheet))["added"] == 2

    assert fts.is_pending()
    assert [h["name"] for h in run_json(capsys, "--db", str(crm), "search", "8000")["hits"]] == ["张三丰"]
    assert [h["name"] for h in run_json(capsys, "--db", str(crm), "search", "zsf")["hits"]] == ["张三丰"]
    assert run_json(capsys, "--db", str(crm), "search", "5678")["total"] == 1
