"""backup and restore as scripts use them (cli/handlers_backups)."""

from __future__ import annotations

from pathlib import Path

from tests.cli.cli_runs import run_json


def test_backup_then_restore_returns_to_the_backed_up_state(capsys, db_path: Path, tmp_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")
    copy = tmp_path / "copy.db"
    assert run_json(capsys, "--db", str(db_path), "backup", str(copy))["backup"] == str(copy)
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "李四")
    restored = run_json(capsys, "--db", str(db_path), "restore", str(copy))
    assert Path(restored["previous_kept_as"]).exists()
    assert run_json(capsys, "--db", str(db_path), "stats")["customers"] == 1
