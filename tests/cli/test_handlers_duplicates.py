"""The duplicates commands: list, 'these are different people', merge with a slot choice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smallcrm.cli import main


def run_json(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> dict:
    code = main(["--db", str(db_path), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.count("\n") == 1, "exactly one JSON object on one line"
    return json.loads(out)


def add(capsys: pytest.CaptureFixture[str], db_path: Path, name: str, phone: str) -> int:
    customer = run_json(capsys, db_path, "customer", "add", "--name", name, "--phone", phone, "--allow-duplicate")
    return customer["customer"]["id"]


def test_a_pair_marked_as_different_people_leaves_the_duplicates_list(capsys, db_path: Path) -> None:
    a = add(capsys, db_path, "王芳", "028-8555-1234")
    b = add(capsys, db_path, "李强", "02885551234")
    assert run_json(capsys, db_path, "duplicates")["total"] == 1
    assert run_json(capsys, db_path, "not-duplicates", str(b), str(a)) == {"a": a, "b": b, "new": True}
    assert run_json(capsys, db_path, "duplicates") == {"total": 0, "pairs": []}
    assert run_json(capsys, db_path, "not-duplicates", str(a), str(b), "--forget")["forgotten"] is True
    assert run_json(capsys, db_path, "duplicates")["total"] == 1


def test_marking_a_customer_as_different_from_itself_is_one_sentence(capsys, db_path: Path) -> None:
    a = add(capsys, db_path, "王芳", "13812345678")
    code = main(["--db", str(db_path), "not-duplicates", str(a), str(a)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "itself" in err


def test_merge_can_put_the_others_phone_into_the_second_phone(capsys, db_path: Path) -> None:
    keep = add(capsys, db_path, "张三", "13812345678")
    other = add(capsys, db_path, "张三", "13900001111")
    result = run_json(capsys, db_path, "merge", str(keep), str(other), "--take", "phone2=phone", "--force")
    assert result["fields_from_other"] == ["phone2"]
    shown = run_json(capsys, db_path, "customer", "show", str(keep))["customer"]
    assert (shown["phone"], shown["phone2"]) == ("13812345678", "13900001111")


def test_merging_two_strangers_needs_force(capsys, db_path: Path) -> None:
    keep = add(capsys, db_path, "张三", "13812345678")
    other = add(capsys, db_path, "李四", "13900001111")
    code = main(["--db", str(db_path), "merge", str(keep), str(other)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err == (
        f"smallcrm: Customers {keep} (张三) and {other} (李四) share no phone number, customer number, or name with "
        "the same birthday or address; if they are one person all the same, merge them with --force.\n"
    )
    assert run_json(capsys, db_path, "customer", "show", str(other))["customer"]["deleted_at"] is None
    result = run_json(capsys, db_path, "merge", str(keep), str(other), "--force")
    assert (result["kept"], result["merged"]) == (keep, other)


def test_a_real_pair_merges_without_force(capsys, db_path: Path) -> None:
    keep = add(capsys, db_path, "张三", "13812345678")
    other = add(capsys, db_path, "张三", "138-1234-5678")
    assert run_json(capsys, db_path, "merge", str(keep), str(other))["merged"] == other
