"""The customer commands as scripts use them (cli/handlers_customers): what the form
stores, one-sentence refusals that change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from smallcrm.domain.values.birthdays import Birthday
from tests.birthday_forms import stored_birthdays
from tests.cli.cli_runs import run, run_json


def test_customer_add_then_show_returns_the_same_customer(capsys, db_path: Path) -> None:
    added = run_json(
        capsys,
        "--db",
        str(db_path),
        "customer",
        "add",
        "--name",
        "张三",
        "--phone",
        "138 1234 5678",
        "--birthday",
        "农历八月十五",
        "--city",
        "成都市",
        "--tags",
        "VIP,老客户",
    )["customer"]
    shown = run_json(capsys, "--db", str(db_path), "customer", "show", str(added["id"]))["customer"]
    assert shown["name"] == "张三"
    assert shown["phone"] == "138 1234 5678"
    assert shown["phone_norm"] == "+8613812345678"
    assert shown["birthday"]["calendar"] == "lunar"
    assert shown["tags"] == ["VIP", "老客户"]
    assert shown["customer_no"] == "C000001"


POLYPHONE_NAME = ("行长乐重曾传朝调都还" * 20)[:200]


def test_a_200_character_name_of_polyphones_is_added_and_found(capsys, db_path: Path) -> None:
    # Each combination of readings was indexed: the command never came back.
    added = run_json(capsys, "--db", str(db_path), "customer", "add", "--name", POLYPHONE_NAME)["customer"]
    assert added["name"] == POLYPHONE_NAME
    assert [h["id"] for h in run_json(capsys, "--db", str(db_path), "search", "xingzhangle")["hits"]] == [added["id"]]


def test_a_name_too_long_is_one_sentence_and_adds_nobody(capsys, crm: Path) -> None:
    code, out, err = run(capsys, "--db", str(crm), "customer", "add", "--name", "张" * 5000)
    assert code == 1
    assert out == ""
    assert err.strip() == "smallcrm: The text is longer than 200 characters (column name)."
    assert run_json(capsys, "--db", str(crm), "stats")["customers"] == 0


def test_bad_birthday_in_edit_leaves_the_customer_unchanged(capsys, db_path: Path) -> None:
    cid = str(
        run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "王五", "--city", "北京市")["customer"][
            "id"
        ]
    )
    code, _, err = run(
        capsys, "--db", str(db_path), "customer", "edit", cid, "--set", "city=上海市", "--set", "birthday=1985年2月30日"
    )
    assert code == 1 and "not a valid date" in err
    assert run_json(capsys, "--db", str(db_path), "customer", "show", cid)["customer"]["city"] == "北京市"


def test_delete_then_restore_brings_the_customer_back(capsys, db_path: Path) -> None:
    cid = str(run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "赵六")["customer"]["id"])
    assert run_json(capsys, "--db", str(db_path), "customer", "delete", cid)["deleted"] == [int(cid)]
    assert run_json(capsys, "--db", str(db_path), "search", "赵六")["total"] == 0
    assert [c["name"] for c in run_json(capsys, "--db", str(db_path), "trash")["customers"]] == ["赵六"]
    run_json(capsys, "--db", str(db_path), "customer", "restore", cid)
    assert run_json(capsys, "--db", str(db_path), "search", "赵六")["total"] == 1


def test_duplicate_phone_is_refused_unless_allowed(capsys, db_path: Path) -> None:
    run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三", "--phone", "13812345678")
    code, _, err = run(
        capsys, "--db", str(db_path), "customer", "add", "--name", "张叁", "--phone", "+86 138-1234-5678"
    )
    assert code == 1 and "already exists" in err
    run_json(
        capsys,
        "--db",
        str(db_path),
        "customer",
        "add",
        "--name",
        "张叁",
        "--phone",
        "+86 138-1234-5678",
        "--allow-duplicate",
    )
    assert run_json(capsys, "--db", str(db_path), "stats")["customers"] == 2


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(b=stored_birthdays())
def test_every_stored_birthday_reads_back_through_set_birthday(capsys, db_path: Path, b: Birthday) -> None:
    """Issue 15.1: the text 'customer show' gives for a birthday, set again with
    --set birthday=, stores the same birthday."""
    if not db_path.exists():
        run_json(capsys, "--db", str(db_path), "customer", "add", "--name", "张三")
    run_json(capsys, "--db", str(db_path), "customer", "edit", "1", "--set", f"birthday={b.to_text()}")
    shown = run_json(capsys, "--db", str(db_path), "customer", "show", "1")["customer"]["birthday"]
    assert Birthday.from_dict(shown) == b
    run_json(capsys, "--db", str(db_path), "customer", "edit", "1", "--set", "birthday=")
    run_json(capsys, "--db", str(db_path), "customer", "edit", "1", "--set", f"birthday={shown['text']}")
    again = run_json(capsys, "--db", str(db_path), "customer", "show", "1")["customer"]["birthday"]
    assert Birthday.from_dict(again) == b


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--phone", "12345", "12345 is not a complete phone number for region CN"),
        ("--email", "foo@", "foo@ is not an email address; write it like name@example.com"),
        ("--postcode", "61004", "61004 is not a postcode; a postcode in China has six digits"),
        ("--gender", "xyz", "xyz is not a gender (M or F)"),
    ],
)
def test_a_value_the_form_refuses_is_refused_in_one_sentence_and_nothing_is_added(
    capsys, crm: Path, option: str, value: str, message: str
) -> None:
    code, out, err = run(capsys, "--db", str(crm), "customer", "add", "--name", "张三", option, value)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and message in err
    assert run_json(capsys, "--db", str(crm), "stats")["customers"] == 0


def test_the_cli_stores_what_the_form_stores(capsys, db_path: Path) -> None:
    added = run_json(
        capsys,
        *("--db", str(db_path), "customer", "add", "--name", "张三", "--gender", "男性"),
        *("--email", "ｚｈａｎｇ＠１６３．ｃｏｍ", "--postcode", "610 041", "--income-band", "1万-2万"),
    )["customer"]
    assert (added["gender"], added["email"], added["postcode"], added["income_band"]) == (
        "M",
        "zhang@163.com",
        "610041",
        "1-2万",
    )
