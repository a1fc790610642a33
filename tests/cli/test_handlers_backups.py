"""backup and restore as scripts use them (cli/handlers_backups)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smallcrm.cli import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    assert out.count("\n") == 1, "exactly one JSON object on one line"
    return json.loads(out)


def test_backup_then_restore_returns_to_the_backed_up_state(capsys, db_path: Path, tmp_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")
    copy = tmp_path / "copy.db"
    assert run_json(capsys, "--db", str(db_path), "backup", str(copy))["backup"] == str(copy)
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "李四")
    restored = run_json(capsys, "--db", str(db_path), "restore", str(copy))
    assert Path(restored["previous_kept_as"]).exists()
    assert run_json(capsys, "--db", str(db_path), "stats")["customers"] == 1
