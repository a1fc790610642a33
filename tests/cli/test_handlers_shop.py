"""demo, settings and staff as scripts use them (cli/handlers_shop)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.cli_runs import run


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    assert out.count("\n") == 1
    return dict(json.loads(out))


def test_demo_makes_a_shop_with_the_same_customers_for_the_same_seed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first = run_json(capsys, "--db", str(tmp_path / "a.db"), "demo", "--customers", "20", "--seed", "7")
    second = run_json(capsys, "--db", str(tmp_path / "b.db"), "demo", "--customers", "20", "--seed", "7")

    assert first["customers"] == 20 and first == second
    names = [
        [h["name"] for h in run_json(capsys, "--db", str(tmp_path / db), "search", "", "--limit", "20")["hits"]]
        for db in ("a.db", "b.db")
    ]
    assert names[0] == names[1]
    code, out, _ = run(capsys, "--db", str(tmp_path / "c.db"), "demo", "--customers", "5")
    assert code == 0 and out.strip().endswith("added.") and "5 customers" in out


def test_settings_are_listed_and_changed_one_by_one(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    changed = run_json(capsys, "--db", str(db_path), "settings", "--set", "currency=USD", "--set", "shop_name=小店")
    assert changed["settings"]["currency"] == "USD" and changed["settings"]["shop_name"] == "小店"
    code, out, _ = run(capsys, "--db", str(db_path), "settings")
    assert code == 0 and "currency = USD" in out.splitlines()

    code, _, err = run(capsys, "--db", str(db_path), "settings", "--set", "currency")
    assert code == 2 and "--set needs FIELD=VALUE, not 'currency'" in err


def test_staff_are_added_once_and_listed_with_their_customers(
    capsys: pytest.CaptureFixture[str], db_path: Path
) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--staff", "小王")
    run_json(capsys, "--db", str(db_path), "staff", "--add", "小李")
    listed = run_json(capsys, "--db", str(db_path), "staff", "--add", "小李")["staff"]

    assert sorted((s["name"], s["customers"]) for s in listed) == [("小李", 0), ("小王", 1)]
    code, out, _ = run(capsys, "--db", str(db_path), "staff")
    assert code == 0 and "小王" in out and "1 customers" in out
