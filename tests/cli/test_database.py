"""Which database a command uses: a mistyped --db never becomes an empty shop."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_runs import run


@pytest.mark.parametrize("argv", [["stats"], ["customer", "add", "--name", "张三"], ["demo", "--customers", "1"]])
def test_a_folder_that_does_not_exist_is_an_error_and_is_not_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str]
) -> None:
    db = tmp_path / "nonexistent" / "dir" / "x.db"
    code, out, err = run(capsys, "--db", str(db), *argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "folder for the database does not exist" in err and str(db) in err
    assert not (tmp_path / "nonexistent").exists()


@pytest.mark.parametrize(
    "argv",
    [["stats"], ["search", "zs"], ["customer", "show", "1"], ["trash"], ["duplicates"], ["segments"], ["imports"]],
)
def test_a_read_command_on_a_missing_file_says_it_is_not_there_and_makes_nothing(
    capsys: pytest.CaptureFixture[str], db_path: Path, argv: list[str]
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "There is no database here" in err and str(db_path) in err
    assert not db_path.exists()


def test_a_command_that_writes_makes_the_database_and_says_so_on_stderr(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--json")
    assert code == 0
    assert json.loads(out)["customer"]["name"] == "张三"  # stdout: still exactly one JSON object
    assert err == f"smallcrm: Created a new, empty database at {db_path}.\n"
    code, out, err = run(capsys, "--db", str(db_path), "stats", "--json")
    assert code == 0 and err == "" and json.loads(out)["customers"] == 1


def test_a_write_that_fails_on_a_missing_file_leaves_no_database_behind(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    code, out, err = run(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--birthday", "1985-02-30")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "1985-02-30" in err and "Created" not in err
    assert [p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)] == []


def test_smallcrm_db_naming_a_missing_folder_is_an_error_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMALLCRM_DB", str(tmp_path / "typo" / "shop.db"))
    code, _, err = run(capsys, "customer", "add", "--name", "张三")
    assert code == 1 and "folder for the database does not exist" in err
    assert not (tmp_path / "typo").exists()


def test_the_default_database_in_the_data_folder_is_made_on_first_use(
    capsys: pytest.CaptureFixture[str], smallcrm_home: Path
) -> None:
    code, _, err = run(capsys, "customer", "add", "--name", "张三")
    assert code == 0 and "Created a new, empty database" in err
    assert (smallcrm_home / "smallcrm.db").exists()


def test_a_device_named_as_the_database_is_refused(capsys: pytest.CaptureFixture[str], device: Path) -> None:
    code, _, err = run(capsys, "--db", str(device), "customer", "add", "--name", "张三")
    assert code == 1 and "not a database file" in err


def test_a_database_missing_a_table_is_refused_before_anything_is_stored(
    capsys: pytest.CaptureFixture[str], crm: Path
) -> None:
    import sqlite3

    from smallcrm.store.db import close_db

    close_db()
    with sqlite3.connect(crm) as con:
        con.execute("DROP TABLE purchase")
    con.close()
    code, out, err = run(capsys, "--db", str(crm), "customer", "add", "--name", "张三")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "damaged" in err and "purchase" in err
    with sqlite3.connect(crm) as con:
        assert con.execute("SELECT COUNT(*) FROM customer").fetchone()[0] == 0
    con.close()
