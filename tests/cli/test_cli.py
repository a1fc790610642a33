"""The CLI as scripts use it (cli/__init__): exit codes, one JSON object, one-sentence
errors in the user's language."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.cli_runs import run, run_json


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_db_option_is_accepted_after_the_command_too(capsys, db_path: Path) -> None:
    run_json(capsys, "customer", "add", "--name", "李四", "--db", str(db_path))
    assert run_json(capsys, "stats", "--db", str(db_path))["customers"] == 1


def test_unknown_id_is_one_sentence_on_stderr_and_nonzero(capsys, db_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五")
    code, out, err = run(capsys, "--db", str(db_path), "customer", "show", "42")
    assert code == 1
    assert out == ""
    assert err.strip() == "smallcrm: There is no customer with id 42."


def test_unreadable_database_file_is_refused_and_left_alone(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("this is a shopping list, not a database\n" * 50, encoding="utf-8")
    before = digest(bad)
    code, out, err = run(capsys, "--db", str(bad), "stats", "--json")
    assert code == 1
    assert out == ""
    assert "not a SmallCRM database" in err and err.count("\n") == 1
    assert digest(bad) == before


def test_usage_mistakes_are_one_sentence_with_exit_2(capsys, db_path: Path) -> None:
    code, _out, err = run(capsys, "--db", str(db_path), "search", "x", "--limit", "many")
    assert code == 2
    assert err.count("\n") == 1 and "--limit" in err and "not a whole number" in err


def test_python_dash_m_runs_the_cli(db_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "smallcrm", "--db", str(db_path), "customer", "add", "--name", "张三", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["customer"]["id"] == 1


def test_in_a_chinese_locale_errors_are_chinese_sentences(
    capsys, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SMALLCRM_LANG", "zh_CN")
    code, out, err = run(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--birthday", "1985-02-30")
    assert code == 1 and out == ""
    assert err.startswith("smallcrm: ") and err.count("\n") == 1
    message = err.removeprefix("smallcrm: ")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in message), message  # Chinese words, not the English template
    assert "1985-02-30" in message  # what was typed is still quoted back


def test_the_language_follows_the_environment_like_gettext() -> None:
    from smallcrm.cli.i18n import language

    assert language({"LANG": "zh_CN.UTF-8"}) == "zh_CN"
    assert language({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert language({"LANG": "zh_TW.UTF-8"}) == "zh_CN"  # the only Chinese there is
    assert language({}) == "en"
    assert language({"SMALLCRM_LANG": "zh_CN", "LANG": "C"}) == "zh_CN"
