"""customer assign: customers by id or every customer of a staff member, their open
reminders along (or kept with --keep-reminders), and how many moved."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smallcrm.cli import main


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def add(capsys: pytest.CaptureFixture[str], db_path: Path, name: str, staff: str) -> str:
    _code, out, _err = run(capsys, db_path, "customer", "add", "--name", name, "--staff", staff, "--json")
    return str(json.loads(out)["customer"]["id"])


def reminders_of(capsys: pytest.CaptureFixture[str], db_path: Path, staff: str) -> list[str]:
    _code, out, _err = run(capsys, db_path, "reminders", "--due", "all", "--staff", staff, "--json")
    return sorted(r["title"] for r in json.loads(out)["reminders"])


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], db_path: Path) -> list[str]:
    ids = [add(capsys, db_path, name, staff) for name, staff in (("张三", "老王"), ("李四", "老王"), ("王五", "小李"))]
    for cid, title in zip(ids, ("回访", "生日", "送货"), strict=True):
        run(capsys, db_path, "remind", cid, "--on", "2030-05-01", "--title", title)
    return ids


def test_assign_moves_the_open_reminders_and_says_how_many(capsys, db_path: Path, shop: list[str]) -> None:
    code, out, _err = run(capsys, db_path, "customer", "assign", shop[0], "--staff", "小张")
    assert (code, out) == (0, "1 customer(s) now with 小张; 1 open reminder(s) and follow-up(s) moved with them.\n")
    assert reminders_of(capsys, db_path, "小张") == ["回访"]


def test_every_customer_of_a_staff_member_with_from_staff(capsys, db_path: Path, shop: list[str]) -> None:
    code, out, _err = run(capsys, db_path, "customer", "assign", "--from-staff", "老王", "--staff", "小张", "--json")
    assert code == 0
    assert json.loads(out) == {"changed": 2, "staff": "小张", "reminders_moved": 2, "reminders_kept": 0}
    assert reminders_of(capsys, db_path, "小张") == ["回访", "生日"]
    assert reminders_of(capsys, db_path, "老王") == []
    assert reminders_of(capsys, db_path, "小李") == ["送货"]


def test_keep_reminders_leaves_them_with_the_previous_staff_member(capsys, db_path: Path, shop: list[str]) -> None:
    argv = ("customer", "assign", "--from-staff", "老王", "--staff", "小张", "--keep-reminders")
    code, out, _err = run(capsys, db_path, *argv)
    assert (code, out) == (
        0,
        "2 customer(s) now with 小张; 2 open reminder(s) and follow-up(s) stay with the staff member who had them.\n",
    )
    assert reminders_of(capsys, db_path, "老王") == ["回访", "生日"]
    _code, out, _err = run(capsys, db_path, "customer", "show", shop[0], "--json")
    assert json.loads(out)["customer"]["staff"] == "小张"


@pytest.mark.parametrize(
    "argv",
    [
        ("customer", "assign", "--staff", "小张"),  # nobody named
        ("customer", "assign", "1", "--from-staff", "老王", "--staff", "小张"),  # both ways at once
    ],
)
def test_the_customers_are_named_one_way(capsys, db_path: Path, shop: list[str], argv: tuple[str, ...]) -> None:
    code, out, err = run(capsys, db_path, *argv)
    assert (code, out) == (2, "")
    assert "--from-staff" in err


def test_an_unknown_staff_member_to_take_from_is_an_error(capsys, db_path: Path, shop: list[str]) -> None:
    code, _out, err = run(capsys, db_path, "customer", "assign", "--from-staff", "老李", "--staff", "小张")
    assert (code, err) == (1, "smallcrm: There is no staff member 老李.\n")
