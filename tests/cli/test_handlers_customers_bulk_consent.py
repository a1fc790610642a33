"""Consent to be mailed from the command line: for a whole import (import --consent) and
for many customers at once (customer consent), as the window's selection action does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smallcrm.cli import main
from tests.sheets.conftest import write_csv


def run(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], db_path: Path, *argv: str) -> dict:
    code, out, err = run(capsys, db_path, *argv, "--json")
    assert code == 0, err
    assert out.count("\n") == 1, "exactly one JSON object on one line"
    return json.loads(out)


def consents(capsys: pytest.CaptureFixture[str], db_path: Path, ids: list[int]) -> list[bool]:
    return [run_json(capsys, db_path, "customer", "show", str(i))["customer"]["mail_consent"] for i in ids]


@pytest.fixture
def shop(capsys: pytest.CaptureFixture[str], db_path: Path) -> list[int]:
    ids = []
    for name, staff in (("张三", "小王"), ("李四", "小王"), ("王五", "小李")):
        ids.append(run_json(capsys, db_path, "customer", "add", "--name", name, "--staff", staff)["customer"]["id"])
    run_json(capsys, db_path, "customer", "tag", str(ids[0]), str(ids[2]), "--tag", "老客户")
    return ids


def test_an_import_can_give_every_customer_consent(capsys, db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机", "地址"], ["张三", "13800000001", "深圳市南山区科技园1号"]])

    data = run_json(capsys, db_path, "import", str(path), "--consent", "yes")

    assert data["added"] == 1 and data["addresses_split"] == 1
    customer = run_json(capsys, db_path, "customer", "show", "1")["customer"]
    assert customer["mail_consent"] is True
    assert (customer["province"], customer["city"], customer["district"]) == ("广东省", "深圳市", "南山区")


def test_import_consent_column_without_a_column_is_one_sentence(capsys, db_path: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", [["姓名", "手机"], ["张三", "13800000001"]])

    code, out, err = run(capsys, db_path, "import", str(path), "--consent", "column")

    assert (code, out) == (1, "") and err.count("\n") == 1 and "No column is mapped to mail consent" in err
    assert run(capsys, db_path, "import", str(path), "--consent", "maybe")[0] == 2


def test_consent_is_granted_and_withdrawn_by_id(capsys, db_path: Path, shop: list[int]) -> None:
    data = run_json(capsys, db_path, "customer", "consent", str(shop[0]), str(shop[1]), "--mail", "yes")

    assert data == {"changed": 2, "selected": 2, "mail_consent": True}
    assert consents(capsys, db_path, shop) == [True, True, False]
    code, out, _ = run(capsys, db_path, "customer", "consent", str(shop[0]), "--mail", "no")
    assert (code, out) == (0, "1 customer(s) may no longer receive mail.\n")
    assert consents(capsys, db_path, shop) == [False, True, False]


def test_consent_by_tag_staff_or_for_everyone(capsys, db_path: Path, shop: list[int]) -> None:
    assert run_json(capsys, db_path, "customer", "consent", "--tag", "老客户", "--mail", "yes")["changed"] == 2
    assert consents(capsys, db_path, shop) == [True, False, True]
    assert run_json(capsys, db_path, "customer", "consent", "--staff", "小王", "--mail", "no")["changed"] == 1
    assert consents(capsys, db_path, shop) == [False, False, True]
    code, out, _ = run(capsys, db_path, "customer", "consent", "--all", "--mail", "yes")
    assert (code, out) == (0, "2 customer(s) may now receive mail. 1 already could.\n")


def test_consent_needs_customers_named_and_known(capsys, db_path: Path, shop: list[int]) -> None:
    code, _, err = run(capsys, db_path, "customer", "consent", "--mail", "yes")
    assert code == 2 and "say which customers" in err
    code, _, err = run(capsys, db_path, "customer", "consent", "--all", "--tag", "老客户", "--mail", "yes")
    assert code == 2
    code, _, err = run(capsys, db_path, "customer", "consent", str(shop[0]), "999", "--mail", "yes")
    assert code == 1 and err.strip() == "smallcrm: There is no customer with id 999."
    assert consents(capsys, db_path, shop) == [False, False, False]  # nothing changed
